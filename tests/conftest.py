"""Shared fixtures: where the repository is, and the worked example (docs/model.md §8) as plain data."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from sif_models.inputs.loading import read_yaml

REPO = Path(__file__).resolve().parents[1]
WORKED_EXAMPLE = REPO / "data" / "examples" / "worked-example.yaml"
BAD_PROPOSALS = REPO / "tests" / "bad_proposals"

_WORKED_EXAMPLE_DATA = read_yaml(WORKED_EXAMPLE)


def worked_example_data() -> dict:
    """A fresh, independent copy of the worked example as a plain dict (safe to mutate)."""
    return copy.deepcopy(_WORKED_EXAMPLE_DATA)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root folder."""
    return REPO


@pytest.fixture
def worked_example_dict() -> dict:
    """The worked example proposal (data/examples/worked-example.yaml) as a mutable dict."""
    return worked_example_data()


# The keys of `sif run --json` (docs/model.md §9).
SUMMARY_KEYS = {
    "id",
    "title",
    "participants",
    "start_year",
    "horizon_years",
    "deterministic",
    "risk",
}
DETERMINISTIC_KEYS = {
    "intervention_cost",
    "savings",
    "outcome_payments",
    "kommune_net",
    "public_net",
    "benefit_cost_ratio",
    "break_even_year",
    "break_even_effect_share",
    "financiers",
    "fund",
    # v2 (docs/model.md §9)
    "transaction_costs",
    "outcome_payments_by_payer",
    "kommune_savings_cashable",
    "kommune_savings_by_budget_area",
}
