"""``sif check FILE...``: validate proposal files; every problem as ``file: field: problem``."""

from __future__ import annotations

import argparse

from sif_models.cli.common import EXIT_INPUT, EXIT_OK, console, escape, print_problems
from sif_models.errors import Problem, SifInputError
from sif_models.inputs.proposals import load_proposal


def cmd_check(args: argparse.Namespace) -> int:
    out = console()
    problems: list[Problem] = []
    for path in args.files:
        try:
            proposal = load_proposal(path)
        except SifInputError as exc:
            problems.extend(exc.problems)
            continue
        out.print(
            f"[green]ok[/green]    {escape(path)}  ({escape(proposal.id)}, {proposal.participants} participants)"
        )
    if problems:
        print_problems(problems)
        bad = len({p.file for p in problems})
        console(stderr=True).print(f"{bad} of {len(args.files)} file(s) have problems")
        return EXIT_INPUT
    return EXIT_OK


# ---------------------------------------------------------------- run


def register(sub) -> None:
    """Add ``sif check`` to the ``sif`` command."""
    p = sub.add_parser("check", help="validate proposal files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)
