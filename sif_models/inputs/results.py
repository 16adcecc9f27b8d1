"""Measured results: ``data/results/*.csv``, one row per outcome × cohort × measurement.

    proposal, outcome, cohort_start_year, measured_year, participants, successes, source

Every row is checked (whole numbers, 0 ≤ successes ≤ participants, a source, the measurement
not before the cohort started) and a row given twice — the same proposal, outcome, cohort and
measurement year — is an error, so nothing is counted twice. Problems read
``file: line N: field: problem``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.files import read_csv_rows

RESULT_COLUMNS = (
    "proposal",
    "outcome",
    "cohort_start_year",
    "measured_year",
    "participants",
    "successes",
    "source",
)
NUMBERS = ("cohort_start_year", "measured_year", "participants", "successes")
MAX_PARTICIPANTS = 10_000_000


def _record(path: Path, n: int, row: dict[str, str]) -> tuple[dict | None, list[Problem]]:
    """One row as a record, or the problems that keep it out."""
    where = f"line {n}"
    text = {c: (row.get(c) or "").strip() for c in RESULT_COLUMNS}
    empty = [c for c in ("proposal", "outcome", *NUMBERS) if not text[c]]
    if empty:
        return None, [Problem(str(path), where, f"{', '.join(empty)}: must not be empty")]
    try:
        numbers = {c: int(text[c]) for c in NUMBERS}
    except ValueError:
        return None, [
            Problem(
                str(path),
                where,
                "cohort_start_year, measured_year, participants and successes must be whole "
                "numbers",
            )
        ]
    rec = {**text, **numbers, "file": str(path), "line": n}
    problems = []
    if not 0 <= rec["participants"] <= MAX_PARTICIPANTS:
        problems.append(
            Problem(str(path), f"{where}: participants", f"must be from 0 to {MAX_PARTICIPANTS:,}")
        )
    if not 0 <= rec["successes"] <= rec["participants"]:
        problems.append(
            Problem(str(path), f"{where}: successes", "must be between 0 and participants")
        )
    if rec["measured_year"] < rec["cohort_start_year"]:
        problems.append(
            Problem(str(path), f"{where}: measured_year", "is before the cohort started")
        )
    if not rec["source"]:
        problems.append(Problem(str(path), f"{where}: source", "must not be empty"))
    return rec, problems


def read_results(folder: str | Path) -> pd.DataFrame:
    """All results files of a folder as one frame (columns :data:`RESULT_COLUMNS` + file, line)."""
    records = []
    problems: list[Problem] = []
    seen: dict[tuple, tuple[str, int]] = {}
    for path in sorted(Path(folder).glob("*.csv")):
        try:
            rows = read_csv_rows(path, RESULT_COLUMNS)
        except SifInputError as exc:
            problems.extend(exc.problems)
            continue
        for n, row in rows:
            rec, found = _record(path, n, row)
            problems.extend(found)
            if rec is None or found:
                continue
            key = tuple(
                rec[c] for c in ("proposal", "outcome", "cohort_start_year", "measured_year")
            )
            if key in seen:
                file, line = seen[key]
                also = f"line {line}" if file == str(path) else f"{file} line {line}"
                problems.append(
                    Problem(
                        str(path),
                        f"line {n}",
                        f"repeats the measurement on {also} (same proposal, outcome, cohort and "
                        "year); keep one row",
                    )
                )
                continue
            seen[key] = (str(path), n)
            records.append(rec)
    if problems:
        raise SifInputError(problems)
    return pd.DataFrame(records, columns=[*RESULT_COLUMNS, "file", "line"])
