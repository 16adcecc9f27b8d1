"""Compare a proposal's business case with a published case's reference values.

:class:`CheckBusinessCase` is a mixin. A test class sets ``results`` to a class of reference
values (see ``tests/results/worked_examples.py``)::

    class TestWorkedExample(CheckBusinessCase):
        results = WorkedExample

Once per test class it runs the proposal file that ``results.proposal`` names, deterministically:
``sif_models.run(FILE)`` for the yearly cash flows (``case.flows``, D = 1) and
``sif run FILE --json --draws 0`` for the summary of docs/model.md §9. Then every value the class
publishes becomes one test, ``test_value[<name>]``, checked as :data:`CHECKS` says: where sif's
value is read, and how closely it must agree. A case publishes only the values its source gives;
the names it leaves out are not tested.

Tolerances:

- money (DKK): to the øre, abs 0.005 (:data:`MONEY`). The published figures are rounded to the
  øre, and so is the money the summary prints, so a difference of one øre fails. A yearly series
  published as all zeros must be exactly zero (nothing flows, so nothing is rounded).
- counts of outcomes: abs 1e-12 (:data:`COUNT`).
- ratios: as each entry of :data:`CHECKS` states — a figure published with five decimals must
  round to it; the benefit-cost ratio within abs 5e-6; the multiple within abs 1e-12; the IRR as
  the summary prints it (rounded to 12 decimals) must equal the published rate, and the NPV of
  the financiers' flows at it must be zero.

A further published case is one class of values and a one-line test class (the version-2
example of docs/model.md §11 is ``WorkedExampleV2``). Values under names that :data:`CHECKS` does
not know yet make ``test_every_value_is_checked`` fail: add an entry to :data:`CHECKS` for each,
rather than leave a published value unchecked.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import sif_models
from sif_models.cli import main
from sif_models.model.avoided_costs import PAYERS
from sif_models.model.irr import npv

REPO = Path(__file__).resolve().parents[2]

MONEY = 0.005  # DKK: half an øre, so that a value agrees to the øre
COUNT = 1e-12  # outcomes (persons)
# Attributes of a results class that are not reference values.
NOT_VALUES = frozenset({"proposal"})


@dataclass(frozen=True)
class Run:
    """One deterministic run of a proposal: the case and the ``sif run --json`` summary."""

    case: sif_models.BusinessCase
    summary: dict[str, Any]

    @property
    def deterministic(self) -> dict[str, Any]:
        return self.summary["deterministic"]

    @property
    def flows(self):
        return self.case.flows

    def by_outcome(self, values) -> dict[str, Any]:
        return dict(zip(self.case.inputs.outcome_ids, values, strict=True))


# ------------------------------------------------------------------ comparisons
def assert_money(actual: Any, expected: float) -> None:
    """A money figure (DKK) to the øre."""
    assert actual is not None, f"no value, expected {expected!r}"
    assert actual == pytest.approx(expected, abs=MONEY)


def assert_money_series(actual: np.ndarray, expected: list[float]) -> None:
    """A yearly money series (DKK) to the øre; a series published as all zeros exactly zero."""
    actual = np.asarray(actual, dtype=float)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=MONEY)
    if not np.any(expected):
        np.testing.assert_array_equal(actual, 0.0)


def assert_count_series(actual: np.ndarray, expected: list[float]) -> None:
    """A yearly series of outcome counts (persons) to 1e-12."""
    np.testing.assert_allclose(np.asarray(actual, dtype=float), expected, rtol=0, atol=COUNT)


def assert_equal(actual: Any, expected: Any) -> None:
    assert actual == expected


def assert_decimals(places: int) -> Callable[[Any, float], None]:
    """A figure published with ``places`` decimals: sif's value rounds to it."""

    def compare(actual: Any, expected: float) -> None:
        assert actual is not None, f"no value, expected {expected!r}"
        assert round(actual, places) == expected, f"{actual!r} does not round to {expected!r}"

    return compare


def assert_close(*, abs: float = 0.0, rel: float = 0.0) -> Callable[[Any, float], None]:
    """A ratio within the stated tolerance."""

    def compare(actual: Any, expected: float) -> None:
        assert actual is not None, f"no value, expected {expected!r}"
        assert actual == pytest.approx(expected, abs=abs, rel=rel)

    return compare


