"""Putting rendered files in place: atomic, never half-written, never silently replaced.

Every published file is written to a temporary file beside its target and renamed (or
hard-linked, which fails if the target exists) into place with mode 0644, so a reader never sees
a half-written brief and an earlier brief is replaced only with ``force``.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.schema import SLUG_PATTERN

if TYPE_CHECKING:
    from sif_models.publish.documents import DocumentResult

EXECUTED_DIR = "_executed"


PUBLISHED_MODE = 0o644  # reports are read by others: rw-r--r--


def safe_id(proposal_id: str) -> str:
    """A validated proposal id, checked once more before it becomes a file name."""
    if not re.fullmatch(SLUG_PATTERN, proposal_id) or len(proposal_id) > 80:
        raise SifInputError(Problem("<proposal>", "id", f"not a valid id: {proposal_id!r}"))
    return proposal_id


def write_atomic(data: bytes, target: Path) -> None:
    """Write ``target`` (mode 0644) through a temp file in the same folder and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, PUBLISHED_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def publish(source: Path, target: Path, force: bool) -> bool:
    """Put ``source`` at ``target`` atomically; without ``force`` never replace a file.

    The file is first copied to a temp file beside ``target`` (mode 0644, readable by all, as
    a report should be); then it is renamed over ``target`` (``force``) or hard-linked to it,
    which fails if ``target`` exists, so an earlier brief is never replaced, even by a brief
    written at the same moment. Returns True if written, False if an existing file was kept.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        os.chmod(tmp, PUBLISHED_MODE)
        if force:
            os.replace(tmp, target)
            return True
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: check, then rename
            if target.exists():
                return False
            os.replace(tmp, target)
            return True
        return True
    finally:
        tmp.unlink(missing_ok=True)


def targets_for(
    out_dir: Path, name: str, formats: tuple[str, ...], force: bool, say: Callable[[str], None]
) -> tuple[dict[str, Path], tuple[str, ...], dict[str, Path]]:
    """({format: target}, formats still to make, {format: kept file}) for document ``name``."""
    targets = {f: out_dir / f"{name}.{f}" for f in formats}
    todo = tuple(f for f in formats if force or not targets[f].exists())
    kept = {}
    for f in formats:
        if f not in todo:
            kept[f] = targets[f]
            say(f"kept {targets[f]} (it exists; use --force to replace it)")
    return targets, todo, kept


def publish_all(
    result: DocumentResult,
    files: dict[str, Path],
    todo: tuple[str, ...],
    targets: dict[str, Path],
    force: bool,
    say: Callable[[str], None],
) -> None:
    """Publish each rendered file of ``todo`` to its target (see :func:`publish`); what was
    written or kept is recorded on ``result`` and said."""
    for fmt in todo:
        if publish(files[fmt], targets[fmt], force):
            result.written[fmt] = targets[fmt]
            say(f"wrote {targets[fmt]}")
        else:
            result.kept[fmt] = targets[fmt]
            say(f"kept {targets[fmt]} (it appeared meanwhile; use --force to replace it)")
