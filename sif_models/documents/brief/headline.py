"""The brief's first page: title, what the council is asked to decide, the summary in a few
sentences, the key figures (expected value, 90 % interval, central estimate) and the outcomes.

The summary and the key figures lead with what the council should expect — the mean of the
Monte Carlo draws — and the chances of a gain and of a loss; the central estimate (the proposal's
own values) stands beside it where the two differ materially (:func:`.base.differs`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd

from sif_models.documents.brief.base import (
    BriefBasis,
    Row,
    finite_quantiles,
    value_range,
)
from sif_models.text.formatting import long_date
from sif_models.text.labels import status
from sif_models.text.markdown import NBSP, escape_md, md_table, md_value
from sif_models.text.reasons import reason_text


class Headline(BriefBasis):
    """Title, ask, summary, key figures and outcomes."""

    # ------------------------------------------------------------------ title and ask
    def participants_text(self) -> str:
        p = self.proposal
        starts = [p.start_year + i for i, n in enumerate(p.cohort.intake) if n > 0]
        n = self.fmt.number(p.participants)
        if starts[-1] != starts[0]:
            return self.t("bkf.participants_value", n=n, first=starts[0], last=starts[-1])
        return self.t("bkf.participants_value_one", n=n, first=starts[0])

    def status_text(self) -> str:
        """The proposal's status, or — for a brief made for a meeting's decision or discussion
        item — what the council is to do with it (a running project up for decision is not
        "I gang" in the brief that asks for the decision)."""
        if self.agenda:
            return self.t(f"doc.agenda_{self.agenda}")
        return status(self.proposal.status, self.lang)

    def title_md(self) -> str:
        """Title, target group, participants, period and status."""
        p = self.proposal
        # the date is one unit: never "30. november" at a line's end and "2026" on the next
        made = md_value(long_date(self.made, self.lang)).replace(" ", NBSP)
        meta = [
            f"**{escape_md(self.t('doc.target_group'))}:** "
            + escape_md(p.text_in("target_group", self.lang)),
            f"**{escape_md(self.t('doc.participants'))}:** {md_value(self.participants_text())}",
            f"**{escape_md(self.t('doc.period'))}:** "
            + md_value(self.t("value.period", first=p.start_year, last=self.last_year))
            + f" · **{escape_md(self.t('doc.prices'))}:** "
            + escape_md(self.t("as.price_year_value", year=p.price_year))
            + f" · **{escape_md(self.t('doc.status'))}:** {escape_md(self.status_text())}",
            # a line of its own: at the end of the long line above it broke or was hyphenated
            f"**{escape_md(self.t('doc.made'))}:** {made}",
        ]
        kind = escape_md(f"{self.t('doc.kind')} {self.t('doc.for_council')}")
        title = escape_md(p.text_in("title", self.lang))
        return "\n\n".join([f"# {title}", f"*{kind}*", "\\\n".join(meta)])

    def ask_md(self) -> str:
        """What the council is asked to decide, set apart, and the short description."""
        p = self.proposal
        ask = p.text_in("ask", self.lang)
        ask = escape_md(ask) if ask else f"*{escape_md(self.t('ask.missing'))}*"
        parts = [self.heading_md("ask"), f"::: {{.ask}}\n{ask}\n:::"]
        if p.description:
            parts.append(escape_md(p.text_in("description", self.lang)))
        if p.quoted_in_danish(self.lang):
            # some of the proposal's words are in Danish only (no *_en field): say so
            parts.append(f"*{escape_md(self.t('ask.quoted_da'))}*")
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ key figures
    def _chance_row(self, label: str, p: float) -> Row:
        return (label, self.chance(p), "", "")

    def _public_rows(self) -> list[Row]:
        f = self.case.figures
        rows = [
            self.figure_row(
                self.t("bkf.cost"),
                self.draws_of("intervention_cost_pv_dkk"),
                f.intervention_cost_pv_dkk,
                self.money,
            ),
            self.figure_row(
                self.t("bkf.public_net"),
                self.draws_of("public_net_pv_dkk"),
                f.public_net_pv_dkk,
                self.money,
            ),
        ]
        if self.risk is not None:
            rows.append(
                self._chance_row(
                    self.t("bkf.p_public"), self.risk.probability("public_net_positive")
                )
            )
        rows.append(
            self.figure_row(
                self.t("bkf.kommune_net"),
                self.draws_of("kommune_net_pv_dkk"),
                f.kommune_net_pv_dkk,
                self.money,
            )
        )
        if self.risk is not None:
            p = self.risk.probability("kommune_net_positive")
            rows.append(self._chance_row(self.t("bkf.p_kommune"), p))
        rows.append(
            self.figure_row(
                self.t("bkf.bcr"),
                self.draws_of("benefit_cost_ratio"),
                f.benefit_cost_ratio,
                self.ratio,
            )
        )
        rows.append(self._break_even_row())
        return rows

    def _break_even_row(self) -> Row:
        """The year the intervention pays for itself: the central year, the 90 % interval over
        all draws (a draw that does not pay for itself within the horizon counts as later than
        its last year, so the interval says "efter 2027" rather than leave those draws out), and
        in how many draws it happens within the horizon."""
        bey = self.case.break_even_year
        last = self.last_year
        central = str(bey) if bey is not None else self.t("bkf.no_break_even", last=last)
        label = self.t("bkf.break_even_year")
        if self.risk is None:
            return (label, "", "", central)
        years = self.risk.break_even_year
        share = float(np.mean(np.isfinite(years)))
        expected = self.chance_sentence(
            share,
            "bkf.break_even_share",
            "bkf.break_even_share.none",
            "bkf.break_even_share.all",
            last=last,
        )
        return (label, expected, self._break_even_interval(years), central)

    def _break_even_interval(self, years: np.ndarray) -> str:
        """The 5th to the 95th percentile of the break-even year over all draws, a draw without
        one counting as after the last year (``inverted_cdf``: each end is a drawn value)."""
        later = np.where(np.isfinite(years), years, np.inf)
        lo, hi = np.quantile(later, [0.05, 0.95], method="inverted_cdf")

        def year(y: float) -> str:
            if math.isfinite(y):
                return str(int(round(y)))
            return self.t("bkf.after_last", last=self.last_year)

        return year(lo) if lo == hi else f"{year(lo)} – {year(hi)}"

    def _financier_rows(self) -> list[Row]:
        """The financiers' money back per krone, their internal rate and their chance of a loss."""
        f = self.case.figures
        rows = [
            self.figure_row(
                self.t("bkf.multiple"),
                self.draws_of("financiers_multiple"),
                f.financiers_multiple,
                self.ratio,
            ),
            self._irr_row(),
        ]
        if self.risk is not None:
            p = self.risk.probability("financiers_loss")
            rows.append(self._chance_row(self.t("bkf.p_fin_loss"), p))
        return rows

    def _irr_row(self) -> Row:
        """The internal rate has no meaningful mean: its interval and the central estimate."""
        irr = self.case.irr
        central = (
            self.pct(irr)
            if irr is not None
            else self.t("bkf.irr_none", reason=reason_text(self.case.irr_reason, self.lang))
        )
        label = self.t("bkf.irr")
        if self.risk is None:
            return (label, "", "", central)
        lo, hi, none = finite_quantiles(self.risk.irr)
        interval = value_range(lo, hi, self.pct)
        if none > 0:
            extra = self.chance_sentence(
                none, "bkf.irr_none_share", "bkf.irr_none_share.all", "bkf.irr_none_share.all"
            )
            interval = f"{interval}; {extra}" if interval else extra
        return (label, "–", interval, central)

    def _fund_rows(self) -> list[Row]:
        """What the fund puts in, gets back and nets, and its chance of a loss."""
        if not self.fund_takes_part:
            return []
        money, central = self.fund_money(), self.fund_central()
        draws: Callable[[str], np.ndarray | None] = (
            (lambda k: money[k]) if self.risk is not None else (lambda k: None)
        )
        rows = [
            self.figure_row(self.t("bkf.fund_in"), draws("put"), central["put"], self.money),
            self.figure_row(self.t("bkf.fund_back"), draws("back"), central["back"], self.money),
            self.figure_row(self.t("bkf.fund_net"), draws("net"), central["net"], self.money),
        ]
        if self.risk is not None:
            rows.append(
                self._chance_row(self.t("bkf.p_fund_loss"), self.risk.probability("fund_loss"))
            )
        return rows

    def key_figures(self) -> pd.DataFrame:
        """The headline: one row per figure with the expected value (the mean of the draws), the
        90 % interval and the central estimate where it differs materially. Without draws only
        the central estimate (the figures of ``sif run --json``)."""
        rows = self._public_rows() + self._financier_rows() + self._fund_rows()
        return self.money_table(rows, self.t("bkf.figure"))

    def key_figures_note(self, frame: pd.DataFrame) -> str:
        if self.risk is None:
            return self.t("bkf.note_no_draws")
        parts = [self.t("bkf.note", draws=self.fmt.number(self.draws))]
        central = self.t("bkf.central")
        parts.append(self.t("bkf.note_central" if central in frame else "bkf.note_no_central"))
        return " ".join(parts)

    # ------------------------------------------------------------------ outcomes
    def outcomes_table(self) -> pd.DataFrame:
        """Per outcome: additional citizens, the rates without and with the intervention, the
        rate at which the public sector breaks even, and any payment threshold: whether the
        central estimate meets it and how often the draws do."""
        inp = self.case.inputs
        extra = self.case.flows.additional_outcomes[0].sum(axis=-1)
        thresholds = bool(np.any(inp.payment_threshold_rate > 0))
        # one number of decimals for the whole column: not "15,8" above "9"
        whole = all(abs(float(x) - round(float(x))) < 1e-9 for x in extra)
        rows = []
        for k, oid in enumerate(inp.outcome_ids):
            row = [
                self.outcome_label(k),
                self.fmt.number(float(extra[k]), 0 if whole else 1),
                self.pct(float(inp.baseline_rate[k])),
                self.pct(float(inp.success_rate[k])),
                self._break_even_rate(oid),
            ]
            if thresholds:
                row += self._threshold_cells(k)
            rows.append(row)
        cols = [
            self.t("out.outcome"),
            self.t("out.additional"),
            self.t("out.baseline"),
            self.t("out.with"),
            self.t("out.break_even"),
        ]
        if thresholds:
            cols += [self.t("out.threshold"), self.t("out.threshold_met")]
        return pd.DataFrame(rows, columns=cols)

    def _break_even_rate(self, oid: str) -> str:
        """The success rate at which the public sector breaks even; a rate above 100 % cannot
        be reached, and the cell says so."""
        sv = self.case.break_even_success_rates[oid]
        if sv.value is None:
            return reason_text(sv.reason, self.lang)
        if sv.value > 1.0:
            return self.t("out.break_even_out_of_reach", rate=self.pct(sv.value))
        return self.pct(sv.value)

    def _threshold_cells(self, k: int) -> list[str]:
        inp = self.case.inputs
        theta = float(inp.payment_threshold_rate[k])
        if theta <= 0:
            return [self.t("out.no_threshold"), ""]
        met = bool(self.case.flows.threshold_met[0, k])
        words = self.t("out.met_central" if met else "out.not_met_central")
        if self.risk is not None:
            p = self.risk.threshold_met(inp.outcome_ids[k])
            words += "; " + self.chance_sentence(
                p, "out.met_share", "out.met_share.none", "out.met_share.all"
            )
        return [self.pct(theta), words]

    def key_figures_md(self) -> str:
        """The headline section: key figures table and its note, the outcomes, the warnings."""
        frame = self.key_figures()
        widths = {4: [34, 21, 29, 16], 3: [40, 24, 36], 2: [60, 40]}[frame.shape[1]]
        table = md_table(
            frame, "l" + "r" * (frame.shape[1] - 1), widths, values=set(frame.columns[1:])
        )
        out = self.outcomes_table()
        out_md = md_table(out, "l" + "r" * (out.shape[1] - 1), values=set(out.columns[1:4]))
        parts = [
            self.heading_md("key_figures"),
            table,
            f"*{escape_md(self.key_figures_note(frame))}*",
            self.heading_md("outcomes", 3),
            escape_md(self.t("out.intro")),
            out_md,
        ]
        warnings = self.case.warnings
        if warnings:
            parts.append(self.heading_md("warnings", 3))
            parts.append("\n".join(f"- {escape_md(self.warning(w))}" for w in warnings))
        return "\n\n".join(parts)

    def warning(self, w) -> str:
        """A model warning in the brief's words (the outcome's name, not its id)."""
        values = dict(w.values)
        if "outcome" in values and values["outcome"] in self.case.inputs.outcome_ids:
            values["outcome"] = self.outcome_label(
                self.case.inputs.outcome_ids.index(values["outcome"])
            )
        return self.t(f"warn.{w.code}", **values)
