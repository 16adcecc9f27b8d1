"""How one proposal on a meeting's agenda stands, in the council's words, for the overview: its
expected figures (the mean over its Monte Carlo draws, docs/model.md §6), whether the rate card
as written lies inside its deal zone and the input most worth learning about before deciding
(docs/model.md §10), and why a case is weak.

Both decision tools reuse the case's own draws (:meth:`BusinessCase.deal_zone`,
:meth:`BusinessCase.value_of_information`), so the overview adds no Monte Carlo of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sif_models.case.business_case import BusinessCase
from sif_models.documents.common import chance
from sif_models.risk.deal import M_MAX, DealZone
from sif_models.risk.voi import ValueOfInformation
from sif_models.text.decisions import empty_zone_text
from sif_models.text.formatting import dkk, mio, number
from sif_models.text.labels import text

WEAK_FUND_LOSS = 0.5  # a chance of loss for the fund at or above this flags a weak case
NO_VALUE_DKK = 1.0  # an EVPPI below one krone: knowing more would not change the decision


def money(value: float, lang: str) -> str:
    """An amount as the overview's sentences write it: millions from one million, else whole
    thousands of kroner."""
    if abs(value) >= 1e6:
        return mio(value, lang)
    return dkk(round(value, -3), lang)


def capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class Assessment:
    """One proposal's case, its deal zone and its value of information (public perspective)."""

    case: BusinessCase
    deal: DealZone
    voi: ValueOfInformation

    @classmethod
    def of(cls, case: BusinessCase) -> Assessment:
        return cls(case, case.deal_zone(), case.value_of_information()["public"])

    @property
    def drawn(self) -> bool:
        return self.case.risk is not None

    def mean(self, name: str) -> float:
        """A figure of :class:`~sif_models.model.figures.Figures`: its mean over the draws
        (expected), or its central value when the case has no draws."""
        if self.case.risk is None:
            return float(getattr(self.case.figures, name))
        return float(np.mean(getattr(self.case.risk.figures, name)))

    def central(self, name: str) -> float:
        return float(getattr(self.case.figures, name))

    def fund_back(self, central: bool = False) -> float:
        """What the fund gets back: its share of what the financiers receive plus the savings
        returned to it (undiscounted; expected, or central)."""
        get = self.central if central or not self.drawn else self.mean
        share = self.case.inputs.fund_share
        return share * get("financiers_received_dkk") + get("to_fund_dkk")

    def chance_of(self, event: str) -> float | None:
        """P(event) over the draws (:meth:`Risk.probability`); None without draws."""
        return None if self.case.risk is None else self.case.risk.probability(event)

    # ------------------------------------------------------------------ words
    def deal_words(self, lang: str) -> str:
        """Whether the rate card as written lies inside the deal zone, and where the zone is."""
        z = self.deal
        if z.empty:
            reason = empty_zone_text(z.empty_reason, lang, z.m_low, z.m_high, M_MAX)
            return text("meet.deal.empty", lang, reason=reason)
        low, high = number(z.m_low, 2, lang), number(z.m_high, 2, lang)
        if z.as_written_inside:
            if z.m_high >= M_MAX:
                return text("meet.deal.inside_open", lang, low=low)
            return text("meet.deal.inside", lang, low=low, high=high)
        if z.m_low > 1.0:
            return text("meet.deal.below", lang, low=low)
        return text("meet.deal.above", lang, high=high)

    def input_words(self, key: str, lang: str) -> str:
        """An uncertain input (``success_rate:<outcome>``, ``intervention_cost``,
        ``unit_cost:<cost>``) in the council's words, in ``lang``."""
        kind, _, name = key.partition(":")
        if kind == "success_rate":
            for o in self.case.proposal.outcomes:
                if o.id == name:
                    label = (o.label_en or o.label) if lang == "en" else o.label
                    return text("meet.voi.success_rate", lang, outcome=label)
        if kind == "unit_cost":
            cost = self.case.inputs.costs.get(name)
            item = cost.item if cost is not None else None
            if item is not None:
                label = item.label_en if lang == "en" else item.label_da
                return text("meet.voi.unit_cost", lang, item=label)
            return text("meet.voi.unit_cost", lang, item=name)
        return text("meet.voi.cost", lang)

    def top_input_words(self, lang: str) -> str:
        """The input most worth learning about before deciding (largest EVPPI) and its value."""
        if not self.drawn:
            return text("meet.voi.no_draws", lang)
        if not self.voi.inputs or self.voi.inputs[0][2] < NO_VALUE_DKK:
            return text("meet.voi.none", lang)
        key, _, value = self.voi.inputs[0]
        words = self.input_words(key, lang)
        return capitalised(text("meet.voi.top", lang, input=words, value=money(value, lang)))

    def weak_reasons(self, lang: str) -> list[str]:
        """Why the case is weak, one sentence each (none: it is not flagged): the fund's chance
        of loss is at least :data:`WEAK_FUND_LOSS`, the public is expected to lose, or no rate
        card could make both sides whole."""
        out = []
        p = self.chance_of("fund_loss")
        if p is not None and p >= WEAK_FUND_LOSS:
            out.append(text("meet.weak.fund_loss", lang, p=chance(p, lang)))
        public = self.mean("public_net_pv_dkk")
        if public < 0:
            key = "meet.weak.public_loss" if self.drawn else "meet.weak.public_loss_central"
            out.append(text(key, lang, amount=money(-public, lang)))
        if self.deal.empty:
            out.append(text("meet.weak.no_deal", lang))
        return out


__all__ = ["WEAK_FUND_LOSS", "Assessment", "money"]
