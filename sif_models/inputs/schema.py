"""The proposal file (docs/model.md §9) as pydantic models.

Field names are the contract of docs/model.md §9; a few optional fields are added for the briefs
(``ask``, ``description``, ``status``, ``seed``, ``discount_rate_long``, ``guarantor`` and the
``sources`` maps that say where each assumption comes from). Unknown fields are errors, so a typo
in a proposal never passes silently.

Use :func:`sif_models.load_proposal` to read a file; it turns pydantic's errors into
:class:`sif_models.errors.Problem` lines that name the file, the field and the problem.
"""

from __future__ import annotations

import difflib
import math
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PAYERS = ("kommune", "region", "stat")
# Upper bounds far above any real proposal; they keep every product in the model finite
# (a price of 1e308 DKK would overflow to inf and leave the figures undefined).
MAX_DKK = 1e12  # a thousand billion kroner
MAX_QUANTITY = 1e6  # units of one cost avoided per success per year
MAX_INTAKE_PER_YEAR = 10_000_000
MAX_TRIALS = 10**9


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(f"must be a finite number, got {value}")
    return value


def _rate(value: float) -> float:
    _finite(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"must be between 0 and 1, got {value:g}")
    return value


def _non_negative(value: float) -> float:
    _finite(value)
    if value < 0:
        raise ValueError(f"must be 0 or more, got {value:g}")
    return value


def _money(value: float) -> float:
    _non_negative(value)
    if value > MAX_DKK:
        raise ValueError(f"must be at most {MAX_DKK:,.0f} DKK, got {value:g}")
    return value


def _quantity(value: float) -> float:
    _non_negative(value)
    if value > MAX_QUANTITY:
        raise ValueError(f"must be at most {MAX_QUANTITY:,.0f} units a year, got {value:g}")
    return value


Rate = Annotated[float, AfterValidator(_rate)]
Money = Annotated[float, AfterValidator(_money)]
Quantity = Annotated[float, AfterValidator(_quantity)]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, min_length=1, max_length=80)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Year = Annotated[int, Field(ge=1900, le=2200)]
Sources = dict[str, Annotated[str, Field(min_length=1, max_length=2000)]]


