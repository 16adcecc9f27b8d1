"""Tornado and switching values (sif_models/sensitivity.py, docs/model.md §5–6).

Reference values: docs/model.md §8. public_net is linear in each input there:
public_net(p) = PV(S) · (p − b) / (p₀ − b) − PV(C) with PV(S) = 3,305,119.57 at p₀ = 0.5, b = 0.2,
PV(C) = 1,966,183.57; the unit cost (200,000) scales PV(S), the cost factor scales PV(C).
"""

from __future__ import annotations

import glob

import numpy as np
import pytest

from sif_models.inputs.loading import validate
from sif_models.inputs.proposals import load_proposal
from sif_models.inputs.schema import Proposal
from sif_models.inputs.uncertainty import success_beta
from sif_models.model.breakeven import break_even_success_rates
from sif_models.model.build import build_inputs
from sif_models.risk.montecarlo import uncertain_inputs
from sif_models.risk.sensitivity import (
    REASON_ALWAYS_NEGATIVE,
    REASON_ALWAYS_POSITIVE,
    REASON_NO_EFFECT,
    SWITCHING_COLUMNS,
    TORNADO_COLUMNS,
    _public_net,
    central_public_net,
    switching_values,
    tornado,
)
from tests.conftest import worked_example_data

PV_S = 3_305_119.57  # docs/model.md §8
PV_C = 1_966_183.57
PUBLIC_NET = 1_338_935.99


def inputs_of(data: dict):
    return build_inputs(validate(data, Proposal, "<test>"))


@pytest.fixture(scope="module")
def worked_inputs():
    return inputs_of(worked_example_data())


def test_tornado_of_the_worked_example(worked_inputs):
    t = tornado(worked_inputs)
    assert list(t.columns) == TORNADO_COLUMNS
    assert t["input"].tolist() == [
        "success_rate:housed",
        "unit_cost:example-cost",
        "intervention_cost",
    ]
    assert t.attrs["public_net_central"] == pytest.approx(PUBLIC_NET, abs=0.01)
    rows = t.set_index("input")
    # success rate at the p5 and p95 of its Beta, centred on 0.5 with sd 0.2 / 3.29
    # (docs/model.md §6 v2): within 0.0001 of the interval's ends 0.4 and 0.6
    from scipy import stats

    lo, hi = stats.beta(*success_beta(0.5, interval=(0.4, 0.6))).ppf([0.05, 0.95])
    assert 0.3999 < lo < 0.4 and 0.6 < hi < 0.6001
    p = rows.loc["success_rate:housed"]
    assert (p.low_value, p.high_value) == pytest.approx((lo, hi), abs=1e-12)
    assert p.public_net_low == pytest.approx(PV_S * (lo - 0.2) / 0.3 - PV_C, abs=0.02)
    assert p.public_net_high == pytest.approx(PV_S * (hi - 0.2) / 0.3 - PV_C, abs=0.02)
    # unit cost at the uniform's p5 and p95: 200,000 · (1 ∓ 0.9 · 0.2)
    u = rows.loc["unit_cost:example-cost"]
    assert (u.low_value, u.high_value) == pytest.approx((164_000, 236_000), abs=1e-6)
    assert u.public_net_low == pytest.approx(PV_S * 0.82 - PV_C, abs=0.02)
    # intervention cost (PV) at PV(C) · (1 ∓ 0.9 · 0.1): public net falls as it rises
    c = rows.loc["intervention_cost"]
    assert (c.low_value, c.high_value) == pytest.approx((PV_C * 0.91, PV_C * 1.09), abs=0.01)
    assert c.public_net_low == pytest.approx(PV_S - 0.91 * PV_C, abs=0.02)
    assert c.public_net_high == pytest.approx(PV_S - 1.09 * PV_C, abs=0.02)
    assert np.all(np.diff(t["swing"]) <= 0)
    np.testing.assert_allclose(t["swing"], (t["public_net_high"] - t["public_net_low"]).abs())


@pytest.mark.parametrize(
    "path", sorted(glob.glob("data/proposals/*.yaml")) + ["data/examples/worked-example.yaml"]
)
def test_tornado_bars_bracket_the_central_value(path):
    inputs = build_inputs(load_proposal(path))
    t = tornado(inputs)
    central = central_public_net(inputs)
    assert len(t) == len(uncertain_inputs(inputs))
    tol = 1e-9 * max(1.0, abs(central))
    low = np.minimum(t["public_net_low"], t["public_net_high"])
    high = np.maximum(t["public_net_low"], t["public_net_high"])
    assert np.all(low <= central + tol) and np.all(central - tol <= high), path
    assert np.all(np.diff(t["swing"]) <= 0)


