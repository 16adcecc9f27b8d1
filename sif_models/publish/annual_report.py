"""The yearly report's pipeline behind ``sif annual-report YEAR``: check the inputs, execute
``notebooks/annual_report.ipynb`` and render it to HTML and PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

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
    from sif_models.publish.pipeline import run_parameters

    return {
        "year": int(year),
        "fund_path": str(Path(fund_path).resolve()),
        "results_dir": str(Path(results_dir).resolve()),
        **run_parameters(draws, seed, lang),
    }


def check_annual_inputs(fund_path: str | Path, results_dir: str | Path) -> None:
    """The fund file and the results files, checked before any notebook runs (exit 2)."""
    from sif_models.errors import Problem, SifInputError
    from sif_models.fund.annual import check_results, read_results
    from sif_models.fund.loading import load_fund
    from sif_models.inputs.proposals import load_proposal

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
    ``force``); returns the :class:`sif_models.publish.pipeline.DocumentResult`."""
    from sif_models.inputs.catalogue import data_dir
    from sif_models.publish.pipeline import render_document
    from sif_models.text.labels import text

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
