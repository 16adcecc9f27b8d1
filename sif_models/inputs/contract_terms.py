"""The contract's terms and the unit costs of a proposal (docs/model.md §3, §4, §9) as pydantic
models: :class:`UnitCost`, :class:`Financier`, :class:`OutcomePayer`, :class:`TransactionCost`
and :class:`Contract`. :mod:`sif_models.inputs.schema` puts them into the whole proposal and
re-exports them.
"""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import Field, model_validator

from sif_models.inputs.fields import (
    PAYERS,
    SHARE_TOLERANCE,
    SOURCES_DESCRIPTION,
    Money,
    PayerShares,
    Rate,
    Slug,
    Sources,
    SourceText,
    Text,
    Year,
    _Block,
    described,
)
from sif_models.inputs.limits import MAX_FINANCIERS, MAX_OUTCOME_PAYERS, MAX_TRANSACTION_COSTS


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
    payer: Literal["kommune", "region", "stat"] | None = described(
        None, description="Who bears the cost: kommune, region or stat (or give payer_shares)"
    )
    payer_shares: PayerShares | None = described(
        None,
        description="Instead of payer: the share each payer bears, summing to 1, e.g. "
        "{kommune: 0.8, stat: 0.2} for a kommune cost after the state's reimbursement",
        unit="share",
    )
    budget_area: Text | None = described(
        None,
        description="The kommune's budget area (magistratsafdeling) that spends the money, e.g. "
        "Sociale Forhold og Beskæftigelse; concerns the kommune's share only",
    )
    cashable: bool = described(
        True,
        description="Whether a saving on it is cash that can leave a budget (true) or freed "
        "capacity only (false, e.g. staff time); concerns the kommune's share only",
    )
    range: Rate | None = described(
        None, description="± share of the price for the Monte Carlo (uniform)", unit="share"
    )
    source: SourceText = described(description="Where the price comes from")

    @model_validator(mode="after")
    def _one_payer(self):
        if (self.payer is None) == (self.payer_shares is None):
            both = "not both" if self.payer is not None else "one of them is required"
            raise ValueError(f"give payer or payer_shares, {both}")
        return self

    def shares(self) -> tuple[float, float, float]:
        """share_P of this cost for P = kommune, region, stat (docs/model.md §3).

        >>> UnitCost(id="x", label="X", unit="year", price_dkk=1.0, price_year=2021,
        ...          payer_shares={"kommune": 0.8, "stat": 0.2}, source="example").shares()
        (0.8, 0.0, 0.2)
        """
        if self.payer_shares is not None:
            return tuple(float(self.payer_shares.get(p, 0.0)) for p in PAYERS)
        return tuple(1.0 if p == self.payer else 0.0 for p in PAYERS)


class Financier(_Block):
    """One financier and its share of the capital (docs/model.md §4)."""

    name: Text = described(description="The financier's name")
    role: Literal["fund", "investor"] = described(
        "investor", description="fund: the council's own fund; investor: anyone else"
    )
    share: Rate = described(description="Share of the capital this financier puts in", unit="share")


class OutcomePayer(_Block):
    """Who pays the outcome payments, and what share (docs/model.md §4 v2)."""

    name: Text = described(description="The payer's name, e.g. Den Sociale Investeringsfond")
    payer: Literal["kommune", "region", "stat"] = described(
        description="The payer's type: kommune, region or stat"
    )
    share: Rate = described(description="Share of the outcome payments it pays", unit="share")


class TransactionCost(_Block):
    """A cost of setting up or running the contract that the provider's price does not cover:
    legal work, the evaluation, validating outcomes (docs/model.md §4 v2)."""

    label: Text = described(description="What the cost is for")
    label_en: Text | None = described(
        None, description="The label in English documents (default: the label)"
    )
    dkk: Money = described(description="The cost", unit="DKK")
    year: int = described(
        0,
        description="Contract year in which it is paid (0 = the first); a year at or after the "
        "horizon is not counted",
        unit="contract year",
        ge=0,
        le=200,
    )
    borne_by: Literal["kommune", "fund"] = described(
        description="Who pays it: the kommune or the fund"
    )
    source: SourceText | None = described(None, description="Where the amount comes from")


OUTCOME_PAYERS_DEFAULT = (OutcomePayer(name="Kommunen", payer="kommune", share=1.0),)


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
    outcome_payers: (
        Annotated[list[OutcomePayer], Field(min_length=1, max_length=MAX_OUTCOME_PAYERS)] | None
    ) = described(
        None,
        description="Who pays the outcome payments, with their shares (summing to 1); "
        "default: the kommune alone",
    )
    transaction_costs: list[TransactionCost] = described(
        default_factory=list,
        description="Costs of setting up and running the contract that the provider's price "
        "does not cover (legal work, evaluation, validating outcomes)",
        max_length=MAX_TRANSACTION_COSTS,
    )
    sources: Sources = described(default_factory=dict, description=SOURCES_DESCRIPTION)

    @model_validator(mode="after")
    def _shares(self):
        total = sum(f.share for f in self.financing)
        if abs(total - 1.0) > SHARE_TOLERANCE:
            raise ValueError(f"financing shares must sum to 1, got {total:g}")
        names = [f.name for f in self.financing]
        if len(set(names)) != len(names):
            raise ValueError("financier names must be unique")
        if self.outcome_payers is not None:
            total = sum(p.share for p in self.outcome_payers)
            if abs(total - 1.0) > SHARE_TOLERANCE:
                raise ValueError(f"outcome_payers shares must sum to 1, got {total:g}")
            names = [p.name for p in self.outcome_payers]
            if len(set(names)) != len(names):
                raise ValueError("outcome payer names must be unique")
        return self

    def payers(self) -> tuple[OutcomePayer, ...]:
        """The outcome payers: as given, or the kommune alone (docs/model.md §4 v2)."""
        return tuple(self.outcome_payers) if self.outcome_payers else OUTCOME_PAYERS_DEFAULT

    def payer_shares(self) -> tuple[float, float, float]:
        """The share of the outcome payments each payer type pays: kommune, region, stat.

        >>> c = Contract(financing=[{"name": "F", "role": "fund", "share": 1.0}])
        >>> c.payer_shares()
        (1.0, 0.0, 0.0)
        """
        return tuple(
            math.fsum(p.share for p in self.payers() if p.payer == kind) for kind in PAYERS
        )
