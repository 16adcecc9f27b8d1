"""What sif renders with: the renderer it would choose, the programs, kernel and Python packages
it needs, and their versions (``sif doctor``).

:func:`check_setup` looks everything up without rendering anything and returns a
:class:`Setup`: one :class:`Tool` per program or package, marked needed or not for the renderer
that would be used, with a hint for what is missing.
"""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
from dataclasses import dataclass, field

from sif_models.publish.kernel import KERNEL_INSTALL_HINT, KERNEL_NAME
from sif_models.publish.quarto import find_quarto
from sif_models.publish.render import ToolMissing, pandoc_path

PACKAGES = (
    "numpy",
    "scipy",
    "pandas",
    "pydantic",
    "matplotlib",
    "papermill",
    "nbclient",
    "ipykernel",
    "jupytext",
    "pypdf",
)
QUARTO_INSTALL = "install Quarto (https://quarto.org, 1.7 or later) and put `quarto` on PATH"
_VERSION = re.compile(r"\d+(?:\.\d+)+")


@dataclass(frozen=True)
class Tool:
    """One program or package: its version (None: not found), where it is, whether the chosen
    renderer needs it, and how to install it."""

    name: str
    version: str | None
    where: str = ""
    needed: bool = True
    hint: str = ""

    @property
    def found(self) -> bool:
        return self.version is not None


@dataclass(frozen=True)
class Setup:
    """The renderer sif would use (``quarto`` or ``embedded``) for ``asked`` and every tool."""

    asked: str
    renderer: str
    tools: list[Tool] = field(default_factory=list)

    def missing(self) -> list[Tool]:
        """The needed tools that were not found."""
        return [t for t in self.tools if t.needed and not t.found]


def version_in(text: str) -> str | None:
    """The first dotted version number in ``text``.

    >>> version_in("pandoc 3.6.1\\nFeatures: +server"), version_in("typst 0.13.0 (abc)"), version_in("")
    ('3.6.1', '0.13.0', None)
    """
    found = _VERSION.search(text)
    return found.group(0) if found else None


def command_version(cmd: list[str], timeout_s: float = 60) -> str | None:
    """The version a command prints (``--version``), or None if it cannot run."""
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return version_in(done.stdout or done.stderr)


def package_version(name: str) -> str | None:
    """The installed version of a Python distribution, or None."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def quarto_tools(quarto: str | None, needed: bool) -> list[Tool]:
    """Quarto, and the pandoc and Typst it runs (only looked up when Quarto is found)."""
    if quarto is None:
        note = (
            "not on PATH" if needed else "not on PATH (not needed: the embedded renderer is used)"
        )
        return [Tool("quarto", None, note, needed, QUARTO_INSTALL)]
    tools = [Tool("quarto", command_version([quarto, "--version"]), quarto, needed, QUARTO_INSTALL)]
    for name in ("pandoc", "typst"):
        version = command_version([quarto, name, "--version"])
        tools.append(Tool(f"{name} (Quarto's)", version, f"quarto {name}", needed, QUARTO_INSTALL))
    return tools


def embedded_tools(needed: bool) -> list[Tool]:
    """The embedded renderer's pandoc (``pypandoc_binary``) and Typst (the ``typst`` package)."""
    try:
        pandoc = pandoc_path()
    except ToolMissing:
        pandoc_tool = Tool("pandoc", None, "", needed, "pip install pypandoc_binary")
    else:
        version = command_version([pandoc, "--version"])
        pandoc_tool = Tool("pandoc", version, pandoc, needed, "pip install pypandoc_binary")
    typst = package_version("typst")
    return [
        pandoc_tool,
        Tool("typst", typst, "Python package typst", needed, "pip install typst"),
    ]


def kernel_tool() -> Tool:
    """The Jupyter kernel the notebooks run in, and whether its Python can import sif."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    name = f"Jupyter kernel {KERNEL_NAME}"
    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        return Tool(name, None, "not installed", True, KERNEL_INSTALL_HINT)
    python = spec.argv[0] if spec.argv else ""
    check = "import sif_models, sys; print(sys.version.split()[0])"
    version = command_version([python, "-c", check]) if python else None
    where = python if version else f"{python} (cannot import sif)"
    return Tool(name, version, where, True, KERNEL_INSTALL_HINT)


def check_setup(renderer: str = "auto") -> Setup:
    """What ``sif`` would render with for ``--renderer renderer``, and every tool it needs.

    ``auto`` uses Quarto when a ``quarto`` is on PATH, else the embedded renderer; ``quarto``
    needs Quarto; ``embedded`` never looks at Quarto's pandoc and Typst.
    """
    if renderer not in ("auto", "quarto", "embedded"):
        raise ValueError(f"renderer must be auto, quarto or embedded, got {renderer!r}")
    quarto = find_quarto() if renderer != "embedded" else None
    chosen = "quarto" if renderer == "quarto" or quarto else "embedded"
    tools = [Tool("Python", sys.version.split()[0], sys.executable)]
    if renderer != "embedded":
        tools += quarto_tools(quarto, needed=chosen == "quarto")
    tools += embedded_tools(needed=chosen == "embedded")
    tools.append(kernel_tool())
    for name in PACKAGES:
        tools.append(Tool(name, package_version(name), "", True, f"pip install {name}"))
    return Setup(renderer, chosen, tools)
