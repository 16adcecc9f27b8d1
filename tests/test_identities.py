"""Accounting identities of the deterministic model (docs/model.md §2–5) on hand-built proposals.

Each proposal is the worked example (docs/model.md §8) with a few fields changed, built in Python with
``Proposal.model_validate``. The identities hold for any proposal, so every test runs on all of
them; the worked example also pins the numbers docs/model.md §8 states.
"""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest

from sif_models.case.business_case import run
from sif_models.inputs.loading import read_yaml
from sif_models.inputs.schema import Proposal
from sif_models.model.figures import figures
from sif_models.model.irr import irr, npv
from sif_models.model.simulate import central_draws, simulate

EXAMPLE = read_yaml(Path(__file__).resolve().parents[1] / "data/examples/worked-example.yaml")


def worked_example_data() -> dict:
    return copy.deepcopy(EXAMPLE)


def _outcome(**fields) -> dict:
    base = worked_example_data()["outcomes"][0]
    base.pop("success_interval")
    base.update(fields)
    return base


def _unit_cost(id: str, payer: str, price_dkk: float, price_year: int = 2021) -> dict:
    return {
        "id": id,
        "label": id.replace("-", " ").capitalize(),
        "unit": "year",
        "price_dkk": price_dkk,
        "price_year": price_year,
        "payer": payer,
        "source": "assumption for a test",
    }


def _proposal(top: dict | None = None, **blocks: dict) -> Proposal:
    """The worked example with top-level fields replaced and blocks (cohort, contract, ...) updated."""
    data = worked_example_data()
    data.update(top or {})
    for name, fields in blocks.items():
        data[name].update(fields)
    return Proposal.model_validate(data)


TWO_FINANCIERS = [
    {"name": "Fonden", "role": "fund", "share": 0.6},
    {"name": "Investor", "role": "investor", "share": 0.4},
]
EXTRA_COSTS = [
    _unit_cost("example-cost", "kommune", 200_000),
    _unit_cost("psychiatric-bed-year", "region", 90_000, 2019),
    _unit_cost("cash-benefit-year", "stat", 120_000, 2018),
]

PROPOSALS = {
    # docs/model.md §8 as written.
    "worked-example": _proposal(),
    # Everything switched on: two outcomes and three payers, pay for all, both caps, a
    # guarantee, a savings share back to the fund, two financiers, fixed costs, decay.
    "everything-on": _proposal(
        {
            "horizon_years": 8,
            "unit_costs": EXTRA_COSTS,
            "outcomes": [
                _outcome(annual_decay=0.1, persistence_years=4),
                _outcome(
                    id="employed",
                    label="Employed",
                    baseline_rate=0.1,
                    success_rate=0.3,
                    lag_years=2,
                    persistence_years=5,
                    annual_decay=0.2,
                    price_dkk=80_000,
                    consequences=[
                        {"cost": "cash-benefit-year", "quantity_per_year": 0.75},
                        {"cost": "psychiatric-bed-year", "quantity_per_year": 0.1},
                        {"cost": "example-cost", "quantity_per_year": 0.2},
                    ],
                ),
            ],
        },
        cohort={"intake": [10, 15, 5]},
        intervention={
            "delivery_years": 2,
            "fixed_cost_dkk_per_year": 200_000,
            "fixed_cost_years": 3,
        },
        contract={
            "pay_for": "all",
            "payment_cap_dkk": 2_000_000,
            "return_cap_rate": 0.046,
            "guarantee_dkk": 500_000,
            "guarantor": "A foundation",
            "savings_share_to_fund": 0.25,
            "financing": TWO_FINANCIERS,
        },
    ),
    # A rate card so generous that the return cap binds every year.
    "generous-rate-card": _proposal(
        {"horizon_years": 6, "outcomes": [_outcome(price_dkk=2_000_000)]},
        contract={"pay_for": "all", "return_cap_rate": 0.05, "financing": TWO_FINANCIERS},
    ),
    # A weak effect: the payments do not repay the capital and the guarantee covers part of it.
    "weak-effect-guarantee": _proposal(
        {"outcomes": [_outcome(success_rate=0.25)]},
        contract={"guarantee_dkk": 800_000, "guarantor": "A foundation"},
    ),
    # A harmful effect (p < b): negative avoided costs, nothing paid, the guarantee pays in full.
    "harmful-effect": _proposal(
        {"outcomes": [_outcome(success_rate=0.1)]},
        contract={"guarantee_dkk": 300_000},
    ),
    # A payment cap that cuts the second year of payments.
    "payment-cap": _proposal(
        {"outcomes": [_outcome(price_dkk=300_000)]},
        contract={"payment_cap_dkk": 1_000_000, "financing": TWO_FINANCIERS},
    ),
}
CASES = {name: run(p) for name, p in PROPOSALS.items()}
NAMES = list(CASES)


