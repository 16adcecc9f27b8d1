"""The brief's first page: title, what the council is asked to decide, the summary in a few
sentences, the key figures with their 90 % intervals, and the outcomes."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from sif_models.documents.brief.base import (
    BriefBasis,
    count,
    finite_quantiles,
    share,
    value_range,
)
from sif_models.documents.common import fund_money
from sif_models.text.formatting import long_date, mio, number
from sif_models.text.labels import status
from sif_models.text.markdown import escape_md, md_table, md_value
from sif_models.text.reasons import reason_text, warning_text

Row = tuple[str, str, str]  # figure, expected value, 90 % interval


class Headline(BriefBasis):
    """Title, ask, summary, key figures and outcomes."""

    # ------------------------------------------------------------------ title and ask
    def title_md(self) -> str:
        """Title, target group, period and status."""
        p = self.proposal
        meta = [
            f"**{escape_md(self.t('doc.target_group'))}:** {escape_md(p.target_group)}",
            f"**{escape_md(self.t('doc.period'))}:** "
            + md_value(self.t("value.period", first=p.start_year, last=self.last_year))
            + f" · **{escape_md(self.t('doc.prices'))}:** "
            + escape_md(self.t("as.price_year_value", year=p.price_year))
            + f" · **{escape_md(self.t('doc.status'))}:** {escape_md(status(p.status, self.lang))}"
            + f" · **{escape_md(self.t('doc.made'))}:** {md_value(long_date(self.made, self.lang))}",
        ]
        kind = escape_md(f"{self.t('doc.kind')} {self.t('doc.for_council')}")
        return "\n\n".join([f"# {escape_md(p.title)}", f"*{kind}*", "\\\n".join(meta)])

    def ask_md(self) -> str:
        """What the council is asked to decide, set apart, and the short description."""
        p = self.proposal
        ask = escape_md(p.ask) if p.ask else f"*{escape_md(self.t('ask.missing'))}*"
        parts = [self.heading_md("ask"), f"::: {{.ask}}\n{ask}\n:::"]
        if p.description:
            parts.append(escape_md(p.description))
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ key figures
    def _fund(self) -> dict[str, Any]:
        """What the fund puts in and gets back (undiscounted), central and per draw."""
        out: dict[str, Any] = fund_money(self.case)
        if self.risk is not None:
            rf = self.risk.figures
            back_draws = rf.fund_net_dkk + out["share"] * rf.financiers_capital_dkk
            out["back_p5"], out["back_p95"] = (float(v) for v in np.percentile(back_draws, [5, 95]))
        return out

    def _interval(self, key: str, fmt) -> str:
        """The 90 % interval of the risk figure ``key`` ('' without draws)."""
        if self.risk is None:
            return ""
        s = self.risk.summary(key)
        return value_range(s["p5"], s["p95"], fmt)

    def _draws_interval(self, values: np.ndarray, fmt, none_key: str) -> str:
        """The 90 % interval of draws that may have no value, and the share without one."""
        if self.risk is None:
            return ""
        lo, hi, none = finite_quantiles(values)
        out = value_range(lo, hi, fmt) if lo is not None else ""
        if none > 0:
            extra = self.t(none_key, share=share(none, self.lang))
            out = f"{out}; {extra}" if out else extra
        return out

    def _case_rows(self) -> list[Row]:
        """Participants, cost, public and kommune net, the ratio, break-even and its chances."""
        d = self.summary["deterministic"]
        risk = self.summary["risk"]
        p = self.proposal
        L = self.lang
        starts = [p.start_year + i for i, n in enumerate(p.cohort.intake) if n > 0]
        part = (
            self.t("kf.participants_value", n=p.participants, first=starts[0], last=starts[-1])
            if starts[-1] != starts[0]
            else self.t("kf.participants_value_one", n=p.participants, first=starts[0])
        )
        money = self.money

        def ratio(x: float) -> str:
            return number(x, 2, L)

        rows: list[Row] = [
            (self.t("kf.participants"), part, ""),
            (
                self.t("kf.cost"),
                money(d["intervention_cost"]),
                self._interval("intervention_cost_pv_dkk", money),
            ),
            (
                self.t("kf.public_net"),
                money(d["public_net"]),
                self._interval("public_net_pv_dkk", money),
            ),
            (
                self.t("kf.kommune_net"),
                money(d["kommune_net"]),
                self._interval("kommune_net_pv_dkk", money),
            ),
            (
                self.t("kf.bcr"),
                ratio(d["benefit_cost_ratio"]),
                self._interval("benefit_cost_ratio", ratio),
            ),
        ]
        bey = d["break_even_year"]
        rows.append(
            (
                self.t("kf.break_even_year"),
                str(bey) if bey is not None else self.t("kf.no_break_even"),
                self._draws_interval(
                    getattr(self.risk, "break_even_year", None),
                    lambda x: str(int(round(x))),
                    "kf.no_break_even_share",
                ),
            )
        )
        if risk is not None:
            rows.append((self.t("kf.p_public"), share(risk["p_public_net_positive"], L), ""))
            rows.append((self.t("kf.p_kommune"), share(risk["p_kommune_net_positive"], L), ""))
        return rows

    def _financier_rows(self) -> list[Row]:
        """The financiers' multiple, their IRR (or why there is none) and the chance of a loss."""
        fin = self.summary["deterministic"]["financiers"]
        risk = self.summary["risk"]
        L = self.lang
        irr_text = (
            share(fin["irr"], L)
            if fin["irr"] is not None
            else self.t("kf.irr_none", reason=reason_text(self.case.irr_reason, L))
        )
        rows: list[Row] = [
            (
                self.t("kf.multiple"),
                number(fin["multiple"], 2, L),
                self._interval("financiers_multiple", lambda x: number(x, 2, L)),
            ),
            (
                self.t("kf.irr"),
                irr_text,
                self._draws_interval(
                    getattr(self.risk, "irr", None), lambda x: share(x, L), "kf.irr_none_share"
                ),
            ),
        ]
        if risk is not None:
            rows.append((self.t("kf.p_fin_loss"), share(risk["p_financiers_loss"], L), ""))
        return rows

    def _fund_rows(self) -> list[Row]:
        """What the fund puts in, may get back (with its interval) and the chance of a loss."""
        fund = self._fund()
        risk = self.summary["risk"]
        rows: list[Row] = [
            (self.t("kf.fund_in"), self.money(fund["put"]), ""),
            (
                self.t("kf.fund_back"),
                self.money(fund["back"]),
                value_range(fund.get("back_p5"), fund.get("back_p95"), self.money),
            ),
        ]
        if risk is not None:
            rows.append((self.t("kf.p_fund_loss"), share(risk["p_fund_loss"], self.lang), ""))
        return rows

    def key_figures(self) -> pd.DataFrame:
        """The headline: one row per figure with the expected value and the 90 % interval.

        Deterministic values are those of ``sif run --json`` (:meth:`BusinessCase.to_dict`).
        """
        rows = self._case_rows() + self._financier_rows() + self._fund_rows()
        frame = pd.DataFrame(rows, columns=[self.t("kf.figure"), self.t("kf.central"), "range"])
        if self.risk is None:
            return frame.drop(columns="range")
        return frame.rename(columns={"range": self.t("kf.range")})

    def outcomes_table(self) -> pd.DataFrame:
        """Per outcome: expected additional citizens, success rates and the break-even rate."""
        inp = self.case.inputs
        extra = self.case.flows.additional_outcomes[0].sum(axis=-1)
        rows = []
        for k, oid in enumerate(inp.outcome_ids):
            sv = self.case.break_even_success_rates[oid]
            be = (
                share(sv.value, self.lang)
                if sv.value is not None
                else reason_text(sv.reason, self.lang)
            )
            rows.append(
                (
                    self.outcome_label(k),
                    count(float(extra[k]), self.lang),
                    share(float(inp.baseline_rate[k]), self.lang),
                    share(float(inp.success_rate[k]), self.lang),
                    be,
                )
            )
        return pd.DataFrame(
            rows,
            columns=[
                self.t("out.outcome"),
                self.t("out.additional"),
                self.t("out.baseline"),
                self.t("out.expected"),
                self.t("out.break_even"),
            ],
        )

    # ------------------------------------------------------------------ summary
    def _fund_sentence(self) -> str | None:
        """What the fund puts in and is expected to get back, and its chance of a loss."""
        fund = self._fund()
        if not (fund["put"] > 0 or fund["back"] > 0):
            return None
        L = self.lang
        put, back = mio(fund["put"], L), mio(fund["back"], L)
        risk = self.summary["risk"]
        if risk is None:
            return self.t("sum.fund_no_risk", put=put, back=back)
        return self.t("sum.fund", put=put, back=back, p=share(risk["p_fund_loss"], L))

    def summary_md(self) -> str:
        """Three to five plain sentences a council member can read in a minute."""
        d = self.summary["deterministic"]
        risk = self.summary["risk"]
        L = self.lang
        pn = d["public_net"]
        key = "sum.public_gain" if pn >= 0 else "sum.public_loss"
        lines = [self.t(key, value=mio(abs(pn), L), years=self.proposal.horizon_years)]
        if risk is not None:
            lines.append(self.t("sum.p_public", p=share(risk["p_public_net_positive"], L)))
        if d["break_even_year"] is not None:
            lines.append(self.t("sum.break_even", year=d["break_even_year"]))
        else:
            lines.append(self.t("sum.no_break_even", year=self.last_year))
        if d["break_even_effect_share"] is not None:
            lines.append(self.t("sum.switch", share=share(d["break_even_effect_share"], L, 0)))
        fund = self._fund_sentence()
        if fund is not None:
            lines.append(fund)
        bullets = "\n".join(f"- {md_value(s)}" for s in lines)
        return f"{self.heading_md('summary')}\n\n{bullets}"

    def key_figures_md(self) -> str:
        """The headline section: key figures table, interval note and the outcomes table."""
        frame = self.key_figures()
        has_range = frame.shape[1] == 3
        table = md_table(
            frame,
            "lrr" if has_range else "lr",
            values=set(frame.columns[1:]),
        )
        note = (
            self.t("kf.interval_note", draws=number(self.draws, 0, self.lang))
            if self.risk is not None
            else self.t("kf.no_risk")
        )
        out = self.outcomes_table()
        out_md = md_table(out, "lrrrr", values=set(out.columns[1:4]))
        parts = [
            self.heading_md("key_figures"),
            table,
            f"*{escape_md(note)}*",
            self.heading_md("outcomes", 3),
            escape_md(self.t("out.intro")),
            out_md,
        ]
        warnings = self.case.warnings
        if warnings:
            parts.append(self.heading_md("warnings", 3))
            parts.append("\n".join(f"- {escape_md(warning_text(w, self.lang))}" for w in warnings))
        return "\n\n".join(parts)
