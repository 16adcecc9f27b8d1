"""The brief's charts: which are shown, the figure of each (wide for the page and print, narrow
for phones), the reading guide under it, and the data they are drawn from (cumulative net by
party, the tornado in the brief's words).

The drawing is :mod:`sif_models.documents.brief.plots`. In the notebook a chart is its wide image,
its narrow image and its note in a ``chart-note`` div; the documents' filter keeps the three
together (one unbreakable block in the PDF, the narrow image on a phone's screen).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from sif_models.documents.brief import plots
from sif_models.documents.brief.base import BriefBasis, differs
from sif_models.documents.charts import to_png
from sif_models.text.markdown import escape_md

# the deal-zone chart (sif_models.documents.brief.decisions) is drawn here too
WIDTHS = {"wide": None, "narrow": plots.NARROW_IN}


class Charts(BriefBasis):
    """The charts of the brief and their notes."""

    CHARTS = ("cumulative", "public_net", "tornado", "financiers")

    def _distribution(self, key: str, chart: str, width: float | None):
        draws = self.draws_of(key)
        central = float(getattr(self.case.figures, key))
        return plots.distribution(
            draws,
            float(np.mean(draws)),
            title=self.t(f"chart.{chart}.title"),
            xlabel=self.t(f"chart.{chart}.xlabel"),
            lang=self.lang,
            central=central if differs(draws, central) else None,
            width=width,
        )

    def figure(self, name: str, width: float | None = None):
        """The matplotlib Figure of chart ``name`` (one of :attr:`CHARTS` or ``deal``) at
        ``width`` inches (None: the page's width), or None when it needs what is not there."""
        L = self.lang
        if name == "cumulative":
            return plots.cumulative_net(
                self.cumulative_series(), self.case.break_even_year, L, width=width
            )
        if name == "public_net":
            if self.risk is None:
                return None
            return self._distribution("public_net_pv_dkk", "public_net", width)
        if name == "tornado":
            if self.tornado is None or self.tornado_rows().empty:
                return None
            return plots.tornado(
                self.tornado_rows(), self.case.figures.public_net_pv_dkk, lang=L, width=width
            )
        if name == "financiers":
            if self.risk is None:
                return None
            return self._distribution("financiers_profit_dkk", "financiers", width)
        if name == "deal":
            return self.deal_figure(width)
        raise KeyError(f"unknown chart {name!r}; charts are {', '.join(self.CHARTS)}, deal")

    def deal_figure(self, width: float | None = None):
        """Both sides' expectations against the factor on the rate card (docs/model.md §10)."""
        zone = self.deal
        m = np.array([p.m for p in zone.grid])
        kommune = np.array([p.kommune_net_pv_dkk for p in zone.grid])
        financiers = np.array([p.financiers_npv_dkk for p in zone.grid])
        shaded = None if zone.empty else (zone.m_low, zone.m_high)
        ends = [x for x in (zone.m_low, zone.m_high) if x is not None and x < m[-1]]
        view = min(float(m[-1]), max(4.0, 1.5 * max(ends + [1.0])))
        return plots.deal_zone(m, kommune, financiers, shaded, self.lang, m_view=view, width=width)

    def chart_png(self, name: str, width: float | None = None) -> bytes | None:
        """PNG bytes of chart ``name`` (None when it needs draws that were not made)."""
        fig = self.figure(name, width)
        return None if fig is None else to_png(fig)

    def chart_note(self, name: str) -> str:
        """The one-paragraph reading guide under chart ``name``."""
        if name == "cumulative":
            return self.t("chart.cumulative.note", price_year=self.proposal.price_year)
        if name in ("public_net", "financiers"):
            if self.risk is None:
                return self.t("chart.no_draws")
            key = "public_net_pv_dkk" if name == "public_net" else "financiers_profit_dkk"
            note = (
                self.t("chart.public_net.note", draws=self.fmt.number(self.draws))
                if name == "public_net"
                else self._financiers_note()
            )
            lines = self.t("chart.lines_expected")
            if differs(self.draws_of(key), float(getattr(self.case.figures, key))):
                lines = self.t("chart.lines_both")
            return f"{note} {lines}"
        if name == "tornado":
            if self.tornado is None or self.tornado_rows().empty:
                return self.t("chart.tornado.none")
            return self.t("chart.tornado.note")
        if name == "deal":
            return self.t("chart.deal.note_empty" if self.deal.empty else "chart.deal.note")
        raise KeyError(name)

    def _financiers_note(self) -> str:
        s = self.risk.summary("financiers_multiple")
        return self.t("chart.financiers.note", p5=self.ratio(s["p5"]), p95=self.ratio(s["p95"]))

    def chart_outputs(self, name: str) -> list:
        """What the notebook displays for chart ``name``: the wide image, the narrow image for
        phones and the reading guide in a ``chart-note`` div."""
        from IPython.display import Image, Markdown

        wide = self.chart_png(name)
        note = escape_md(self.chart_note(name))
        if wide is None:
            # say once that the distributions need draws (under the first of them)
            if self.risk is None and name == "financiers":
                return []
            return [Markdown(note)]
        title = self.t("chart.deal.title" if name == "deal" else f"chart.{name}.title")
        alt = self.t("chart.alt", title=title)
        narrow = self.chart_png(name, WIDTHS["narrow"])
        return [
            Image(data=wide, format="png", metadata={"alt": alt}),
            Image(data=narrow, format="png", metadata={"alt": alt}),
            Markdown(f"::: {{.chart-note}}\n{note}\n:::"),
        ]

    def cumulative_series(self) -> dict[str, Any]:
        """Cumulative undiscounted net per party (for the chart): years and {label: array}."""
        fl = self.case.flows
        fund_flow = fl.fund(self.case.inputs.fund_share)[0]
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
        tor["label"] = [self.input_label(i) for i in tor["input"]]
        tor["range_text"] = [
            self._input_range(i, c, lo, hi)
            for i, c, lo, hi in zip(
                tor["input"], tor["central_value"], tor["low_value"], tor["high_value"], strict=True
            )
        ]
        return tor

    def _input_range(self, key: str, central: float, lo: float, hi: float) -> str:
        """An input's low and high value as the tornado shows them. The intervention cost as a
        change from its central value (its kroner interval is the key figures' own)."""
        kind = key.partition(":")[0]
        if kind == "success_rate":
            return f"{self.pct(lo)} – {self.pct(hi)}"
        if kind == "unit_cost":
            return f"{self.money(lo)} – {self.money(hi)}"
        if kind == "intervention_cost" and central:
            low, high = lo / central - 1.0, hi / central - 1.0
            return f"{self.pct(low, 0)} – +{self.pct(high, 0)}"
        return f"{self.fmt.number(lo, 2)} – {self.fmt.number(hi, 2)}"
