"""The deterministic rules of model version 2 (docs/model.md §3–5, §9) on hand-built proposals.

The §11 figures are checked by ``tests/test_worked_example_v2.py``; here each v2 rule is taken on
its own: neutral v2 fields change nothing, payer shares add up to the totals, a threshold above
the success rate pays nothing, transaction costs after the horizon warn, the catalogue reads the
new columns and still reads old files.
"""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from sif_models.case.business_case import run
from sif_models.cli import main
from sif_models.errors import SifInputError
from sif_models.inputs.catalogue import load_catalogue
from sif_models.inputs.loading import validate
from sif_models.inputs.schema import PAYERS, Proposal
from sif_models.model.codes import WarningCode
from sif_models.model.figures import FIGURE_NAMES
from sif_models.text.reasons import warning_text
from tests.conftest import REPO, worked_example_data
from tests.results.worked_examples import WorkedExample

V2_EXAMPLE = REPO / "data" / "examples" / "worked-example-v2.yaml"


def case_of(data: dict):
    return run(validate(data, Proposal, "<test>"))


def v2_example_data() -> dict:
    from sif_models.inputs.loading import read_yaml

    return copy.deepcopy(read_yaml(V2_EXAMPLE))


# ------------------------------------------------------------------ version 1 is a special case
def test_neutral_v2_fields_give_the_version_1_figures():
    """Every v2 field at its neutral value: the figures of the v1 file, to the last bit."""
    v1 = case_of(worked_example_data())
    data = worked_example_data()
    cost = data["unit_costs"][0]
    del cost["payer"]
    cost.update(payer_shares={"kommune": 1.0}, cashable=True)
    data["outcomes"][0]["payment_threshold_rate"] = 0.0
    data["contract"]["outcome_payers"] = [{"name": "Kommunen", "payer": "kommune", "share": 1}]
    data["contract"]["transaction_costs"] = []
    v2 = case_of(data)
    for name in FIGURE_NAMES:
        assert getattr(v2.figures, name) == getattr(v1.figures, name), name
    for item in ("avoided", "paid", "to_fund", "kommune", "public"):
        assert getattr(v2.flows, item).tobytes() == getattr(v1.flows, item).tobytes(), item
    assert v2.to_dict() == v1.to_dict()


def test_version_1_summary_keeps_its_figures_and_adds_the_v2_ones():
    d = case_of(worked_example_data()).to_dict()["deterministic"]
    assert d["public_net"] == WorkedExample.public_net  # docs/model.md §8
    assert d["transaction_costs"] == 0.0
    assert d["outcome_payments_by_payer"] == {
        "kommune": WorkedExample.outcome_payments,
        "region": 0.0,
        "stat": 0.0,
    }
    # every item cashable and unassigned: S^cash = S_kommune, all under the area ""
    assert d["kommune_savings_cashable"] == WorkedExample.savings["kommune"]
    assert d["kommune_savings_by_budget_area"] == {"": WorkedExample.savings["kommune"]}


# ------------------------------------------------------------------ who bears what (§3, §4)
@pytest.mark.parametrize("shares", [{"kommune": 0.75, "stat": 0.25}, {"region": 0.4, "stat": 0.6}])
def test_payer_shares_add_up_to_the_one_payer_total(shares):
    one = case_of(worked_example_data())
    data = worked_example_data()
    del data["unit_costs"][0]["payer"]
    data["unit_costs"][0]["payer_shares"] = shares
    split = case_of(data)
    total = one.flows.avoided[0, 0]
    for k, payer in enumerate(PAYERS):
        np.testing.assert_allclose(split.flows.avoided[0, k], shares.get(payer, 0.0) * total)
    np.testing.assert_allclose(split.flows.avoided[0].sum(axis=0), total)
    assert split.figures.public_net_pv_dkk == pytest.approx(one.figures.public_net_pv_dkk)


def test_outcome_payers_split_what_is_paid():
    case = case_of(v2_example_data())
    flows, f = case.flows, case.figures
    np.testing.assert_allclose(flows.paid_by_payer[0].sum(axis=0), flows.paid[0])
    total = sum(f.outcome_payments_by_payer_pv_dkk(p) for p in PAYERS)
    assert total == pytest.approx(f.outcome_payments_pv_dkk, abs=1e-9)
    by_area = case.to_dict()["deterministic"]["kommune_savings_by_budget_area"]
    assert sum(by_area.values()) == pytest.approx(f.savings_kommune_pv_dkk, abs=0.02)


def test_kommune_net_counts_only_its_own_payments_and_transaction_costs():
    """kommune_net = PV(S_kommune − Paid^kommune − to_fund − T^kommune) (docs/model.md §5)."""
    case = case_of(v2_example_data())
    f = case.figures
    expected = (
        f.savings_kommune_pv_dkk
        - f.outcome_payments_kommune_pv_dkk
        - float(case.flows.to_fund[0] @ case.inputs.discount_factor)
        - f.transaction_costs_kommune_pv_dkk
    )
    assert f.kommune_net_pv_dkk == pytest.approx(expected, abs=1e-6)
    # the cash-flow frame's kommune rows add up to it; public rows to public_net
    frame = case.cash_flows()
    assert frame[frame.role == "kommune"].pv_dkk.sum() == pytest.approx(f.kommune_net_pv_dkk)
    assert frame[frame.role == "fund"].pv_dkk.sum() == pytest.approx(f.fund_net_pv_dkk)
    assert not frame.duplicated(["year", "party", "item"]).any()


