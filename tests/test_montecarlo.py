"""The Monte Carlo (docs/model.md §6): Beta fits, seeded sampling, chunked runs, the risk figures and
`sif run --draws`.

Reference values: docs/model.md §8 (the worked example's deterministic figures), docs/model.md §6
(the centred Beta: mean p, κ = p(1 − p)/sd² − 1 with sd = (high − low)/3.29, or κ = trials + 2),
scipy's Beta distribution, and the means of the input distributions (a Beta(a, b) has mean
a/(a + b); a uniform on c·[1 − r, 1 + r] has mean c).
"""

from __future__ import annotations

import json
import math
import time

import numpy as np
import pytest
from scipy import stats

from sif_models.case.business_case import run
from sif_models.cli import main
from sif_models.inputs.loading import validate
from sif_models.inputs.schema import Proposal
from sif_models.inputs.uncertainty import concentration, success_beta
from sif_models.model.build import build_inputs
from sif_models.model.codes import Reason
from sif_models.model.figures import FIGURE_NAMES, Figures, break_even_year, figures
from sif_models.model.irr import irr
from sif_models.model.simulate import central_draws, simulate
from sif_models.risk import montecarlo
from sif_models.risk.montecarlo import (
    PROBABILITIES,
    Risk,
    monte_carlo,
    sample_draws,
    uncertain_inputs,
)
from tests.conftest import WORKED_EXAMPLE, worked_example_data


def inputs_of(data: dict):
    return build_inputs(validate(data, Proposal, "<test>"))


@pytest.fixture(scope="module")
def worked_inputs():
    return inputs_of(worked_example_data())


# ---------------------------------------------------------------- the centred Beta (§6 v2)
@pytest.mark.parametrize(
    ("p", "low", "high"),
    [(0.5, 0.4, 0.6), (0.36, 0.26, 0.47), (0.5, 0.01, 0.99), (0.0015, 0.001, 0.002),
     (0.305, 0.3, 0.31), (0.95, 0.9, 0.99), (0.3, 1e-5, 0.5)],
)  # fmt: skip
def test_centred_beta_has_mean_p_and_the_interval_sd(p, low, high):
    a, b = success_beta(p, interval=(low, high))
    beta = stats.beta(a, b)
    assert beta.mean() == pytest.approx(p, rel=1e-12)  # docs/model.md §6: the mean is p
    # κ = p(1 − p)/sd² − 1 ⇔ the Beta's standard deviation is sd = (high − low)/3.29
    assert beta.std() == pytest.approx((high - low) / 3.29, rel=1e-12)


def test_centred_beta_of_the_worked_example():
    # docs/model.md §6: sd = 0.2/3.29, κ = 0.25/sd² − 1 = 66.6506..., α = β = κ/2
    kappa = 0.25 / (0.2 / 3.29) ** 2 - 1
    assert concentration(0.5, interval=(0.4, 0.6)) == pytest.approx(kappa, rel=1e-15)
    assert success_beta(0.5, interval=(0.4, 0.6)) == pytest.approx((kappa / 2, kappa / 2))


def test_evidence_gives_concentration_trials_plus_two():
    # docs/model.md §6: κ = trials + 2, centred on the central rate (not on successes/trials)
    assert success_beta(0.3, evidence_trials=60) == pytest.approx((0.3 * 62, 0.7 * 62))


@pytest.mark.parametrize(("p", "low", "high"), [(0.05, 0.01, 0.8), (0.97, 0.3, 0.99)])
def test_interval_too_wide_for_p_is_refused(p, low, high):
    with pytest.raises(ValueError, match="is too wide for success_rate"):
        success_beta(p, interval=(low, high))


# ---------------------------------------------------------------- sampling
def test_uncertain_inputs_of_the_worked_example(worked_inputs):
    keys = [u.key for u in uncertain_inputs(worked_inputs)]
    assert keys == ["success_rate:housed", "intervention_cost", "unit_cost:example-cost"]


def test_same_seed_same_bytes(worked_inputs):
    a = sample_draws(worked_inputs, 5_000, np.random.default_rng(7))
    b = sample_draws(worked_inputs, 5_000, np.random.default_rng(7))
    c = sample_draws(worked_inputs, 5_000, np.random.default_rng(8))
    for field in ("success_rate", "cost_factor", "unit_cost_dkk"):
        assert getattr(a, field).tobytes() == getattr(b, field).tobytes()
        assert getattr(a, field).tobytes() != getattr(c, field).tobytes()