class _Block(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    @model_validator(mode="after")
    def _sources_name_fields(self):
        sources = getattr(self, "sources", None) or {}
        names = set(type(self).model_fields) - {"sources"}
        for key in sources:
            if key not in names:
                hint = difflib.get_close_matches(key, sorted(names), n=1)
                more = f"did you mean '{hint[0]}'? " if hint else ""
                raise ValueError(
                    f"sources names '{key}', which is not a field here "
                    f"({more}fields: {', '.join(sorted(names))})"
                )
        return self


class Cohort(_Block):
    """Who starts when: ``intake[i]`` citizens start in contract year ``i`` (docs/model.md §2)."""

    intake: list[Annotated[int, Field(ge=0, le=MAX_INTAKE_PER_YEAR)]] = Field(min_length=1)
    sources: Sources = Field(default_factory=dict)

    @model_validator(mode="after")
    def _someone(self):
        if sum(self.intake) <= 0:
            raise ValueError("intake must hold at least one participant")
        return self


class Intervention(_Block):
    """What the provider is paid, whatever the outcome (docs/model.md §2)."""

    cost_per_participant_dkk: Money
    delivery_years: int = Field(default=1, ge=1, le=70)
    fixed_cost_dkk_per_year: Money = 0.0
    fixed_cost_years: int = Field(default=0, ge=0, le=70)
    range: Rate | None = None
    sources: Sources = Field(default_factory=dict)


class Evidence(_Block):
    """Trial evidence for a success rate: Beta(1 + successes, 1 + failures)."""

    successes: int = Field(ge=0, le=MAX_TRIALS)
    trials: int = Field(ge=1, le=MAX_TRIALS)

    @model_validator(mode="after")
    def _not_more_than_trials(self):
        if self.successes > self.trials:
            raise ValueError(f"successes ({self.successes}) cannot exceed trials ({self.trials})")
        return self


class Consequence(_Block):
    """Units of one catalogue cost that one additional success avoids per year."""

    cost: Slug
    quantity_per_year: Quantity
    source: Text | None = None


class Outcome(_Block):
    """One outcome of the contract (docs/model.md §3)."""

    id: Slug
    label: Text
    label_en: Text | None = None
    baseline_rate: Rate
    success_rate: Rate
    success_interval: list[Rate] | None = Field(default=None, min_length=2, max_length=2)
    success_evidence: Evidence | None = None
    lag_years: int = Field(default=1, ge=0, le=70)
    persistence_years: int = Field(default=1, ge=0, le=70)
    annual_decay: Rate = 0.0
    price_dkk: Money = 0.0
    consequences: list[Consequence] = Field(default_factory=list)
    sources: Sources = Field(default_factory=dict)

    @model_validator(mode="after")
    def _uncertainty(self):
        if self.success_interval is not None and self.success_evidence is not None:
            raise ValueError("give success_interval or success_evidence, not both")
        if self.success_interval is not None:
            low, high = self.success_interval
            if not low <= self.success_rate <= high:
                raise ValueError(
                    f"success_interval [{low:g}, {high:g}] must contain "
                    f"success_rate {self.success_rate:g}"
                )
            if low < high and (low <= 0.0 or high >= 1.0):
                raise ValueError(
                    "a success_interval must lie strictly inside 0 and 1 "
                    f"to fit a Beta distribution, got [{low:g}, {high:g}]"
                )
        return self


class UnitCost(_Block):
    """A unit cost: one row of the catalogue, or a proposal's own addition or override."""

    id: Slug
    label: Text
    label_en: Text | None = None
    unit: Text
    price_dkk: Money
    price_year: Year
    payer: Literal["kommune", "region", "stat"]
    range: Rate | None = None
    source: Text


class Financier(_Block):
    """One financier and its share of the capital (docs/model.md §4)."""

    name: Text
    role: Literal["fund", "investor"] = "investor"
    share: Rate


class Contract(_Block):
    """The outcome contract (docs/model.md §4)."""

    pay_for: Literal["all", "above_baseline"] = "above_baseline"
    payment_cap_dkk: Money | None = None
    return_cap_rate: Rate | None = None
    guarantee_dkk: Money = 0.0
    guarantor: Text | None = None
    savings_share_to_fund: Rate = 0.0
    financing: list[Financier] = Field(min_length=1)
    sources: Sources = Field(default_factory=dict)

    @model_validator(mode="after")
    def _shares(self):
        total = sum(f.share for f in self.financing)
        if abs(total - 1.0) > 1e-9:
            raise ValueError(f"financing shares must sum to 1, got {total:g}")
        names = [f.name for f in self.financing]
        if len(set(names)) != len(names):
            raise ValueError("financier names must be unique")
        return self


class Proposal(_Block):
    """A proposal for the council: the whole input of one business case (docs/model.md §9)."""

    id: Slug
    title: Text
    target_group: Text
    ask: Text | None = None
    description: Text | None = None
    status: Literal["proposal", "approved", "running", "ended", "rejected"] = "proposal"
    start_year: Year
    price_year: Year
    horizon_years: int = Field(default=10, ge=1, le=70)
    discount_rate: Annotated[float, Field(ge=0.0, le=0.5, allow_inf_nan=False)] = 0.035
    discount_rate_long: Annotated[float, Field(ge=0.0, le=0.5, allow_inf_nan=False)] = 0.025
    seed: int | None = Field(default=None, ge=0, le=2**63 - 1)
    cohort: Cohort
    intervention: Intervention
    outcomes: list[Outcome] = Field(min_length=1)
    unit_costs: list[UnitCost] = Field(default_factory=list)
    contract: Contract
    sources: Sources = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self):
        ids = [o.id for o in self.outcomes]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"outcome ids must be unique, repeated: {', '.join(dupes)}")
        cost_ids = [c.id for c in self.unit_costs]
        dupes = sorted({i for i in cost_ids if cost_ids.count(i) > 1})
        if dupes:
            raise ValueError(f"unit_costs ids must be unique, repeated: {', '.join(dupes)}")
        if len(self.cohort.intake) > self.horizon_years:
            raise ValueError(
                f"cohort.intake has {len(self.cohort.intake)} years but the horizon is "
                f"{self.horizon_years} years"
            )
        return self

    @property
    def participants(self) -> int:
        """N = Σ intake."""
        return int(sum(self.cohort.intake))
