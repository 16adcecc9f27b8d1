"""Reading proposal files: safe YAML, the schema, and the cost ids checked against the catalogue.

:func:`load_proposal` is what every command and the Python API use to read one proposal;
:func:`load_proposals` reads several and refuses repeated ids. Bad input raises
:class:`~sif_models.errors.SifInputError` naming the file, the field and the problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.catalogue import resolve_costs
from sif_models.inputs.loading import read_yaml, validate
from sif_models.inputs.schema import Proposal
from sif_models.inputs.skeleton import placeholders
from sif_models.resources import input_path


def load_proposal(path: str | Path) -> Proposal:
    """Read and validate a proposal file, including its cost ids against the catalogue.

    Raises :class:`SifInputError` naming the file, the field and the problem.
    """
    name = str(path)
    data = read_yaml(input_path(path))
    todo = placeholders(data)
    if todo:  # a skeleton from `sif new`: say what is still to fill in, not schema errors
        raise SifInputError(
            [Problem(name, field, f"still to fill in: {hint or 'a value'}") for field, hint in todo]
        )
    proposal = validate(data, Proposal, name)
    resolve_costs(proposal, file=name)
    return proposal


def load_proposals(files: Iterable[str | Path]) -> list[tuple[Path, Any]]:
    """(path, Proposal) of every file; every problem of every file, and repeated ids, raise one
    :class:`SifInputError`."""
    proposals = []
    problems: list[Problem] = []
    for f in files:
        try:
            proposals.append((Path(f), load_proposal(f)))
        except SifInputError as exc:
            problems.extend(exc.problems)
    seen: dict[str, Path] = {}
    for path, p in proposals:
        if p.id in seen:
            problems.append(
                Problem(
                    str(path), "id", f"'{p.id}' is also the id of {seen[p.id]}; ids must differ"
                )
            )
        seen[p.id] = path
    if problems:
        raise SifInputError(problems)
    return proposals