def test_chunks_do_not_change_the_numbers(worked_inputs):
    whole = sample_draws(worked_inputs, 5_000, np.random.default_rng(3))
    stream = montecarlo._DrawStream(worked_inputs, np.random.default_rng(3))
    parts = [stream.take(n) for n in (1_234, 3_000, 766)]
    for field in ("success_rate", "cost_factor", "unit_cost_dkk"):
        joined = np.concatenate([getattr(p, field) for p in parts])
        assert joined.tobytes() == getattr(whole, field).tobytes()


def test_draws_follow_their_distributions(worked_inputs):
    n = 20_000
    d = sample_draws(worked_inputs, n, np.random.default_rng(11))
    # intervention cost factor: uniform on [0.9, 1.1] (range 0.1)
    assert d.cost_factor.min() >= 0.9 and d.cost_factor.max() <= 1.1
    assert stats.kstest(d.cost_factor, stats.uniform(0.9, 0.2).cdf).pvalue > 1e-4
    # unit cost: uniform on 200,000 · [0.8, 1.2] (range 0.2)
    u = d.unit_cost_dkk[:, 0]
    assert u.min() >= 160_000 and u.max() <= 240_000
    assert stats.kstest(u, stats.uniform(160_000, 80_000).cdf).pvalue > 1e-4
    # success rate: the Beta with mean 0.5 and standard deviation 0.2 / 3.29
    a, b = success_beta(0.5, interval=(0.4, 0.6))
    assert stats.kstest(d.success_rate[:, 0], stats.beta(a, b).cdf).pvalue > 1e-4
    assert np.quantile(d.success_rate[:, 0], [0.05, 0.95]) == pytest.approx([0.4, 0.6], abs=0.01)


def test_evidence_gives_the_centred_beta(worked_inputs):
    data = worked_example_data()
    del data["outcomes"][0]["success_interval"]
    data["outcomes"][0]["success_evidence"] = {"successes": 30, "trials": 60}
    inputs = inputs_of(data)
    (u,) = [u for u in uncertain_inputs(inputs) if u.key.startswith("success_rate")]
    assert (u.a, u.b, u.source) == (31.0, 31.0, "evidence")  # p = 0.5, κ = 60 + 2
    d = sample_draws(inputs, 20_000, np.random.default_rng(5))
    assert stats.kstest(d.success_rate[:, 0], stats.beta(31, 31).cdf).pvalue > 1e-4


def test_fixed_inputs_use_no_random_numbers():
    data = worked_example_data()
    del data["outcomes"][0]["success_interval"]
    data["intervention"]["range"] = 0
    inputs = inputs_of(data)
    d = sample_draws(inputs, 1_000, np.random.default_rng(1))
    assert np.all(d.success_rate == 0.5) and np.all(d.cost_factor == 1.0)
    assert d.unit_cost_dkk.std() > 0  # the unit cost keeps its range


# ---------------------------------------------------------------- the run
def degenerate_data() -> dict:
    data = worked_example_data()
    data["intervention"]["range"] = 0
    data["outcomes"][0]["success_interval"] = [0.5, 0.5]
    data["unit_costs"][0]["range"] = 0
    return data


def test_no_uncertainty_every_draw_is_the_deterministic_case():
    inputs = inputs_of(degenerate_data())
    assert uncertain_inputs(inputs) == []
    det = figures(inputs, simulate(inputs, central_draws(inputs)))
    risk = monte_carlo(inputs, 2_000, seed=1)
    for key, value in det.as_dict().items():
        np.testing.assert_allclose(getattr(risk.figures, key), value[0], rtol=1e-13, err_msg=key)
    # docs/model.md §8: public_net 1,338,935.99 and irr −0.55 in every draw
    assert risk.summary("public_net_pv_dkk")["p5"] == pytest.approx(1_338_935.99, abs=0.01)
    np.testing.assert_allclose(risk.irr, -0.55, atol=1e-12)
    assert risk.irr_reasons == {}


def test_same_seed_same_risk_bytes(worked_inputs):
    a = monte_carlo(worked_inputs, 3_000, seed=42)
    b = monte_carlo(worked_inputs, 3_000, seed=42)
    c = monte_carlo(worked_inputs, 3_000, seed=43)
    for key in a.figures.as_dict():
        assert getattr(a.figures, key).tobytes() == getattr(b.figures, key).tobytes(), key
    assert a.irr.tobytes() == b.irr.tobytes()
    assert a.figures.public_net_pv_dkk.tobytes() != c.figures.public_net_pv_dkk.tobytes()
    assert a.to_dict() == b.to_dict()


