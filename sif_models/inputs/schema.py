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
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticUndefined

from sif_models.inputs.limits import (
    MAX_CONSEQUENCES,
    MAX_FINANCIERS,
    MAX_OUTCOMES,
    MAX_UNIT_COSTS,
)

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
SOURCES_DESCRIPTION = (
    "Where each value of this block comes from: field name → source text "
    "(a publication, or 'assumption: …' for the analyst's own)"
)


def described(
    default: Any = PydanticUndefined,
    *,
    description: str,
    unit: str | None = None,
    label: tuple[str, str] | None = None,
    show: str | None = None,
    **constraints: Any,
) -> Any:
    """A pydantic ``Field`` that describes its input once, for everything that shows it.

    ``description`` (English) reaches ``sif schema`` and editors; ``unit`` says what the number
    counts (``DKK``, ``share``, ``years``, …); ``label`` is the (Danish, English) name of an
    assumption that the brief's assumptions table lists, and ``show`` names how the table shows
    its value (a formatter of :mod:`sif_models.documents.assumptions`; default: by ``unit``).
    A field with a ``label`` appears in the table in the order of the schema.

    Examples
    --------
    >>> info = Proposal.model_fields["discount_rate"]
    >>> info.json_schema_extra["label"]["da"], info.json_schema_extra["unit"]
    ('Diskonteringsrente', 'share per year')
    """
    extra: dict[str, Any] = {}
    if unit is not None:
        extra["unit"] = unit
    if label is not None:
        extra["label"] = {"da": label[0], "en": label[1]}
    if show is not None:
        extra["show"] = show
    return Field(default, description=description, json_schema_extra=extra or None, **constraints)


def assumption_fields(model: type[BaseModel]) -> list[tuple[str, dict[str, Any]]]:
    """The fields of ``model`` that the assumptions table lists: (name, metadata), in order.

    >>> [name for name, _ in assumption_fields(Contract)][:2]
    ['pay_for', 'payment_cap_dkk']
    """
    out = []
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and "label" in extra:
            out.append((name, extra))
    return out


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

    intake: list[Annotated[int, Field(ge=0, le=MAX_INTAKE_PER_YEAR)]] = described(
        description="Citizens who start in each contract year: intake[i] start in year i",
        unit="participants per year",
        label=("Nye deltagere pr. år", "New participants per year"),
        show="intake",
        min_length=1,
    )
    sources: Sources = described(default_factory=dict, description=SOURCES_DESCRIPTION)

    @model_validator(mode="after")
    def _someone(self):
        if sum(self.intake) <= 0:
            raise ValueError("intake must hold at least one participant")
        return self


class Intervention(_Block):
    """What the provider is paid, whatever the outcome (docs/model.md §2)."""

    cost_per_participant_dkk: Money = described(
        description="What the provider is paid per starter, spread evenly over delivery_years",
        unit="DKK",
        label=("Udgift pr. deltager", "Cost per participant"),
        show="dkk_with_range",
    )
    delivery_years: int = described(
        1,
        description="Years over which each starter's cost is spread, from the start year",
        unit="years",
        label=("Indsatsen varer", "Delivery period"),
        ge=1,
        le=70,
    )
    fixed_cost_dkk_per_year: Money = described(
        0.0,
        description="Fixed cost a year (project management, evaluation) in years 0 … "
        "fixed_cost_years − 1",
        unit="DKK per year",
        label=("Faste udgifter pr. år", "Fixed cost per year"),
        show="fixed_cost",
    )
    fixed_cost_years: int = described(
        0, description="Years with the fixed cost, from year 0", unit="years", ge=0, le=70
    )
    range: Rate | None = described(
        None,
        description="± share of the intervention cost for the Monte Carlo (uniform)",
        unit="share",
    )
    sources: Sources = described(default_factory=dict, description=SOURCES_DESCRIPTION)


