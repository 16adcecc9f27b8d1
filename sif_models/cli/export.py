"""``sif export FILE --xlsx OUT``: one proposal's business case as an Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from sif_models.case.business_case import run
from sif_models.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    add_draws_arguments,
    console,
    escape,
)


def cmd_export(args: argparse.Namespace) -> int:
    from sif_models.documents.workbook import save_workbook, workbook

    target = Path(args.xlsx)
    err = console(stderr=True)
    if target.suffix.lower() != ".xlsx":
        err.print(f"sif export: {escape(target)}: the file name must end in .xlsx")
        return EXIT_INPUT
    if not target.parent.is_dir():
        err.print(f"sif export: the folder {escape(target.parent)} does not exist")
        return EXIT_INPUT
    if target.exists() and not args.force:
        err.print(f"sif export: {escape(target)} exists; use --force to replace it")
        return EXIT_INPUT
    case = run(args.file, draws=args.draws, seed=args.seed, progress=True)
    save_workbook(workbook(case, args.lang), target)
    console().print(f"wrote {escape(target)}")
    return EXIT_OK


def register(sub) -> None:
    """Add ``sif export`` to the ``sif`` command."""
    p = sub.add_parser(
        "export",
        help="write a proposal's business case as an Excel workbook",
        description=(
            "Key figures, yearly cash flows by party, assumptions with their sources, the "
            "Monte Carlo summary, the deal zone and the value of information, as sheets of one "
            ".xlsx file with kroner and percent formats (Danish headers unless --lang en)."
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--xlsx", required=True, metavar="OUT", help="the workbook to write (.xlsx)")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="language of the headers")
    add_draws_arguments(p)
    p.add_argument("--force", action="store_true", help="replace the workbook if it exists")
    p.set_defaults(func=cmd_export)