def test_chunked_run_equals_one_big_simulation(worked_inputs, monkeypatch):
    monkeypatch.setattr(montecarlo, "MAX_CHUNK_DRAWS", 700)
    monkeypatch.setattr(montecarlo, "MIN_CHUNK_DRAWS", 700)
    monkeypatch.setattr(montecarlo, "IRR_BATCH_DRAWS", 1_500)
    assert montecarlo.chunk_draws(worked_inputs) == 700
    risk = monte_carlo(worked_inputs, 5_000, seed=9)  # 8 chunks, the last one short
    draws = sample_draws(worked_inputs, 5_000, np.random.default_rng(9))
    flows = simulate(worked_inputs, draws)
    whole = figures(worked_inputs, flows)
    for key, value in whole.as_dict().items():
        np.testing.assert_allclose(getattr(risk.figures, key), value, rtol=1e-12, err_msg=key)
    np.testing.assert_allclose(risk.irr, irr(flows.financiers).rate, rtol=1e-12, atol=1e-15)
    np.testing.assert_array_equal(risk.break_even_year, break_even_year(worked_inputs, flows))


def test_mean_public_net_matches_the_deterministic_case(worked_inputs):
    """public_net is linear in the success rate and the unit cost, which are independent, so its
    mean is the deterministic value when every input's mean is its central value: the Beta is
    centred on 0.5 (docs/model.md §6), the uniform cost ranges have mean 1 × central.
    """
    n = 20_000
    risk = monte_carlo(worked_inputs, n, seed=2024)
    values = risk.figures.public_net_pv_dkk
    se = values.std(ddof=1) / math.sqrt(n)
    assert abs(values.mean() - 1_338_935.99) <= 4 * se  # docs/model.md §8


def test_mean_public_net_with_trial_evidence():
    # Beta(1 + 12, 1 + 28) has mean 13/42: put the central success rate there
    data = worked_example_data()
    del data["outcomes"][0]["success_interval"]
    data["outcomes"][0]["success_evidence"] = {"successes": 12, "trials": 40}
    data["outcomes"][0]["success_rate"] = 13 / 42
    inputs = inputs_of(data)
    det = float(figures(inputs, simulate(inputs, central_draws(inputs))).public_net_pv_dkk[0])
    n = 20_000
    values = monte_carlo(inputs, n, seed=5).figures.public_net_pv_dkk
    assert abs(values.mean() - det) <= 4 * values.std(ddof=1) / math.sqrt(n)


def test_probabilities(worked_inputs):
    risk = monte_carlo(worked_inputs, 10_000, seed=3)
    for name in PROBABILITIES:
        assert 0.0 <= risk.probability(name) <= 1.0, name
    f = risk.figures
    assert risk.probability("public_net_positive") == np.mean(f.public_net_pv_dkk > 0)
    assert risk.probability("kommune_net_positive") == np.mean(f.kommune_net_pv_dkk > 0)
    # the worked example pays back at most 0.6·10 + ... well under the 2 mio. capital
    assert risk.probability("financiers_loss") == 1.0
    assert risk.probability("fund_loss") == 1.0  # the fund is the only financier
    with pytest.raises(KeyError):
        risk.probability("sunshine")


def test_loss_needs_more_than_rounding():
    figs = _figures(
        2,
        public_net_pv_dkk=np.array([1.0, -1.0]),
        kommune_net_pv_dkk=np.array([0.0, 1.0]),
        financiers_capital_dkk=np.array([100.0, 100.0]),
        financiers_received_dkk=np.array([100.0 - 1e-9, 99.0]),
        fund_net_dkk=np.array([-1e-9, -0.5]),
    )
    risk = Risk(2, 0, figs, np.zeros(2), {}, np.zeros(2))
    assert risk.probability("financiers_loss") == 0.5
    assert risk.probability("fund_loss") == 0.5
    assert risk.probability("kommune_net_positive") == 0.5


def test_summary_ignores_nan():
    x = np.array([1.0, np.nan, 2.0, 3.0, np.nan])
    risk = Risk(5, 0, _figures(5, public_net_pv_dkk=x), np.zeros(5), {}, np.zeros(5))
    s = risk.summary("public_net_pv_dkk")
    assert s["mean"] == 2.0 and s["p50"] == 2.0
    assert s["p5"] == pytest.approx(np.percentile([1.0, 2.0, 3.0], 5))
    empty = Risk(
        1, 0, _figures(1, public_net_pv_dkk=np.array([np.nan])), np.zeros(1), {}, np.zeros(1)
    )
    assert all(math.isnan(v) for v in empty.summary("public_net_pv_dkk").values())


