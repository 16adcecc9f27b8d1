"""The yearly report and the fund brief, rendered end to end.

``sif annual-report 2023`` runs notebooks/annual_report.ipynb over data/fund.yaml and the
(illustrative) results files in data/results; ``sif fund`` renders notebooks/fund.ipynb. The
reference values are the results files themselves (successes and participants per outcome,
summed over the rows measured in or before 2023) and the library's outlook
(:func:`sif_models.fund.outlook.fund_outlook`), formatted as the reports show them.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import stat
from collections import defaultdict
from pathlib import Path

import danish_text
import papermill
import pytest
from pypdf import PdfReader

from sif_models import cli
from sif_models.documents.common import chance
from sif_models.fund.annual import annual_report
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import fund_outlook
from sif_models.publish.annual_report import annual_parameters
from sif_models.text.formatting import dkk, mio, number, percent

REPO = Path(__file__).resolve().parents[1]
FUND = REPO / "data" / "fund.yaml"
RESULTS = REPO / "data" / "results"
YEAR = 2023
DRAWS = 1000
EMBEDDED = ["--renderer", "embedded"]  # the content tests; tests/test_quarto.py renders with Quarto


def _cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(args)
    return code, out.getvalue(), err.getvalue()


def _pdf_text(path: Path) -> str:
    """The PDF's text, whitespace folded; Typst's minus sign and hyphen read as '-'."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    text = text.replace("\u2212", "-").replace("\u00a0", " ").replace("\u00ad", "-")
    return " ".join(text.split())


def _observed(year: int) -> dict[tuple[str, str], tuple[int, int]]:
    """(proposal, outcome) -> (successes, participants) over the rows measured by ``year``,
    read straight from the results files."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(RESULTS.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if int(row["measured_year"]) <= year:
                    key = (row["proposal"], row["outcome"])
                    sums[key][0] += int(row["successes"])
                    sums[key][1] += int(row["participants"])
    return {k: (s, n) for k, (s, n) in sums.items()}


@pytest.fixture(scope="module")
def annual(tmp_path_factory):
    out = tmp_path_factory.mktemp("annual")
    code, stdout, stderr = _cli(
        ["annual-report", str(YEAR), "--out", str(out), "--draws", str(DRAWS), *EMBEDDED]
    )
    assert code == 0, stderr
    return out, _pdf_text(out / f"annual-report-{YEAR}.pdf")


def test_annual_report_is_written_as_html_and_pdf(annual):
    out, _ = annual
    for ext in ("html", "pdf"):
        path = out / f"annual-report-{YEAR}.{ext}"
        assert path.is_file()
        assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_observed_figures_equal_the_results_files(annual):
    _, text = annual
    observed = _observed(YEAR)
    assert observed  # the example files have rows up to 2023
    for (pid, outcome), (s, n) in observed.items():
        assert f"{s} af {n}" in text, (pid, outcome)
        assert percent(s / n) in text, (pid, outcome)
    # ungifokus' 2023 cohort is measured in 2024: not in the 2023 report
    s, n = observed[("ungifokus", "selvforsoergelse")]
    assert (s, n) == (35 + 41, 96 + 98)
    later = _observed(2024)[("ungifokus", "selvforsoergelse")]
    assert f"{later[0]} af {later[1]}" not in text


def test_the_report_says_the_results_are_illustrative(annual):
    _, text = annual
    assert "Eksempeldata" in text and "opdigtede" in text


def test_updated_estimates_and_economy_are_the_librarys(annual):
    _, text = annual
    report = annual_report(YEAR, load_fund(FUND), RESULTS, draws=DRAWS)
    for inv in report.investments:
        for r in inv.outcomes.itertuples(index=False):
            if r.measured:
                assert percent(r.updated_rate) in text, (inv.proposal.id, r.outcome)
                band = f"{percent(r.updated_low)} – {percent(r.updated_high)}"
                assert band in text, (inv.proposal.id, r.outcome)
        assert dkk(inv.updated.figures.public_net_pv_dkk) in text, inv.proposal.id
    econ = report.economy()
    for key in ("start_capital_dkk", "paid_out_dkk", "received_dkk", "balance_dkk"):
        assert dkk(econ[key]) in text, key
    assert mio(report.outlook_updated.capacity_left_dkk) in text


def test_bad_results_exit_2_before_anything_runs(tmp_path):
    results = tmp_path / "results"
    shutil.copytree(RESULTS, results)
    path = results / "ungifokus.csv"
    rows = path.read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1].replace(",96,35,", ",96,135,")  # more successes than participants
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, _, stderr = _cli(
        ["annual-report", str(YEAR), "--results", str(results), "--out", str(tmp_path / "out")]
    )
    assert code == 2
    assert f"{path}: line 2: successes" in stderr
    assert not (tmp_path / "out").exists()


def test_a_year_before_the_fund_is_an_input_error(tmp_path):
    """The fund started on 29 April 2020: a report for 2019 exits 2 naming the year and the
    fund's start date, before anything runs."""
    code, _, stderr = _cli(["annual-report", "2019", "--out", str(tmp_path / "out")])
    assert code == 2
    assert f"{FUND}: start_date: there is no yearly report for 2019" in stderr
    assert "2020-04-29" in stderr
    assert not (tmp_path / "out").exists()


