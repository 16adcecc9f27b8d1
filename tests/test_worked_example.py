"""The worked example of docs/model.md §8, figure by figure, to 0.01 DKK.

Every reference value below is copied from docs/model.md §8 (the numbers it lists); the ratios are
checked to the five significant digits docs/model.md prints.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import sif_models
from sif_models.cli import main
from sif_models.model.irr import npv
from tests.conftest import DETERMINISTIC_KEYS, SUMMARY_KEYS

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "worked-example.yaml"
ØRE = 0.01


@pytest.fixture(scope="module")
def case():
    return sif_models.run(EXAMPLE)


def test_cash_flows_by_year(case):
    f = case.flows
    # docs/model.md §8: C = [1,000,000, 1,000,000, 0, 0, 0]
    np.testing.assert_allclose(f.intervention_cost[0], [1e6, 1e6, 0, 0, 0], atol=ØRE)
    # docs/model.md §8: A: 3 in year 1, 3 in year 2
    np.testing.assert_allclose(f.additional_outcomes[0, 0], [0, 3, 3, 0, 0], atol=1e-12)
    # docs/model.md §8: S_kommune = [0, 600,000, 1,200,000, 1,200,000, 600,000]
    np.testing.assert_allclose(f.avoided[0, 0], [0, 6e5, 1.2e6, 1.2e6, 6e5], atol=ØRE)
    np.testing.assert_allclose(f.avoided[0, 1:], 0.0)
    # docs/model.md §8: Paid = [0, 450,000, 450,000, 0, 0]
    np.testing.assert_allclose(f.paid[0], [0, 4.5e5, 4.5e5, 0, 0], atol=ØRE)
    # docs/model.md §8: cumulative public net −1,000,000, −1,400,000, −200,000, 1,000,000, 1,600,000
    np.testing.assert_allclose(np.cumsum(f.public[0]), [-1e6, -1.4e6, -2e5, 1e6, 1.6e6], atol=ØRE)
    # docs/model.md §8: financiers' flows −1,000,000, −550,000, 450,000, 0, 0
    np.testing.assert_allclose(f.financiers[0], [-1e6, -5.5e5, 4.5e5, 0, 0], atol=ØRE)


def test_present_values(case):
    fig = case.figures
    # docs/model.md §8: PV(C) = 1,966,183.57; PV(S_kommune) = 3,305,119.57; PV(Paid) = 854,862.42
    assert fig.intervention_cost_pv_dkk == pytest.approx(1_966_183.57, abs=ØRE)
    assert fig.savings_kommune_pv_dkk == pytest.approx(3_305_119.57, abs=ØRE)
    assert fig.outcome_payments_pv_dkk == pytest.approx(854_862.42, abs=ØRE)
    # docs/model.md §8: public_net = 1,338,935.99; kommune_net = 2,450,257.14
    assert fig.public_net_pv_dkk == pytest.approx(1_338_935.99, abs=ØRE)
    assert fig.kommune_net_pv_dkk == pytest.approx(2_450_257.14, abs=ØRE)
    # docs/model.md §8: benefit_cost_ratio = 1.68098
    assert fig.benefit_cost_ratio == pytest.approx(1.68098, abs=5e-6)


def test_break_even(case):
    # docs/model.md §8: break_even_year = start_year + 3 = 2024
    assert case.break_even_year == 2021 + 3
    # docs/model.md §8: break_even_effect_share = 1,966,183.57 / 3,305,119.57 = 0.59489
    assert case.break_even_effect_share.value == pytest.approx(
        1_966_183.57 / 3_305_119.57, rel=1e-8
    )
    assert round(case.break_even_effect_share.value, 5) == 0.59489
    # docs/model.md §8: break-even success rate = 0.2 + 0.59489 · 0.3 = 0.37847
    assert round(case.break_even_success_rates["housed"].value, 5) == 0.37847


def test_financiers(case):
    fig = case.figures
    # docs/model.md §8: capital 2,000,000, received 900,000, multiple 0.45, irr = −0.55
    assert fig.financiers_capital_dkk == pytest.approx(2_000_000, abs=ØRE)
    assert fig.financiers_received_dkk == pytest.approx(900_000, abs=ØRE)
    assert fig.financiers_multiple == pytest.approx(0.45, abs=1e-12)
    assert case.irr == pytest.approx(-0.55, abs=1e-10)
    assert case.irr_reason is None
    # identity: NPV of the financiers' flows at their IRR is zero
    assert abs(float(npv(case.irr, case.flows.financiers[0]))) < 1e-6


def test_json_summary_has_the_shape_of_model_md_9(case, capsys):
    assert main(["run", str(EXAMPLE), "--json", "--draws", "0"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == case.to_dict()
    assert set(out) == SUMMARY_KEYS
    det = out["deterministic"]
    assert set(det) == DETERMINISTIC_KEYS
    assert set(det["savings"]) == {"kommune", "region", "stat"}
    assert set(det["financiers"]) == {"capital", "received", "multiple", "irr"}
    assert set(det["fund"]) == {"net_pv"}
    assert out["risk"] is None
    # docs/model.md §8 figures as the JSON prints them (rounded to øre)
    assert det["public_net"] == 1_338_935.99
    assert det["kommune_net"] == 2_450_257.14
    assert det["intervention_cost"] == 1_966_183.57
    assert det["savings"]["kommune"] == 3_305_119.57
    assert det["outcome_payments"] == 854_862.42
    assert det["financiers"]["irr"] == -0.55
    assert out["participants"] == 20


def test_terminal_table_prints_the_figures(capsys):
    assert main(["run", str(EXAMPLE), "--draws", "0"]) == 0
    out = capsys.readouterr().out
    for text in ("1,338,936", "2,450,257", "1,966,184", "2024", "37.8%", "-55.00%"):
        assert text in out


def test_cash_flow_frame_is_tidy_and_adds_up(case):
    frame = case.cash_flows()
    assert list(frame.columns) == ["year", "t", "party", "role", "item", "amount_dkk", "pv_dkk"]
    assert not frame.duplicated(["year", "party", "item"]).any()
    kommune = frame[frame.role == "kommune"].pv_dkk.sum()
    assert kommune == pytest.approx(case.figures.kommune_net_pv_dkk, abs=ØRE)
    savings = frame[frame.item == "avoided_costs"].pv_dkk.sum()
    cost = frame[frame.item == "delivery"].pv_dkk.sum()
    assert savings - cost == pytest.approx(case.figures.public_net_pv_dkk, abs=ØRE)


def test_python_api_accepts_a_path_or_a_proposal():
    proposal = sif_models.load_proposal(EXAMPLE)
    assert sif_models.run(proposal).to_dict() == sif_models.run(EXAMPLE).to_dict()


def test_schema_command_prints_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object"
    for name in ("id", "cohort", "intervention", "outcomes", "contract"):
        assert name in schema["properties"]
    assert "id" in schema["required"]


def test_break_even_success_rates_with_two_outcomes():
    """docs/model.md §8's formula b + f · (p − b) per outcome: at those rates, together, public net is 0."""
    import yaml

    from sif_models.case.business_case import run as run_case
    from sif_models.inputs.schema import Proposal

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    second = dict(data["outcomes"][0], id="second", baseline_rate=0.1, success_rate=0.3)
    second.pop("success_interval")
    data["outcomes"].append(second)
    data["outcomes"].append(dict(second, id="no-savings", consequences=[]))
    case = run_case(Proposal.model_validate(data))
    f = case.break_even_effect_share.value
    rates = case.break_even_success_rates
    assert rates["housed"].value == pytest.approx(0.2 + f * 0.3, abs=1e-12)
    assert rates["second"].value == pytest.approx(0.1 + f * 0.2, abs=1e-12)
    assert rates["no-savings"].value is None  # it avoids no public cost
    for o in data["outcomes"]:
        if rates[o["id"]].value is not None:
            o["success_rate"] = rates[o["id"]].value
            o.pop("success_interval", None)
    assert abs(run_case(Proposal.model_validate(data)).figures.public_net_pv_dkk) < 1e-4


def test_effect_share_found_up_to_the_search_bound():
    """A break-even effect share of 700 (inside [0, 1000]) is found, not given up at 512."""
    import yaml

    from sif_models.case.business_case import run as run_case
    from sif_models.inputs.schema import Proposal

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["unit_costs"][0]["price_dkk"] = 200_000 * (1_966_183.57 / 3_305_119.57) / 700
    f = run_case(Proposal.model_validate(data)).break_even_effect_share.value
    assert f == pytest.approx(700.0, rel=1e-6)