class Evidence(_Block):
    """Trial evidence for a success rate: Beta(1 + successes, 1 + failures)."""

    successes: int = described(
        description="Participants in a trial who reached the outcome",
        unit="participants",
        ge=0,
        le=MAX_TRIALS,
    )
    trials: int = described(
        description="Participants in the trial", unit="participants", ge=1, le=MAX_TRIALS
    )

    @model_validator(mode="after")
    def _not_more_than_trials(self):
        if self.successes > self.trials:
            raise ValueError(f"successes ({self.successes}) cannot exceed trials ({self.trials})")
        return self


class Consequence(_Block):
    """Units of one catalogue cost that one additional success avoids per year."""

    cost: Slug = described(description="Id of a unit cost (the catalogue or the proposal's own)")
    quantity_per_year: Quantity = described(
        description="Units of that cost one additional success avoids per year",
        unit="units per year",
    )
    source: Text | None = described(None, description="Where the quantity comes from")


class Outcome(_Block):
    """One outcome of the contract (docs/model.md §3)."""

    id: Slug = described(description="The outcome's id: lowercase letters, digits and hyphens")
    label: Text = described(description="The outcome's name in Danish, as the brief shows it")
    label_en: Text | None = described(None, description="The outcome's name in English")
    baseline_rate: Rate = described(
        description="Share of starters who reach the outcome without the intervention "
        "(the counterfactual, deadweight)",
        unit="share",
        label=(
            "Andel der når målet uden indsatsen (basisalternativ)",
            "Share reaching the outcome without the intervention (baseline)",
        ),
    )
    success_rate: Rate = described(
        description="Share of starters who reach the outcome with the intervention: the "
        "central value, also the mean of its distribution",
        unit="share",
        label=(
            "Andel der når målet med indsatsen",
            "Share reaching the outcome with the intervention",
        ),
        show="success_rate",
    )
    success_interval: list[Rate] | None = described(
        None,
        description="90 % interval [low, high] of the success rate (its uncertainty)",
        unit="share",
        min_length=2,
        max_length=2,
    )
    success_evidence: Evidence | None = described(
        None, description="Trial evidence for the success rate (instead of an interval)"
    )
    lag_years: int = described(
        1,
        description="Years from start to the outcome's measurement point",
        unit="years",
        label=("Tid fra start til målt effekt", "Time from start to outcome"),
        ge=0,
        le=70,
    )
    persistence_years: int = described(
        1,
        description="Years the avoided costs last from the outcome year",
        unit="years",
        label=("Effekten varer", "The effect lasts"),
        ge=0,
        le=70,
    )
    annual_decay: Rate = described(
        0.0,
        description="Share by which the avoided costs fall each year",
        unit="share per year",
        label=("Effekten aftager pr. år", "Annual decay of the effect"),
        show="percent_if_set",
    )
    price_dkk: Money = described(
        0.0,
        description="The outcome payment per verified outcome (the rate card)",
        unit="DKK",
        label=("Resultatbetaling pr. verificeret udfald", "Outcome payment per verified outcome"),
    )
    consequences: list[Consequence] = described(
        default_factory=list,
        description="The costs one additional success avoids each year",
        max_length=MAX_CONSEQUENCES,
        label=(
            "Undgår pr. ekstra borger pr. år: {label}",
            "Avoided per additional citizen per year: {label}",
        ),
        show="consequences",
    )
    sources: Sources = described(default_factory=dict, description=SOURCES_DESCRIPTION)

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

    id: Slug = described(description="The cost's id, used by consequences")
    label: Text = described(description="The cost's name in Danish")
    label_en: Text | None = described(None, description="The cost's name in English")
    unit: Text = described(description="What one unit is (year, night, month, …)")
    price_dkk: Money = described(description="Price of one unit", unit="DKK")
    price_year: Year = described(
        description="The price level of price_dkk (converted with the price index)",
        unit="calendar year",
    )
    payer: Literal["kommune", "region", "stat"]
    range: Rate | None = described(
        None, description="± share of the price for the Monte Carlo (uniform)", unit="share"
    )
    source: Text = described(description="Where the price comes from")


class Financier(_Block):
    """One financier and its share of the capital (docs/model.md §4)."""

    name: Text = described(description="The financier's name")
    role: Literal["fund", "investor"] = described(
        "investor", description="fund: the council's own fund; investor: anyone else"
    )
    share: Rate = described(description="Share of the capital this financier puts in", unit="share")