def per_key(
    compare: Callable[[Any, Any], None], rest_is_zero: bool = False
) -> Callable[[Mapping[str, Any], Mapping[str, Any]], None]:
    """Compare a mapping (per payer, outcome or budget area) key by key.

    Every published key must be there. With ``rest_is_zero`` (money), a key that sif reports but
    the case does not publish must be zero.
    """

    def compare_all(actual: Mapping[str, Any], expected: Mapping[str, Any]) -> None:
        missing = sorted(set(expected) - set(actual))
        assert not missing, f"sif reports no value for {missing}; it has {sorted(actual)}"
        for key, value in expected.items():
            try:
                compare(actual[key], value)
            except AssertionError as exc:
                raise AssertionError(f"[{key!r}] {exc}") from exc
        if rest_is_zero:
            for key in sorted(set(actual) - set(expected)):
                zero = np.zeros_like(np.asarray(actual[key], dtype=float)).tolist()
                try:
                    compare(actual[key], zero)
                except AssertionError as exc:
                    raise AssertionError(f"[{key!r}] not published, so zero: {exc}") from exc

    return compare_all


# ------------------------------------------------------------------ what is checked, and how
Check = Callable[[Run, Any], None]


def value(get: Callable[[Run], Any], compare: Callable[[Any, Any], None]) -> Check:
    """A check that reads sif's value with ``get`` and compares it with ``compare``."""

    def check(run: Run, expected: Any) -> None:
        compare(get(run), expected)

    return check


def check_irr(run: Run, expected: float | None) -> None:
    """The financiers' IRR as the summary prints it; where there is one, a root of their NPV."""
    printed = run.deterministic["financiers"]["irr"]
    if expected is None:
        assert printed is None, f"an IRR of {printed!r} where the case has none"
        assert run.case.irr_reason, "no IRR, but no reason given"
        return
    assert printed == expected  # the summary rounds the IRR to 12 decimals
    assert run.case.irr_reason is None
    assert abs(float(npv(printed, run.flows.financiers[0]))) < 1e-6


def _fund_flows(run: Run) -> np.ndarray:
    """The fund's yearly net cash flow (DKK): the sum of its rows in the tidy cash flows."""
    frame = run.case.cash_flows()
    fund = frame[frame.role == "fund"].groupby("t")["amount_dkk"].sum()
    return fund.reindex(range(run.case.inputs.horizon_years), fill_value=0.0).to_numpy()


