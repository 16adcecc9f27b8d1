"""The proposal file (docs/model.md §9) as pydantic models.

Field names are the contract of docs/model.md §9; a few optional fields are added for the briefs
(``ask``, ``description``, ``status``, ``seed``, ``discount_rate_long``, ``guarantor`` and the
``sources`` maps that say where each assumption comes from). Unknown fields are errors, so a typo
in a proposal never passes silently.

Use :func:`sif_models.load_proposal` to read a file; it turns pydantic's errors into
:class:`sif_models.errors.Problem` lines that name the file, the field and the problem.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

from sif_models.inputs.contract_terms import (  # noqa: F401  (re-exported)
    OUTCOME_PAYERS_DEFAULT,
    Contract,
    Financier,
    OutcomePayer,
    TransactionCost,
    UnitCost,
)
from sif_models.inputs.fields import (  # noqa: F401  (re-exported: the schema's vocabulary)
    MAX_DKK,
    MAX_INTAKE_PER_YEAR,
    MAX_QUANTITY,
    MAX_TRIALS,
    PAYERS,
    SHARE_TOLERANCE,
    SLUG_PATTERN,
    SOURCES_DESCRIPTION,
    Correlation,
    Money,
    PayerShares,
    Quantity,
    Rate,
    Slug,
    Sources,
    SourceText,
    Text,
    Translated,
    Year,
    _Block,
    described,
    text_in,
)
from sif_models.inputs.limits import MAX_CONSEQUENCES, MAX_OUTCOMES, MAX_UNIT_COSTS
from sif_models.inputs.uncertainty import beta_problem


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
    """Trial evidence for a success rate: a Beta centred on ``success_rate`` with concentration
    trials + 2 (docs/model.md §6 v2)."""

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
    """Units of one catalogue cost that one additional success avoids per year; a negative
    quantity is a cost the success adds (docs/model.md §3 v2)."""

    cost: Slug = described(description="Id of a unit cost (the catalogue or the proposal's own)")
    quantity_per_year: Quantity = described(
        description="Units of that cost one additional success avoids per year; negative for "
        "units it adds (e.g. −1 year of support in one's own home); at most 1,000,000 either way",
        unit="units per year",
    )
    source: SourceText | None = described(None, description="Where the quantity comes from")


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
    payment_threshold_rate: Rate = described(
        0.0,
        description="Nothing is paid for this outcome unless its success rate reaches this share "
        "(0: no threshold)",
        unit="share",
        label=("Betalingstærskel (succesrate)", "Payment threshold (success rate)"),
        show="percent_if_set",
    )
    consequences: list[Consequence] = described(
        default_factory=list,
        description="The costs one additional success avoids (or, negative, adds) each year",
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
        trials = self.success_evidence.trials if self.success_evidence is not None else None
        interval = tuple(self.success_interval) if self.success_interval is not None else None
        problem = beta_problem(self.success_rate, interval, trials)
        if problem:
            raise ValueError(problem)
        return self


class Proposal(_Block):
    """A proposal for the council: the whole input of one business case (docs/model.md §9)."""

    id: Slug = described(description="The proposal's id, also the file name of its briefs")
    title: Text = described(description="The proposal's title")
    title_en: Text | None = described(
        None, description="The title in English (English documents; default: the title)"
    )
    target_group: Text = described(description="Who the intervention is for")
    target_group_en: Text | None = described(
        None, description="The target group in English (default: the target group)"
    )
    ask: Text | None = described(None, description="What the council is asked to decide")
    ask_en: Text | None = described(None, description="The ask in English (default: the ask)")
    description: Text | None = described(
        None, description="A short description of the intervention"
    )
    description_en: Text | None = described(
        None, description="The description in English (default: the description)"
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
    success_correlation: Correlation = described(
        0.5,
        description="How closely the outcomes' success rates move together in the Monte Carlo "
        "(a Gaussian copula; 0 = independently, below 1)",
        unit="share",
        label=(
            "Samvariation mellem effekternes succesrater",
            "Correlation between the outcomes' success rates",
        ),
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

    def text_in(self, name: str, lang: str) -> str | None:
        """``title``, ``target_group``, ``ask`` or ``description`` in the reader's language
        (the ``_en`` field in an English document where the file has one; see
        :func:`~sif_models.inputs.fields.text_in`)."""
        if name not in FREE_TEXT_FIELDS:
            raise ValueError(f"not a free-text field: {name!r}")
        return text_in(self, name, lang)

    def quoted_in_danish(self, lang: str) -> bool:
        """True when an English document must quote some of the proposal's own words in
        Danish (a free-text field without its ``_en`` twin)."""
        return lang == "en" and any(
            getattr(self, name) and not getattr(self, f"{name}_en") for name in FREE_TEXT_FIELDS
        )


# The proposal's own words, each with an optional English twin (``<name>_en``).
FREE_TEXT_FIELDS = ("title", "target_group", "ask", "description")
