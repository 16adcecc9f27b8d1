"""The yearly report's pipeline behind ``sif annual-report YEAR``: check the inputs, execute
``notebooks/annual_report.ipynb`` and render it to HTML and PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sif_models.errors import Problem, SifInputError
from sif_models.fund.annual import check_results, read_results
from sif_models.fund.loading import load_fund
from sif_models.inputs.catalogue import data_dir
from sif_models.inputs.proposals import load_proposal
from sif_models.publish.documents import DocumentResult, DocumentSpec, render_document
from sif_models.publish.kernel import KernelSession
from sif_models.publish.settings import Settings, run_parameters
from sif_models.text.labels import text

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
    return {
        "year": int(year),
        "fund_path": str(Path(fund_path).resolve()),
        "results_dir": str(Path(results_dir).resolve()),
        **run_parameters(draws, seed, lang),
    }


def check_annual_inputs(
    fund_path: str | Path, results_dir: str | Path, year: int | None = None
) -> None:
    """The fund file, the results files and the report's year, checked before any notebook runs
    (exit 2). A year before the fund was founded has no report."""

    folder = Path(results_dir)
    if not folder.is_dir():
        raise SifInputError(Problem(str(folder), "", "no such folder of results files"))
    fund = load_fund(fund_path)
    if year is not None and int(year) < fund.start_date.year:
        raise SifInputError(
            Problem(
                str(fund_path),
                "start_date",
                f"there is no yearly report for {int(year)}: the fund started on "
                f"{fund.start_date.isoformat()}; give a year from {fund.start_date.year} on",
            )
        )
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
    settings: Settings | None = None,
    session: KernelSession | None = None,
    report: Callable[[str], None] | None = None,
) -> DocumentResult:
    """Render ``<out_dir>/annual-report-<year>.html`` and ``.pdf`` (kept if they exist, unless
    ``settings.force``)."""
    settings = settings or Settings(draws=DEFAULT_ANNUAL_DRAWS)
    fund_path = Path(fund_path) if fund_path else data_dir() / "fund.yaml"
    results_dir = Path(results_dir) if results_dir else data_dir() / "results"
    check_annual_inputs(fund_path, results_dir, year)
    spec = DocumentSpec(
        notebook="annual_report",
        parameters=annual_parameters(
            year, fund_path, results_dir, settings.draws, settings.seed, settings.lang
        ),
        name=f"annual-report-{int(year)}",
        title=text("ann.title", settings.lang, year=int(year)),
        kind="annual",
        source=fund_path,
        inputs=(*load_fund(fund_path).proposal_paths(), *sorted(results_dir.glob("*.csv"))),
    )
    return render_document(spec, settings, session=session, report=report)