def _tol(*arrays: np.ndarray) -> float:
    """Absolute tolerance: 1e-9 of the largest amount involved (and at least 1e-6 DKK)."""
    scale = max(float(np.max(np.abs(a))) if np.size(a) else 0.0 for a in arrays)
    return max(1e-9 * scale, 1e-6)


# ------------------------------------------------------------ the worked example's own figures
def test_worked_example_figures_of_model_md_section_8():
    """Reference values: docs/model.md §8 (hand calculation in the spec)."""
    case = CASES["worked-example"]
    f = case.figures
    np.testing.assert_allclose(case.flows.intervention_cost[0], [1e6, 1e6, 0, 0, 0])
    np.testing.assert_allclose(case.flows.avoided[0, 0], [0, 6e5, 1.2e6, 1.2e6, 6e5])
    np.testing.assert_allclose(case.flows.paid[0], [0, 4.5e5, 4.5e5, 0, 0])
    assert f.intervention_cost_pv_dkk == pytest.approx(1_966_183.57, abs=0.005)
    assert f.savings_kommune_pv_dkk == pytest.approx(3_305_119.57, abs=0.005)
    assert f.outcome_payments_pv_dkk == pytest.approx(854_862.42, abs=0.005)
    assert f.public_net_pv_dkk == pytest.approx(1_338_935.99, abs=0.005)
    assert f.kommune_net_pv_dkk == pytest.approx(2_450_257.14, abs=0.005)
    assert case.irr == pytest.approx(-0.55, abs=1e-9)


# ------------------------------------------------------------ IRR
@pytest.mark.parametrize("name", NAMES)
def test_npv_at_irr_is_zero(name):
    case = CASES[name]
    flows = case.flows.financiers[0]
    if case.irr is None:
        assert case.irr_reason  # no rate is reported without saying why
        return
    rate = float(irr(flows).rate)  # case.irr is this rate rounded to 12 decimals
    assert case.irr == pytest.approx(rate, abs=1e-12)
    # These cases have rates well away from −100 %, so the NPV's terms are of the flows' size.
    terms = float(npv(rate, np.abs(flows)))
    assert abs(float(npv(rate, flows))) <= 1e-9 * terms


def test_irr_exists_where_expected():
    """Every case here has outlays first and money back later, so each has exactly one IRR."""
    for name in ("worked-example", "everything-on", "generous-rate-card", "payment-cap"):
        assert CASES[name].irr is not None, name


@pytest.mark.parametrize("name", [n for n in NAMES if PROPOSALS[n].contract.return_cap_rate])
def test_irr_never_exceeds_return_cap(name):
    case = CASES[name]
    cap = PROPOSALS[name].contract.return_cap_rate
    assert case.irr is not None
    assert case.irr <= cap + 1e-9


def test_generous_rate_card_earns_exactly_the_return_cap():
    """When what is due always exceeds the account, Paid empties it: NPV at the cap is 0."""
    case = CASES["generous-rate-card"]
    flows = case.flows
    assert np.all(flows.due[0] >= flows.paid[0])
    assert np.any(flows.due[0] > flows.paid[0])  # the cap binds
    assert case.irr == pytest.approx(0.05, abs=1e-9)


# ------------------------------------------------------------ the contract
@pytest.mark.parametrize("name", NAMES)
def test_payments_never_exceed_the_cap_cumulatively(name):
    case = CASES[name]
    cap = PROPOSALS[name].contract.payment_cap_dkk
    paid = case.flows.paid[0]
    due = case.flows.due[0]
    assert np.all(paid <= due + _tol(due))
    assert np.all(paid >= 0)
    if cap is not None:
        assert np.all(np.cumsum(due) <= cap + _tol(due))
        assert np.all(np.cumsum(paid) <= cap + _tol(paid))


