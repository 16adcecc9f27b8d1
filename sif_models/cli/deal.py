"""``sif deal FILE``: the deal zone — the range of rate cards both the kommune and the financiers
can sign (docs/model.md §10)."""

from __future__ import annotations

import argparse
import json
import sys

from rich.table import Table

from sif_models.case.business_case import DEFAULT_DRAWS, run
from sif_models.cli.common import (
    EXIT_OK,
    add_draws_arguments,
    console,
    escape,
)
from sif_models.text.decisions import empty_zone_text, lever_text
from sif_models.text.formatting import number, percent


def _hurdle(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a rate such as 0.035, got {text!r}") from None
    if not -0.5 < value < 1.0:
        raise argparse.ArgumentTypeError(f"must be between -0.5 and 1 (a rate a year), got {value}")
    return value


def cmd_deal(args: argparse.Namespace) -> int:
    case = run(args.file, draws=args.draws, seed=args.seed, progress=not args.json)
    zone = case.deal_zone(args.hurdle)
    reason = None
    if zone.empty:
        reason = empty_zone_text(zone.empty_reason, "en", zone.m_low, zone.m_high)
        reason += ". " + lever_text(
            "en",
            case.break_even_effect_share.value,
            zone.financiers_shortfall_dkk,
            zone.hurdle_that_opens,
        )
    if args.json:
        out = {**zone.to_dict(), "reason": reason}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    con = console()
    con.print(f"[bold]{escape(case.proposal.title)}[/bold]  ({escape(case.proposal.id)})")
    con.print(f"Deal zone at a hurdle rate of {percent(zone.hurdle_rate, 1, 'en')}")
    if zone.empty:
        con.print(f"[yellow]No deal zone[/yellow]: {escape(reason)}")
    else:
        con.print(
            f"Factor on the rate card from {number(zone.m_low, 2, 'en')} to "
            f"{number(zone.m_high, 2, 'en')}; as written (1.00) is "
            + ("inside" if zone.as_written_inside else "outside")
        )
    t = Table(title="At the ends and as written")
    for col in ("factor", "prices per outcome (DKK)", "P(kommune gains)", "P(financiers lose)"):
        t.add_column(col, justify="right" if col != "prices per outcome (DKK)" else "left")
    for p in zone.ends:
        prices = ", ".join(f"{k} {number(v, 0, 'en')}" for k, v in zone.prices_at(p.m).items())
        t.add_row(
            number(p.m, 2, "en"),
            escape(prices),
            percent(p.p_kommune_gain, 1, "en"),
            percent(p.p_financiers_loss, 1, "en"),
        )
    con.print(t)
    return EXIT_OK


def register(sub) -> None:
    """Add ``sif deal`` to the ``sif`` command."""
    p = sub.add_parser(
        "deal",
        help="the deal zone: the rate cards both the kommune and the financiers can sign",
        description=(
            "Scale every outcome price by a factor m and find where the kommune's expected net "
            "and the financiers' expected NPV at the hurdle rate are both at least zero "
            "(docs/model.md §10), on the proposal's Monte Carlo draws."
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--hurdle",
        type=_hurdle,
        default=None,
        help="financiers' required return a year (default: the proposal's discount rate)",
    )
    p.add_argument("--json", action="store_true", help="print the deal zone as JSON")
    add_draws_arguments(
        p, draws_help=f"Monte Carlo draws (default {DEFAULT_DRAWS:,}; 0 = deterministic)"
    )
    p.set_defaults(func=cmd_deal)