def _figures(draws: int, **values: np.ndarray) -> Figures:
    """Figures of ``draws`` draws: the given fields, zeros elsewhere."""
    return Figures(**{n: values.get(n, np.zeros(draws)) for n in FIGURE_NAMES})


def test_to_dict_has_exactly_the_model_shape(worked_inputs):
    risk = monte_carlo(worked_inputs, 2_000, seed=1)
    d = risk.to_dict()
    assert list(d) == [
        "draws",
        "seed",
        "public_net",
        "kommune_net",
        "financiers_multiple",
        "p_public_net_positive",
        "p_kommune_net_positive",
        "p_financiers_loss",
        "p_fund_loss",
        "success_correlation",
    ]
    assert (d["draws"], d["seed"], d["success_correlation"]) == (2_000, 1, 0.5)
    for key in ("public_net", "kommune_net", "financiers_multiple"):
        assert list(d[key]) == ["mean", "p5", "p50", "p95"]
        assert d[key]["p5"] <= d[key]["p50"] <= d[key]["p95"]
    for key in ("public_net", "kommune_net"):  # money in øre
        assert all(v == round(v, 2) for v in d[key].values())
    json.dumps(d)  # plain JSON types


def test_irr_and_reasons_per_draw():
    data = worked_example_data()
    data["outcomes"][0]["success_interval"] = [0.05, 0.6]
    data["outcomes"][0]["success_rate"] = 0.3
    inputs = inputs_of(data)
    risk = monte_carlo(inputs, 5_000, seed=4)
    # below the baseline (0.2) nothing is paid for above_baseline: no IRR, by reason
    missing = int(np.isnan(risk.irr).sum())
    assert missing > 0 and sum(risk.irr_reasons.values()) == missing
    assert set(risk.irr_reasons) == {Reason.NO_INFLOW}  # nothing comes back
    assert risk.break_even_year.shape == (5_000,)
    frame = risk.frame()
    assert len(frame) == 5_000 and {"public_net_pv_dkk", "irr", "break_even_year"} <= set(frame)


def test_progress_bar_does_not_change_the_numbers(worked_inputs, monkeypatch):
    monkeypatch.setattr(montecarlo, "PROGRESS_AFTER_SECONDS", 0.0)
    monkeypatch.setattr(montecarlo, "MAX_CHUNK_DRAWS", 1_000)
    monkeypatch.setattr(montecarlo, "MIN_CHUNK_DRAWS", 1_000)
    quiet = monte_carlo(worked_inputs, 4_000, seed=6)
    shown = monte_carlo(worked_inputs, 4_000, seed=6, progress=True)
    assert quiet.figures.public_net_pv_dkk.tobytes() == shown.figures.public_net_pv_dkk.tobytes()


def test_case_run_uses_the_proposal_seed(worked_example_dict):
    worked_example_dict["seed"] = 123
    proposal = validate(worked_example_dict, Proposal, "<test>")
    case = run(proposal, draws=1_000)
    assert case.risk.seed == 123
    again = run(proposal, draws=1_000, seed=123)
    assert case.to_dict()["risk"] == again.to_dict()["risk"]


# ---------------------------------------------------------------- the command line
def test_sif_run_with_ten_thousand_draws(capsys):
    start = time.perf_counter()
    code = main(["run", str(WORKED_EXAMPLE), "--draws", "10000"])
    elapsed = time.perf_counter() - start
    out = capsys.readouterr().out
    assert code == 0
    assert "Risk: 10,000 draws" in out and "P(public net > 0)" in out
    assert elapsed < 2.0  # the issue: well under 2 s (imports are already done here)


def test_sif_run_json_risk_block(capsys):
    code = main(["run", str(WORKED_EXAMPLE), "--draws", "10000", "--seed", "7", "--json"])
    assert code == 0
    risk = json.loads(capsys.readouterr().out)["risk"]
    assert (risk["draws"], risk["seed"]) == (10_000, 7)
    assert risk["p_financiers_loss"] == 1.0
    assert risk["public_net"]["p5"] < 1_338_935.99 < risk["public_net"]["p95"]