class Contract(_Block):
    """The outcome contract (docs/model.md §4)."""

    pay_for: Literal["all", "above_baseline"] = described(
        "above_baseline",
        description="Pay for every verified outcome (all) or only those above the baseline",
        label=("Der betales for", "Payment is for"),
        show="pay_for",
    )
    payment_cap_dkk: Money | None = described(
        None,
        description="Cap on the outcome payments due, over all years",
        unit="DKK",
        label=("Loft over resultatbetalinger", "Cap on outcome payments"),
        show="dkk_or_none",
    )
    return_cap_rate: Rate | None = described(
        None,
        description="Cap on the financiers' return a year (the return cap account)",
        unit="share per year",
        label=("Loft over finansierernes afkast", "Cap on the financiers' return"),
        show="return_cap",
    )
    guarantee_dkk: Money = described(
        0.0,
        description="Deficit guarantee: the guarantor covers a shortfall up to this at the horizon",
        unit="DKK",
        label=("Underskudsgaranti", "Deficit guarantee"),
        show="guarantee",
    )
    guarantor: Text | None = described(None, description="Who gives the deficit guarantee")
    savings_share_to_fund: Rate = described(
        0.0,
        description="Share of the kommune's yearly net gain returned to the fund",
        unit="share",
        label=(
            "Andel af kommunens besparelse til fonden",
            "Share of the municipality's savings to the fund",
        ),
        show="percent0",
    )
    financing: list[Financier] = described(
        description="Who puts in the capital, with their shares (summing to 1)",
        label=("Finansiering", "Financing"),
        show="financing",
        min_length=1,
        max_length=MAX_FINANCIERS,
    )
    sources: Sources = described(default_factory=dict, description=SOURCES_DESCRIPTION)

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

    id: Slug = described(description="The proposal's id, also the file name of its briefs")
    title: Text = described(description="The proposal's title")
    target_group: Text = described(description="Who the intervention is for")
    ask: Text | None = described(None, description="What the council is asked to decide")
    description: Text | None = described(
        None, description="A short description of the intervention"
    )
    partners: list[Text] = described(
        default_factory=list,
        description="The partners: the provider, investors, the kommune's departments",
        max_length=20,
    )
    status: Literal["proposal", "approved", "running", "ended", "rejected"] = described(
        "proposal", description="Where the proposal stands with the council"
    )
    start_year: Year = described(
        description="Calendar year of contract year 0", unit="calendar year"
    )
    horizon_years: int = described(
        10,
        description="Contract years in the case (H); nothing after year H − 1 is counted",
        unit="years",
        label=("Tidshorisont", "Horizon"),
        show="horizon",
        ge=1,
        le=70,
    )
    price_year: Year = described(
        description="The price level of every amount in the proposal",
        unit="calendar year",
        label=("Prisniveau", "Price level"),
        show="price_year",
    )
    discount_rate: Annotated[float, Field(ge=0.0, le=0.5, allow_inf_nan=False)] = described(
        0.035,
        description="Real discount rate a year for years 0–35 (the Finance Ministry's 3.5 %)",
        unit="share per year",
        label=("Diskonteringsrente", "Discount rate"),
        show="discount_rate",
    )
    discount_rate_long: Annotated[float, Field(ge=0.0, le=0.5, allow_inf_nan=False)] = described(
        0.025, description="Discount rate a year after year 35", unit="share per year"
    )
    seed: int | None = described(
        None, description="Random seed of the Monte Carlo (default: sif's)", ge=0, le=2**63 - 1
    )
    cohort: Cohort = described(description="Who starts when")
    intervention: Intervention = described(description="What the provider is paid")
    outcomes: list[Outcome] = described(
        description="The outcomes of the contract", min_length=1, max_length=MAX_OUTCOMES
    )
    unit_costs: list[UnitCost] = described(
        default_factory=list,
        description="Unit costs that add to or override the catalogue",
        max_length=MAX_UNIT_COSTS,
    )
    contract: Contract = described(description="The outcome contract")
    sources: Sources = described(default_factory=dict, description=SOURCES_DESCRIPTION)

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
