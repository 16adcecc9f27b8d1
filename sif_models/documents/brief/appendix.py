"""The brief's appendix: every assumption with its value, uncertainty and source (generated from
the schema by :mod:`sif_models.documents.assumptions`), the unit costs used, how the figures are
computed, and the provenance of the inputs."""

from __future__ import annotations

import pandas as pd

from sif_models import __version__
from sif_models.documents.assumptions import assumption_rows
from sif_models.documents.brief.base import BriefBasis, share
from sif_models.documents.common import provenance_md
from sif_models.inputs.catalogue import data_dir, price_index_source, sha256_file
from sif_models.text.formatting import dkk, number
from sif_models.text.labels import flag, payer, unit
from sif_models.text.markdown import escape_md, md_table


class Appendix(BriefBasis):
    """Assumptions, unit costs, method and provenance."""

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
                    f"{self.cost_label(cid)} ({self.t('uc.per', unit=unit(item.unit, L))})",
                    payer(item.payer, L),
                    f"{dkk(item.price_dkk, L)} ({item.price_year})",
                    self.t(
                        "uc.price_now_value",
                        price=dkk(rc.price_dkk, L),
                        factor=number(rc.factor, 3, L),
                    ),
                    self.t("as.range", share=share(item.range, L, 0))
                    if item.range
                    else self.t("as.fixed"),
                    flag(item.flag, L),
                    f"{item.source} ({self.t(f'origin.{item.origin}')})",
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
        """How the figures are computed, and the provenance table with its note."""
        rows = list(self.provenance().itertuples(index=False, name=None))
        return "\n\n".join(
            [
                self.heading_md("method"),
                escape_md(self.t("method.text")),
                self.heading_md("provenance"),
                provenance_md(rows, self.lang),
                f"*{escape_md(self.t('prov.note'))}*",
            ]
        )
