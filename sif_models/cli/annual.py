"""``sif annual-report YEAR``: the yearly report on the fund's investments, as HTML and PDF.

Registered by :mod:`sif_models.cli.app` through ``register(subparsers)``.
"""

from __future__ import annotations

import argparse

from sif_models.cli.common import (
    EXIT_OK,
    add_render_arguments,
    report_kept,
    reporter,
    run_rendering,
    settings_from_args,
)
from sif_models.publish.annual_report import DEFAULT_ANNUAL_DRAWS, make_annual_report


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a year, got {text!r}") from None
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"must be a year between 1900 and 2200, got {value}")
    return value


def cmd_annual(args: argparse.Namespace) -> int:
    say = reporter(args)

    def run() -> int:
        result = make_annual_report(
            args.year,
            fund_path=args.fund,
            results_dir=args.results,
            settings=settings_from_args(args),
            report=say,
        )
        report_kept(len(result.kept))
        return EXIT_OK

    return run_rendering(run, "sif annual-report")


def register(subparsers) -> None:
    """Add ``sif annual-report`` to the ``sif`` command."""
    p = subparsers.add_parser(
        "annual-report",
        help="the yearly report: investments, measured results, updated cases, the fund",
        description=(
            "Render the yearly report for YEAR (reports/annual-report-<YEAR>.html and .pdf): "
            "every investment's status, its measured results against what was expected, the "
            "updated success rates and business cases, and the fund's economy and outlook."
        ),
    )
    p.add_argument("year", type=_year, metavar="YEAR", help="the report's year")
    p.add_argument(
        "--fund", default=None, metavar="FILE", help="fund file (default data/fund.yaml)"
    )
    p.add_argument(
        "--results",
        default=None,
        metavar="DIR",
        help="folder of measured results *.csv (default data/results)",
    )
    add_render_arguments(
        p,
        draws_default=DEFAULT_ANNUAL_DRAWS,
        draws_help=f"Monte Carlo draws for the fund's outlook (default {DEFAULT_ANNUAL_DRAWS:,})",
    )
    p.set_defaults(func=cmd_annual)
