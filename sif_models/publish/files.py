"""Putting rendered files in place: atomic, never half-written, never silently replaced.

Every published file is written to a temporary file beside its target and renamed (or
hard-linked, which fails if the target exists) into place with mode 0644, so a reader never sees
a half-written brief and an earlier brief is replaced only with ``force``.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.schema import SLUG_PATTERN

if TYPE_CHECKING:
    from sif_models.publish.documents import DocumentResult

EXECUTED_DIR = "_executed"
# Temporary files and folders sif leaves only when it is killed; older than this they are stale.
STALE_SECONDS = 3600


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
    out_dir: Path,
    name: str,
    formats: tuple[str, ...],
    force: bool,
    say: Callable[[str], None],
    fresh: bool = False,
) -> tuple[dict[str, Path], tuple[str, ...], dict[str, Path]]:
    """({format: target}, formats still to make, {format: kept file}) for document ``name``.

    A file that exists is kept when ``fresh`` (what made it has not changed, see
    :mod:`sif_models.publish.freshness`) and not ``force``; otherwise it is made again.
    """
    targets = {f: out_dir / f"{name}.{f}" for f in formats}
    todo = tuple(f for f in formats if force or not fresh or not targets[f].exists())
    kept = {}
    for f in formats:
        if f not in todo:
            kept[f] = targets[f]
            say(f"unchanged {targets[f]} (its inputs have not changed; --force makes it anew)")
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
    written or kept is recorded on ``result`` and said. ``force`` replaces a file that exists
    (every file in ``todo`` is stale or forced)."""
    for fmt in todo:
        if publish(files[fmt], targets[fmt], force):
            result.written[fmt] = targets[fmt]
            say(f"wrote {targets[fmt]}")
        else:
            result.kept[fmt] = targets[fmt]
            say(f"kept {targets[fmt]} (it appeared meanwhile; use --force to replace it)")


class DiskFull(OSError):
    """The disk is full: a file could not be written (exit code 1, a clear message)."""


def disk_full_message(exc: OSError) -> str:
    """What to tell when writing failed because the disk is full."""
    where = f" while writing {exc.filename}" if getattr(exc, "filename", None) else ""
    return f"the disk is full{where}; free some space and run again (nothing half-written was left)"


def prepare_output_folder(folder: Path) -> Path:
    """Create ``folder`` (the ``--out`` folder) if needed and check that sif can write there; a
    file in the way, a missing permission or a read-only disk is an input error naming it."""
    folder = Path(folder)
    for part in [folder, *folder.parents]:
        if part.exists() and not part.is_dir():
            what = (
                "is a file, not a folder"
                if part == folder
                else f"lies under {part}, which is a file"
            )
            raise SifInputError(Problem(str(folder), "--out", f"{what}; choose another --out"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=folder, prefix=".sif-write-test-", delete=True)
        probe.close()
    except PermissionError:
        raise SifInputError(
            Problem(
                str(folder),
                "--out",
                "sif may not write here (permission denied); choose another --out",
            )
        ) from None
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise SifInputError(
                Problem(str(folder), "--out", "is on a read-only disk; choose another --out")
            ) from None
        if exc.errno == errno.ENOSPC:
            raise DiskFull(errno.ENOSPC, "No space left on device", str(folder)) from None
        raise SifInputError(
            Problem(
                str(folder), "--out", f"cannot be used: {exc.strerror or exc}; choose another --out"
            )
        ) from None
    clean_stale(folder)
    return folder


def clean_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove what a killed run left in ``folder`` (and its ``_executed``): temporary files
    ``.<name>.<random>.tmp``, scratch notebooks ``.<id>.<random>.ipynb`` and render folders
    ``.<id>-render-<random>``, once older than :data:`STALE_SECONDS` (a running sif's are younger).
    Returns what was removed."""
    now = time.time() if now is None else now
    removed = []
    for base in (folder, folder / EXECUTED_DIR):
        if not base.is_dir():
            continue
        for entry in base.iterdir():
            name = entry.name
            stale_name = name.startswith(".") and (
                name.endswith(".tmp") or name.endswith(".ipynb") or "-render-" in name
            )
            if not stale_name:
                continue
            try:
                if now - entry.lstat().st_mtime < STALE_SECONDS:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed.append(entry)
            except OSError:
                continue  # another sif may be cleaning too
    return removed
