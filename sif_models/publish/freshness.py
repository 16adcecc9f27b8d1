"""Documents that never go stale: each published document records a key of what made it.

The key is the SHA-256 of everything that decides a document's content: the bytes of its input
files (the proposal, the fund or meeting file, every proposal they name, the results files, the
unit-cost catalogue and the price index), the notebook, the renderer's templates, the papermill
parameters (draws, seed, language, …), the renderer used and sif's version. It is stored beside
the executed notebook as ``<out>/_executed/<name>.key.json``. A command re-renders a document whose
key changed (an edited proposal, a copied proposal under the same id, a new catalogue) and keeps
one whose key is the same, saying it is unchanged; ``--force`` always re-renders.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sif_models import __version__
from sif_models.inputs.catalogue import data_dir
from sif_models.publish.files import EXECUTED_DIR, write_atomic
from sif_models.publish.render import CSS, LUA_FILTER, TYPST_TEMPLATE

KEY_SUFFIX = ".key.json"


def sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes (``missing`` if it is gone)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "missing"


def data_files() -> list[Path]:
    """The data every business case reads: the unit-cost catalogue and the price index."""
    folder = data_dir()
    return [folder / "unit_costs.csv", folder / "price_index.csv"]


def templates() -> list[Path]:
    """The files that decide how a document looks in both renderers."""
    quarto = LUA_FILTER.parent / "_quarto.yml"
    return [p for p in (LUA_FILTER, TYPST_TEMPLATE, CSS, quarto) if p.is_file()]


def document_key(
    inputs: Iterable[Path],
    parameters: dict[str, Any],
    notebook: Path | None,
    renderer: str,
) -> dict[str, Any]:
    """The record of what makes one document; its ``key`` field is the hash of the rest."""
    files = sorted({str(Path(p).resolve()) for p in [*inputs, *data_files()]})
    record: dict[str, Any] = {
        "sif": __version__,
        "renderer": renderer,
        "parameters": parameters,
        "notebook": sha256_of(notebook) if notebook is not None else None,
        "templates": {p.name: sha256_of(p) for p in templates()},
        "files": {f: sha256_of(Path(f)) for f in files},
    }
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    record["key"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return record


def key_path(out_dir: Path, name: str) -> Path:
    return Path(out_dir) / EXECUTED_DIR / f"{name}{KEY_SUFFIX}"


def stored_key(out_dir: Path, name: str) -> str | None:
    """The key stored for document ``name`` in ``out_dir``, or None (never made by this sif)."""
    try:
        return json.loads(key_path(out_dir, name).read_text(encoding="utf-8")).get("key")
    except (OSError, ValueError, AttributeError):
        return None


def store_key(out_dir: Path, name: str, record: dict[str, Any]) -> None:
    """Record what made document ``name`` (atomic)."""
    text = json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False, default=str)
    write_atomic((text + "\n").encode("utf-8"), key_path(out_dir, name))


def files_key(parts: Sequence[Path]) -> dict[str, Any]:
    """The key of a file made from other files (the pack PDF from its parts)."""
    record: dict[str, Any] = {"sif": __version__, "parts": [sha256_of(p) for p in parts]}
    text = json.dumps(record, sort_keys=True)
    record["key"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return record
