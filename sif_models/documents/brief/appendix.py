"""The brief's appendix: every assumption with its value, uncertainty and source (generated from
the schema by :mod:`sif_models.documents.assumptions`), the unit costs used, how the figures are
computed, and the provenance of the inputs."""

from __future__ import annotations

import pandas as pd

from sif_models import __version__
from sif_models.documents.assumptions import assumption_rows
from sif_models.documents.brief.base import BriefBasis
from sif_models.documents.common import provenance_md
from sif_models.inputs.catalogue import data_dir, price_index_source, sha256_file
from sif_models.inputs.schema import PAYERS
from sif_models.text.labels import flag, payer, unit
from sif_models.text.markdown import escape_md, md_table
from sif_models.text.sources import source_text

# price_index.csv names its source in English; a Danish brief says it in Danish
_INDEX_WORDS_DA = {"consumer price index, annual average": "forbrugerprisindeks, årsgennemsnit"}


def index_source(source: str, lang: str) -> str:
    """The price index's source in ``lang`` (its English words in Danish for a Danish brief).

    >>> index_source("Danmarks Statistik, PRIS8: consumer price index, annual average", "da")
    'Danmarks Statistik, PRIS8: forbrugerprisindeks, årsgennemsnit'
    """
    out = source_text(source, lang) or ""
    if lang == "da":
        for en, da in _INDEX_WORDS_DA.items():
            out = out.replace(en, da)
    return out


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

    def _payers(self, shares: tuple[float, float, float]) -> str:
        """Who bears a cost: the one payer, or each payer with its share (Kommune 80 %, stat
        20 %)."""
        named = [(p, x) for p, x in zip(PAYERS, shares, strict=True) if x > 0]
        if len(named) == 1:
            return payer(named[0][0], self.lang)
        words = [f"{payer(p, self.lang)} {self.pct(x, 0)}" for p, x in named]
        return ", ".join([words[0]] + [w[:1].lower() + w[1:] for w in words[1:]])

    def _budget(self, item) -> str:
        """The kommune's budget area of a cost and whether a saving on it can be taken out."""
        if item.shares[0] <= 0:
            return "–"
        area = item.budget_area or self.t("uc.no_area")
        cash = self.t("uc.cashable" if item.cashable else "uc.not_cashable")
        return f"{area}; {cash}"

    def unit_costs_table(self) -> pd.DataFrame:
        """The unit costs the proposal uses: who bears each (payer shares, the kommune's budget
        area, cashable or not), catalogue (or proposal) price, index factor, source."""
        L = self.lang
        py = self.proposal.price_year
        rows = []
        for cid, rc in self.case.inputs.costs.items():
            item = rc.item
            source = source_text(item.source_in(L), L) or self.t("as.no_source")
            uncertainty = (
                self.t("as.range", share=self.pct(item.range, 0))
                if item.range
                else self.t("as.fixed")
            )
            rows.append(
                (
                    f"{self.cost_label(cid)} ({self.t('uc.per', unit=unit(item.unit, L))})",
                    self._payers(item.shares),
                    self._budget(item),
                    self.t(
                        "uc.price_value",
                        price=self.money(rc.price_dkk),
                        original=self.money(item.price_dkk),
                        year=item.price_year,
                        factor=self.fmt.number(rc.factor, 3),
                    ),
                    f"{uncertainty}; {flag(item.flag, L).lower()}",
                    f"{source} ({self.t(f'origin.{item.origin}')})",
                )
            )
        return pd.DataFrame(
            rows,
            columns=[
                self.t("uc.item"),
                self.t("uc.payer"),
                self.t("uc.budget"),
                self.t("uc.price_now", year=py),
                self.t("uc.range"),
                self.t("uc.source"),
            ],
        )

    def assumptions_md(self) -> str:
        table = self.assumptions_table()
        parts = ["::: {.pagebreak}\n:::", self.heading_md("assumptions")]
        for group, sub in table.groupby("group", sort=False):
            parts.append(f"### {escape_md(group)}")
            body = sub.drop(columns="group")
            parts.append(md_table(body, "llll", [28, 20, 16, 36], values=set(body.columns[1:3])))
        uc = self.unit_costs_table()
        index = index_source(price_index_source(), self.lang)
        parts += [
            self.heading_md("unit_costs"),
            md_table(uc, "lllrll", [17, 11, 15, 16, 11, 30], values={uc.columns[3]}),
            f"*{escape_md(self.t('uc.index_note', year=self.proposal.price_year, source=index))}*",
        ]
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ provenance
    def provenance(self) -> pd.DataFrame:
        """SHA-256 of the inputs, sif version, seed, draws and date."""
        ddir = data_dir()
        rows = [
            (self.t("prov.proposal_file"), self.proposal_path.name),
            (self.t("prov.proposal_sha"), sha256_file(self.proposal_path)),
            (self.t("prov.catalogue_sha"), sha256_file(ddir / "unit_costs.csv")),
            (self.t("prov.index_sha"), sha256_file(ddir / "price_index.csv")),
            (self.t("prov.version"), __version__),
            (self.t("prov.seed"), str(self.seed) if self.seed is not None else "–"),
            (self.t("prov.draws"), self.fmt.number(self.draws)),
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
