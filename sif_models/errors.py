"""Errors that reach the user as plain words, never as a traceback.

Every problem with an input file is a :class:`Problem` (file, field path, message). A
:class:`SifInputError` carries one or more of them; the command line prints them one per line and
exits with code 2.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one input file.

    Examples
    --------
    >>> str(Problem("proposals/x.yaml", "outcomes[0].success_rate", "must be between 0 and 1, got 1.4"))
    'proposals/x.yaml: outcomes[0].success_rate: must be between 0 and 1, got 1.4'
    """

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        if self.field:
            return f"{self.file}: {self.field}: {self.message}"
        return f"{self.file}: {self.message}"


class SifInputError(ValueError):
    """Bad input: a file, a field and what is wrong with it (exit code 2)."""

    def __init__(self, problems: list[Problem] | Problem):
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
