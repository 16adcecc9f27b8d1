"""The brief's tables of money: the yearly cash flows by party (the central estimate) and the
financing (each financier's expected capital, money back and gain or loss)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from sif_models.documents.assumptions import exact_share
from sif_models.documents.brief.base import BriefBasis, differs
from sif_models.text.labels import text
from sif_models.text.markdown import escape_md, md_table


class Tables(BriefBasis):
    """Cash flows and financiers."""

    def _cash_flow_columns(self) -> dict[str, np.ndarray]:
        """The yearly series the table shows, by column key (cf.*), zero columns left out."""
        inp, fl = self.case.inputs, self.case.flows
        fund_flow = fl.fund(inp.fund_share)[0]
        cols: dict[str, np.ndarray] = {
            "cf.cost": -fl.intervention_cost[0],
            "cf.kommune": fl.kommune[0],
            "cf.region": fl.avoided[0, 1],
            "cf.stat": fl.avoided[0, 2],
            "cf.public": fl.public[0],
            "cf.cumulative": np.cumsum(fl.public[0]),
            "cf.financiers": fl.financiers[0],
            "cf.fund": fund_flow,
        }
        for key in ("cf.region", "cf.stat"):
            if not np.any(np.abs(cols[key]) >= 0.5):
                del cols[key]
        if np.allclose(fund_flow, fl.financiers[0]) or not np.any(fund_flow):
            del cols["cf.fund"]
        return cols

    def cash_flow_table(self) -> pd.DataFrame:
        """Yearly cash flows by party (1,000 DKK, undiscounted, the central estimate) with a
        total and a present-value row."""
        inp = self.case.inputs
        d = inp.discount_factor
        cols = self._cash_flow_columns()

        def k(x: float) -> str:
            return self.fmt.number(x / 1000.0)

        rows = [
            [str(int(year))] + [k(v[t]) for v in cols.values()] for t, year in enumerate(inp.years)
        ]
        cum = "cf.cumulative"
        rows.append(
            [self.t("cf.total")] + [("" if n == cum else k(v.sum())) for n, v in cols.items()]
        )
        rows.append(
            [self.t("cf.pv")] + [("" if n == cum else k((v * d).sum())) for n, v in cols.items()]
        )
        return pd.DataFrame(rows, columns=[self.t("cf.year"), *(self.t(c) for c in cols)])

    def cash_flows_explain(self) -> str:
        """What each column shown means, and which payers are left out because they save
        nothing."""
        inp = self.case.inputs
        shown = self._cash_flow_columns()
        kommune_extra = "".join(
            [
                self.t("cf.explain.to_fund") if inp.savings_share_to_fund > 0 else "",
                self.t("cf.explain.transaction")
                if np.any(inp.transaction_costs_kommune_dkk)
                else "",
            ]
        )
        parts = [self.t("cf.explain.cost"), self.t("cf.explain.kommune", extra=kommune_extra)]
        for key, words in (("cf.region", "cf.explain.region"), ("cf.stat", "cf.explain.stat")):
            if key in shown:
                parts.append(self.t(words))
        public_extra = (
            self.t("cf.explain.public_transaction") if np.any(inp.transaction_costs_dkk) else ""
        )
        parts.append(self.t("cf.explain.public", extra=public_extra))
        parts.append(self.t("cf.explain.financiers"))
        if "cf.fund" in shown:
            parts.append(self.t("cf.explain.fund"))
        hidden = [self.t(k) for k in ("cf.region", "cf.stat") if k not in shown]
        if len(hidden) == 2:
            parts.append(self.t("cf.explain.hidden_both"))
        elif hidden:
            parts.append(self.t("cf.explain.hidden_one", payer=hidden[0]))
        return " ".join(parts)

    def cash_flows_md(self) -> str:
        frame = self.cash_flow_table()
        return "\n\n".join(
            [
                self.heading_md("cash_flows"),
                f"*{escape_md(self.t('cf.unit', price_year=self.proposal.price_year))}*",
                md_table(frame, "l" + "r" * (frame.shape[1] - 1), values=set(frame.columns[1:])),
                escape_md(self.cash_flows_explain()),
            ]
        )

    # ------------------------------------------------------------------ financing
    def financiers_table(self) -> pd.DataFrame:
        """Each financier: share, capital, money back and gain or loss (undiscounted) — expected
        (the mean of the draws) with draws, else the central estimate; with the central gain or
        loss beside the expected where the two differ materially."""
        f = self.case.figures if self.risk is None else self.risk.figures
        central = self.case.figures
        capital, received, profit = (
            float(np.mean(getattr(f, k)))
            for k in ("financiers_capital_dkk", "financiers_received_dkk", "financiers_profit_dkk")
        )
        show_central = self.risk is not None and differs(
            self.risk.figures.financiers_profit_dkk, central.financiers_profit_dkk
        )
        inp = self.case.inputs
        rows = []
        for name, role, share in zip(
            inp.financier_names, inp.financier_roles, inp.financier_shares, strict=True
        ):
            row = [
                _with_role(name, role, self.lang),
                exact_share(float(share), self.lang),
                self.money(share * capital),
                self.money(share * received),
                self.money(share * profit),
            ]
            if show_central:
                row.append(self.money(share * central.financiers_profit_dkk))
            rows.append(row)
        kind = "central" if self.risk is None else "expected"
        cols = [
            self.t("fin.name"),
            self.t("fin.share"),
            self.t(f"fin.capital.{kind}"),
            self.t(f"fin.received.{kind}"),
            self.t(f"fin.profit.{kind}"),
        ]
        if show_central:
            cols.append(self.t("fin.profit.central"))
        return pd.DataFrame(rows, columns=cols)

    def financing_md(self) -> str:
        """The financiers, and the financing with or without an external investor."""
        fin = self.financiers_table()
        parts = [
            self.heading_md("financiers"),
            md_table(fin, "l" + "r" * (fin.shape[1] - 1), values=set(fin.columns[1:])),
            escape_md(self.t("fin.note")),
        ]
        return "\n\n".join(parts)


def _with_role(name: str, role: str, lang: str) -> str:
    """``Name (role)`` unless the name already says the role (in either language); a name
    that ends in brackets gets the role inside them, not a second pair.

    >>> _with_role("Rådet (fonden)", "fund", "en"), _with_role("DSI", "investor", "da")
    ('Rådet (fonden)', 'DSI (investor)')
    >>> _with_role("Øvrig finansiering (ikke oplyst)", "investor", "da")
    'Øvrig finansiering (ikke oplyst; investor)'
    """
    words = {text(f"role.{role}", other).lower() for other in ("da", "en")}
    if any(w.removeprefix("the ") in name.lower() for w in words):
        return name
    said = text(f"role.{role}", lang)
    if name.endswith(")") and "(" in name:
        return f"{name[:-1]}; {said})"
    return f"{name} ({said})"