def test_tornado_with_trial_evidence_uses_the_beta_quantiles():
    data = worked_example_data()
    del data["outcomes"][0]["success_interval"]
    data["outcomes"][0]["success_evidence"] = {"successes": 30, "trials": 60}
    t = tornado(inputs_of(data)).set_index("input")
    low, high = t.loc["success_rate:housed", ["low_value", "high_value"]]
    from scipy import stats

    # p = 0.5, κ = 60 + 2 (docs/model.md §6 v2): Beta(31, 31)
    assert (low, high) == pytest.approx(stats.beta(31, 31).ppf([0.05, 0.95]), rel=1e-10)


def test_no_uncertain_inputs_gives_empty_frames():
    data = worked_example_data()
    data["intervention"]["range"] = 0
    data["unit_costs"][0]["range"] = 0
    del data["outcomes"][0]["success_interval"]
    inputs = inputs_of(data)
    t, s = tornado(inputs), switching_values(inputs)
    assert t.empty and list(t.columns) == TORNADO_COLUMNS
    assert s.empty and list(s.columns) == SWITCHING_COLUMNS


def test_switching_values_of_the_worked_example(worked_inputs):
    s = switching_values(worked_inputs).set_index("input")
    assert list(s.reset_index().columns) == SWITCHING_COLUMNS
    # docs/model.md §8: break-even success rate 0.2 + 0.59489 · 0.3 = 0.37847
    assert s.loc["success_rate:housed", "switching_value"] == pytest.approx(0.37847, abs=1e-5)
    breakeven = break_even_success_rates(worked_inputs)["housed"].value
    assert s.loc["success_rate:housed", "switching_value"] == pytest.approx(breakeven, abs=1e-10)
    # the intervention may cost up to PV(S); the unit cost may fall to 200,000 · PV(C) / PV(S)
    assert s.loc["intervention_cost", "switching_value"] == pytest.approx(PV_S, abs=0.01)
    assert s.loc["unit_cost:example-cost", "switching_value"] == pytest.approx(
        200_000 * PV_C / PV_S, abs=0.01
    )
    assert s.loc["intervention_cost", "change_share"] == pytest.approx(PV_S / PV_C - 1, abs=1e-8)
    assert s["reason"].isna().all()
    # at each switching value public net is zero
    for u in uncertain_inputs(worked_inputs):
        value = s.loc[u.key, "switching_value"]
        assert abs(_public_net(worked_inputs, [(u, value)])[0]) < 1e-3


def test_switching_values_where_there_is_none():
    data = worked_example_data()
    data["intervention"]["cost_per_participant_dkk"] = 1_000  # a hundredth: PV(C) / 100
    data["outcomes"].append(
        {
            "id": "no-savings",
            "label": "An outcome that avoids no cost",
            "baseline_rate": 0.1,
            "success_rate": 0.3,
            "success_interval": [0.2, 0.4],
            "price_dkk": 1_000,
        }
    )
    s = switching_values(inputs_of(data)).set_index("input")
    assert np.isnan(s.loc["success_rate:no-savings", "switching_value"])
    assert s.loc["success_rate:no-savings", "reason"] == REASON_NO_EFFECT
    # the housed rate switches where its effect pays the (smaller) cost: b + (PV(C)/100)/(PV(S)/0.3)
    assert s.loc["success_rate:housed", "switching_value"] == pytest.approx(
        0.2 + PV_C / 100 / (PV_S / 0.3), abs=1e-8
    )
    # the intervention cost is 2 % of the savings: 10 × is still positive
    assert np.isnan(s.loc["intervention_cost", "switching_value"])
    assert s.loc["intervention_cost", "reason"] == REASON_ALWAYS_POSITIVE

    data = worked_example_data()
    data["intervention"]["cost_per_participant_dkk"] = 10_000_000  # hopeless
    s = switching_values(inputs_of(data)).set_index("input")
    assert s.loc["success_rate:housed", "reason"] == REASON_ALWAYS_NEGATIVE
    assert s.loc["unit_cost:example-cost", "reason"] == REASON_ALWAYS_NEGATIVE
    assert s.loc["intervention_cost", "switching_value"] == pytest.approx(PV_S, abs=0.01)


def test_tornado_input_keys_match_the_monte_carlo(worked_inputs):
    # the same distributions: the tornado's p5/p95 are the Monte Carlo inputs' quantiles
    a, b = success_beta(0.5, interval=(0.4, 0.6))
    (u,) = [u for u in uncertain_inputs(worked_inputs) if u.kind == "beta"]
    assert (u.a, u.b) == (a, b)
