"""The fund over time (docs/model.md §7) and the yearly report."""

from __future__ import annotations

import csv
from pathlib import Path

import danish_text
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sif_models.cli import main
from sif_models.documents.common import chance
from sif_models.errors import SifInputError
from sif_models.fund.annual import annual_report, outcome_table, prior_for, read_results
from sif_models.fund.balance import capacity_left_dkk, fund_balance_dkk, p_active, run_dry_year
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import fund_outlook
from sif_models.inputs.proposals import load_proposal
from sif_models.risk.updating import BetaEstimate, update_beta

ROOT = Path(__file__).resolve().parents[1]
FUND = ROOT / "data" / "fund.yaml"
RESULTS = ROOT / "data" / "results"
EXAMPLE = ROOT / "data" / "examples" / "worked-example.yaml"


@pytest.fixture(scope="module")
def brief(tmp_path_factory) -> Path:
    """The Danish fund brief, rendered with the embedded renderer."""
    out = tmp_path_factory.mktemp("fund")
    code = main(["fund", "--out", str(out), "--draws", "1000", "--renderer", "embedded"])
    assert code == 0
    return out


def test_the_fund_brief_shows_both_chances(brief, fund):
    """P(active ten years) with the fund's common shock and, beside it, without (ρ_f = 0), with
    the sentence that says what the common shock is."""
    o = fund_outlook(fund, draws=1000)
    text = " ".join(danish_text.pdf_text(brief / "fund.pdf").replace("\u00a0", " ").split())
    assert "Samme sandsynlighed uden fælles stød" in text
    assert f"er der {chance(o.p_active, 'da')} sandsynlighed for" in text
    # 'også' when both chances read the same (e.g. both 'over 99,9 %')
    same = chance(o.p_active, "da") == chance(o.p_active_without_shock, "da")
    also = "også " if same else ""
    assert f"ville sandsynligheden {also}være {chance(o.p_active_without_shock, 'da')}" in text
    assert (
        "et svagt arbejdsmarked ville ramme alle investeringernes beskæftigelsesresultater" in text
    )
    assert "Forventet tilbage" not in text and "Tilbage, centralt skøn" in text


def test_the_fund_brief_is_danish(brief):
    text = danish_text.pdf_text(brief / "fund.pdf")
    assert danish_text.english_words(text) == []
    assert danish_text.wrong_numbers(text) == []


@pytest.fixture(scope="module")
def fund():
    return load_fund(FUND)


@pytest.fixture(scope="module")
def outlook(fund):
    return fund_outlook(fund, draws=3_000, seed=7)


def test_fund_identity_holds_in_every_year_and_draw(fund, outlook):
    """start − put in + received − running costs − grants = balance, cumulatively, every draw."""
    for path in (outlook.central, outlook.draws):
        identity = (
            fund.start_capital_dkk
            - np.cumsum(path.put_in_dkk, axis=1)
            + np.cumsum(path.received_dkk, axis=1)
            - np.cumsum(path.running_costs_dkk)
            - np.cumsum(path.grants_dkk)
        )
        np.testing.assert_allclose(path.balance_dkk, identity, rtol=0, atol=1e-6)


def test_fund_starts_with_its_capital_and_pays_the_fees(fund, outlook):
    # data/fund.yaml: 40,000,000 kr. from 2020; fees 100,000 + 2 × 25,000 kr. a year (aarhus.dk)
    assert outlook.years[0] == 2020
    assert outlook.central.running_costs_dkk[0] == pytest.approx(150_000)
    assert outlook.central_balance_dkk[0] == pytest.approx(40_000_000 - 150_000)


def test_fund_capital_put_in_equals_the_proposals_fund_share(fund, outlook):
    total = 0.0
    for path in fund.proposal_paths():
        import sif_models

        case = sif_models.run(path)
        total += case.inputs.fund_share * case.flows.intervention_cost.sum()
    assert outlook.central.put_in_dkk.sum() == pytest.approx(total, rel=1e-12)


def test_same_seed_same_outlook(fund):
    a = fund_outlook(fund, draws=500, seed=3)
    b = fund_outlook(fund, draws=500, seed=3)
    assert a.draws.balance_dkk.tobytes() == b.draws.balance_dkk.tobytes()


def test_adding_a_proposal_keeps_the_portfolio_draws(fund, outlook):
    """Common random numbers: the portfolio's draws are the same with and without a new one."""
    with_new = fund_outlook(fund, draws=3_000, seed=7, with_files=[EXAMPLE])
    case = __import__("sif_models").run(EXAMPLE)
    fund_put_in = case.inputs.fund_share * case.flows.intervention_cost[0]
    # the worked example starts in 2021 = year index 1; its put-in is added, nothing else moves
    diff_put = with_new.draws.put_in_dkk - outlook.draws.put_in_dkk
    assert np.all(diff_put[:, 0] == 0)
    # the example has a ±10 % cost range, so its put-in varies around the central one
    assert np.mean(diff_put[:, 1:6].sum(axis=1)) == pytest.approx(fund_put_in.sum(), rel=0.02)
    assert with_new.p_active <= outlook.p_active + 1e-12


