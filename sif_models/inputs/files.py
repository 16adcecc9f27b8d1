"""Reading an input file safely: a regular file, of bounded size, or a plain-words error.

Every input sif reads — proposals, the fund and meeting files, the unit-cost catalogue, the price
index, results files — comes through :func:`read_input_bytes`: the path must name a regular file
(a folder, a named pipe, a device or a socket is refused before anything is read, so ``sif check``
on a FIFO or on ``/dev/zero`` answers at once), and at most ``max_bytes`` are read. CSV files are
then read by :func:`read_csv_rows`, which reports a cell too long or a missing column as
``file: line N: problem`` instead of a traceback.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> file_kind_problem(folder)
'is a folder, not a file'
>>> os.rmdir(folder)
"""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.limits import MAX_CSV_BYTES


def file_kind_problem(path: str | Path) -> str | None:
    """What is wrong with ``path`` as an input file, or None for a regular file (symlinks are
    followed)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "no such file"
    except NotADirectoryError:
        return "no such file (a part of its path is a file, not a folder)"
    except PermissionError:
        return "cannot be read: permission denied"
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is not a regular file"


def _too_big(size: int, max_bytes: int) -> str:
    return f"is {size:,} bytes; input files may be at most {max_bytes:,}"


def read_input_bytes(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path`` (at most ``max_bytes``), or :class:`SifInputError`.

    The file is opened without blocking and checked again after opening, so a file swapped for
    a pipe in between cannot make sif wait.
    """
    name = str(path)
    problem = file_kind_problem(path)
    if problem:
        raise SifInputError(
            Problem(name, "", "file not found" if problem == "no such file" else problem)
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SifInputError(Problem(name, "", f"cannot be read: {exc.strerror or exc}")) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SifInputError(Problem(name, "", "is not a regular file"))
        if info.st_size > max_bytes:
            raise SifInputError(Problem(name, "", _too_big(info.st_size, max_bytes)))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise SifInputError(Problem(name, "", f"cannot be read: {exc.strerror or exc}")) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise SifInputError(Problem(name, "", _too_big(len(data), max_bytes)))
    return data


def read_text(path: str | Path, max_bytes: int) -> str:
    """:func:`read_input_bytes` decoded as UTF-8 (a byte that is not UTF-8 is an input error)."""
    raw = read_input_bytes(path, max_bytes)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SifInputError(
            Problem(
                str(path),
                "",
                f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} at position {exc.start}); "
                "save it as UTF-8",
            )
        ) from None


def read_csv_rows(
    path: str | Path, columns: tuple[str, ...], max_bytes: int = MAX_CSV_BYTES
) -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV file with a header, as (line number, {column: text}) — every cell a
    string (``""`` where a row is short) — checking that ``columns`` are all in the header.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("a,b\\n1,2\\n3\\n")
    >>> read_csv_rows(f.name, ("a", "b"))
    [(2, {'a': '1', 'b': '2'}), (3, {'a': '3', 'b': ''})]
    """
    name = str(path)
    text = read_text(path, max_bytes)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
        missing = [c for c in columns if c not in header]
        if missing:
            raise SifInputError(Problem(name, "", f"missing columns: {', '.join(missing)}"))
        rows = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            row = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)}
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        line = f"line {reader.line_num}" if reader.line_num else ""
        detail = str(exc)
        if "field larger than field limit" in detail:
            detail = f"a cell is longer than {csv.field_size_limit():,} characters"
        raise SifInputError(Problem(name, line, f"is not a readable CSV table: {detail}")) from None
    return rows
