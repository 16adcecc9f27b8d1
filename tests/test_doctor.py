"""``sif doctor``: the renderer sif will use, the versions of what it needs, what is missing.

A stand-in ``quarto`` (answering ``--version``, ``pandoc --version`` and ``typst --version``)
stands for Quarto here; tests/test_quarto.py runs ``sif doctor`` with the real one.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import io
import os
import sys
from pathlib import Path

import pytest

from sif_models import cli
from sif_models.publish import tools
from sif_models.publish.tools import PACKAGES, Tool, check_setup

FAKE_QUARTO = """#!{python}
import sys
answers = {{"--version": "1.7.34", "pandoc": "pandoc 3.6.1", "typst": "typst 0.13.0"}}
print(answers[sys.argv[1]])
"""


def _doctor(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["doctor", *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def quick_kernel(monkeypatch):
    """The kernel check without starting a Python (it is tested once, below)."""
    monkeypatch.setattr(tools, "kernel_tool", lambda: Tool("Jupyter kernel python3", "3.11"))


@pytest.fixture
def fake_quarto(monkeypatch, tmp_path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "quarto"
    fake.write_text(FAKE_QUARTO.format(python=sys.executable), encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return fake


def test_doctor_embedded_lists_every_package_with_its_version(quick_kernel):
    code, out, err = _doctor("--renderer", "embedded")
    assert code == 0, err
    assert "renderer: the embedded renderer (pandoc + Typst)" in out
    for name in PACKAGES:
        assert f"{name} " in out and importlib.metadata.version(name) in out, name
    assert "typst" in out and importlib.metadata.version("typst") in out
    assert not [line for line in out.splitlines() if line.startswith("quarto ")]  # not asked
    assert "ok: everything sif needs" in out


def test_doctor_with_quarto_on_path_shows_quartos_versions(fake_quarto, quick_kernel):
    code, out, _ = _doctor()
    assert code == 0
    assert "renderer: Quarto (quarto is on PATH)" in out
    assert "1.7.34" in out and "3.6.1" in out and "0.13.0" in out
    setup = check_setup("auto")
    assert setup.renderer == "quarto" and not setup.missing()
    pandoc = next(t for t in setup.tools if t.name == "pandoc")
    assert not pandoc.needed  # the embedded renderer's tools are not needed with Quarto


def test_doctor_names_what_to_install_and_exits_2(monkeypatch, quick_kernel):
    monkeypatch.setattr(tools, "find_quarto", lambda: None)
    code, out, err = _doctor("--renderer", "quarto")
    assert code == 2
    assert "missing quarto: install Quarto (https://quarto.org" in err
    monkeypatch.setattr(tools, "package_version", lambda name: None if name == "pypdf" else "1.0")
    code, _, err = _doctor("--renderer", "embedded")
    assert code == 2 and "missing pypdf: pip install pypdf" in err


def test_auto_without_quarto_uses_the_embedded_renderer(monkeypatch, quick_kernel):
    monkeypatch.setattr(tools, "find_quarto", lambda: None)
    setup = check_setup("auto")
    assert setup.renderer == "embedded" and not setup.missing()
    quarto = next(t for t in setup.tools if t.name == "quarto")
    assert not quarto.found and not quarto.needed


def test_the_kernel_check_finds_sif_in_the_kernels_python():
    kernel = tools.kernel_tool()
    assert kernel.found, kernel.where
    assert kernel.version == sys.version.split()[0] or kernel.version.count(".") == 2