def test_the_yearly_report_is_danish(annual):
    """No English words and no English or hyphen-minus figures (docs/style-da.md); the results
    files' English note on their invented figures shows as Danish words."""
    out, text = annual
    raw = danish_text.pdf_text(out / f"annual-report-{YEAR}.pdf")
    assert danish_text.english_words(raw) == []
    assert danish_text.wrong_numbers(raw) == []
    assert "Kilde: eksempeldata (opdigtede tal, ikke målinger)" in text
    assert "0 ikke startet" not in text and "0 afsluttet" not in text
    assert "Alle fondens 9 investeringer er i gang." in text


def test_annual_notebook_parameters_match_what_the_code_passes():
    passed = annual_parameters(YEAR, FUND, RESULTS, DRAWS, None, "da")
    inspected = papermill.inspect_notebook(str(REPO / "notebooks" / "annual_report.ipynb"))
    assert set(inspected) == set(passed)
    types = {"str": str, "int": int}
    for key, value in passed.items():
        assert isinstance(value, types[inspected[key]["inferred_type_name"]]), key
    json.dumps(passed)


# ---------------------------------------------------------------------------- the fund brief
def test_fund_brief_with_a_new_proposal(tmp_path):
    """``sif fund --with FILE`` prints the outlook and renders fund-with-<id>.html/.pdf with the
    headline figures of fund_outlook, with and without the new proposal."""
    example = REPO / "data" / "examples" / "worked-example.yaml"
    out = tmp_path / "reports"
    code, stdout, stderr = _cli(
        ["fund", "--with", str(example), "--draws", str(DRAWS), "--out", str(out), *EMBEDDED]
    )
    assert code == 0, stderr
    html, pdf = out / "fund-with-worked-example.html", out / "fund-with-worked-example.pdf"
    assert str(html) in stdout and str(pdf) in stdout
    text = _pdf_text(pdf)
    fund = load_fund(FUND)
    before = fund_outlook(fund, draws=DRAWS)
    after = fund_outlook(
        fund, draws=DRAWS, with_files=[example], capacity_from_year=before.capacity_from_year
    )
    for o in (before, after):
        assert chance(o.p_active, "da") in text
        assert chance(o.p_active_without_shock, "da") in text
        assert mio(o.capacity_left_dkk) in text
    assert "Porteføljen" in text and "Med de nye forslag" in text
    # the yearly table in 1,000 kr.: the expected (mean) balance at the end
    assert number(after.band()["mean"][-1] / 1000) in text
    assert "Worked example (nyt forslag)" in text  # in the portfolio list
    # a second run keeps the files
    before_bytes = pdf.read_bytes()
    code, stdout, stderr = _cli(
        ["fund", "--with", str(example), "--draws", str(DRAWS), "--out", str(out), *EMBEDDED]
    )
    assert code == 0 and f"unchanged {pdf}" in stderr and pdf.read_bytes() == before_bytes
