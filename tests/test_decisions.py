"""The decision tools of docs/model.md §10: the deal zone, the value of information and the
financing structures.

Reference values: the worked example of docs/model.md §8 (PV(C) 1,966,183.57, PV(S_kommune)
3,305,119.57, PV(Paid) 854,862.42), from which the deterministic deal zone follows by a direct
root solve; EVPI of a one-outcome case against numerical integration over its Beta (scipy).
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import yaml
from scipy import integrate, optimize, stats

from sif_models.case.business_case import run
from sif_models.cli import main
from sif_models.inputs.loading import validate
from sif_models.inputs.schema import Proposal
from sif_models.model.build import build_inputs
from sif_models.model.discounting import discount_factors, present_value
from sif_models.model.simulate import central_draws, simulate
from sif_models.risk.deal import EMPTY_FINANCIERS, deal_zone
from sif_models.risk.montecarlo import uncertain_inputs
from sif_models.risk.structures import AS_WRITTEN, FUND_ALONE, HALF_INVESTOR, structures
from sif_models.risk.voi import evpi, evppi, value_of_information

REPO = Path(__file__).resolve().parents[1]
WORKED = REPO / "data" / "examples" / "worked-example.yaml"
PROPOSALS = sorted((REPO / "data" / "proposals").glob("*.yaml"))


def worked_data(**changes) -> dict:
    data = yaml.safe_load(WORKED.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def inputs_of(data: dict):
    return build_inputs(validate(data, Proposal, "<test>"))


def certain_data() -> dict:
    """The worked example without any uncertainty."""
    data = worked_data()
    data["outcomes"][0].pop("success_interval")
    data["intervention"].pop("range")
    data["unit_costs"][0].pop("range")
    return data


# ---------------------------------------------------------------- the deal zone
def test_without_uncertainty_the_zone_ends_solve_the_deterministic_model():
    inputs = inputs_of(certain_data())
    zone = deal_zone(inputs, draws=500, seed=1, hurdle_rate=0.035)
    assert not zone.empty and zone.as_written_inside is False  # 1.0 < m_low ≈ 2.3

    def side(m: float, which: str) -> float:
        flows = simulate(replace(inputs, price_dkk=inputs.price_dkk * m), central_draws(inputs))
        if which == "kommune":
            return float(present_value(flows.kommune, inputs.discount_factor)[0])
        return float(present_value(flows.financiers, discount_factors(5, 0.035, 0.035))[0])

    m_low = optimize.brentq(lambda m: side(m, "financiers"), 0, 20, xtol=1e-12)
    m_high = optimize.brentq(lambda m: side(m, "kommune"), 0, 20, xtol=1e-12)
    assert zone.m_low == pytest.approx(m_low, abs=1e-7)
    assert zone.m_high == pytest.approx(m_high, abs=1e-7)
    # docs/model.md §8: with no caps both sides are linear in m
    assert m_low == pytest.approx(1_966_183.57 / 854_862.42, rel=1e-8)
    assert m_high == pytest.approx(3_305_119.57 / 854_862.42, rel=1e-8)
    det = deal_zone(inputs, draws=0, seed=1, hurdle_rate=0.035)
    assert det.m_low == pytest.approx(m_low, abs=1e-7) and det.m_high == pytest.approx(
        m_high, abs=1e-7
    )


def test_both_sides_are_monotone_in_the_factor():
    for path in PROPOSALS[:4]:
        case = run(path, draws=1_000)
        zone = case.deal_zone()
        kommune = np.array([p.kommune_net_pv_dkk for p in zone.grid])
        fin = np.array([p.financiers_npv_dkk for p in zone.grid])
        scale = 1e-9 * max(1.0, np.abs(kommune).max(), np.abs(fin).max())
        assert np.all(np.diff(kommune) <= scale), path.name
        assert np.all(np.diff(fin) >= -scale), path.name


def test_an_intervention_without_effect_has_an_empty_zone():
    data = certain_data()
    data["outcomes"][0]["success_rate"] = data["outcomes"][0]["baseline_rate"]
    zone = deal_zone(inputs_of(data), draws=0, seed=1, hurdle_rate=0.035)
    assert zone.empty and zone.empty_reason == EMPTY_FINANCIERS
    assert zone.m_low is None and zone.to_dict()["m_low"] is None


def test_the_same_seed_gives_the_same_zone():
    inputs = inputs_of(worked_data())
    a = deal_zone(inputs, 2_000, 7, 0.035).to_dict()
    b = deal_zone(inputs, 2_000, 7, 0.035).to_dict()
    assert a == b


def test_sif_deal_json_has_the_shape_of_the_spec(capsys):
    code = main(["deal", str(WORKED), "--draws", "500", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    import json

    data = json.loads(out)
    assert set(data) == {"hurdle_rate", "m_low", "m_high", "as_written_inside", "ends", "reason"}
    assert [e["m"] for e in data["ends"]][1] == 1.0
    assert set(data["ends"][0]) == {"m", "prices", "p_kommune_gain", "p_financiers_loss"}


# ---------------------------------------------------------------- the value of information
def test_with_no_uncertainty_every_value_is_zero():
    values = value_of_information(inputs_of(certain_data()), draws=2_000, seed=3)
    for v in values.values():
        assert v.evpi_dkk == 0.0 and all(x == 0.0 for _, _, x in v.inputs)


@pytest.mark.parametrize("path", PROPOSALS, ids=lambda p: p.stem)
def test_evppi_never_exceeds_evpi(path):
    case = run(path, draws=4_000)
    for v in case.value_of_information().values():
        # Monte Carlo tolerance: the binned means carry noise of about sd(X)/sqrt(D / bins)
        x = (
            case.risk.figures.public_net_pv_dkk
            if v.perspective == "public"
            else case.risk.figures.kommune_net_pv_dkk
        )
        tol = 3 * float(np.std(x)) / math.sqrt(4_000 / 50)
        assert all(e <= v.evpi_dkk + tol for _, _, e in v.inputs), path.name


def test_evpi_of_one_outcome_matches_numerical_integration():
    """Public net is linear in the success rate (no caps touch it): X = a + b·p. Its EVPI is
    ∫ max(a + b·p, 0) f(p) dp − max(a + b·E[p], 0) over the success rate's Beta."""
    data = certain_data()
    data["outcomes"][0]["success_rate"] = 0.4
    data["outcomes"][0]["success_evidence"] = {"successes": 8, "trials": 20}
    inputs = inputs_of(data)
    [u] = uncertain_inputs(inputs)
    beta = stats.beta(u.a, u.b)

    def public_net(p: float) -> float:
        d = central_draws(inputs)
        d.success_rate[0, 0] = p
        flows = simulate(inputs, d)
        return float(present_value(flows.public, inputs.discount_factor)[0])

    a, b = public_net(0.0), public_net(1.0) - public_net(0.0)
    exact = integrate.quad(lambda p: max(a + b * p, 0.0) * beta.pdf(p), 0, 1, limit=200)[0]
    exact -= max(a + b * beta.mean(), 0.0)
    assert exact > 10_000  # the case straddles zero: information is worth something
    estimate = value_of_information(inputs, draws=200_000, seed=11)["public"]
    assert estimate.evpi_dkk == pytest.approx(exact, rel=0.03)
    # one input: knowing it is knowing everything
    assert estimate.inputs[0][2] == pytest.approx(estimate.evpi_dkk, rel=0.03)