def test_payment_cap_stops_what_is_due_at_the_cap():
    """Rate card 300,000 × 3 verified outcomes = 900,000 due in years 1 and 2; cap 1,000,000."""
    flows = CASES["payment-cap"].flows
    np.testing.assert_allclose(flows.due[0], [0, 900_000, 100_000, 0, 0])
    np.testing.assert_allclose(flows.paid[0], flows.due[0])


@pytest.mark.parametrize("name", NAMES)
def test_guarantee_pays_only_a_shortfall_and_at_most_its_amount(name):
    case = CASES[name]
    limit = PROPOSALS[name].contract.guarantee_dkk
    G = case.flows.guarantee[0]
    shortfall = max(case.flows.intervention_cost[0].sum() - case.flows.paid[0].sum(), 0.0)
    assert np.all(G >= 0)
    assert np.all(G[:-1] == 0)  # only in the last contract year
    assert G.sum() <= limit + 1e-9
    assert G.sum() <= shortfall + _tol(case.flows.intervention_cost[0])
    assert G.sum() == pytest.approx(min(shortfall, limit), abs=_tol(G, [shortfall]))


def test_guarantee_cases_really_use_the_guarantee():
    weak, harmful = CASES["weak-effect-guarantee"], CASES["harmful-effect"]
    # weak: 10·(0.25 − 0.2) = 0.5 verified a year × 150,000 = 75,000 paid in years 1 and 2;
    # shortfall 2,000,000 − 150,000 = 1,850,000 > 800,000, so the guarantee pays 800,000.
    assert weak.flows.guarantee[0, -1] == pytest.approx(800_000)
    assert weak.flows.paid[0].sum() == pytest.approx(150_000)
    # harmful: p < b pays nothing above the baseline; the guarantee pays its full 300,000.
    assert harmful.flows.paid[0].sum() == 0
    assert harmful.flows.guarantee[0, -1] == pytest.approx(300_000)
    assert np.all(harmful.flows.avoided[0, 0] <= 0)


# ------------------------------------------------------------ linearity in the effect
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("share", [0.0, 0.37, 2.5])
def test_avoided_costs_scale_linearly_with_the_effect(name, share):
    inputs = CASES[name].inputs
    draws = central_draws(inputs)
    full = simulate(inputs, draws, 1.0)
    scaled = simulate(inputs, draws, share)
    np.testing.assert_allclose(scaled.avoided, share * full.avoided, rtol=1e-12, atol=1e-6)
    np.testing.assert_allclose(
        scaled.additional_outcomes, share * full.additional_outcomes, rtol=1e-12, atol=1e-9
    )
    # The intervention cost does not depend on the effect.
    np.testing.assert_array_equal(scaled.intervention_cost, full.intervention_cost)


@pytest.mark.parametrize("name", NAMES)
def test_break_even_effect_share_zeroes_public_net(name):
    case = CASES[name]
    f = case.break_even_effect_share.value
    if f is None:
        return
    inputs = case.inputs
    at = figures(inputs, simulate(inputs, central_draws(inputs), f)).public_net_pv_dkk[0]
    assert at == pytest.approx(0.0, abs=1e-6 * case.figures.intervention_cost_pv_dkk)


# ------------------------------------------------------------ the figures
@pytest.mark.parametrize("name", NAMES)
def test_public_net_is_savings_minus_cost(name):
    f = CASES[name].figures
    savings = f.savings_kommune_pv_dkk + f.savings_region_pv_dkk + f.savings_stat_pv_dkk
    assert f.public_net_pv_dkk == pytest.approx(savings - f.intervention_cost_pv_dkk, abs=1e-6)
    assert f.benefit_cost_ratio == pytest.approx(savings / f.intervention_cost_pv_dkk, rel=1e-12)


@pytest.mark.parametrize("name", NAMES)
def test_kommune_net_identity(name):
    case = CASES[name]
    f = case.figures
    d = case.inputs.discount_factor
    to_fund_pv = float(case.flows.to_fund[0] @ d)
    expected = f.savings_kommune_pv_dkk - f.outcome_payments_pv_dkk - to_fund_pv
    assert f.kommune_net_pv_dkk == pytest.approx(expected, abs=1e-6)
    share = PROPOSALS[name].contract.savings_share_to_fund
    gain = np.maximum(case.flows.avoided[0, 0] - case.flows.paid[0], 0.0)
    np.testing.assert_allclose(case.flows.to_fund[0], share * gain, atol=1e-9)


