"""The brief's summary ("Kort fortalt"): a few plain sentences a council member can read in a
minute — what the public sector, the kommune and the fund should expect (the mean of the draws)
and their chances of a gain or a loss, the central estimate beside the expected value where the
two differ materially, when the intervention would pay for itself, how much of the effect it
needs, and whether the rate card lies in the deal zone.

Forecasts are in the future or conditional tense; the simulations, which have been made, in the
present (docs/style-da.md).
"""

from __future__ import annotations

import math

import numpy as np

from sif_models.documents.brief.base import BriefBasis, differs
from sif_models.text.markdown import md_value


class Summary(BriefBasis):
    """The summary sentences."""

    def _central_note(
        self, key: str, draws: np.ndarray | None, central: float, decimals: int = 1
    ) -> str:
        """``; centralt skøn: …`` to add inside a sentence's brackets when the central estimate
        differs materially from the expected value, else ''."""
        if draws is None or not differs(draws, central):
            return ""
        return self.t(key, value=self.fmt.mio(central, decimals))

    def _public_sentence(self) -> str:
        f = self.case.figures
        years = self.proposal.horizon_years
        if self.risk is None:
            key = (
                "sum.public_gain_central" if f.public_net_pv_dkk >= 0 else "sum.public_loss_central"
            )
            return self.t(key, value=self.mio(abs(f.public_net_pv_dkk)), years=years)
        mean = self.mean_of("public_net_pv_dkk")
        central = self._central_note(
            "sum.central_in", self.draws_of("public_net_pv_dkk"), f.public_net_pv_dkk
        )
        key = "sum.public_gain" if mean >= 0 else "sum.public_loss"
        first = self.t(key, value=self.mio(abs(mean)), years=years, central=central)
        p = self.risk.probability("public_net_positive")
        second = self.chance_sentence(p, "sum.p_public", "sum.p_public.none", "sum.p_public.all")
        return f"{first} {second}"

    def _kommune_sentence(self) -> str:
        f = self.case.figures
        if self.risk is None:
            key = (
                "sum.kommune_gain_central"
                if f.kommune_net_pv_dkk >= 0
                else "sum.kommune_loss_central"
            )
            return self.t(key, value=self.mio(abs(f.kommune_net_pv_dkk)))
        mean = self.mean_of("kommune_net_pv_dkk")
        central = self._central_note(
            "sum.central_in", self.draws_of("kommune_net_pv_dkk"), f.kommune_net_pv_dkk
        )
        key = "sum.kommune_gain" if mean >= 0 else "sum.kommune_loss"
        first = self.t(key, value=self.mio(abs(mean)), central=central)
        p = self.risk.probability("kommune_net_positive")
        second = self.chance_sentence(p, "sum.p_kommune", "sum.p_kommune.none", "sum.p_kommune.all")
        return f"{first} {second}"

    def _break_even_sentence(self) -> str:
        bey = self.case.break_even_year
        last = self.last_year
        first = (
            self.t("sum.break_even", year=bey)
            if bey is not None
            else self.t("sum.no_break_even", last=last)
        )
        if self.risk is None:
            return first
        p = float(np.mean(np.isfinite(self.risk.break_even_year)))
        second = self.chance_sentence(
            p, "sum.be_share", "sum.be_share.none", "sum.be_share.all", last=last
        )
        return f"{first} {second}"

    def _switch_sentence(self) -> str | None:
        f = self.case.break_even_effect_share.value
        if f is None or not math.isfinite(f):
            return None
        if f >= 2.0:
            # "413 % af de antagne" is hard to picture; "4,1 gange så store" is not
            return self.t("sum.switch_times", times=self.fmt.number(f, 1))
        key = "sum.switch_less" if f <= 1.0 else "sum.switch_more"
        return self.t(key, share=self.pct(f, 0))

    def _fund_sentence(self) -> str | None:
        """What the fund puts in, is expected to get back and to net, and its chance of a loss."""
        if not self.fund_takes_part:
            return None
        money, central = self.fund_money(), self.fund_central()
        if self.risk is None:
            return self.t(
                "sum.fund_central", put=self.mio(central["put"]), back=self.mio(central["back"])
            )
        put, back, net = (float(np.mean(money[k])) for k in ("put", "back", "net"))
        d = _decimals_that_add_up(put, back, net)
        note = self._central_note("sum.central_back", money["back"], central["back"], d)
        key = "sum.fund_gain" if net > 0.5 else "sum.fund_loss" if net < -0.5 else "sum.fund_even"
        first = self.t(
            key,
            put=self.fmt.mio(put, d),
            back=self.fmt.mio(back, d),
            net=self.fmt.mio(abs(net), d),
            central=note,
        )
        p = self.risk.probability("fund_loss")
        second = self.chance_sentence(p, "sum.p_fund", "sum.p_fund.none", "sum.p_fund.all")
        return f"{first} {second}"

    def _deal_sentence(self) -> str:
        zone = self.deal
        if zone.empty:
            return self.t("sum.deal_empty")
        if zone.as_written_inside:
            return self.t("sum.deal_inside")
        if zone.m_low > 1.0:
            return self.t("sum.deal_below", m=self.fmt.number(zone.m_low, 2))
        return self.t("sum.deal_above", m=self.fmt.number(zone.m_high, 2))

    def summary_lines(self) -> list[str]:
        """The summary's sentences, one point each."""
        lines = [
            self._public_sentence(),
            self._kommune_sentence(),
            self._break_even_sentence(),
            self._switch_sentence(),
            self._fund_sentence(),
            self._deal_sentence(),
        ]
        return [line for line in lines if line]

    def summary_md(self) -> str:
        bullets = "\n".join(f"- {md_value(s)}" for s in self.summary_lines())
        return f"{self.heading_md('summary')}\n\n{bullets}"


def _decimals_that_add_up(put: float, back: float, net: float) -> int:
    """Decimals of millions at which what the fund puts in, gets back and nets add up as
    printed: a reader subtracts "4,0 mio. kr." minus "3,6 mio. kr." and expects 0,4, not 0,3.
    (A net under 50.000 kr. is printed in kroner, and one decimal stays.)

    >>> _decimals_that_add_up(3_612_699, 3_959_672, 346_973)
    2
    >>> _decimals_that_add_up(4_995_756, 4_269_472, -726_284)
    1
    """
    for d in (1, 2, 3):
        if abs(net) < 0.5 * 10 ** (6 - d):
            return d
        shown = round(back / 1e6, d) - round(put / 1e6, d)
        if math.isclose(shown, round(net / 1e6, d), abs_tol=0.5 * 10 ** -(d + 2)):
            return d
    return 3
