"""``sif annual-report YEAR``: the yearly report on the fund's investments, as HTML and PDF.

Registered by :mod:`sif_models.cli` through ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .cli_brief import EXIT_OK, add_render_arguments, report_kept, run_rendering

DEFAULT_ANNUAL_DRAWS = 10_000


def annual_parameters(
    year: int,
    fund_path: str | Path,
    results_dir: str | Path,
    draws: int,
    seed: int | None,
    lang: str,
) -> dict[str, Any]:
    """The papermill parameters of ``notebooks/annual_report.ipynb`` (plain JSON types).

    >>> annual_parameters(2023, "/d/fund.yaml", "/d/results", 1000, None, "da")
    {'year': 2023, 'fund_path': '/d/fund.yaml', 'results_dir': '/d/results', 'draws': 1000, 'seed': -1, 'lang': 'da'}
    """
    from .brief import run_parameters

    return {
        "year": int(year),
        "fund_path": str(Path(fund_path).resolve()),
        "results_dir": str(Path(results_dir).resolve()),
        **run_parameters(draws, seed, lang),
    }


def check_annual_inputs(fund_path: str | Path, results_dir: str | Path) -> None:
    """The fund file and the results files, checked before any notebook runs (exit 2)."""
    from .annual import check_results, read_results
    from .case import load_proposal
    from .errors import Problem, SifInputError
    from .portfolio import load_fund

    folder = Path(results_dir)
    if not folder.is_dir():
        raise SifInputError(Problem(str(folder), "", "no such folder of results files"))
    fund = load_fund(fund_path)
    results = read_results(folder)
    known = set()
    problems = []
    for path in fund.proposal_paths():
        proposal = load_proposal(path)
        known.add(proposal.id)
        try:
            check_results(proposal, results[results.proposal == proposal.id])
        except SifInputError as exc:
            problems.extend(exc.problems)
    for rec in results[~results.proposal.isin(known)].itertuples():
        problems.append(
            Problem(
                rec.file,
                f"line {rec.line}: proposal",
                f"'{rec.proposal}' is not in the fund's portfolio",
            )
        )
    if problems:
        raise SifInputError(problems)


def make_annual_report(
    year: int,
    fund_path: str | Path | None = None,
    results_dir: str | Path | None = None,
    out_dir: str | Path = "reports",
    draws: int = DEFAULT_ANNUAL_DRAWS,
    seed: int | None = None,
    lang: str = "da",
    formats: Sequence[str] | str = ("html", "pdf"),
    force: bool = False,
    session=None,
    renderer: str = "auto",
    report: Callable[[str], None] | None = None,
):
    """Render ``<out_dir>/annual-report-<year>.html`` and ``.pdf`` (kept if they exist, unless
    ``force``); returns the :class:`sif_models.brief.DocumentResult`."""
    from .brief import render_document
    from .catalogue import data_dir
    from .labels import text

    fund_path = Path(fund_path) if fund_path else data_dir() / "fund.yaml"
    results_dir = Path(results_dir) if results_dir else data_dir() / "results"
    check_annual_inputs(fund_path, results_dir)
    return render_document(
        "annual_report",
        annual_parameters(year, fund_path, results_dir, draws, seed, lang),
        name=f"annual-report-{int(year)}",
        title=text("ann.title", lang, year=int(year)),
        out_dir=out_dir,
        formats=formats,
        lang=lang,
        force=force,
        session=session,
        kind="annual",
        source=fund_path,
        renderer=renderer,
        report=report,
    )


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a year, got {text!r}") from None
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"must be a year between 1900 and 2200, got {value}")
    return value


def cmd_annual(args: argparse.Namespace) -> int:
    def say(line: str) -> None:
        print(line, file=sys.stderr if line.startswith("kept ") else sys.stdout, flush=True)

    def run() -> int:
        result = make_annual_report(
            args.year,
            fund_path=args.fund,
            results_dir=args.results,
            out_dir=args.out,
            draws=args.draws,
            seed=args.seed,
            lang=args.lang,
            formats=args.to,
            force=args.force,
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
