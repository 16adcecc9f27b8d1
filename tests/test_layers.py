"""The package's layers (ARCHITECTURE.md): a module imports only its own layer, the layers below
it and the base modules. Checked on the source, imports inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "sif_models"

# Lowest first. The root modules (errors, resources) are the base every layer may use; the root
# __init__ is the public façade and may re-export from any layer.
LAYERS = ("inputs", "model", "risk", "case", "fund", "text", "documents", "publish", "cli")
BASE = {"sif_models", "sif_models.errors", "sif_models.resources"}


def _layer(module: str) -> int:
    """-1 for the base, else the index of the module's layer in :data:`LAYERS`."""
    parts = module.split(".")
    if module in BASE or len(parts) < 2:
        return -1
    if parts[1] not in LAYERS:
        raise AssertionError(f"{module} is in no layer; add its folder to LAYERS")
    return LAYERS.index(parts[1])


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(source: str, module_name: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, imported module) for every sif_models import in ``source``, relative ones resolved."""
    here = module_name.split(".")
    package = here if is_package else here[:-1]
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("sif_models")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if not module.startswith("sif_models"):
                continue
            # `from sif_models.x import y` may import the module sif_models.x.y
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                sub = PACKAGE.parent / Path(*candidate.split("."))
                is_module = sub.with_suffix(".py").is_file() or (sub / "__init__.py").is_file()
                out.append((node.lineno, candidate if is_module else module))
    return out


def _upward(source: str, module_name: str, is_package: bool = False) -> list[str]:
    mine = _layer(module_name)
    return [
        f"line {line}: {module} ({LAYERS[_layer(module)]})"
        for line, module in _imports(source, module_name, is_package)
        if module != "sif_models" and _layer(module) > mine
    ]


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if p != PACKAGE / "__init__.py")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_higher_layer(path):
    name = _module_name(path)
    upward = _upward(path.read_text(encoding="utf-8"), name, path.name == "__init__.py")
    where = LAYERS[_layer(name)] if _layer(name) >= 0 else "base"
    assert not upward, f"{name} ({where}) imports a higher layer: " + "; ".join(upward)


def test_every_layer_is_a_folder_with_a_readme():
    for layer in LAYERS:
        folder = PACKAGE / layer
        assert (folder / "__init__.py").is_file(), f"{layer}/ is not a package"
        readme = folder / "README.md"
        assert readme.is_file() and "may import" in readme.read_text(encoding="utf-8").lower(), (
            f"{layer}/README.md must say what the layer holds and what it may import"
        )


def test_the_check_sees_upward_imports():
    """The checker itself: absolute, relative and function-level upward imports are reported."""
    source = (
        "from sif_models.errors import Problem\n"
        "from sif_models.inputs import schema\n"
        "from ..publish.render import FORMATS\n"
        "def f():\n"
        "    import sif_models.cli.app\n"
    )
    found = _upward(source, "sif_models.model.probe")
    assert [f.split(": ")[1] for f in found] == [
        "sif_models.publish.render (publish)",
        "sif_models.cli.app (cli)",
    ]