def test_everything_on_has_all_three_payers():
    f = CASES["everything-on"].figures
    assert f.savings_region_pv_dkk > 0 and f.savings_stat_pv_dkk > 0
    assert f.to_fund_dkk > 0


@pytest.mark.parametrize("name", NAMES)
def test_financier_totals(name):
    case = CASES[name]
    f = case.figures
    flows = case.flows
    assert f.financiers_capital_dkk == pytest.approx(flows.intervention_cost[0].sum())
    received = flows.paid[0].sum() + flows.guarantee[0].sum()
    assert f.financiers_received_dkk == pytest.approx(received)
    assert f.financiers_multiple == pytest.approx(received / flows.intervention_cost[0].sum())
    table = case.financiers()
    assert table["share"].sum() == pytest.approx(1.0)
    assert table["capital_dkk"].sum() == pytest.approx(f.financiers_capital_dkk)
    assert table["received_dkk"].sum() == pytest.approx(f.financiers_received_dkk)


# ------------------------------------------------------------ the tidy cash-flow frame
@pytest.mark.parametrize("name", NAMES)
def test_cash_flow_frame_sums_match_the_figures(name):
    case = CASES[name]
    f = case.figures
    frame = case.cash_flows()
    H = PROPOSALS[name].horizon_years
    assert len(frame) % H == 0
    assert not frame[["amount_dkk", "pv_dkk"]].isna().any().any()

    def pv(**match) -> float:
        rows = frame
        for column, value in match.items():
            rows = rows[rows[column] == value]
        assert len(rows) > 0, match
        return float(rows["pv_dkk"].sum())

    def amount(**match) -> float:
        rows = frame
        for column, value in match.items():
            rows = rows[rows[column] == value]
        return float(rows["amount_dkk"].sum())

    tol = 1e-6
    assert pv(party="Leverandør", item="delivery") == pytest.approx(
        f.intervention_cost_pv_dkk, abs=tol
    )
    assert pv(role="kommune", item="avoided_costs") == pytest.approx(
        f.savings_kommune_pv_dkk, abs=tol
    )
    assert pv(role="region", item="avoided_costs") == pytest.approx(
        f.savings_region_pv_dkk, abs=tol
    )
    assert pv(role="stat", item="avoided_costs") == pytest.approx(f.savings_stat_pv_dkk, abs=tol)
    assert -pv(role="kommune", item="outcome_payments") == pytest.approx(
        f.outcome_payments_pv_dkk, abs=tol
    )
    assert pv(role="kommune") == pytest.approx(f.kommune_net_pv_dkk, abs=tol)
    public = pv(item="avoided_costs") - pv(item="delivery")
    assert public == pytest.approx(f.public_net_pv_dkk, abs=tol)
    financier_names = set(case.inputs.financier_names)
    mine = frame[frame["party"].isin(financier_names) & (frame["item"] != "savings_share")]
    assert -mine.loc[mine["item"] == "capital", "amount_dkk"].sum() == pytest.approx(
        f.financiers_capital_dkk, abs=tol
    )
    assert mine.loc[mine["item"] != "capital", "amount_dkk"].sum() == pytest.approx(
        f.financiers_received_dkk, abs=tol
    )
    assert mine["pv_dkk"].sum() == pytest.approx(f.financiers_net_pv_dkk, abs=tol)
    assert pv(role="fund") == pytest.approx(f.fund_net_pv_dkk, abs=tol)
    assert amount(role="fund") == pytest.approx(f.fund_net_dkk, abs=tol)
    if PROPOSALS[name].contract.guarantee_dkk > 0:
        assert -amount(role="guarantor") == pytest.approx(f.guarantee_dkk, abs=tol)
    # Money only moves between parties: everything sums to the avoided costs (the only flow
    # that comes from outside the contract).
    assert frame["amount_dkk"].sum() - amount(item="avoided_costs") == pytest.approx(0.0, abs=tol)