def test_leaving_a_proposal_out_keeps_the_others_draws(fund, outlook):
    """Each portfolio entry has its own stream, so leaving one out moves no other draw."""
    without = fund_outlook(fund, draws=3_000, seed=7, without={"housing-first-mest-udsatte"})
    diff = outlook.draws.put_in_dkk - without.draws.put_in_dkk
    assert np.all(diff >= -1e-6)  # only the left-out proposal's put-in disappears
    import sif_models

    case = sif_models.run(ROOT / "data" / "proposals" / "housing-first-mest-udsatte.yaml")
    expected = case.inputs.fund_share * case.flows.intervention_cost.sum()
    assert np.mean(diff.sum(axis=1)) == pytest.approx(expected, rel=0.02)


def test_probabilities_and_capacity(outlook):
    assert 0.0 <= outlook.p_active <= 1.0
    assert outlook.capacity_left_dkk >= 0
    # committing the capacity keeps P(active) at or above 90 % (the definition), one more øre
    # per draw at the margin does not
    idx = outlook.capacity_from_year - outlook.years[0]
    x = outlook.capacity_left_dkk
    b = outlook.draws.balance_dkk.copy()
    b[:, idx:] -= x
    assert p_active(b, outlook.min_active_years) >= 0.9


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(-50, 50), min_size=12, max_size=12),
    st.integers(0, 9),
    st.floats(0.5, 0.99),
)
def test_capacity_is_the_largest_commitment_at_the_level(values, idx, level):
    rng = np.random.default_rng(abs(hash(tuple(values))) % 2**32)
    balance = np.cumsum(rng.normal(0, 10, size=(200, 12)), axis=1) + 100 + np.array(values)
    x = capacity_left_dkk(balance, idx, 10, level)
    shifted = balance.copy()
    shifted[:, idx:] -= x
    if x > 0:
        assert p_active(shifted, 10) >= level - 1e-12
        shifted[:, idx:] -= 1e-6 * max(1.0, x)
        assert p_active(shifted, 10) < level
    else:
        assert p_active(balance, 10) < level or x == 0


def test_run_dry_year_and_balance_helpers():
    b = fund_balance_dkk(
        10.0, np.array([[6.0, 6.0, 0.0]]), np.array([[0.0, 0.0, 5.0]]), np.ones(3), np.zeros(3)
    )
    np.testing.assert_allclose(b, [[3.0, -4.0, 0.0]])
    assert run_dry_year(b, np.array([2020, 2021, 2022]))[0] == 2021


def test_fund_command_prints_and_gives_json(capsys):
    assert main(["fund", "--no-brief", "--draws", "500", "--json"]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert out["before"]["years"][0] == 2020
    assert out["after"] is None
    assert main(["fund", "--no-brief", "--draws", "500", "--with", str(EXAMPLE)]) == 0
    text = capsys.readouterr().out
    assert "worked-example" in text and "2034" in text


# ---------------------------------------------------------------- the yearly report
def _file_rows():
    rows = []
    for path in sorted(RESULTS.glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            rows += list(csv.DictReader(fh))
    return rows


@pytest.fixture(scope="module")
def report(fund):
    return annual_report(2023, fund, RESULTS, draws=500)


def test_results_files_are_marked_illustrative():
    rows = _file_rows()
    assert rows
    assert all(r["source"].startswith("illustrative") for r in rows)


def test_report_observed_figures_equal_the_results_files(report):
    rows = [r for r in _file_rows() if int(r["measured_year"]) <= 2023]
    for inv in report.investments:
        for rec in inv.outcomes.itertuples():
            mine = [
                r for r in rows if r["proposal"] == inv.proposal.id and r["outcome"] == rec.outcome
            ]
            assert rec.measured == sum(int(r["participants"]) for r in mine)
            assert rec.successes == sum(int(r["successes"]) for r in mine)


def test_zero_observations_leave_the_estimate_as_it_was(report):
    prior = BetaEstimate(3.2, 4.1)
    assert update_beta(prior, 0, 0) == prior
    for inv in report.investments:
        for o_new, o_old, rec in zip(
            inv.updated_proposal.outcomes,
            inv.proposal.outcomes,
            inv.outcomes.itertuples(),
            strict=True,
        ):
            if rec.measured == 0:
                assert o_new == o_old
    unmeasured = [inv for inv in report.investments if inv.outcomes.measured.sum() == 0]
    assert unmeasured, "the example data should leave some investments unmeasured"
    for inv in unmeasured:
        assert inv.updated.figures == inv.original.figures


def test_update_moves_the_estimate_towards_the_observations():
    proposal = load_proposal(ROOT / "data" / "proposals" / "dialog-mod-vold.yaml")
    rows = read_results(RESULTS)
    table, updated = outcome_table(proposal, rows[rows.proposal == proposal.id], 2023)
    for rec, o in zip(table.itertuples(), proposal.outcomes, strict=True):
        prior = prior_for(o)
        if rec.measured:
            # posterior mean lies between the prior mean and the observed rate
            lo, hi = sorted((prior.mean, rec.observed_rate))
            assert lo - 1e-12 <= rec.updated_rate <= hi + 1e-12


def test_bad_results_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.csv"
    bad.write_text(
        "proposal,outcome,cohort_start_year,measured_year,participants,successes,source\n"
        "ungifokus,selvforsoergelse,2021,2022,10,12,illustrative\n",
        encoding="utf-8",
    )
    with pytest.raises(SifInputError) as exc:
        read_results(tmp_path)
    assert "x.csv: line 2: successes" in str(exc.value)