def test_evppi_finds_the_input_that_matters():
    rng = np.random.default_rng(0)
    theta = rng.random((50_000, 3))
    x = 1_000 * (theta[:, 1] - 0.45) + 10 * rng.normal(size=50_000)
    values = evppi(x, theta)
    assert np.argmax(values) == 1 and values[1] <= evpi(x) + 5


def test_run_json_has_the_evpi(capsys):
    main(["run", str(WORKED), "--draws", "1000", "--json"])
    import json

    risk = json.loads(capsys.readouterr().out)["risk"]
    assert set(risk["evpi"]) == {"public", "kommune"}
    assert risk["evpi"]["public"] >= 0


# ---------------------------------------------------------------- financing structures
def test_structures_split_the_same_draws():
    inputs = inputs_of(worked_data())
    rows = {s.name: s for s in structures(inputs, 3_000, 5)}
    assert set(rows) == {AS_WRITTEN, FUND_ALONE, HALF_INVESTOR}  # the fund alone as written
    assert rows[AS_WRITTEN].fund_net_mean_dkk == pytest.approx(rows[FUND_ALONE].fund_net_mean_dkk)
    half, alone = rows[HALF_INVESTOR], rows[FUND_ALONE]
    assert half.fund_capital_dkk == pytest.approx(alone.fund_capital_dkk / 2)
    assert half.fund_net_mean_dkk == pytest.approx(alone.fund_net_mean_dkk / 2)  # no savings share
    assert half.p_fund_loss == pytest.approx(alone.p_fund_loss)
    assert len({s.kommune_net_mean_pv_dkk for s in rows.values()}) == 1
