"""The fund brief: the fund's outlook over its first years with its portfolio and, when named,
with new proposals (``sif fund [--with FILE...]``).

The notebook ``notebooks/fund.ipynb`` only calls :func:`build_fund_page` and displays what the
:class:`FundPage` returns; what it shares with the meeting overview and the yearly report
(the outlook tables, the fan chart, provenance) is :mod:`sif_models.documents.common`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sif_models.case.business_case import DEFAULT_DRAWS, run
from sif_models.documents.common import (
    ExpectedPath,
    Page,
    Scenario,
    bullets_md,
    chance,
    differs_materially,
    fund_money,
    join_words,
    outlook_table_md,
    quoted,
    scroll_md,
    seed_or_default,
    yearly_table_md,
)
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import FundOutlook, fund_outlook
from sif_models.inputs.portfolio import Fund
from sif_models.inputs.proposals import load_proposal
from sif_models.text.formatting import dkk, long_date, mio, number, percent
from sif_models.text.labels import check_lang, status, text
from sif_models.text.markdown import escape_md, md_table, md_value


def portfolio_table(outlook: FundOutlook, lang: str) -> pd.DataFrame:
    """Each proposal in the outlook: start, the fund's share, what it puts in and may get back
    (central, undiscounted), and a total row."""
    L = lang
    rows = []
    put_total = back_total = 0.0
    for h in outlook.holdings:
        case = run(h.proposal)
        m = fund_money(case)
        put_total += m["put"]
        back_total += m["back"]
        name = h.proposal.text_in("title", L)
        if h.new:
            name = f"{name} ({text('fp.new', L)})"
        rows.append(
            [
                name,
                str(h.start_year),
                status(h.proposal.status, L) if not h.new else text("fp.new_status", L),
                percent(m["share"], 0, L),
                dkk(m["put"], L),
                dkk(m["back"], L),
                dkk(m["net"], L),
            ]
        )
    rows.append(
        [
            text("cf.total", L),
            "",
            "",
            "",
            dkk(put_total, L),
            dkk(back_total, L),
            dkk(back_total - put_total, L),
        ]
    )
    return pd.DataFrame(
        rows,
        columns=[
            text("fp.proposal", L),
            text("fp.start", L),
            text("fp.status", L),
            text("fp.share", L),
            text("fp.put", L),
            text("fp.back", L),
            text("fp.net", L),
        ],
    )


def portfolio_table_md(outlook: FundOutlook, lang: str) -> str:
    frame = portfolio_table(outlook, lang)
    return "\n\n".join(
        [
            scroll_md(
                md_table(
                    frame, "lllrrrr", [29, 7, 10, 10, 15, 15, 14], values=set(frame.columns[3:])
                )
            ),
            f"*{escape_md(text('fp.note', lang))}*",
        ]
    )


@dataclass(frozen=True)
class FundPage(Page):
    """The fund brief: the fund's outlook with its portfolio, and with named new proposals."""

    fund: Fund
    fund_path: Path
    with_paths: tuple[Path, ...]
    lang: str
    draws: int
    seed: int
    made: dt.date
    before: FundOutlook
    after: FundOutlook | None

    @property
    def new_titles(self) -> list[str]:
        if self.after is None:
            return []
        return [h.proposal.title for h in self.after.holdings if h.new]

    @property
    def already(self) -> list[str]:
        """Titles of named proposals that are in the portfolio already."""
        new = {h.proposal.id for h in self.after.holdings if h.new} if self.after else set()
        out = []
        for p in self.with_paths:
            proposal = load_proposal(p)
            if proposal.id not in new and proposal.title not in out:
                out.append(proposal.title)
        return out

    @property
    def scenarios(self) -> list[Scenario]:
        out = [Scenario(self.t("fo.portfolio"), self.before)]
        if self.after is not None:
            out.append(Scenario(self.t("fo.with_new"), self.after))
        return out

    @property
    def main(self) -> FundOutlook:
        return self.after if self.after is not None else self.before

    def title(self) -> str:
        return self.t("fund.title", n=self.fund.min_active_years)

    def title_md(self) -> str:
        L = self.lang
        meta = [
            f"**{escape_md(self.t('fund.name'))}:** {escape_md(self.fund.name)}",
            f"**{escape_md(self.t('fund.start'))}:** "
            + md_value(
                self.t(
                    "fund.start_value",
                    date=long_date(self.fund.start_date, L),
                    capital=mio(self.fund.start_capital_dkk, L),
                )
            ),
            f"**{escape_md(self.t('fund.portfolio'))}:** "
            + escape_md(self.t("fund.portfolio_value", n=len(self.before.holdings)))
            + f" · **{escape_md(self.t('doc.made'))}:** {md_value(long_date(self.made, L))}",
        ]
        if self.after is not None:
            meta.append(
                f"**{escape_md(self.t('fund.new'))}:** " + escape_md(", ".join(self.new_titles))
            )
        if self.already:
            meta.append(
                f"**{escape_md(self.t('fund.new'))}:** "
                + escape_md(self.t("fund.already", names=", ".join(self.already)))
            )
        kind = escape_md(f"{self.t('doc.kind_fund')} {self.t('doc.for_council')}")
        return "\n\n".join([f"# {escape_md(self.title())}", f"*{kind}*", "\\\n".join(meta)])

    def _path_sentence(self, outlook: FundOutlook, dry: str, never: str) -> str:
        """When the fund's expected path (central without draws) runs dry, in a sentence."""
        path = ExpectedPath.of(outlook)
        words = self.t("fund.path.mean" if path.is_mean else "fund.path.central")
        if path.run_dry_year is not None:
            return self.t(dry, path=words, year=path.run_dry_year)
        return self.t(never, path=words, last=int(path.years[-1]))

    def _balance_sentences(self, outlook: FundOutlook) -> list[str]:
        """The balance at the end of the tenth year: expected with its interval, and the central
        estimate where it differs materially."""
        L = self.lang
        year = int(outlook.years[0]) + outlook.min_active_years - 1
        central = ExpectedPath.of(outlook, central=True).at(year)
        if outlook.draws is None:
            return [self.t("fund.sum.balance_central_only", year=year, balance=mio(central, L))]
        mean = ExpectedPath.of(outlook).at(year)
        i = int(np.searchsorted(outlook.years, year))
        band = outlook.band()
        out = [
            self.t(
                "fund.sum.balance",
                year=year,
                balance=mio(mean, L),
                low=mio(float(band["p5"][i]), L),
                high=mio(float(band["p95"][i]), L),
            )
        ]
        if differs_materially(mean, central):
            out.append(self.t("fund.sum.balance_central", balance=mio(central, L)))
        return out

    def summary_md(self) -> str:
        L = self.lang
        b = self.before
        n, y0 = b.min_active_years, int(b.years[0])
        lines = []
        if b.draws is not None:
            lines.append(
                self.t("fund.sum.p_active", p=chance(b.p_active, L), n=n, first=y0, last=y0 + n - 1)
            )
            if b.common_shock > 0:
                p0 = chance(b.p_active_without_shock, L)
                same = p0 == chance(b.p_active, L)
                lines.append(self.t("fund.sum.shock_same" if same else "fund.sum.shock", p=p0))
        lines.append(" ".join(self._balance_sentences(b)))
        lines.append(self._path_sentence(b, "fund.sum.dry", "fund.sum.never"))
        if b.draws is not None:
            lines.append(
                self.t(
                    "fund.sum.capacity",
                    capacity=mio(b.capacity_left_dkk, L),
                    year=b.capacity_from_year,
                    n=n,
                )
            )
        if self.after is not None:
            a = self.after
            if a.draws is not None:
                lines.append(
                    self.t(
                        "fund.sum.with_new",
                        names=join_words([quoted(t, L) for t in self.new_titles], L),
                        p=chance(a.p_active, L),
                        p0=chance(a.p_active_without_shock, L),
                        capacity=mio(a.capacity_left_dkk, L),
                    )
                )
            lines.append(self._path_sentence(a, "fund.sum.with_new_dry", "fund.sum.with_new_never"))
        return f"## {escape_md(self.t('heading.summary'))}\n\n{bullets_md(lines)}"

    def key_figures_md(self) -> str:
        parts = [
            f"## {escape_md(self.t('heading.key_figures'))}",
            outlook_table_md(self.scenarios, self.lang),
            self.outlook_note_md(self.before),
        ]
        return "\n\n".join(parts)

    def yearly_md(self) -> str:
        compare = Scenario(self.t("fo.portfolio"), self.before) if self.after else None
        heading = self.t("fund.heading.yearly_new" if self.after else "fund.heading.yearly")
        return "\n\n".join(
            [
                f"## {escape_md(heading)}",
                yearly_table_md(self.main, self.lang, compare),
            ]
        )

    def portfolio_md(self) -> str:
        return "\n\n".join(
            [
                f"## {escape_md(self.t('fund.heading.portfolio'))}",
                portfolio_table_md(self.main, self.lang),
            ]
        )

    def method_md(self) -> str:
        rows = self.file_rows("fund", self.fund_path)
        for p in self.with_paths:
            rows += self.file_rows("proposal", p)
        rows += self.run_rows(str(self.seed))
        n = self.fund.min_active_years
        shock = (
            self.t("fund.method.shock", rho=number(self.fund.common_shock, 2, self.lang), n=n)
            if self.fund.common_shock > 0
            else self.t("fund.method.no_shock")
        )
        method = self.t("fund.method", draws=number(self.draws, 0, self.lang), shock=shock, n=n)
        return self.method_provenance_md(method, rows)


