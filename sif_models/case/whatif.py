"""What if: a new business case from a few changed assumptions (the analyst's workbench).

:func:`with_changes` takes a case and changes — a success rate, a baseline rate, an outcome price,
a unit cost, the intake or the price per participant — and returns the case run again with them,
on the same number of draws and the same seed (common random numbers: only the changed
assumption moves the figures). The changed proposal is validated like a file, so a change the
model cannot take is an input error in plain words.

>>> from sif_models.case.business_case import run
>>> case = run("data/examples/worked-example.yaml")
>>> round(case.with_changes(success_rate={"housed": 0.45}).figures.public_net_pv_dkk)
788083
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.loading import validate
from sif_models.inputs.schema import PAYERS, Proposal

if TYPE_CHECKING:
    from sif_models.case.business_case import BusinessCase

EDGE = 1e-4  # an interval moved with its success rate stays this far inside 0 and 1


def _outcome(data: dict, outcome_id: str) -> dict:
    for o in data["outcomes"]:
        if o["id"] == outcome_id:
            return o
    known = ", ".join(o["id"] for o in data["outcomes"])
    raise SifInputError(Problem("<what-if>", "outcomes", f"no outcome '{outcome_id}' ({known})"))


def _move_success_rate(outcome: dict, rate: float) -> None:
    """Set the success rate; an interval moves with it, keeping its width (within 0 and 1)."""
    old = outcome["success_rate"]
    outcome["success_rate"] = float(rate)
    interval = outcome.get("success_interval")
    if interval:
        shift = float(rate) - old
        low = min(max(interval[0] + shift, EDGE), float(rate))
        high = max(min(interval[1] + shift, 1.0 - EDGE), float(rate))
        outcome["success_interval"] = [low, high]


def _unit_cost(case: BusinessCase, data: dict, cost_id: str, price_dkk: float) -> None:
    """Override a unit cost's price (in the proposal's price year) by the proposal's own row."""
    year = data["price_year"]
    for row in data.setdefault("unit_costs", []):
        if row["id"] == cost_id:
            row.update(price_dkk=float(price_dkk), price_year=year)
            return
    if cost_id not in case.inputs.costs:
        known = ", ".join(case.inputs.costs)
        raise SifInputError(
            Problem("<what-if>", "unit_costs", f"no unit cost '{cost_id}' ({known})")
        )
    item = case.inputs.costs[cost_id].item
    row: dict[str, Any] = {
        "id": item.id,
        "label": item.label_da,
        "label_en": item.label_en,
        "unit": item.unit,
        "price_dkk": float(price_dkk),
        "price_year": year,
        "range": item.range or None,
        "cashable": item.cashable,
        "source": f"what-if: {item.source}"[:2000],
    }
    if item.has_shared_payers:
        row["payer_shares"] = {p: s for p, s in zip(PAYERS, item.shares, strict=True) if s > 0}
    else:
        row["payer"] = item.payer
    if item.budget_area:
        row["budget_area"] = item.budget_area
    data["unit_costs"].append(row)


def with_changes(
    case: BusinessCase,
    *,
    success_rate: Mapping[str, float] | None = None,
    baseline_rate: Mapping[str, float] | None = None,
    price_dkk: Mapping[str, float] | None = None,
    unit_costs: Mapping[str, float] | None = None,
    intake: Sequence[int] | None = None,
    cost_per_participant_dkk: float | None = None,
) -> BusinessCase:
    """The case run again with changed assumptions (see the module docstring).

    ``success_rate``, ``baseline_rate`` and ``price_dkk`` map outcome ids to values;
    ``unit_costs`` maps unit-cost ids to a price in the proposal's price year; ``intake`` is the
    new list of starters per year.
    """
    from sif_models.case.business_case import run

    data = case.proposal.model_dump(mode="json", exclude_none=True)
    for oid, value in (success_rate or {}).items():
        _move_success_rate(_outcome(data, oid), value)
    for oid, value in (baseline_rate or {}).items():
        _outcome(data, oid)["baseline_rate"] = float(value)
    for oid, value in (price_dkk or {}).items():
        _outcome(data, oid)["price_dkk"] = float(value)
    for cid, value in (unit_costs or {}).items():
        _unit_cost(case, data, cid, value)
    if intake is not None:
        data["cohort"]["intake"] = [int(n) for n in intake]
    if cost_per_participant_dkk is not None:
        data["intervention"]["cost_per_participant_dkk"] = float(cost_per_participant_dkk)
    proposal = validate(data, Proposal, "<what-if>")
    draws = case.risk.draws if case.risk is not None else 0
    seed = case.risk.seed if case.risk is not None else None
    return run(proposal, draws=draws, seed=seed)