# ------------------------------------------------------------------ the payment threshold (§4)
def test_a_threshold_above_the_success_rate_pays_nothing():
    data = v2_example_data()
    data["outcomes"][0]["payment_threshold_rate"] = 0.55  # above the central 0.5
    case = case_of(data)
    assert not case.flows.threshold_met[0, 0]
    assert np.all(case.flows.paid == 0) and np.all(case.flows.due == 0)
    d = case.to_dict()["deterministic"]
    assert d["outcome_payments"] == 0.0
    assert d["financiers"]["received"] == 0.0
    # the savings do not depend on the contract: public net is the §11 figure
    assert d["public_net"] == pytest.approx(1_686_394.75, abs=0.005)
    # a threshold equal to the rate is met (p ≥ θ)
    data["outcomes"][0]["payment_threshold_rate"] = 0.5
    assert case_of(data).to_dict()["deterministic"]["outcome_payments"] == 854_862.42


# ------------------------------------------------------------------ transaction costs (§4)
def test_a_transaction_cost_after_the_horizon_warns_and_is_not_counted(capsys):
    data = v2_example_data()
    data["contract"]["transaction_costs"].append(
        {"label": "Final evaluation", "dkk": 80_000, "year": 5, "borne_by": "kommune"}
    )
    case = case_of(data)
    (warning,) = case.warnings
    assert warning.code == WarningCode.TRANSACTION_COST_AFTER_HORIZON
    assert warning.values == {"label": "Final evaluation", "year": 2026, "last_year": 2025}
    assert "'Final evaluation' in 2026 falls after the horizon (2025)" in warning_text(
        warning, "en"
    )
    assert "falder efter tidshorisonten" in warning_text(warning, "da")
    assert case.to_dict()["deterministic"]["transaction_costs"] == 148_309.18  # §11 unchanged


def test_sif_run_prints_the_transaction_cost_warning(tmp_path, capsys):
    text = V2_EXAMPLE.read_text(encoding="utf-8").replace(
        "year: 1, borne_by: fund", "year: 7, borne_by: fund"
    )
    path = tmp_path / "late.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["run", str(path), "--draws", "0", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["deterministic"]["transaction_costs"] == 100_000.0
    assert "warning: the transaction cost 'Validating outcomes' in 2028 falls after" in err


# ------------------------------------------------------------------ the catalogue (§3)
CSV_HEAD = "id,label_da,label_en,unit,price_dkk,price_year,payer,range,source,flag"


def _catalogue(tmp_path, header: str, row: str):
    path = tmp_path / "unit_costs.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    return load_catalogue(path)


def test_catalogue_reads_the_v2_columns(tmp_path):
    c = _catalogue(
        tmp_path,
        CSV_HEAD + ",payer_shares,budget_area,cashable",
        "x,X,X,month,100,2021,,0.1,assumption: test,assumption,kommune: 0.8; stat: 0.2,"
        "Sociale Forhold og Beskæftigelse,false",
    )["x"]
    assert (c.shares, c.payer, c.budget_area, c.cashable) == (
        (0.8, 0.0, 0.2),
        "kommune",
        "Sociale Forhold og Beskæftigelse",
        False,
    )


def test_an_old_catalogue_without_the_v2_columns_still_loads(tmp_path):
    c = _catalogue(tmp_path, CSV_HEAD, "x,X,X,year,100,2021,region,0.1,assumption: t,assumption")
    assert (c["x"].shares, c["x"].budget_area, c["x"].cashable) == ((0.0, 1.0, 0.0), "", True)


@pytest.mark.parametrize(
    ("payer", "shares", "cashable", "message"),
    [
        ("kommune", "kommune: 0.8; stat: 0.2", "", "give payer or payer_shares, not both"),
        ("", "", "", "give payer or payer_shares, one of them is required"),
        ("", "kommune: 0.8; stat: 0.1", "", "payer_shares: shares must sum to 1, got 0.9"),
        ("", "kommune 0.8", "", "payer_shares must read like 'kommune: 0.8; stat: 0.2'"),
        ("kommune", "", "maybe", "cashable must be true or false, got 'maybe'"),
    ],
)
def test_catalogue_v2_columns_are_checked(tmp_path, payer, shares, cashable, message):
    with pytest.raises(SifInputError) as err:
        _catalogue(
            tmp_path,
            CSV_HEAD + ",payer_shares,budget_area,cashable",
            f"x,X,X,year,100,2021,{payer},0.1,assumption: t,assumption,{shares},,{cashable}",
        )
    (problem,) = err.value.problems
    assert problem.field == "line 2 (x)" and message in problem.message
