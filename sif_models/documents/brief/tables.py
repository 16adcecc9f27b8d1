"""The brief's tables: yearly cash flows by party, the financing, and the uncertainty of the
main figures over the draws."""

from __future__ import annotations

import numpy as np
import pandas as pd

from sif_models.documents.brief.base import BriefBasis, share
from sif_models.documents.common import thousands
from sif_models.text.formatting import dkk, number
from sif_models.text.labels import text
from sif_models.text.markdown import escape_md, md_table


class Tables(BriefBasis):
    """Cash flows, financiers and risk."""

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
            return thousands(x, self.lang)

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
                share(r.share, L, 0),
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


def _with_role(name: str, role: str, lang: str) -> str:
    """``Name (role)`` unless the name already says the role (in either language).

    >>> _with_role("Rådet (fonden)", "fund", "en"), _with_role("DSI", "investor", "da")
    ('Rådet (fonden)', 'DSI (investor)')
    """
    words = {text(f"role.{role}", other).lower() for other in ("da", "en")}
    if any(w.removeprefix("the ") in name.lower() for w in words):
        return name
    return f"{name} ({text(f'role.{role}', lang)})"
