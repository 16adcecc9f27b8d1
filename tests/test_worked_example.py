"""The worked example of docs/model.md §8: the command line, the tidy cash flows, the API.

Its published figures (to the øre, ratios to the digits docs/model.md prints) are checked by
``TestWorkedExample``, from the reference values in ``tests/results/worked_examples.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sif_models
from sif_models.cli import main
from tests.conftest import DETERMINISTIC_KEYS, SUMMARY_KEYS
from tests.results.check import CheckBusinessCase
from tests.results.worked_examples import WorkedExample

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "worked-example.yaml"
ØRE = 0.01


@pytest.fixture(scope="module")
def case():
    return sif_models.run(EXAMPLE)


class TestWorkedExample(CheckBusinessCase):
    results = WorkedExample


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
