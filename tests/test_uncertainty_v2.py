"""Uncertainty in model version 2 (docs/model.md §6, §7): the centred Beta, correlated outcomes,
random streams keyed by name, and the fund's common shock.

Reference values: the Beta's mean is the central success rate; a Gaussian copula's normal scores
correlate at ρ within one proposal and at ρ_f across proposals (Monte Carlo error: a sample
correlation of n draws has standard error about (1 − r²)/√n); public net is linear in the rates
and unit costs, so without caps its Monte Carlo mean is the central value within Monte Carlo
error.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import special, stats

from sif_models.case.business_case import run
from sif_models.cli import main
from sif_models.errors import SifInputError
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import fund_outlook
from sif_models.inputs.loading import read_yaml, validate
from sif_models.inputs.proposals import load_proposal
from sif_models.inputs.schema import Outcome, Proposal
from sif_models.inputs.uncertainty import MIN_SHAPE, success_beta
from sif_models.model.build import build_inputs
from sif_models.model.figures import figures
from sif_models.model.simulate import central_draws, simulate
from sif_models.risk import montecarlo
from sif_models.risk.beta import beta_ppf_of_normal, exact_beta_ppf_of_normal
from sif_models.risk.montecarlo import monte_carlo, sample_draws
from sif_models.risk.sampling import CommonShock, DrawStream, keyed_stream
from tests.conftest import REPO, worked_example_data

V2_EXAMPLE = REPO / "data" / "examples" / "worked-example-v2.yaml"
HOUSING_FIRST = REPO / "data" / "proposals" / "housing-first-mest-udsatte.yaml"
FUND = REPO / "data" / "fund.yaml"


def inputs_of(data: dict):
    return build_inputs(validate(data, Proposal, "<test>"))


def two_outcomes(rho: float) -> dict:
    """The worked example with a second, different outcome, both uncertain, correlation ρ."""
    data = worked_example_data()
    data["success_correlation"] = rho
    second = dict(data["outcomes"][0], id="second", baseline_rate=0.1, success_rate=0.3)
    second["success_interval"] = [0.15, 0.5]
    data["outcomes"].append(second)
    return data


def sample_correlation(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.corrcoef(x, y)[0, 1])


def within_mc_error(r: float, rho: float, n: int) -> bool:
    return abs(r - rho) <= 5 * (1 - rho**2) / math.sqrt(n) + 1e-12


# ------------------------------------------------------------------ the quantile table
@pytest.mark.parametrize(
    ("a", "b"),
    [(33.3, 33.3), (2.26, 2.26), (264.0, 2.67), (MIN_SHAPE, MIN_SHAPE), (MIN_SHAPE, 5.0),
     (5.0, MIN_SHAPE), (MIN_SHAPE, 1e9), (1e9, 1e9), (3e11, 7e11), (1.0, 1.0), (12.0, 0.3)],
)  # fmt: skip
def test_beta_quantile_table_agrees_with_the_exact_quantile_function(a, b):
    z = np.linspace(-6.0, 6.0, 30_001)  # beyond ±6 the table's end value holds (see risk.beta)
    fast = beta_ppf_of_normal(z, a, b)
    assert np.all(np.diff(beta_ppf_of_normal(np.linspace(-9, 9, 3_601), a, b)) >= 0)
    np.testing.assert_allclose(fast, exact_beta_ppf_of_normal(z, a, b), rtol=0, atol=1e-8)
    assert np.all(np.diff(fast) >= 0) and np.all((fast >= 0) & (fast <= 1))


# ------------------------------------------------------------------ the centred Beta (§6)
def test_the_draws_have_the_central_rate_as_their_mean():
    n = 40_000
    d = sample_draws(inputs_of(two_outcomes(0.5)), n, np.random.default_rng(3))
    for k, (p, interval) in enumerate([(0.5, (0.4, 0.6)), (0.3, (0.15, 0.5))]):
        a, b = success_beta(p, interval=interval)
        x = d.success_rate[:, k]
        assert abs(x.mean() - p) <= 5 * x.std() / math.sqrt(n)
        assert stats.kstest(x, stats.beta(a, b).cdf).pvalue > 1e-4


def test_moving_the_success_rate_inside_its_interval_moves_the_monte_carlo():
    data = worked_example_data()
    base = monte_carlo(inputs_of(data), 10_000, seed=1)
    data["outcomes"][0]["success_rate"] = 0.55  # same interval [0.4, 0.6]
    moved_inputs = inputs_of(data)
    moved = monte_carlo(moved_inputs, 10_000, seed=1)
    central = figures(moved_inputs, simulate(moved_inputs, central_draws(moved_inputs)))
    x = moved.figures.public_net_pv_dkk
    assert x.mean() > base.figures.public_net_pv_dkk.mean() + 400_000
    assert abs(x.mean() - central.public_net_pv_dkk[0]) <= 5 * x.std() / math.sqrt(x.size)
    assert moved.probability("public_net_positive") > base.probability("public_net_positive")


@pytest.mark.parametrize("path", [V2_EXAMPLE, HOUSING_FIRST], ids=lambda p: p.stem)
def test_without_caps_the_mean_public_net_is_the_central_value(path):
    """Public net is linear in the rates and unit costs (payment caps, thresholds and return
    caps never enter it), so its mean over the centred draws is the central value."""
    inputs = build_inputs(load_proposal(path))
    n = 20_000
    x = monte_carlo(inputs, n, seed=11).figures.public_net_pv_dkk
    central = figures(inputs, simulate(inputs, central_draws(inputs))).public_net_pv_dkk[0]
    assert abs(x.mean() - central) <= 5 * x.std() / math.sqrt(n)


def test_a_usable_interval_next_to_one_runs(capsys):
    """[0.3, 0.9999999] around 0.5 is a usable Beta now (version 1 failed to fit it)."""
    data = worked_example_data()
    data["outcomes"][0]["success_interval"] = [0.3, 0.9999999]
    risk = run(validate(data, Proposal, "<test>"), draws=2_000).risk
    assert 0.0 <= risk.probability("public_net_positive") <= 1.0


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.floats(0.0, 1.0),
    st.floats(0.0, 1.0),
    st.floats(0.0, 1.0),
    st.none() | st.integers(1, 10**9),
)
def test_every_accepted_uncertainty_can_be_sampled(p, low, high, trials):
    """The schema accepts exactly what the sampler can use: accepted → finite rates in [0, 1];
    refused → SifInputError in plain words, never another error."""
    fields = {"id": "x", "label": "X", "baseline_rate": 0.0, "success_rate": p}
    if trials is None:
        fields["success_interval"] = sorted([low, high])
    else:
        fields["success_evidence"] = {"successes": 0, "trials": trials}
    try:
        outcome = validate(fields, Outcome, "<property>")
    except SifInputError as exc:
        assert all(problem.message for problem in exc.problems)
        return
    interval = tuple(outcome.success_interval) if outcome.success_interval else None
    beta = success_beta(p, interval, trials)
    if beta is None:
        return
    assert min(beta) >= MIN_SHAPE
    x = beta_ppf_of_normal(np.linspace(-9, 9, 721), *beta)
    assert np.all(np.isfinite(x)) and np.all((x >= 0) & (x <= 1)) and np.all(np.diff(x) >= 0)


# ------------------------------------------------------------------ correlated outcomes (§6)
def test_correlation_zero_gives_independent_draws():
    n = 40_000
    stream = DrawStream(inputs_of(two_outcomes(0.0)), np.random.default_rng(5))
    z = stream.scores(n)
    assert within_mc_error(sample_correlation(z[:, 0], z[:, 1]), 0.0, n)
    d = sample_draws(inputs_of(two_outcomes(0.0)), n, np.random.default_rng(5))
    rho_s = stats.spearmanr(d.success_rate[:, 0], d.success_rate[:, 1]).statistic
    assert abs(rho_s) <= 5 / math.sqrt(n)


@pytest.mark.parametrize("rho", [0.25, 0.5, 0.9])
def test_normal_scores_correlate_at_rho(rho):
    n = 40_000
    inputs = inputs_of(two_outcomes(rho))
    z = DrawStream(inputs, np.random.default_rng(8)).scores(n)
    assert within_mc_error(sample_correlation(z[:, 0], z[:, 1]), rho, n)
    assert np.std(z, axis=0) == pytest.approx([1.0, 1.0], abs=0.03)  # still standard normal
    # the success rates are those scores through each outcome's own Beta
    d = sample_draws(inputs, n, np.random.default_rng(8))
    for k, (p, interval) in enumerate([(0.5, (0.4, 0.6)), (0.3, (0.15, 0.5))]):
        a, b = success_beta(p, interval=interval)
        back = special.ndtri(special.betainc(a, b, d.success_rate[:, k]))
        np.testing.assert_allclose(back, z[:, k], atol=1e-6)


def test_risk_reports_the_correlation_and_the_thresholds_met():
    case = run(V2_EXAMPLE, draws=20_000, seed=4)
    risk = case.risk
    assert risk.to_dict()["success_correlation"] == 0.5
    a, b = success_beta(0.5, interval=(0.4, 0.6))
    expected = 1.0 - stats.beta(a, b).cdf(0.45)  # P(p ≥ θ = 0.45)
    assert risk.threshold_met("housed") == pytest.approx(expected, abs=5 * 0.5 / math.sqrt(20_000))


# ------------------------------------------------------------------ keyed streams (§6)
def _reversed_outcomes(path: Path) -> dict:
    data = read_yaml(path)
    data["outcomes"] = data["outcomes"][::-1]
    return data


@pytest.mark.parametrize("path", [HOUSING_FIRST, V2_EXAMPLE], ids=lambda p: p.stem)
def test_outcome_order_does_not_change_the_risk_figures(path):
    forward = run(load_proposal(path), draws=10_000, seed=7)
    backward = run(validate(_reversed_outcomes(path), Proposal, "<test>"), draws=10_000, seed=7)
    assert forward.to_dict()["risk"] == backward.to_dict()["risk"]
    for name, values in forward.risk.figures.as_dict().items():
        np.testing.assert_allclose(
            getattr(backward.risk.figures, name), values, rtol=1e-12, atol=1e-6, err_msg=name
        )
    # each outcome keeps its own draws
    f_in, b_in = forward.inputs, backward.inputs
    f_d = sample_draws(f_in, 1_000, np.random.default_rng(7))
    b_d = sample_draws(b_in, 1_000, np.random.default_rng(7))
    for k, oid in enumerate(f_in.outcome_ids):
        j = b_in.outcome_ids.index(oid)
        assert f_d.success_rate[:, k].tobytes() == b_d.success_rate[:, j].tobytes(), oid


def test_a_range_on_one_input_does_not_move_the_others():
    data = worked_example_data()
    data["unit_costs"][0]["range"] = 0
    without = sample_draws(inputs_of(data), 2_000, np.random.default_rng(2))
    data["unit_costs"][0]["range"] = 0.2
    data["intervention"]["range"] = 0.3
    with_range = sample_draws(inputs_of(data), 2_000, np.random.default_rng(2))
    assert without.success_rate.tobytes() == with_range.success_rate.tobytes()
    assert np.all(without.unit_cost_dkk == 200_000) and with_range.unit_cost_dkk.std() > 0


def test_same_seed_same_bytes_with_correlation():
    inputs = build_inputs(load_proposal(V2_EXAMPLE))
    a, b = monte_carlo(inputs, 5_000, seed=9), monte_carlo(inputs, 5_000, seed=9)
    for name, values in a.figures.as_dict().items():
        assert values.tobytes() == getattr(b.figures, name).tobytes(), name
    assert a.to_dict() == b.to_dict() and a.threshold_met_share == b.threshold_met_share


def test_chunks_do_not_change_the_correlated_numbers(monkeypatch):
    inputs = build_inputs(load_proposal(HOUSING_FIRST))
    whole = monte_carlo(inputs, 3_000, seed=6)
    monkeypatch.setattr(montecarlo, "MAX_CHUNK_DRAWS", 700)
    monkeypatch.setattr(montecarlo, "MIN_CHUNK_DRAWS", 700)
    chunked = monte_carlo(inputs, 3_000, seed=6)
    for name, values in whole.figures.as_dict().items():
        assert values.tobytes() == getattr(chunked.figures, name).tobytes(), name
    assert whole.threshold_met_share == chunked.threshold_met_share


# ------------------------------------------------------------------ the fund's common shock (§7)
def test_the_common_shock_correlates_two_proposals_at_rho_f():
    n = 40_000
    root = np.random.SeedSequence(1)
    shock = CommonShock(0.25, keyed_stream(root, "fund:common_shock"))
    a = inputs_of(two_outcomes(0.5))
    b = inputs_of(two_outcomes(0.1))  # below ρ_f: raised to ρ' = 0.25
    za = DrawStream(a, keyed_stream(root, "proposal:a"), shock).scores(n)
    zb = DrawStream(b, keyed_stream(root, "proposal:b"), shock).scores(n)
    assert within_mc_error(sample_correlation(za[:, 0], zb[:, 0]), 0.25, n)  # across: ρ_f
    assert within_mc_error(sample_correlation(za[:, 0], za[:, 1]), 0.5, n)  # within: ρ_a
    assert within_mc_error(sample_correlation(zb[:, 0], zb[:, 1]), 0.25, n)  # within: max(ρ_b, ρ_f)
    assert np.std(zb, axis=0) == pytest.approx([1.0, 1.0], abs=0.03)


@pytest.fixture(scope="module")
def fund():
    return load_fund(FUND)


def test_the_outlook_reports_p_active_with_and_without_the_shock(fund):
    outlook = fund_outlook(fund, draws=2_000, seed=3)
    assert outlook.common_shock == 0.25  # data/fund.yaml
    d = outlook.to_dict()
    assert d["common_shock"] == 0.25
    assert d["p_active_first_years"] == outlook.p_active
    assert d["p_active_first_years_without_common_shock"] == outlook.p_active_without_shock
    # the draws without the shock are exactly those of a fund with ρ_f = 0
    independent = fund_outlook(fund.model_copy(update={"common_shock": 0.0}), draws=2_000, seed=3)
    assert (
        outlook.draws_without_shock.balance_dkk.tobytes() == independent.draws.balance_dkk.tobytes()
    )
    # the shock widens the band: the lowest balances fall
    low = np.percentile(outlook.draws.balance_dkk[:, :10].min(axis=1), 1)
    low_independent = np.percentile(independent.draws.balance_dkk[:, :10].min(axis=1), 1)
    assert low < low_independent


def test_the_portfolio_order_changes_nothing(fund, tmp_path):
    data = read_yaml(FUND)
    for entry in data["portfolio"]:
        entry["proposal"] = Path(
            os.path.relpath(FUND.parent / entry["proposal"], tmp_path)
        ).as_posix()
    data["portfolio"] = data["portfolio"][::-1]
    path = tmp_path / "fund.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    reversed_fund = load_fund(path)
    a = fund_outlook(fund, draws=1_000, seed=5)
    b = fund_outlook(reversed_fund, draws=1_000, seed=5)
    assert a.draws.balance_dkk.tobytes() == b.draws.balance_dkk.tobytes()
    assert (
        a.draws_without_shock.balance_dkk.tobytes() == b.draws_without_shock.balance_dkk.tobytes()
    )
    da, db = a.to_dict(), b.to_dict()
    da.pop("proposals"), db.pop("proposals")
    assert da == db


def test_leaving_a_proposal_out_moves_no_other_draws_with_the_shock(fund):
    """Keyed by id, each proposal's draws — and the shared Z_c — stay put."""
    a = fund_outlook(fund, draws=1_000, seed=5, without={"ungifokus"})
    b = fund_outlook(fund, draws=1_000, seed=5, without={"ungifokus", "ips-plus"})
    ips = build_inputs(load_proposal(REPO / "data" / "proposals" / "ips-plus.yaml"))
    put_in = ips.fund_share * ips.intervention_cost_dkk
    diff = a.draws.put_in_dkk - b.draws.put_in_dkk
    assert np.mean(diff.sum(axis=1)) == pytest.approx(put_in.sum(), rel=0.05)
    # the other proposals' received flows are unchanged except for ips-plus's own
    c = fund_outlook(fund, draws=1_000, seed=5, without={"ips-plus"})
    d = fund_outlook(fund, draws=1_000, seed=5)
    moved = d.draws.received_dkk - c.draws.received_dkk
    first = 2023 - 2020  # ips-plus starts in 2023: nothing before it moves
    assert np.all(moved[:, :first] == 0)


def test_sif_fund_prints_both_probabilities(capsys):
    assert main(["fund", "--no-brief", "--draws", "500"]) == 0
    out = capsys.readouterr().out
    assert "years), ρ_f = 0.25" in out and "the same, ρ_f = 0 (no common shock)" in out
