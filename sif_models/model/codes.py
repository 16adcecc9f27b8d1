"""Codes the model returns where words would go: why a figure does not exist, what to watch.

The model layer returns numbers and codes only; the words for each code, in Danish and English,
live in :mod:`sif_models.text.reasons`. A code is a :class:`enum.StrEnum`, so it is also a short
plain string (``"no_inflow"``) that JSON, a DataFrame or a log can hold as it is.

Examples
--------
>>> Reason.NO_INFLOW, str(Reason.NO_INFLOW)
(<Reason.NO_INFLOW: 'no_inflow'>, 'no_inflow')
>>> ModelWarning.of(WarningCode.FIXED_COSTS_AFTER_HORIZON).values
{}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Reason(StrEnum):
    """Why a figure has no value (docs/model.md §5)."""

    # the IRR (sif_models.model.irr)
    ZERO = "zero"  # all cash flows are zero
    NO_INFLOW = "no_inflow"  # every cash flow is an outlay
    NO_OUTLAY = "no_outlay"  # every cash flow is a receipt
    NO_ROOT = "no_root"  # no rate above −100 % makes the NPV zero
    SEVERAL = "several"  # several rates make the NPV zero (the rates come with it)
    NOT_FINITE = "not_finite"  # the cash flows are not all finite numbers
    # the break-even effect share and success rates (sif_models.model.breakeven)
    NO_EFFECT_NEEDED = "no_effect_needed"  # public net is not negative even with no effect
    NO_COSTS_AVOIDED = "no_costs_avoided"  # the effects avoid no public costs
    OUTCOME_NO_COSTS = "outcome_no_costs"  # this outcome avoids no public costs
    NEVER = "never"  # public net stays negative for any effect share searched
    # one-at-a-time switching values (sif_models.risk.sensitivity)
    NO_DEPENDENCE = "no_dependence"  # public net does not depend on this input
    ALWAYS_POSITIVE = "always_positive"  # public net stays positive over the range searched
    ALWAYS_NEGATIVE = "always_negative"  # public net stays negative over the range searched


class WarningCode(StrEnum):
    """Something in a proposal that the reader should know about (docs/model.md §2, §4)."""

    COSTS_AFTER_HORIZON = "costs_after_horizon"  # values: cohort_year, last_year
    FIXED_COSTS_AFTER_HORIZON = "fixed_costs_after_horizon"
    OUTCOME_AFTER_HORIZON = "outcome_after_horizon"  # values: outcome, cohort_year
    # docs/model.md §4 v2: a transaction cost in a year ≥ H is not counted
    TRANSACTION_COST_AFTER_HORIZON = (
        "transaction_cost_after_horizon"  # values: label, year, last_year
    )


@dataclass(frozen=True)
class ModelWarning:
    """A warning code with the values its words need (a year, an outcome id)."""

    code: WarningCode
    values: dict[str, Any] = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, code: WarningCode, **values: Any) -> ModelWarning:
        return cls(code, dict(values))
