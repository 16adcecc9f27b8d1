"""Who saves and who pays (docs/model.md §3–§5, version 2): the savings of kommune, region and
state, the kommune's savings that can be taken out of a budget and those that only free
capacity, the kommune's savings by budget area (magistratsafdeling), the added costs some
outcomes bring, who pays the outcome payments, and the contract's transaction costs."""

from __future__ import annotations

import numpy as np
import pandas as pd

from sif_models.documents.brief.base import BriefBasis
from sif_models.inputs.fields import text_in
from sif_models.inputs.schema import PAYERS
from sif_models.text.labels import payer
from sif_models.text.markdown import escape_md, md_table


class Parties(BriefBasis):
    """Savings by payer and budget area, outcome payers, transaction costs."""

    # ------------------------------------------------------------------ savings
    def savings_table(self) -> pd.DataFrame:
        """PV of the savings of each payer (expected, 90 % interval, central where it differs),
        the kommune's split into cashable savings and freed capacity where it has both, and the
        total."""
        f = self.case.figures
        rows = []
        for name in PAYERS:
            key = f"savings_{name}_pv_dkk"
            draws = self.draws_of(key)
            if abs(getattr(f, key)) < 0.5 and (draws is None or not np.any(np.abs(draws) >= 0.5)):
                continue  # a payer that saves nothing in any draw: said under the table
            rows.append(
                self.figure_row(
                    self.t(f"sv.{name}"), self.draws_of(key), getattr(f, key), self.money
                )
            )
            if name == "kommune" and self.case.inputs.splits_kommune[0]:
                rows += self._cashable_rows()
        draws = None
        if self.risk is not None:
            rf = self.risk.figures
            draws = rf.savings_kommune_pv_dkk + rf.savings_region_pv_dkk + rf.savings_stat_pv_dkk
        total = sum(f.savings_pv_dkk(p) for p in PAYERS)
        rows.append(self.figure_row(self.t("sv.total"), draws, total, self.money))
        return self.money_table(rows, self.t("sv.who"))

    def silent_payers(self) -> list[str]:
        """The payers that save nothing in the central estimate nor in any draw."""
        f = self.case.figures
        out = []
        for name in PAYERS:
            key = f"savings_{name}_pv_dkk"
            draws = self.draws_of(key)
            if abs(getattr(f, key)) < 0.5 and (draws is None or not np.any(np.abs(draws) >= 0.5)):
                out.append(self.t(f"sv.{name}"))
        return out

    def _cashable_rows(self) -> list:
        f = self.case.figures
        cash = self.draws_of("kommune_savings_cashable_pv_dkk")
        kommune = self.draws_of("savings_kommune_pv_dkk")
        capacity = None if cash is None else kommune - cash
        return [
            self.figure_row(
                self.t("sv.cashable"), cash, f.kommune_savings_cashable_pv_dkk, self.money
            ),
            self.figure_row(
                self.t("sv.not_cashable"),
                capacity,
                f.savings_kommune_pv_dkk - f.kommune_savings_cashable_pv_dkk,
                self.money,
            ),
        ]

    def _area_cashable(self, area: str) -> str:
        """Whether the kommune's savings in a budget area can be taken out: yes, no or partly
        (from the cost items of that area that the kommune bears a share of)."""
        flags = [
            rc.item.cashable
            for rc in self.case.inputs.costs.values()
            if rc.item.shares[0] > 0 and rc.item.budget_area == area
        ]
        if all(flags):
            return self.t("sv.area_cash.yes")
        return self.t("sv.area_cash.no") if not any(flags) else self.t("sv.area_cash.partly")

    def areas_table(self) -> pd.DataFrame | None:
        """The kommune's savings (PV, central estimate) by budget area, and whether they can be
        taken out of the budget; None when no cost item names a budget area."""
        areas = self.case.savings_by_budget_area
        if not any(areas):
            return None
        rows = [
            (
                area or self.t("sv.area_none"),
                self.money(value),
                self._area_cashable(area),
            )
            for area, value in areas.items()
        ]
        return pd.DataFrame(
            rows, columns=[self.t("sv.area"), self.t("sv.area_pv"), self.t("sv.area_cash")]
        )

    def added_costs(self) -> list[str]:
        """The cost items some outcome adds rather than avoids (a negative quantity)."""
        inp = self.case.inputs
        added = np.any(inp.quantity < 0, axis=0)
        return [self.cost_label(cid) for cid, a in zip(inp.cost_ids, added, strict=True) if a]

    # ------------------------------------------------------------------ payments
    def outcome_payers_table(self) -> pd.DataFrame | None:
        """Each outcome payer, its type and share and its part of the outcome payments (PV,
        expected); None when the kommune pays them all."""
        payers = self.proposal.contract.payers()
        if len(payers) == 1 and payers[0].payer == "kommune":
            return None
        paid = self.draws_of("outcome_payments_pv_dkk")
        central = self.case.figures.outcome_payments_pv_dkk
        rows = []
        for op in payers:
            draws = None if paid is None else op.share * paid
            kind = payer(op.payer, self.lang).lower()
            said = any(payer(op.payer, lang).lower() in op.name.lower() for lang in ("da", "en"))
            label = (
                f"{op.name} ({self.pct(op.share, 0)})"
                if said
                else (f"{op.name} ({kind}, {self.pct(op.share, 0)})")
            )
            rows.append(self.figure_row(label, draws, op.share * central, self.money))
        return self.money_table(rows, self.t("op.payer"))

    def _kommune_pays_sentence(self) -> str:
        central = self.case.figures.outcome_payments_pv_dkk
        paid = self.draws_of("outcome_payments_pv_dkk")
        if paid is None:
            return self.t("op.kommune_alone_central", value=self.money(central))
        row = self.figure_row("", paid, central, self.money)
        note = self.t("sum.central_in", value=row[3]) if row[3] else ""
        return self.t("op.kommune_alone", value=row[1], central=note)

    def transaction_table(self) -> pd.DataFrame | None:
        """The contract's transaction costs: what, who bears it, the year and the amount."""
        costs = self.proposal.contract.transaction_costs
        if not costs:
            return None
        p = self.proposal
        rows = []
        for c in costs:
            year = p.start_year + c.year
            when = str(year) if c.year < p.horizon_years else self.t("tc.after", year=year)
            label = text_in(c, "label", self.lang)
            rows.append((label, self.t(f"tc.by.{c.borne_by}"), when, self.money(c.dkk)))
        return pd.DataFrame(
            rows,
            columns=[self.t("tc.what"), self.t("tc.borne_by"), self.t("tc.year"), self.t("tc.dkk")],
        )

    # ------------------------------------------------------------------ the section
    def parties_md(self) -> str:
        """The section: savings by payer and budget area, added costs, outcome payers,
        transaction costs."""
        sv = self.savings_table()
        parts = [
            self.heading_md("parties"),
            escape_md(self.t("sv.intro")),
            md_table(sv, "l" + "r" * (sv.shape[1] - 1), values=set(sv.columns[1:])),
        ]
        silent = self.silent_payers()
        if len(silent) == 1:
            parts.append(escape_md(self.t("sv.silent_one", payer=silent[0])))
        elif len(silent) == 2:
            second = silent[1][:1].lower() + silent[1][1:]
            parts.append(escape_md(self.t("sv.silent_two", first=silent[0], second=second)))
        elif silent:
            parts.append(escape_md(self.t("sv.silent_all")))
        areas = self.areas_table()
        if areas is not None:
            parts += [
                self.heading_md("areas", 3),
                md_table(areas, "lrl", values={areas.columns[1]}),
                f"*{escape_md(self.t('sv.area_note'))}*",
            ]
        added = self.added_costs()
        if added:
            parts.append(escape_md(self.t("sv.added", items="; ".join(added))))
        parts.append(self.heading_md("outcome_payers", 3))
        payers = self.outcome_payers_table()
        if payers is None:
            parts.append(escape_md(self._kommune_pays_sentence()))
        else:
            parts.append(
                md_table(payers, "l" + "r" * (payers.shape[1] - 1), values=set(payers.columns[1:]))
            )
        tc = self.transaction_table()
        if tc is not None:
            pv = self.case.figures.transaction_costs_pv_dkk
            parts += [
                self.heading_md("transaction_costs", 3),
                md_table(tc, "llrr", values={tc.columns[3]}),
                escape_md(self.t("tc.note", pv=self.money(pv))),
            ]
        return "\n\n".join(parts)
