"""Quarto as the renderer: an executed notebook rendered in a temporary Quarto project.

Quarto applies a project's ``_quarto.yml`` only to files inside the project, and it writes into
the project (``.quarto/``, ``.gitignore``, figure folders). So sif never renders in the checkout
or the output folder: :func:`render_quarto` copies the project of
``sif_models/publish/templates`` (``_quarto.yml``, the filter ``brief.lua``, the stylesheet
``brief.css`` and the Typst template ``brief.typ``, the same files the embedded renderer uses)
and the executed notebook into a fresh folder, runs :func:`quarto_command` there and returns
the files Quarto wrote; the caller publishes them and removes the folder.

The staged ``_quarto.yml`` (:func:`project_yaml`) lists only the formats asked for, so one
``quarto render`` makes them all without ``--to``, and names the folder of the DejaVu fonts
(``font-paths``) so the PDF has the same fonts as the embedded renderer's on any machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

from sif_models.publish.render import (
    CSS,
    LUA_FILTER,
    TEMPLATES,
    TYPST_TEMPLATE,
    RenderError,
    font_dirs,
)

QUARTO_PROJECT = TEMPLATES / "_quarto.yml"
STAGED_FILES = (LUA_FILTER, CSS, TYPST_TEMPLATE)
QUARTO_FORMATS = {"html": "html", "pdf": "typst"}  # sif's format -> Quarto's
ERROR_LINES = 8  # lines of Quarto's own error message in sif's
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def find_quarto() -> str | None:
    """Path of a ``quarto`` executable on PATH, or None."""
    return shutil.which("quarto")


def project_yaml(formats: Iterable[str], fonts: Iterable[str] | None = None) -> str:
    """The staged project's ``_quarto.yml``: the shipped one with only ``formats`` (sif's names,
    ``html`` and ``pdf``) and, for the PDF, ``font-paths`` (default :func:`font_dirs`).

    >>> import yaml
    >>> p = yaml.safe_load(project_yaml(["pdf"], fonts=["/f"]))
    >>> list(p["format"]), p["format"]["typst"]["font-paths"], p["filters"][0]["at"]
    (['typst'], ['/f'], 'post-render')
    """
    import yaml

    project = yaml.safe_load(QUARTO_PROJECT.read_text(encoding="utf-8"))
    wanted = [QUARTO_FORMATS[f] for f in formats]
    project["format"] = {name: dict(project["format"][name]) for name in wanted}
    if "typst" in project["format"]:
        project["format"]["typst"]["font-paths"] = list(font_dirs() if fonts is None else fonts)
    header = "# Written by sif for one render (see sif_models/publish/templates/_quarto.yml).\n"
    return header + yaml.safe_dump(project, allow_unicode=True, sort_keys=False)


def stage_project(folder: Path, formats: Iterable[str]) -> None:
    """Write the Quarto project (``_quarto.yml``, filter, stylesheet, template) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_quarto.yml").write_text(project_yaml(formats), encoding="utf-8")
    for src in STAGED_FILES:
        shutil.copyfile(src, folder / src.name)


def quarto_command(quarto: str, notebook: str | Path) -> list[str]:
    """The Quarto command line that renders an executed notebook, as an argument list.

    Run it in the staged project folder (:func:`stage_project`), with the notebook's file name:
    the project lists the formats, so there is no ``--to``; nothing is executed again.

    >>> quarto_command("quarto", "x.ipynb")
    ['quarto', 'render', 'x.ipynb', '--no-execute']
    """
    return [str(quarto), "render", str(notebook), "--no-execute"]


def quarto_env() -> dict[str, str]:
    """The environment Quarto runs in: the caller's, without colours (plain error text)."""
    return {**os.environ, "NO_COLOR": "1"}


def quarto_error(output: str, max_lines: int = ERROR_LINES) -> str:
    """The first lines of Quarto's own error in its console output.

    Quarto's message starts at its first ``ERROR`` line; Typst's and pandoc's, which Quarto
    passes on, at their first ``error:`` (in the middle of Quarto's progress line for Typst).
    The stack trace after it is left out. Without such a line, the last lines are returned.

    >>> quarto_error("Rendering x\\nERROR: bad value\\n\\nIn file _quarto.yml\\nStack trace:\\n at y")
    'ERROR: bad value\\nIn file _quarto.yml'
    >>> quarto_error("  lang: da\\n[typst]: Compiling x.typ...error: unknown font\\n  ┌─ x.typ:3:1")
    'error: unknown font\\n  ┌─ x.typ:3:1'
    """
    lines = [line.rstrip() for line in _ANSI.sub("", output).splitlines()]
    start = next((i for i, line in enumerate(lines) if line.startswith("ERROR")), None)
    if start is None:
        start = next((i for i, line in enumerate(lines) if "error:" in line.lower()), None)
        if start is not None:
            lines[start] = lines[start][lines[start].lower().index("error:") :]
    if start is None:
        return "\n".join([line for line in lines if line.strip()][-max_lines:])
    kept: list[str] = []
    for line in lines[start:]:
        if line.strip().startswith("Stack trace:") or len(kept) == max_lines:
            break
        if line.strip():
            kept.append(line)
    return "\n".join(kept)


def render_quarto(
    quarto: str,
    notebook: Path,
    work_dir: Path,
    stem: str,
    formats: tuple[str, ...],
    timeout_s: float = 600,
) -> dict[str, Path]:
    """Render the executed ``notebook`` with Quarto in ``work_dir`` (a fresh, empty folder, which
    becomes the project); {format: file written there}.

    A failure raises :class:`RenderError` with the first lines of Quarto's error.
    """
    stage_project(work_dir, formats)
    staged = work_dir / f"{stem}.ipynb"
    shutil.copyfile(notebook, staged)
    cmd = quarto_command(quarto, staged.name)
    try:
        done = subprocess.run(
            cmd,
            cwd=work_dir,
            env=quarto_env(),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(f"Quarto did not finish rendering {stem} in {timeout_s:.0f} s") from None
    if done.returncode != 0:
        message = quarto_error(done.stderr + "\n" + done.stdout)
        raise RenderError(
            f"Quarto could not render {stem} (exit {done.returncode}):\n{message}".rstrip()
        )
    outputs = {f: work_dir / f"{stem}.{f}" for f in formats}
    for fmt, path in outputs.items():
        if not path.is_file():
            raise RenderError(f"Quarto did not write the {fmt.upper()} file of {stem}")
    return outputs
