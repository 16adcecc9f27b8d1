"""The ``sif`` command. It only orchestrates: every figure comes from the library.

Exit codes: 0 success, 2 bad input (every problem listed, file: field: message), 1 an internal
error (a short message; set ``SIF_DEBUG=1`` for the traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys

from rich.console import Console
from rich.table import Table

from . import __version__
from .case import DEFAULT_DRAWS, BusinessCase, load_proposal, run
from .errors import Problem, SifInputError
from .formatting import number, percent
from .schema import Proposal

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _print_problems(problems: list[Problem]) -> None:
    err = _console(stderr=True)
    for p in problems:
        err.print(f"[red]error[/red] {_escape(str(p))}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


# ---------------------------------------------------------------- check
def cmd_check(args: argparse.Namespace) -> int:
    out = _console()
    problems: list[Problem] = []
    for path in args.files:
        try:
            proposal = load_proposal(path)
        except SifInputError as exc:
            problems.extend(exc.problems)
            continue
        out.print(
            f"[green]ok[/green]    {_escape(path)}  ({_escape(proposal.id)}, {proposal.participants} participants)"
        )
    if problems:
        _print_problems(problems)
        bad = len({p.file for p in problems})
        _console(stderr=True).print(f"{bad} of {len(args.files)} file(s) have problems")
        return EXIT_INPUT
    return EXIT_OK


# ---------------------------------------------------------------- run
def _fmt_money(x: float | None) -> str:
    return number(x, 0, "en") if x is not None else "–"


def print_case(case: BusinessCase, console: Console) -> None:
    """The readable terminal table of one business case."""
    d = case.to_dict()["deterministic"]
    p = case.proposal
    console.print(f"[bold]{_escape(p.title)}[/bold]  ({_escape(p.id)})")
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
            number(es.value, 4, "en") if es.value is not None else f"none ({es.reason})",
        )
    )
    for oid, sv in case.break_even_success_rates.items():
        k = case.inputs.outcome_ids.index(oid)
        central = case.inputs.success_rate[k]
        text = (
            f"{percent(sv.value, 1, 'en')} (expected {percent(central, 1, 'en')})"
            if sv.value is not None
            else f"none ({sv.reason})"
        )
        rows.append((f"Break-even success rate, {oid}", text))
    fin = d["financiers"]
    rows += [
        ("Financiers' capital (undiscounted)", _fmt_money(fin["capital"])),
        ("Financiers receive (undiscounted)", _fmt_money(fin["received"])),
        ("Financiers' multiple", number(fin["multiple"], 3, "en")),
        (
            "Financiers' IRR",
            percent(fin["irr"], 2, "en") if fin["irr"] is not None else f"none ({case.irr_reason})",
        ),
        ("Fund net (PV)", _fmt_money(d["fund"]["net_pv"])),
    ]
    for label, value in rows:
        t.add_row(label, _escape(value))
    console.print(t)
    if case.risk is not None:
        print_risk(case.risk.to_dict(), console)
    for w in case.warnings:
        console.print(f"[yellow]warning[/yellow] {_escape(w)}")


def print_risk(risk: dict, console: Console) -> None:
    """The Monte Carlo table: mean, p5, p50, p95 and the probabilities."""
    t = Table(title=f"Risk: {risk['draws']:,} draws, seed {risk['seed']}")
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
            print(f"warning: {w}", file=sys.stderr)
    else:
        print_case(case, _console())
    return EXIT_OK


# ---------------------------------------------------------------- schema
def cmd_schema(args: argparse.Namespace) -> int:
    schema = Proposal.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "sif proposal"
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


# ---------------------------------------------------------------- parser
def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse that exits with code 2 and a one-line message (its default, made explicit)."""

    def error(self, message: str) -> None:  # pragma: no cover - argparse path
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sif", description="Business cases for social impact investments.")
    parser.add_argument("--version", action="version", version=f"sif {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("check", help="validate proposal files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("run", help="run one proposal's business case")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the MODEL.md §9 summary as JSON")
    p.add_argument(
        "--draws",
        type=_non_negative_int,
        default=DEFAULT_DRAWS,
        help=f"Monte Carlo draws (default {DEFAULT_DRAWS:,}; 0 = deterministic only)",
    )
    p.add_argument(
        "--seed",
        type=_non_negative_int,
        default=None,
        help="random seed (default: the proposal's seed)",
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("schema", help="print the proposal JSON Schema")
    p.set_defaults(func=cmd_schema)

    for module_name in EXTRA_COMMAND_MODULES:
        try:
            module = importlib.import_module(f"sif_models.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"sif_models.{module_name}":
                raise
            continue
        module.register(sub)
    return parser


# Modules that add sub-commands: each has ``register(subparsers)`` which adds its parser(s) and
# sets ``func`` to a function (args) -> exit code.
EXTRA_COMMAND_MODULES = ("cli_brief", "cli_fund", "cli_meeting", "cli_annual")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except SifInputError as exc:
        _print_problems(exc.problems)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("sif: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("SIF_DEBUG"):
            raise
        print(
            f"sif: internal error: {type(exc).__name__}: {exc} (set SIF_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
