"""The brief's charts: which are shown, the figure of each, the reading guide under it, and the
data they are drawn from (cumulative net by party, the tornado in the brief's words).

The drawing is :mod:`sif_models.documents.brief.plots`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from sif_models.documents.brief import plots
from sif_models.documents.brief.base import BriefBasis, share
from sif_models.documents.charts import to_png
from sif_models.text.formatting import dkk, number
from sif_models.text.markdown import escape_md


class Charts(BriefBasis):
    """The four charts of the brief and their notes."""

    CHARTS = ("cumulative", "public_net", "tornado", "financiers")

    def figure(self, name: str):
        """The matplotlib Figure of chart ``name`` (one of :attr:`CHARTS`), or None."""
        L = self.lang
        if name == "cumulative":
            return plots.cumulative_net(self.cumulative_series(), self.case.break_even_year, L)
        if name == "public_net":
            if self.risk is None:
                return None
            return plots.distribution(
                self.risk.figures.public_net_pv_dkk,
                self.case.figures.public_net_pv_dkk,
                title=self.t("chart.public_net.title"),
                xlabel=self.t("chart.public_net.xlabel"),
                lang=L,
            )
        if name == "tornado":
            if self.tornado is None or self.tornado_rows().empty:
                return None
            return plots.tornado(self.tornado_rows(), self.case.figures.public_net_pv_dkk, lang=L)
        if name == "financiers":
            if self.risk is None:
                return None
            return plots.distribution(
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
        return None if fig is None else to_png(fig)

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
            return f"{share(lo, L)} – {share(hi, L)}"
        if kind in ("unit_cost", "cost"):
            return f"{dkk(lo, L)} – {dkk(hi, L)}"
        if kind in ("intervention_cost", "cost_factor", "intervention"):
            if max(abs(lo), abs(hi)) <= 10:  # a factor on the cost
                return f"{share(lo - 1, L, 0)} – {share(hi - 1, L, 0)}".replace("-", "−")
            return f"{dkk(lo, L)} – {dkk(hi, L)}"
        return f"{number(lo, 2, L)} – {number(hi, 2, L)}"
