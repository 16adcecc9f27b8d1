"""What a decision brief says: headline, tables, charts and provenance, built from a business case.

The notebook ``notebooks/business_case.ipynb`` only calls :func:`build_brief` and displays what
the :class:`Brief` returns. Tables are tidy DataFrames of plain text (for reuse and tests) and
Markdown pipe tables (for the brief); every piece of text that comes from a proposal is escaped
with :func:`escape_md` so that Markdown, HTML and Typst control characters show as text in both
the HTML and the PDF brief and are never interpreted. All words come from
:mod:`sif_models.text.labels`; all numbers are formatted with :mod:`sif_models.text.formatting`.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sif_models import __version__
from sif_models.case.business_case import DEFAULT_DRAWS, BusinessCase, run
from sif_models.documents import charts
from sif_models.documents.assumptions import assumption_rows
from sif_models.inputs.catalogue import data_dir, price_index_source, sha256_file
from sif_models.text.formatting import dkk, long_date, number, percent
from sif_models.text.labels import check_lang, flag, payer, status, text, unit
from sif_models.text.markdown import escape_md, md_table, md_value
from sif_models.text.reasons import reason_text, warning_text


def _share(x: float | None, lang: str, decimals: int = 1) -> str:
    return percent(x, decimals, lang)


def _years(n: int, lang: str) -> str:
    return text("value.year_one", lang) if n == 1 else text("value.years", lang, n=n)


def _count(x: float, lang: str) -> str:
    """A count of people: whole when whole, else one decimal."""
    return number(x, 0 if abs(x - round(x)) < 1e-9 else 1, lang)


def _range(lo: float | None, hi: float | None, fmt) -> str:
    if lo is None or hi is None:
        return ""
    return f"{fmt(lo)} – {fmt(hi)}"


def _finite_quantiles(x: np.ndarray) -> tuple[float | None, float | None, float]:
    """p5, p95 of the finite values and the share that is not finite."""
    x = np.asarray(x, dtype=float)
    ok = np.isfinite(x)
    if not ok.any():
        return None, None, 1.0
    lo, hi = np.percentile(x[ok], [5, 95])
    return float(lo), float(hi), float(1.0 - ok.mean())


# ---------------------------------------------------------------------------- the brief
@dataclass(frozen=True)
class Brief:
    """Everything a decision brief shows, for one proposal in one language."""

    case: BusinessCase
    lang: str
    proposal_path: Path
    draws: int
    made: dt.date
    tornado: pd.DataFrame | None = None
    summary: dict[str, Any] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ basics
    @property
    def proposal(self):
        return self.case.proposal

    @property
    def risk(self):
        return self.case.risk

    @property
    def seed(self) -> int | None:
        return None if self.risk is None else int(self.risk.seed)

    @property
    def last_year(self) -> int:
        return self.proposal.start_year + self.proposal.horizon_years - 1

    def t(self, key: str, **values: object) -> str:
        """A label in the brief's language."""
        return text(key, self.lang, **values)

    def money(self, x: float | None) -> str:
        return dkk(x, self.lang)

    def outcome_label(self, k: int) -> str:
        o = self.proposal.outcomes[k]
        return (o.label_en or o.label) if self.lang == "en" else o.label

    def cost_label(self, cost_id: str) -> str:
        item = self.case.inputs.costs[cost_id].item
        return item.label_en if self.lang == "en" else item.label_da

    def heading_md(self, key: str, level: int = 2) -> str:
        """A section heading (``heading.<key>`` in the labels)."""
        return "#" * level + " " + escape_md(self.t(f"heading.{key}"))

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

    # ------------------------------------------------------------------ headline
    def _fund(self) -> dict[str, Any]:
        """What the fund puts in and gets back (undiscounted), central and per draw."""
        f = self.case.figures
        share = self.case.inputs.fund_share
        put = share * f.financiers_capital_dkk
        back = share * f.financiers_received_dkk + f.to_fund_dkk
        out: dict[str, Any] = {"share": share, "put": put, "back": back}
        if self.risk is not None:
            rf = self.risk.figures
            back_draws = rf.fund_net_dkk + share * rf.financiers_capital_dkk
            out["back_p5"], out["back_p95"] = (float(v) for v in np.percentile(back_draws, [5, 95]))
        return out

    def key_figures(self) -> pd.DataFrame:
        """The headline: one row per figure with the expected value and the 90 % interval.

        Deterministic values are those of ``sif run --json`` (:meth:`BusinessCase.to_dict`).
        """
        d = self.summary["deterministic"]
        risk = self.summary["risk"]
        p = self.proposal
        L = self.lang
        rows: list[tuple[str, str, str]] = []

        def summ(key: str) -> dict[str, float] | None:
            return None if self.risk is None else self.risk.summary(key)

        def rng(key: str, fmt) -> str:
            s = summ(key)
            return "" if s is None else _range(s["p5"], s["p95"], fmt)

        starts = [p.start_year + i for i, n in enumerate(p.cohort.intake) if n > 0]
        part = (
            self.t("kf.participants_value", n=p.participants, first=starts[0], last=starts[-1])
            if starts[-1] != starts[0]
            else self.t("kf.participants_value_one", n=p.participants, first=starts[0])
        )
        rows.append((self.t("kf.participants"), part, ""))
        rows.append(
            (
                self.t("kf.cost"),
                self.money(d["intervention_cost"]),
                rng("intervention_cost_pv_dkk", self.money),
            )
        )
        rows.append(
            (
                self.t("kf.public_net"),
                self.money(d["public_net"]),
                rng("public_net_pv_dkk", self.money),
            )
        )
        rows.append(
            (
                self.t("kf.kommune_net"),
                self.money(d["kommune_net"]),
                rng("kommune_net_pv_dkk", self.money),
            )
        )
        rows.append(
            (
                self.t("kf.bcr"),
                number(d["benefit_cost_ratio"], 2, L),
                rng("benefit_cost_ratio", lambda x: number(x, 2, L)),
            )
        )
        bey = d["break_even_year"]
        bey_range = ""
        if self.risk is not None:
            lo, hi, none = _finite_quantiles(self.risk.break_even_year)
            if lo is not None:
                bey_range = _range(lo, hi, lambda x: str(int(round(x))))
            if none > 0:
                extra = self.t("kf.no_break_even_share", share=_share(none, L))
                bey_range = f"{bey_range}; {extra}" if bey_range else extra
        rows.append(
            (
                self.t("kf.break_even_year"),
                str(bey) if bey is not None else self.t("kf.no_break_even"),
                bey_range,
            )
        )
        if risk is not None:
            rows.append((self.t("kf.p_public"), _share(risk["p_public_net_positive"], L), ""))
            rows.append((self.t("kf.p_kommune"), _share(risk["p_kommune_net_positive"], L), ""))
        fin = d["financiers"]
        rows.append(
            (
                self.t("kf.multiple"),
                number(fin["multiple"], 2, L),
                rng("financiers_multiple", lambda x: number(x, 2, L)),
            )
        )
        irr_text = (
            _share(fin["irr"], L)
            if fin["irr"] is not None
            else self.t("kf.irr_none", reason=reason_text(self.case.irr_reason, L))
        )
        irr_range = ""
        if self.risk is not None:
            lo, hi, none = _finite_quantiles(self.risk.irr)
            if lo is not None:
                irr_range = _range(lo, hi, lambda x: _share(x, L))
            if none > 0:
                extra = self.t("kf.irr_none_share", share=_share(none, L))
                irr_range = f"{irr_range}; {extra}" if irr_range else extra
        rows.append((self.t("kf.irr"), irr_text, irr_range))
        if risk is not None:
            rows.append((self.t("kf.p_fin_loss"), _share(risk["p_financiers_loss"], L), ""))
        fund = self._fund()
        rows.append((self.t("kf.fund_in"), self.money(fund["put"]), ""))
        rows.append(
            (
                self.t("kf.fund_back"),
                self.money(fund["back"]),
                _range(fund.get("back_p5"), fund.get("back_p95"), self.money),
            )
        )
        if risk is not None:
            rows.append((self.t("kf.p_fund_loss"), _share(risk["p_fund_loss"], L), ""))
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
                _share(sv.value, self.lang)
                if sv.value is not None
                else reason_text(sv.reason, self.lang)
            )
            rows.append(
                (
                    self.outcome_label(k),
                    _count(float(extra[k]), self.lang),
                    _share(float(inp.baseline_rate[k]), self.lang),
                    _share(float(inp.success_rate[k]), self.lang),
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

    def summary_md(self) -> str:
        """Three to five plain sentences a council member can read in a minute."""
        d = self.summary["deterministic"]
        L = self.lang
        H = self.proposal.horizon_years
        from sif_models.text.formatting import mio

        lines = []
        pn = d["public_net"]
        key = "sum.public_gain" if pn >= 0 else "sum.public_loss"
        lines.append(self.t(key, value=mio(abs(pn), L), years=H))
        if self.summary["risk"] is not None:
            lines.append(
                self.t("sum.p_public", p=_share(self.summary["risk"]["p_public_net_positive"], L))
            )
        if d["break_even_year"] is not None:
            lines.append(self.t("sum.break_even", year=d["break_even_year"]))
        else:
            lines.append(self.t("sum.no_break_even", year=self.last_year))
        if d["break_even_effect_share"] is not None:
            lines.append(self.t("sum.switch", share=_share(d["break_even_effect_share"], L, 0)))
        fund = self._fund()
        if fund["put"] > 0 or fund["back"] > 0:
            if self.summary["risk"] is not None:
                lines.append(
                    self.t(
                        "sum.fund",
                        put=mio(fund["put"], L),
                        back=mio(fund["back"], L),
                        p=_share(self.summary["risk"]["p_fund_loss"], L),
                    )
                )
            else:
                lines.append(
                    self.t("sum.fund_no_risk", put=mio(fund["put"], L), back=mio(fund["back"], L))
                )
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

    # ------------------------------------------------------------------ charts
    CHARTS = ("cumulative", "public_net", "tornado", "financiers")

    def figure(self, name: str):
        """The matplotlib Figure of chart ``name`` (one of :attr:`CHARTS`), or None."""
        L = self.lang
        if name == "cumulative":
            return charts.cumulative_net(self.cumulative_series(), self.case.break_even_year, L)
        if name == "public_net":
            if self.risk is None:
                return None
            return charts.distribution(
                self.risk.figures.public_net_pv_dkk,
                self.case.figures.public_net_pv_dkk,
                title=self.t("chart.public_net.title"),
                xlabel=self.t("chart.public_net.xlabel"),
                lang=L,
            )
        if name == "tornado":
            if self.tornado is None or self.tornado_rows().empty:
                return None
            return charts.tornado(self.tornado_rows(), self.case.figures.public_net_pv_dkk, lang=L)
        if name == "financiers":
            if self.risk is None:
                return None
            return charts.distribution(
                self.risk.figures.financiers_profit_dkk,
                self.case.figures.financiers_profit_dkk,
                title=self.t("chart.financiers.title"),
                xlabel=self.t("chart.financiers.xlabel"),
                lang=L,
            )
        raise KeyError(f"unknown chart {name!r}; charts are {', '.join(self.CHARTS)}")

    def chart_png(self, name: str) -> bytes | None:
        """PNG bytes of chart ``name`` (None when it needs draws that were not made)."""
        fig = self.figure(name)
        return None if fig is None else charts.to_png(fig)

    def chart_note(self, name: str) -> str:
        """The one-paragraph reading guide under chart ``name``."""
        L = self.lang
        if name == "cumulative":
            return self.t("chart.cumulative.note", price_year=self.proposal.price_year)
        if name == "public_net":
            if self.risk is None:
                return self.t("chart.no_draws")
            return self.t("chart.public_net.note", draws=number(self.draws, 0, L))
        if name == "tornado":
            if self.tornado is None or self.tornado_rows().empty:
                return self.t("chart.tornado.none")
            return self.t("chart.tornado.note")
        if name == "financiers":
            if self.risk is None:
                return self.t("chart.no_draws")
            s = self.risk.summary("financiers_multiple")
            return self.t(
                "chart.financiers.note", p5=number(s["p5"], 2, L), p95=number(s["p95"], 2, L)
            )
        raise KeyError(name)

    def chart_outputs(self, name: str) -> list:
        """What the notebook displays for chart ``name``: the image and its reading guide."""
        from IPython.display import Image, Markdown

        png = self.chart_png(name)
        note = Markdown(escape_md(self.chart_note(name)))
        if png is None:
            # say once that the distributions need draws (under the first of them)
            if self.risk is None and name == "financiers":
                return []
            return [note]
        alt = self.t("chart.alt", title=self.t(f"chart.{name}.title"))
        return [Image(data=png, format="png", metadata={"alt": alt}), note]

    def cumulative_series(self) -> dict[str, Any]:
        """Cumulative undiscounted net per party (for the chart): years and {label: array}."""
        fl = self.case.flows
        fund_flow = self.case.inputs.fund_share * fl.financiers[0] + fl.to_fund[0]
        series = {
            self.t("party.public"): np.cumsum(fl.public[0]),
            self.t("party.kommune"): np.cumsum(fl.kommune[0]),
            self.t("party.financiers"): np.cumsum(fl.financiers[0]),
        }
        if not np.allclose(fund_flow, fl.financiers[0]) and np.any(fund_flow != 0):
            series[self.t("party.fund")] = np.cumsum(fund_flow)
        return {"years": self.case.inputs.years, "series": series, "public": self.t("party.public")}

    def tornado_rows(self) -> pd.DataFrame:
        """The tornado with labels in the brief's language (largest swing first)."""
        tor = self.tornado
        swing = (tor["public_net_high"] - tor["public_net_low"]).abs()
        scale = max(1.0, float(swing.max())) if len(swing) else 1.0
        tor = tor[swing > 1e-9 * scale].reset_index(drop=True)
        tor["label"] = [
            self._input_label(i, lab) for i, lab in zip(tor["input"], tor["label"], strict=True)
        ]
        tor["range_text"] = [
            self._input_range(i, lo, hi)
            for i, lo, hi in zip(tor["input"], tor["low_value"], tor["high_value"], strict=True)
        ]
        return tor

    def _input_kind(self, name: str) -> tuple[str, str | None]:
        """('success_rate', outcome id) / ('unit_cost', cost id) / ('intervention_cost', None)."""
        for sep in (":", "."):
            if sep in name:
                kind, _, key = name.partition(sep)
                return kind, key
        return name, None

    def _input_label(self, name: str, fallback: str) -> str:
        kind, key = self._input_kind(name)
        inp = self.case.inputs
        if kind in ("success_rate", "p") and key in inp.outcome_ids:
            return self.t(
                "tornado.success_rate", label=self.outcome_label(inp.outcome_ids.index(key))
            )
        if kind in ("unit_cost", "cost") and key in inp.costs:
            return self.t("tornado.unit_cost", label=self.cost_label(key))
        if kind in ("intervention_cost", "cost_factor", "intervention"):
            return self.t("tornado.intervention_cost")
        return str(fallback)

    def _input_range(self, name: str, lo: float, hi: float) -> str:
        kind, key = self._input_kind(name)
        L = self.lang
        if kind in ("success_rate", "p"):
            return f"{_share(lo, L)} – {_share(hi, L)}"
        if kind in ("unit_cost", "cost"):
            return f"{dkk(lo, L)} – {dkk(hi, L)}"
        if kind in ("intervention_cost", "cost_factor", "intervention"):
            if max(abs(lo), abs(hi)) <= 10:  # a factor on the cost
                return f"{_share(lo - 1, L, 0)} – {_share(hi - 1, L, 0)}".replace("-", "−")
            return f"{dkk(lo, L)} – {dkk(hi, L)}"
        return f"{number(lo, 2, L)} – {number(hi, 2, L)}"

    # ------------------------------------------------------------------ tables
    def cash_flow_table(self) -> pd.DataFrame:
        """Yearly cash flows by party (1,000 DKK, undiscounted) with a total and a PV row."""
        inp, fl = self.case.inputs, self.case.flows
        d = inp.discount_factor
        fund_flow = inp.fund_share * fl.financiers[0] + fl.to_fund[0]
        cols: dict[str, np.ndarray] = {
            self.t("cf.cost"): -fl.intervention_cost[0],
            self.t("cf.kommune"): fl.kommune[0],
            self.t("cf.region"): fl.avoided[0, 1],
            self.t("cf.stat"): fl.avoided[0, 2],
            self.t("cf.public"): fl.public[0],
            self.t("cf.cumulative"): np.cumsum(fl.public[0]),
            self.t("cf.financiers"): fl.financiers[0],
            self.t("cf.fund"): fund_flow,
        }
        drop = []
        for key in ("cf.region", "cf.stat"):
            if not np.any(cols[self.t(key)]):
                drop.append(self.t(key))
        if np.allclose(fund_flow, fl.financiers[0]):
            drop.append(self.t("cf.fund"))
        for name in drop:
            del cols[name]

        def k(x: float) -> str:
            return number(x / 1000.0, 0, self.lang)

        rows = []
        for t, year in enumerate(inp.years):
            rows.append([str(int(year))] + [k(v[t]) for v in cols.values()])
        cum = self.t("cf.cumulative")
        rows.append(
            [self.t("cf.total")] + [("" if n == cum else k(v.sum())) for n, v in cols.items()]
        )
        rows.append(
            [self.t("cf.pv")] + [("" if n == cum else k((v * d).sum())) for n, v in cols.items()]
        )
        return pd.DataFrame(rows, columns=[self.t("cf.year"), *cols])

    def cash_flows_md(self) -> str:
        frame = self.cash_flow_table()
        explain = self.t(
            "cf.explain",
            to_fund=self.t("cf.explain_to_fund")
            if self.case.inputs.savings_share_to_fund > 0
            else "",
        )
        return "\n\n".join(
            [
                self.heading_md("cash_flows"),
                f"*{escape_md(self.t('cf.unit', price_year=self.proposal.price_year))}*",
                md_table(frame, "l" + "r" * (frame.shape[1] - 1), values=set(frame.columns[1:])),
                escape_md(explain),
            ]
        )

    def financiers_table(self) -> pd.DataFrame:
        """Each financier: share, capital, expected return, gain or loss (undiscounted)."""
        fin = self.case.financiers()
        L = self.lang
        rows = [
            (
                _with_role(r.name, r.role, L),
                _share(r.share, L, 0),
                dkk(r.capital_dkk, L),
                dkk(r.received_dkk, L),
                dkk(r.profit_dkk, L),
            )
            for r in fin.itertuples(index=False)
        ]
        return pd.DataFrame(
            rows,
            columns=[
                self.t("fin.name"),
                self.t("fin.share"),
                self.t("fin.capital"),
                self.t("fin.received"),
                self.t("fin.profit"),
            ],
        )

    def risk_table(self) -> pd.DataFrame | None:
        """Mean, p5, median, p95 of the main figures over the draws (None without draws)."""
        if self.risk is None:
            return None
        L = self.lang
        rows = []
        specs = [
            ("public_net_pv_dkk", "kf.public_net", self.money),
            ("kommune_net_pv_dkk", "kf.kommune_net", self.money),
            ("benefit_cost_ratio", "kf.bcr", lambda x: number(x, 2, L)),
            ("financiers_multiple", "kf.multiple", lambda x: number(x, 2, L)),
            ("fund_net_dkk", "risk.fund_net", self.money),
        ]
        for key, label, fmt in specs:
            s = self.risk.summary(key)
            rows.append((self.t(label), fmt(s["mean"]), fmt(s["p5"]), fmt(s["p50"]), fmt(s["p95"])))
        return pd.DataFrame(
            rows,
            columns=[
                self.t("risk.figure"),
                self.t("risk.mean"),
                self.t("risk.p5"),
                self.t("risk.p50"),
                self.t("risk.p95"),
            ],
        )

    def risk_md(self) -> str:
        fin = self.financiers_table()
        parts = [
            self.heading_md("financiers"),
            md_table(fin, "lrrrr", values=set(fin.columns[1:])),
        ]
        table = self.risk_table()
        if table is not None:
            parts += [
                self.heading_md("risk"),
                escape_md(
                    self.t("risk.intro", draws=number(self.draws, 0, self.lang), seed=self.seed)
                ),
                md_table(table, "lrrrr", values=set(table.columns[1:])),
            ]
        return "\n\n".join(parts)

    def assumptions_table(self) -> pd.DataFrame:
        """Every assumption with its value, its uncertainty and its source as the proposal says
        (generated from the schema: :func:`sif_models.documents.assumptions.assumption_rows`)."""
        none, fixed = self.t("as.no_source"), self.t("as.fixed")
        rows = [
            (group, label, value, unc or fixed, src if src else none)
            for group, label, value, unc, src in assumption_rows(self.case, self.lang)
        ]
        return pd.DataFrame(
            rows,
            columns=[
                "group",
                self.t("as.assumption"),
                self.t("as.value"),
                self.t("as.uncertainty"),
                self.t("as.source"),
            ],
        )

    def unit_costs_table(self) -> pd.DataFrame:
        """The unit costs the proposal uses: catalogue (or proposal) row, index factor, source."""
        L = self.lang
        py = self.proposal.price_year
        rows = []
        for cid, rc in self.case.inputs.costs.items():
            item = rc.item
            rows.append(
                (
                    f"{self.cost_label(cid)} ({text('uc.per', L, unit=unit(item.unit, L))})",
                    payer(item.payer, L),
                    f"{dkk(item.price_dkk, L)} ({item.price_year})",
                    self.t(
                        "uc.price_now_value",
                        price=dkk(rc.price_dkk, L),
                        factor=number(rc.factor, 3, L),
                    ),
                    self.t("as.range", share=_share(item.range, L, 0))
                    if item.range
                    else self.t("as.fixed"),
                    flag(item.flag, L),
                    f"{item.source} ({text('origin.' + item.origin, L)})",
                )
            )
        return pd.DataFrame(
            rows,
            columns=[
                self.t("uc.item"),
                self.t("uc.payer"),
                self.t("uc.price"),
                self.t("uc.price_now", year=py),
                self.t("uc.range"),
                self.t("uc.flag"),
                self.t("uc.source"),
            ],
        )

    def assumptions_md(self) -> str:
        table = self.assumptions_table()
        parts = ["::: {.pagebreak}\n:::", self.heading_md("assumptions")]
        for group, sub in table.groupby("group", sort=False):
            parts.append(f"### {escape_md(group)}")
            body = sub.drop(columns="group")
            parts.append(md_table(body, "llll", [28, 20, 16, 36]))
        uc = self.unit_costs_table()
        parts += [
            self.heading_md("unit_costs"),
            md_table(uc, "llrrlll", [19, 10, 14, 15, 11, 12, 19], values=set(uc.columns[2:4])),
            f"*{escape_md(self.t('uc.index_note', year=self.proposal.price_year, source=price_index_source()))}*",
        ]
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ provenance
    def provenance(self) -> pd.DataFrame:
        """SHA-256 of the inputs, sif version, seed, draws and date."""
        L = self.lang
        ddir = data_dir()
        rows = [
            (self.t("prov.proposal_file"), self.proposal_path.name),
            (self.t("prov.proposal_sha"), sha256_file(self.proposal_path)),
            (self.t("prov.catalogue_sha"), sha256_file(ddir / "unit_costs.csv")),
            (self.t("prov.index_sha"), sha256_file(ddir / "price_index.csv")),
            (self.t("prov.version"), __version__),
            (self.t("prov.seed"), str(self.seed) if self.seed is not None else "–"),
            (self.t("prov.draws"), number(self.draws, 0, L)),
            (self.t("prov.date"), self.made.isoformat()),
        ]
        return pd.DataFrame(rows, columns=[self.t("prov.item"), self.t("prov.value")])

    def provenance_md(self) -> str:
        frame = self.provenance()
        lines = [
            "| " + escape_md(frame.columns[0]) + " | " + escape_md(frame.columns[1]) + " |",
            "|:------------------|:----------------------------------------------------------|",
        ]
        for what, value in frame.itertuples(index=False):
            cell = (
                f"`{value}`"
                if all(c in string.hexdigits for c in value) and len(value) == 64
                else escape_md(value)
            )
            lines.append(f"| {escape_md(what)} | {cell} |")
        return "\n\n".join(
            [
                self.heading_md("method"),
                escape_md(self.t("method.text")),
                self.heading_md("provenance"),
                "\n".join(lines),
                f"*{escape_md(self.t('prov.note'))}*",
            ]
        )


def _with_role(name: str, role: str, lang: str) -> str:
    """``Name (role)`` unless the name already says the role (in either language).

    >>> _with_role("Rådet (fonden)", "fund", "en"), _with_role("DSI", "investor", "da")
    ('Rådet (fonden)', 'DSI (investor)')
    """
    words = {text("role." + role, other).lower() for other in ("da", "en")}
    if any(w.removeprefix("the ") in name.lower() for w in words):
        return name
    return f"{name} ({text('role.' + role, lang)})"


def build_brief(
    proposal_path: str | Path,
    draws: int = DEFAULT_DRAWS,
    seed: int = -1,
    lang: str = "da",
    today: dt.date | None = None,
) -> Brief:
    """Run a proposal's business case (with ``draws`` Monte Carlo draws) and wrap it as a Brief.

    ``seed = -1`` uses the proposal's own seed (or sif's default). Raises
    :class:`sif_models.SifInputError` for a bad proposal and ValueError for a bad language.
    """
    check_lang(lang)
    path = Path(proposal_path)
    case = run(path, draws=int(draws), seed=None if int(seed) < 0 else int(seed))
    tornado = None
    try:
        from sif_models.risk.sensitivity import tornado as make_tornado
    except ModuleNotFoundError as exc:  # the sensitivity module is part of the package
        raise RuntimeError("sif_models.risk.sensitivity is missing; reinstall sif") from exc
    tornado = make_tornado(case.inputs)
    return Brief(
        case=case,
        lang=lang,
        proposal_path=path,
        draws=int(draws),
        made=today or dt.date.today(),
        tornado=tornado,
        summary=case.to_dict(),
    )