def build_fund_page(
    fund_path: str | Path,
    with_paths: list[str] | tuple[str, ...] = (),
    draws: int = DEFAULT_DRAWS,
    seed: int = -1,
    lang: str = "da",
    today: dt.date | None = None,
) -> FundPage:
    """The fund brief's content: the outlook with the portfolio and, when ``with_paths`` names
    proposal files, with them too (capacity measured from the same year in both)."""
    check_lang(lang)
    fund_path = Path(fund_path)
    fund = load_fund(fund_path)
    used_seed = seed_or_default(seed)
    before = fund_outlook(fund, draws=int(draws), seed=used_seed)
    after = None
    paths = tuple(Path(p) for p in with_paths)
    if paths:
        after = fund_outlook(
            fund,
            draws=int(draws),
            seed=used_seed,
            with_files=list(paths),
            capacity_from_year=before.capacity_from_year,
        )
        if not any(h.new for h in after.holdings):
            after = None  # every named proposal is in the portfolio already
    return FundPage(
        fund=fund,
        fund_path=fund_path,
        with_paths=paths,
        lang=lang,
        draws=int(draws),
        seed=used_seed,
        made=today or dt.date.today(),
        before=before,
        after=after,
    )


__all__ = ["FundPage", "build_fund_page", "portfolio_table"]
