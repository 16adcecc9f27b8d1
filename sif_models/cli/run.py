"""``sif run FILE``: one proposal's business case as a terminal table, or as JSON (docs/model.md §9)."""

from __future__ import annotations

import argparse
import json
import sys

from rich.console import Console
from rich.table import Table

from sif_models.case.business_case import DEFAULT_DRAWS, BusinessCase, run
from sif_models.cli.common import (
    EXIT_OK,
    add_draws_arguments,
    console,
    escape,
)
from sif_models.text.formatting import number, percent
from sif_models.text.reasons import reason_text, warning_text


def _fmt_money(x: float | None) -> str:
    return number(x, 0, "en") if x is not None else "–"


def print_case(case: BusinessCase, console: Console) -> None:
    """The readable terminal table of one business case."""
    d = case.to_dict()["deterministic"]
    p = case.proposal
    console.print(f"[bold]{escape(p.title)}[/bold]  ({escape(p.id)})")
    console.print(
        f"{case.participants} participants, {p.start_year}–{p.start_year + p.horizon_years - 1}, "
        f"prices of {p.price_year}, discount rate {percent(p.discount_rate, 1, 'en')}"
    )
    t = Table(title="Business case (present values in DKK unless stated)", show_header=True)
    t.add_column("Figure")
    t.add_column("Value", justify="right")
    rows = [
        ("Intervention cost", _fmt_money(d["intervention_cost"])),
        ("Avoided costs, kommune", _fmt_money(d["savings"]["kommune"])),
        ("Avoided costs, region", _fmt_money(d["savings"]["region"])),
        ("Avoided costs, stat", _fmt_money(d["savings"]["stat"])),
        ("Outcome payments", _fmt_money(d["outcome_payments"])),
        ("Kommune net", _fmt_money(d["kommune_net"])),
        ("Public net", _fmt_money(d["public_net"])),
        ("Benefit-cost ratio", number(d["benefit_cost_ratio"], 3, "en")),
        (
            "Break-even year",
            str(d["break_even_year"]) if d["break_even_year"] else "none in the horizon",
        ),
    ]
    es = case.break_even_effect_share
    rows.append(
        (
            "Break-even effect share",
            number(es.value, 4, "en")
            if es.value is not None
            else f"none ({reason_text(es.reason, 'en', full=True)})",
        )
    )
    for oid, sv in case.break_even_success_rates.items():
        k = case.inputs.outcome_ids.index(oid)
        central = case.inputs.success_rate[k]
        text = (
            f"{percent(sv.value, 1, 'en')} (expected {percent(central, 1, 'en')})"
            if sv.value is not None
            else f"none ({reason_text(sv.reason, 'en', full=True)})"
        )
        rows.append((f"Break-even success rate, {oid}", text))
    fin = d["financiers"]
    rows += [
        ("Financiers' capital (undiscounted)", _fmt_money(fin["capital"])),
        ("Financiers receive (undiscounted)", _fmt_money(fin["received"])),
        ("Financiers' multiple", number(fin["multiple"], 3, "en")),
        (
            "Financiers' IRR",
            percent(fin["irr"], 2, "en")
            if fin["irr"] is not None
            else f"none ({reason_text(case.irr_reason, 'en', case.irr_roots, full=True)})",
        ),
        ("Fund net (PV)", _fmt_money(d["fund"]["net_pv"])),
    ]
    rows += v2_rows(case)
    for label, value in rows:
        t.add_row(label, escape(value))
    console.print(t)
    if case.risk is not None:
        print_risk(case.risk.to_dict(), console)
        thresholds = [
            (oid, case.risk.threshold_met(oid))
            for k, oid in enumerate(case.inputs.outcome_ids)
            if case.inputs.payment_threshold_rate[k] > 0
        ]
        for oid, share in thresholds:
            console.print(f"P(payment threshold met), {escape(oid)}: {percent(share, 1, 'en')}")
    for w in case.warnings:
        console.print(f"[yellow]warning[/yellow] {escape(warning_text(w, 'en'))}")


def v2_rows(case: BusinessCase) -> list[tuple[str, str]]:
    """The version-2 figures (docs/model.md §5) where the proposal uses them."""
    d = case.to_dict()["deterministic"]
    rows = []
    if d["transaction_costs"]:
        rows.append(("Transaction costs (PV)", _fmt_money(d["transaction_costs"])))
    by_payer = d["outcome_payments_by_payer"]
    if by_payer["kommune"] != d["outcome_payments"]:
        rows += [
            (f"Outcome payments, {payer}", _fmt_money(value)) for payer, value in by_payer.items()
        ]
    if d["kommune_savings_cashable"] != d["savings"]["kommune"]:
        rows.append(("Cashable savings, kommune", _fmt_money(d["kommune_savings_cashable"])))
    areas = d["kommune_savings_by_budget_area"]
    if set(areas) != {""}:
        rows += [
            (f"Kommune savings, {area or 'no budget area'}", _fmt_money(value))
            for area, value in areas.items()
        ]
    for k, oid in enumerate(case.inputs.outcome_ids):
        threshold = case.inputs.payment_threshold_rate[k]
        if threshold > 0:
            met = "met" if case.flows.threshold_met[0, k] else "not met: nothing paid"
            rows.append((f"Payment threshold, {oid}", f"{percent(threshold, 1, 'en')} ({met})"))
    return rows


def print_risk(risk: dict, console: Console) -> None:
    """The Monte Carlo table: mean, p5, p50, p95 and the probabilities."""
    correlation = risk.get("success_correlation")
    within = f", outcome correlation {correlation:g}" if correlation is not None else ""
    t = Table(title=f"Risk: {risk['draws']:,} draws, seed {risk['seed']}{within}")
    t.add_column("Figure")
    for col in ("mean", "p5", "p50", "p95"):
        t.add_column(col, justify="right")
    for key, label, digits in (
        ("public_net", "Public net (DKK)", 0),
        ("kommune_net", "Kommune net (DKK)", 0),
        ("financiers_multiple", "Financiers' multiple", 3),
    ):
        s = risk[key]
        t.add_row(label, *(number(s[c], digits, "en") for c in ("mean", "p5", "p50", "p95")))
    console.print(t)
    p = Table(title="Probabilities", show_header=False)
    p.add_column("")
    p.add_column("", justify="right")
    for key, label in (
        ("p_public_net_positive", "P(public net > 0)"),
        ("p_kommune_net_positive", "P(kommune net > 0)"),
        ("p_financiers_loss", "P(financiers lose money)"),
        ("p_fund_loss", "P(fund loses money)"),
    ):
        p.add_row(label, percent(risk[key], 1, "en"))
    console.print(p)


def cmd_run(args: argparse.Namespace) -> int:
    case = run(args.file, draws=args.draws, seed=args.seed, progress=not args.json)
    if args.json:
        sys.stdout.write(json.dumps(case.to_dict(), ensure_ascii=False, indent=2) + "\n")
        for w in case.warnings:
            print(f"warning: {warning_text(w, 'en')}", file=sys.stderr)
    else:
        print_case(case, console())
    return EXIT_OK


# ---------------------------------------------------------------- schema


def register(sub) -> None:
    """Add ``sif run`` to the ``sif`` command."""
    p = sub.add_parser("run", help="run one proposal's business case")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the docs/model.md §9 summary as JSON")
    add_draws_arguments(
        p,
        draws_help=f"Monte Carlo draws (default {DEFAULT_DRAWS:,}; 0 = deterministic only)",
        seed_help="random seed (default: the proposal's seed)",
    )
    p.set_defaults(func=cmd_run)
