"""``sif voi FILE``: the value of information — what knowing each uncertain input better would be
worth before the council decides (EVPI and EVPPI, docs/model.md §10)."""

from __future__ import annotations

import argparse
import json
import sys

from rich.table import Table

from sif_models.case.business_case import run
from sif_models.cli.common import EXIT_OK, add_draws_arguments, console, escape
from sif_models.risk.voi import METHOD
from sif_models.text.formatting import number


def cmd_voi(args: argparse.Namespace) -> int:
    case = run(args.file, draws=args.draws, seed=args.seed, progress=not args.json)
    values = case.value_of_information()
    draws = case.risk.draws if case.risk is not None else 0
    seed = case.risk.seed if case.risk is not None else None
    if args.json:
        out = {"draws": draws, "seed": seed, "method": METHOD}
        out.update({p: v.to_dict() for p, v in values.items()})
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    con = console()
    con.print(f"[bold]{escape(case.proposal.title)}[/bold]  ({escape(case.proposal.id)})")
    con.print(f"Value of information on {draws:,} draws; method: {METHOD}")
    for perspective, v in values.items():
        t = Table(title=f"{perspective.capitalize()}: EVPI DKK {number(v.evpi_dkk, 0, 'en')}")
        t.add_column("Input")
        t.add_column("EVPPI (DKK)", justify="right")
        for key, _label, value in v.inputs:
            t.add_row(escape(key), number(value, 0, "en"))
        con.print(t)
    return EXIT_OK


def register(sub) -> None:
    """Add ``sif voi`` to the ``sif`` command."""
    p = sub.add_parser(
        "voi",
        help="the value of information: which assumption is most worth measuring first",
        description=(
            "EVPI (what perfect information would be worth) and the EVPPI of each uncertain "
            "input, from the public and the kommune's perspective (docs/model.md §10)."
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the values as JSON")
    add_draws_arguments(p)
    p.set_defaults(func=cmd_voi)
