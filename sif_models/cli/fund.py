"""``sif fund``: the fund's ten-year outlook, with and without named new proposals (docs/model.md §7)."""

from __future__ import annotations

import argparse
import json
import sys

from rich.console import Console
from rich.table import Table

from sif_models.case.business_case import DEFAULT_SEED
from sif_models.cli.common import (
    add_draws_arguments,
    add_quiet_argument,
    add_renderer_argument,
    escape,
    formats_argument,
    reporter,
    run_rendering,
    say_line,
    settings_from_args,
)
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import FundOutlook, fund_outlook
from sif_models.inputs.catalogue import data_dir
from sif_models.text.formatting import number, percent


def _m(x: float) -> str:
    return number(x / 1e6, 2, "en")


def print_outlook(before: FundOutlook, after: FundOutlook | None, console: Console) -> None:
    """Balance by year (central, p5, p95), and the headline figures, before and after."""
    console.print(f"[bold]{escape(before.name)}[/bold]")
    title = "Fund by year (million DKK; balance at year end)"
    t = Table(title=title)
    t.add_column("Year")
    t.add_column("Put in", justify="right")
    t.add_column("Received", justify="right")
    t.add_column("Costs", justify="right")
    t.add_column("Balance", justify="right")
    t.add_column("p5", justify="right")
    t.add_column("p95", justify="right")
    if after is not None:
        t.add_column("With new", justify="right")
        t.add_column("p5", justify="right")
    tb = before.table()
    ta = after.table() if after is not None else None
    for i, row in tb.iterrows():
        cells = [
            str(int(row.year)),
            _m(row.put_in_dkk),
            _m(row.received_dkk),
            _m(row.running_costs_dkk),
            _m(row.balance_dkk),
            _m(row.balance_p5_dkk),
            _m(row.balance_p95_dkk),
        ]
        if ta is not None:
            cells += [_m(ta.balance_dkk[i]), _m(ta.balance_p5_dkk[i])]
        t.add_row(*cells)
    console.print(t)
    s = Table(show_header=True, title="Outlook")
    s.add_column("")
    s.add_column("Portfolio", justify="right")
    if after is not None:
        s.add_column(
            "With " + ", ".join(h.proposal.id for h in after.holdings if h.new), justify="right"
        )
    rows = [
        (
            "Year it would run dry (central)",
            lambda o: str(o.central_run_dry_year or "never in the period"),
        ),
        (
            f"P(balance ≥ 0, first {before.min_active_years} years), ρ_f = {before.common_shock:g}",
            lambda o: percent(o.p_active, 1, "en"),
        ),
        (
            "  the same, ρ_f = 0 (no common shock)",
            lambda o: percent(o.p_active_without_shock, 1, "en"),
        ),
        (
            "Capacity left (90 % level, committed in {y})",
            lambda o: number(o.capacity_left_dkk, 0, "en"),
        ),
    ]
    for label, fn in rows:
        cells = [label.format(y=before.capacity_from_year), fn(before)]
        if after is not None:
            cells.append(fn(after))
        s.add_row(*cells)
    console.print(s)


def cmd_fund(args: argparse.Namespace) -> int:
    fund_file = args.fund or str(data_dir() / "fund.yaml")
    fund = load_fund(fund_file)
    before = fund_outlook(fund, draws=args.draws, seed=args.seed)
    after = None
    if args.with_files:
        after = fund_outlook(
            fund,
            draws=args.draws,
            seed=args.seed,
            with_files=args.with_files,
            capacity_from_year=before.capacity_from_year,
        )
    if args.json:
        out = {"before": before.to_dict(), "after": after.to_dict() if after else None}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        print_outlook(before, after, Console(highlight=False, soft_wrap=True))
    if not args.no_brief:
        from sif_models.publish.fund_brief import render_fund_brief  # the rendered fund brief

        def render() -> int:
            say = reporter(args)
            settings = settings_from_args(args)
            for path in render_fund_brief(fund_file, args.with_files, settings, report=say):
                say_line(str(path))
            return 0

        return run_rendering(render, "sif fund")
    return 0


def register(sub) -> None:
    p = sub.add_parser("fund", help="the fund's balance outlook, with and without new proposals")
    p.add_argument("--fund", default=None, help="fund file (default: data/fund.yaml)")
    p.add_argument(
        "--with", dest="with_files", nargs="+", default=[], metavar="FILE", help="new proposals"
    )
    add_draws_arguments(
        p, seed_default=DEFAULT_SEED, seed_help=f"random seed (default {DEFAULT_SEED})"
    )
    p.add_argument("--json", action="store_true", help="print the outlook as JSON")
    p.add_argument(
        "--no-brief", action="store_true", help="print only; do not render the fund brief"
    )
    p.add_argument("--lang", choices=("da", "en"), default="da")
    p.add_argument("--to", type=formats_argument, default="html,pdf")
    p.add_argument("--out", default=None)
    p.add_argument("--force", action="store_true")
    add_renderer_argument(p)
    add_quiet_argument(p)
    p.set_defaults(func=cmd_fund)