# Every value a results class may publish: its name → how it is checked. Yearly series are read
# from the case's cash flows (D = 1), everything else from `sif run --json --draws 0`
# (docs/model.md §9), money there rounded to the øre.
CHECKS: dict[str, Check] = {
    # the proposal
    "start_year": value(lambda r: r.summary["start_year"], assert_equal),
    "horizon_years": value(lambda r: r.summary["horizon_years"], assert_equal),
    "participants": value(lambda r: r.summary["participants"], assert_equal),
    # yearly flows, undiscounted DKK (docs/model.md §2–5)
    "intervention_cost_by_year": value(lambda r: r.flows.intervention_cost[0], assert_money_series),
    "additional_outcomes_by_year": value(
        lambda r: r.by_outcome(r.flows.additional_outcomes[0]), per_key(assert_count_series)
    ),
    "savings_by_year": value(
        lambda r: dict(zip(PAYERS, r.flows.avoided[0], strict=True)),
        per_key(assert_money_series, rest_is_zero=True),
    ),
    "outcome_payments_by_year": value(lambda r: r.flows.paid[0], assert_money_series),
    "to_fund_by_year": value(lambda r: r.flows.to_fund[0], assert_money_series),
    # v2 yearly flows (docs/model.md §3, §4): S^cash, Paid^P, T, and the thresholds met
    "kommune_savings_cashable_by_year": value(
        lambda r: r.flows.kommune_cashable[0], assert_money_series
    ),
    "outcome_payments_by_payer_by_year": value(
        lambda r: dict(zip(PAYERS, r.flows.paid_by_payer[0], strict=True)),
        per_key(assert_money_series, rest_is_zero=True),
    ),
    "transaction_costs_by_year": value(lambda r: r.flows.transaction_costs[0], assert_money_series),
    "payment_threshold_met": value(
        lambda r: r.by_outcome(bool(x) for x in r.flows.threshold_met[0]), per_key(assert_equal)
    ),
    "public_net_by_year": value(lambda r: r.flows.public[0], assert_money_series),
    "cumulative_public_net_by_year": value(
        lambda r: np.cumsum(r.flows.public[0]), assert_money_series
    ),
    "kommune_net_by_year": value(lambda r: r.flows.kommune[0], assert_money_series),
    "financiers_flows_by_year": value(lambda r: r.flows.financiers[0], assert_money_series),
    "fund_flows_by_year": value(_fund_flows, assert_money_series),
    # present values, DKK (docs/model.md §5)
    "intervention_cost": value(lambda r: r.deterministic["intervention_cost"], assert_money),
    "savings": value(
        lambda r: r.deterministic["savings"], per_key(assert_money, rest_is_zero=True)
    ),
    "outcome_payments": value(lambda r: r.deterministic["outcome_payments"], assert_money),
    "kommune_net": value(lambda r: r.deterministic["kommune_net"], assert_money),
    "public_net": value(lambda r: r.deterministic["public_net"], assert_money),
    "fund_net_pv": value(lambda r: r.deterministic["fund"]["net_pv"], assert_money),
    # v2 present values, DKK (docs/model.md §5, §9)
    "transaction_costs": value(lambda r: r.deterministic["transaction_costs"], assert_money),
    "outcome_payments_by_payer": value(
        lambda r: r.deterministic["outcome_payments_by_payer"],
        per_key(assert_money, rest_is_zero=True),
    ),
    "kommune_savings_cashable": value(
        lambda r: r.deterministic["kommune_savings_cashable"], assert_money
    ),
    # the area of the items without one is the key "" (docs/model.md §9)
    "kommune_savings_by_budget_area": value(
        lambda r: r.deterministic["kommune_savings_by_budget_area"],
        per_key(assert_money, rest_is_zero=True),
    ),
    # ratios
    "benefit_cost_ratio": value(
        lambda r: r.deterministic["benefit_cost_ratio"], assert_close(abs=5e-6)
    ),
    # break-even (docs/model.md §5)
    "break_even_year": value(lambda r: r.deterministic["break_even_year"], assert_equal),
    "break_even_effect_share": value(
        lambda r: r.deterministic["break_even_effect_share"], assert_decimals(5)
    ),
    "break_even_effect_share_exact": value(
        lambda r: r.deterministic["break_even_effect_share"], assert_close(rel=1e-8)
    ),
    "break_even_success_rates": value(
        lambda r: {k: sv.value for k, sv in r.case.break_even_success_rates.items()},
        per_key(assert_decimals(5)),
    ),
    # financiers, all together (docs/model.md §5); capital and received undiscounted, DKK
    "financiers_capital": value(lambda r: r.deterministic["financiers"]["capital"], assert_money),
    "financiers_received": value(lambda r: r.deterministic["financiers"]["received"], assert_money),
    "financiers_multiple": value(
        lambda r: r.deterministic["financiers"]["multiple"], assert_close(abs=1e-12)
    ),
    "financiers_irr": check_irr,
}


def published_values(results: type) -> list[str]:
    """The names of the reference values a results class holds, its bases' included, in order.

    A results class may extend another published case and override the values that change.
    """
    names: list[str] = []
    for klass in reversed(results.__mro__[:-1]):  # object last, left out
        names += [n for n in vars(klass) if n not in names]
    return [n for n in names if not n.startswith("_") and n not in NOT_VALUES]


class CheckBusinessCase:
    """Mixin: every published value of ``results`` against a run of its proposal file."""

    results: type  # a class of reference values, set by the test class

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        """One ``test_value`` per value the results class publishes and :data:`CHECKS` knows."""
        if "published" in metafunc.fixturenames:
            names = [n for n in published_values(metafunc.cls.results) if n in CHECKS]
            metafunc.parametrize("published", names)

    @pytest.fixture(scope="class")
    @classmethod
    def run(cls) -> Run:
        path = REPO / cls.results.proposal
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["run", str(path), "--json", "--draws", "0"])
        assert code == 0, f"sif run {path} --json exited with {code}"
        return Run(case=sif_models.run(path), summary=json.loads(out.getvalue()))

    def test_value(self, run: Run, published: str) -> None:
        CHECKS[published](run, getattr(self.results, published))

    def test_every_value_is_checked(self) -> None:
        unknown = [n for n in published_values(self.results) if n not in CHECKS]
        assert not unknown, f"no check for {unknown}: add one to tests/results/check.py CHECKS"

    def test_summary_is_the_case(self, run: Run) -> None:
        """The summary and the case agree, so the yearly values and the others are one run."""
        assert run.summary == run.case.to_dict()
