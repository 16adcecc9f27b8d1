"""The decision tools in the brief (docs/model.md §10): the deal zone ("Forhandlingsrum"), the
financing with or without an external investor, and what is worth knowing before deciding (the
value of information). The numbers are the case's own (:meth:`BusinessCase.deal_zone`,
:meth:`~BusinessCase.structures`, :meth:`~BusinessCase.value_of_information`), on the same Monte
Carlo draws as the rest of the brief; the words are the label tables' and
:mod:`sif_models.text.decisions`'."""

from __future__ import annotations

import math

import pandas as pd

from sif_models.documents.assumptions import exact_share
from sif_models.documents.brief.base import BriefBasis
from sif_models.risk.deal import EMPTY_KOMMUNE, M_MAX
from sif_models.risk.structures import AS_WRITTEN, FUND_ALONE
from sif_models.text.decisions import VOI_METHOD, empty_zone_text, structure_name
from sif_models.text.markdown import NBSP, escape_md, md_table, md_value


class Decisions(BriefBasis):
    """Deal zone, financing structures, value of information."""

    # ------------------------------------------------------------------ the deal zone
    def _end_name(self, m: float) -> str:
        zone = self.deal
        if math.isclose(m, 1.0):
            return self.t("deal.col.as_written")
        if zone.empty:
            return self.t("deal.col.high")
        if zone.m_low is not None and math.isclose(m, zone.m_low):
            return self.t("deal.col.low")
        if math.isclose(m, M_MAX):
            return self.t("deal.col.searched")
        return self.t("deal.col.high")

    def deal_table(self) -> pd.DataFrame:
        """Both sides at the ends of the deal zone and at the rate card as written: the factor,
        the price per outcome, each side's expectation and the chances (docs/model.md §10)."""
        zone = self.deal
        points = sorted({round(p.m, 9): p for p in zone.ends}.values(), key=lambda p: p.m)
        inp = self.case.inputs
        hurdle = self.pct(zone.hurdle_rate)
        rows: list[list[str]] = [[self.t("deal.row.factor")] + [self.ratio(p.m) for p in points]]
        for k, oid in enumerate(inp.outcome_ids):
            label = self.t("deal.row.price", label=self.outcome_label(k))
            rows.append([label] + [self.money(zone.prices_at(p.m)[oid]) for p in points])
        rows += [
            [self.t("deal.row.kommune")] + [self.money(p.kommune_net_pv_dkk) for p in points],
            [self.t("deal.row.financiers", hurdle=hurdle)]
            + [self.money(p.financiers_npv_dkk) for p in points],
            [self.t("deal.row.p_kommune")] + [self.chance(p.p_kommune_gain) for p in points],
            [self.t("deal.row.p_financiers")] + [self.chance(p.p_financiers_loss) for p in points],
        ]
        cols = [self.t("deal.col.what")] + [self._end_name(p.m) for p in points]
        return pd.DataFrame(rows, columns=cols)

    def _zone_words(self) -> list[str]:
        """Where the zone lies and where the rate card as written lies, in sentences."""
        zone = self.deal
        if zone.empty:
            why = empty_zone_text(
                zone.empty_reason, self.lang, m_low=zone.m_low, m_high=zone.m_high, m_max=M_MAX
            )
            return [self.t("deal.empty", why=why), self._levers()]
        low = self.ratio(zone.m_low)
        if zone.m_high >= M_MAX - 1e-9:
            words = [self.t("deal.zone_open", low=low, max=self.fmt.number(M_MAX))]
        else:
            words = [self.t("deal.zone", low=low, high=self.ratio(zone.m_high))]
        if zone.as_written_inside:
            words.append(self.t("deal.inside"))
        elif zone.m_low > 1.0:
            words.append(self.t("deal.below"))
        else:
            words.append(self.t("deal.above"))
        return words

    def _levers(self) -> str:
        """What would open an empty zone: a guarantee or grant to the financiers of about the
        shortfall, a lower required return, or (when the kommune loses whatever it pays) a
        larger effect or a cheaper intervention."""
        zone = self.deal
        levers = []
        if zone.financiers_shortfall_dkk is not None and zone.financiers_shortfall_dkk > 0:
            levers.append(
                self.t("deal.lever.guarantee", value=self.mio(zone.financiers_shortfall_dkk))
            )
        h = zone.hurdle_that_opens
        if h is not None:
            key = "deal.lever.hurdle" if h >= 0 else "deal.lever.hurdle_negative"
            levers.append(self.t(key, rate=self.pct(h), now=self.pct(zone.hurdle_rate)))
        if zone.empty_reason == EMPTY_KOMMUNE or not levers:
            levers.append(self.t("deal.lever.effect"))
        joined = (
            levers[0]
            if len(levers) == 1
            else self.t("deal.lever.or", first=", ".join(levers[:-1]), last=levers[-1])
        )
        return self.t("deal.levers", levers=joined)

    def deal_md(self) -> str:
        """The deal-zone section: what it is, where it lies, the table, the chart (displayed by
        the notebook after this), and for an empty zone why and what would open it."""
        zone = self.deal
        table = self.deal_table()
        intro = self.t(
            "deal.intro",
            rate=self.pct(self.proposal.discount_rate),
            hurdle=self.pct(zone.hurdle_rate),
        )
        # a row's name may hold a figure ("afkastkrav 3,5 %"): it keeps its unit on its line
        # (pandoc reads an escaped space as a no-break space)
        first = table.columns[0]
        table[first] = [md_value(v).replace(NBSP, "\\ ") for v in table[first]]
        align = "l" + "r" * (table.shape[1] - 1)
        return "\n\n".join(
            [
                self.heading_md("deal"),
                md_value(intro),
                md_value(" ".join(self._zone_words())),
                md_table(table, align, values=set(table.columns[1:]), raw={first}),
            ]
        )

    # ------------------------------------------------------------------ financing structures
    def structures_table(self) -> pd.DataFrame:
        """The fund's share, its capital at risk, its expected net and chance of a loss, and the
        kommune's expected net, for each way of financing (docs/model.md §10)."""
        structures = self.financing_structures
        alone = structures[0].fund_share >= 1.0
        if alone:  # as proposed is the fund alone: one column
            structures = [s for s in structures if s.name != FUND_ALONE]
        kind = "expected" if self.risk is not None else "central"
        rows = [
            [self.t("st.row.share")] + [exact_share(s.fund_share, self.lang) for s in structures],
            [self.t("st.row.capital")] + [self.money(s.fund_capital_dkk) for s in structures],
            [self.t(f"st.row.fund_net.{kind}")]
            + [self.money(s.fund_net_mean_dkk) for s in structures],
        ]
        if self.risk is not None:
            rows.append(
                [self.t("st.row.p_loss")] + [self.chance(s.p_fund_loss) for s in structures]
            )
        rows.append(
            [self.t(f"st.row.kommune.{kind}")]
            + [self.money(s.kommune_net_mean_pv_dkk) for s in structures]
        )
        names = [
            self.t("st.as_written_alone")
            if (alone and s.name == AS_WRITTEN)
            else structure_name(s.name, self.lang)
            for s in structures
        ]
        return pd.DataFrame(rows, columns=[self.t("st.col.what"), *names])

    def structures_md(self) -> str:
        table = self.structures_table()
        return "\n\n".join(
            [
                self.heading_md("structures", 3),
                md_table(table, "l" + "r" * (table.shape[1] - 1), values=set(table.columns[1:])),
                escape_md(self.t("st.note")),
            ]
        )

    # ------------------------------------------------------------------ value of information
    def information_table(self) -> pd.DataFrame:
        """The uncertain inputs worth something to know (EVPPI of at least half a krone for the
        public sector or the kommune), ranked by the public EVPPI, the kommune's beside it."""
        voi = self.information
        kommune = {key: value for key, _, value in voi["kommune"].inputs}
        rows = [
            (self.input_label(key), self.money(value), self.money(kommune.get(key, 0.0)))
            for key, _, value in voi["public"].inputs
            if max(value, kommune.get(key, 0.0)) >= 0.5
        ]
        return pd.DataFrame(
            rows,
            columns=[self.t("voi.col.input"), self.t("voi.col.public"), self.t("voi.col.kommune")],
        )

    def _worthless(self) -> list[str]:
        """The uncertain inputs whose EVPPI is nothing from either point of view."""
        voi = self.information
        kommune = {key: value for key, _, value in voi["kommune"].inputs}
        return [
            self.input_label(key, in_sentence=True)
            for key, _, value in voi["public"].inputs
            if max(value, kommune.get(key, 0.0)) < 0.5
        ]

    def _information_words(self) -> list[str]:
        voi = self.information
        public, kommune = voi["public"], voi["kommune"]
        words = [
            self.t(
                "voi.evpi",
                public=self.money(public.evpi_dkk),
                kommune=self.money(kommune.evpi_dkk),
            )
        ]
        if public.evpi_dkk < 0.5 and kommune.evpi_dkk < 0.5:
            p = self.risk.probability("public_net_positive")
            key = (
                "voi.nothing_gain" if p >= 1.0 else "voi.nothing_loss" if p <= 0 else "voi.nothing"
            )
            words.append(self.t(key))
            return words
        best = public.inputs[0] if public.inputs else None
        if best is not None and best[2] >= 0.5:
            words.append(
                self.t(
                    "voi.best",
                    label=self.input_label(best[0], in_sentence=True),
                    value=self.money(best[2]),
                )
            )
        return words

    def information_md(self) -> str:
        """What is worth knowing before deciding: EVPI, the inputs ranked by EVPPI, the method."""
        parts = [self.heading_md("information")]
        if self.risk is None:
            return "\n\n".join(parts + [escape_md(self.t("voi.no_draws"))])
        table = self.information_table()
        parts += [escape_md(self.t("voi.intro")), md_value(" ".join(self._information_words()))]
        if not table.empty:
            parts.append(md_table(table, "lrr", values=set(table.columns[1:])))
            rest = self._worthless()
            if rest:
                parts.append(escape_md(self.t("voi.rest", inputs="; ".join(rest))))
        parts.append(f"*{escape_md(self.t('voi.method', method=VOI_METHOD[self.lang]))}*")
        return "\n\n".join(parts)
