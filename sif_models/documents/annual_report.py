"""The yearly report: every investment's status, its measured results against what was expected,
the success rates updated with them (Beta-binomial), the updated business cases and the fund's
economy (``sif annual-report YEAR``).

The notebook ``notebooks/annual_report.ipynb`` only calls :func:`build_annual_page` and displays
what the :class:`AnnualPage` returns; the report's figures are
:func:`sif_models.fund.annual.annual_report`. What the page shares with the fund brief and the
meeting overview is :mod:`sif_models.documents.common`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from sif_models.case.business_case import BusinessCase
from sif_models.documents import charts
from sif_models.documents.charts import to_png
from sif_models.documents.common import (
    Page,
    Scenario,
    bullets_md,
    chance,
    chart_images,
    join_words,
    outlook_table_md,
    scroll_md,
    seed_or_default,
    yearly_table_md,
)
from sif_models.fund.loading import load_fund
from sif_models.text.formatting import dkk, long_date, mio, number, percent
from sif_models.text.labels import check_lang
from sif_models.text.markdown import escape_md, md_table, md_value
from sif_models.text.sources import source_text

ILLUSTRATIVE_MARKERS = ("illustrative", "illustrativ", "opdigte")


def is_illustrative(source: str) -> bool:
    """Does a results row's source say its figures are invented examples?

    >>> is_illustrative("illustrative: invented example figures"), is_illustrative("Rambøll")
    (True, False)
    """
    s = source.lower()
    return any(m in s for m in ILLUSTRATIVE_MARKERS)


@dataclass(frozen=True)
class AnnualPage(Page):
    """The yearly report: investments, measured results, updated estimates, the fund."""

    report: Any  # sif_models.fund.annual.AnnualReport
    fund_path: Path
    results_dir: Path
    results: pd.DataFrame
    lang: str
    draws: int
    seed: int
    made: dt.date

    @property
    def year(self) -> int:
        return int(self.report.year)

    @property
    def seen(self) -> pd.DataFrame:
        """The results rows measured in or before the report's year."""
        r = self.results
        return r[r.measured_year <= self.year]

    @property
    def illustrative(self) -> bool:
        return any(is_illustrative(s) for s in self.seen.source)

    def title(self) -> str:
        return self.t("ann.title", year=self.year)

    def outcome_label(self, inv, outcome_id: str) -> str:
        for o in inv.proposal.outcomes:
            if o.id == outcome_id:
                return (o.label_en or o.label) if self.lang == "en" else o.label
        return outcome_id

    # ------------------------------------------------------------------ head
    def title_md(self) -> str:
        L = self.lang
        fund = self.report.fund
        meta = [
            f"**{escape_md(self.t('fund.name'))}:** {escape_md(fund.name)}",
            f"**{escape_md(self.t('ann.period'))}:** "
            + md_value(self.t("ann.period_value", year=self.year))
            + f" · **{escape_md(self.t('doc.made'))}:** {md_value(long_date(self.made, L))}",
        ]
        kind = escape_md(f"{self.t('doc.kind_annual')} {self.t('doc.from_council')}")
        parts = [f"# {escape_md(self.title())}", f"*{kind}*", "\\\n".join(meta)]
        if self.illustrative:
            parts.append(f"::: {{.notice}}\n{escape_md(self.t('ann.illustrative'))}\n:::")
        return "\n\n".join(parts)

    def count_sentence(self) -> str:
        """How many investments there are and in which state, naming only the states there are
        ("9 er i gang", not "9 i gang, 0 ikke startet og 0 afsluttet")."""
        invs = self.report.investments
        states = {"running": "running", "not started": "waiting", "ended": "ended"}
        counts = {k: sum(1 for i in invs if i.status == s) for s, k in states.items()}
        present = [k for k, n in counts.items() if n]
        if len(invs) == 1:
            return self.t("ann.sum.one", state=self.t(f"ann.state.{present[0]}"))
        if len(present) == 1:
            return self.t("ann.sum.all", n=len(invs), state=self.t(f"ann.state.{present[0]}"))
        parts = [f"{counts[k]} {self.t(f'ann.state.{k}')}" for k in present]
        return self.t("ann.sum.count", n=len(invs), parts=join_words(parts, self.lang))

    def summary_md(self) -> str:
        L = self.lang
        invs = self.report.investments
        measured = [i for i in invs if int(i.outcomes.measured.sum()) > 0]
        econ = self.report.economy()
        lines = [self.count_sentence()]
        if measured:
            lines.append(self.t("ann.sum.measured", n=len(measured), year=self.year))
        else:
            lines.append(self.t("ann.sum.measured_none", year=self.year))
        planned = sum(i.original.figures.public_net_pv_dkk for i in invs)
        updated = sum(i.updated.figures.public_net_pv_dkk for i in invs)
        if updated < 0 and planned < 0:  # "a net gain of −8,7 mio. kr." says a loss badly
            lines.append(
                self.t("ann.sum.public_loss", updated=mio(-updated, L), planned=mio(-planned, L))
            )
        else:
            lines.append(
                self.t("ann.sum.public_net", updated=mio(updated, L), planned=mio(planned, L))
            )
        lines.append(self.t("ann.sum.balance", year=self.year, balance=mio(econ["balance_dkk"], L)))
        outlook = self.report.outlook_updated
        if outlook.draws is not None:
            n, y0 = outlook.min_active_years, int(outlook.years[0])
            p, p0 = chance(outlook.p_active, L), chance(outlook.p_active_without_shock, L)
            lines.append(
                self.t(
                    "ann.sum.p_active_same" if p == p0 else "ann.sum.p_active",
                    p=p,
                    p0=p0,
                    n=n,
                    first=y0,
                    last=y0 + n - 1,
                )
            )
        return f"## {escape_md(self.t('heading.summary'))}\n\n{bullets_md(lines)}"

    # ------------------------------------------------------------------ investments
    def status_text(self, inv) -> str:
        if inv.status == "running":
            return self.t("ann.status.running", k=inv.contract_year, h=inv.proposal.horizon_years)
        if inv.status == "not started":
            return self.t("ann.status.waiting", year=inv.proposal.start_year)
        return self.t("ann.status.ended")

    def investments_table(self) -> pd.DataFrame:
        """One row per investment: status, participants measured, public net planned/updated."""
        L = self.lang
        rows = []
        seen = self.seen
        for inv in self.report.investments:
            planned = inv.original.figures.public_net_pv_dkk
            updated = inv.updated.figures.public_net_pv_dkk
            mine = seen[seen.proposal == inv.proposal.id]
            n = int(mine.groupby("cohort_start_year").participants.max().sum()) if len(mine) else 0
            rows.append(
                [
                    inv.proposal.text_in("title", self.lang),
                    self.status_text(inv),
                    str(inv.proposal.participants),
                    number(n, 0, L) if n else "–",
                    dkk(planned, L),
                    dkk(updated, L),
                    dkk(updated - planned, L),
                ]
            )
        return pd.DataFrame(
            rows,
            columns=[
                self.t("ann.col.investment"),
                self.t("ann.col.status"),
                self.t("ann.col.participants"),
                self.t("ann.col.measured"),
                self.t("ann.col.planned"),
                self.t("ann.col.updated"),
                self.t("ann.col.change"),
            ],
        )

    def investments_md(self) -> str:
        frame = self.investments_table()
        return "\n\n".join(
            [
                f"## {escape_md(self.t('ann.heading.investments'))}",
                scroll_md(
                    md_table(
                        frame, "llrrrrr", [25, 16, 8, 7, 15, 15, 14], values=set(frame.columns[2:])
                    )
                ),
                f"*{escape_md(self.t('ann.investments_note'))}*",
            ]
        )

    def outcome_rows(self, inv) -> pd.DataFrame:
        """Measured against the proposal's estimate per outcome, and the updated estimate. The
        estimate before (the prior's mean) is its own column only where it differs from the
        proposal's rate (a centred prior has the proposal's rate as its mean)."""
        L = self.lang
        rows = []
        for r in inv.outcomes.itertuples(index=False):
            if r.measured == 0:
                continue
            rows.append(
                [
                    self.outcome_label(inv, r.outcome),
                    self.t("ann.of", s=number(r.successes, 0, L), n=number(r.measured, 0, L)),
                    percent(r.observed_rate, 1, L),
                    percent(r.expected_rate, 1, L),
                    number(r.expected_successes, 1, L),
                    percent(r.prior_mean, 1, L),
                    percent(r.updated_rate, 1, L),
                    f"{percent(r.updated_low, 1, L)} – {percent(r.updated_high, 1, L)}",
                ]
            )
        columns = [
            self.t("ann.col.outcome"),
            self.t("ann.col.observed"),
            self.t("ann.col.observed_rate"),
            self.t("ann.col.expected_rate"),
            self.t("ann.col.expected_n"),
            self.t("ann.col.prior"),
            self.t("ann.col.updated_rate"),
            self.t("ann.col.updated_band"),
        ]
        frame = pd.DataFrame(rows, columns=columns)
        if (frame[columns[5]] == frame[columns[3]]).all():
            frame = frame.drop(columns=columns[5])
        return frame

    def case_rows(self, inv) -> pd.DataFrame:
        """The business case before and after the measurements (central estimates): public net,
        kommune net, gain per krone, the year it pays for itself, outcome payments."""
        L = self.lang
        o, u = inv.original, inv.updated
        last = inv.proposal.start_year + inv.proposal.horizon_years - 1

        def bey(case: BusinessCase) -> str:
            year = case.break_even_year
            return str(year) if year is not None else self.t("ann.no_break_even", last=last)

        def money(key: str, name: str) -> list[str]:
            return [self.t(key), dkk(getattr(o.figures, name), L), dkk(getattr(u.figures, name), L)]

        rows = [
            money("ann.row.public_net", "public_net_pv_dkk"),
            money("ann.row.kommune_net", "kommune_net_pv_dkk"),
            [
                self.t("ann.row.bcr"),
                number(o.figures.benefit_cost_ratio, 2, L),
                number(u.figures.benefit_cost_ratio, 2, L),
            ],
            [self.t("ann.row.break_even"), bey(o), bey(u)],
            money("ann.row.payments", "outcome_payments_pv_dkk"),
        ]
        return pd.DataFrame(
            rows,
            columns=[
                self.t("ann.case_caption"),  # in the table: a caption alone ended a PDF page
                self.t("ann.col.planned_short"),
                self.t("ann.col.updated_short"),
            ],
        )

    def sources_md(self, inv) -> str | None:
        """The sources of an investment's measured results in the reader's language: the results
        files' invented example figures as a fixed note, other sources by
        :func:`~sif_models.text.sources.source_text`."""
        seen = self.seen
        found = sorted(
            set(seen[(seen.proposal == inv.proposal.id) & (seen.participants > 0)].source)
        )
        words = []
        for s in found:
            shown = (
                self.t("ann.source_illustrative")
                if is_illustrative(s)
                else source_text(s, self.lang)
            )
            if shown and shown not in words:
                words.append(shown)
        if not words:
            return None
        return f"*{escape_md(self.t('ann.sources', sources='; '.join(words)))}*"

    def results_outputs(self) -> list:
        """Per investment with measurements: the outcomes table, a chart of the estimates and
        the updated case, as display objects for the notebook."""
        from IPython.display import Markdown

        out = [
            Markdown(
                "\n\n".join(
                    [
                        "::: {.pagebreak}\n:::",
                        f"## {escape_md(self.t('ann.heading.results'))}",
                        escape_md(self.t("ann.results_intro")),
                    ]
                )
            )
        ]
        waiting = []
        for inv in self.report.investments:
            table = self.outcome_rows(inv)
            if table.empty:
                waiting.append(inv.proposal.text_in("title", self.lang))
                continue
            widths = [25, 9, 8, 10, 10, 8, 10, 20]
            if table.shape[1] < len(widths):
                widths = [25, 10, 9, 11, 11, 12, 22]
            parts = [
                f"### {escape_md(inv.proposal.text_in('title', self.lang))}",
                scroll_md(
                    md_table(
                        table,
                        "l" + "r" * (table.shape[1] - 1),
                        widths,
                        values=set(table.columns[1:]),
                    )
                ),
            ]
            sources = self.sources_md(inv)
            if sources:
                parts.append(sources)
            out.append(Markdown("\n\n".join(parts)))
            alt = self.t("chart.alt", title=self.t("chart.estimates.title"))
            out += chart_images(
                self.estimates_png(inv), self.estimates_png(inv, charts.NARROW_IN), alt
            )
            note = escape_md(self.t("chart.estimates.note"))
            out.append(Markdown(f"::: {{.chart-note}}\n{note}\n:::"))
            case = self.case_rows(inv)
            out.append(Markdown(scroll_md(md_table(case, "lrr", values=set(case.columns[1:])))))
        if waiting:
            out.append(
                Markdown(
                    escape_md(self.t("ann.no_results", names=", ".join(waiting), year=self.year))
                )
            )
        return out

    def estimates_png(self, inv, width_in: float | None = None) -> bytes:
        """The chart of one investment's measured outcomes: expected, observed, updated
        (``width_in``: the page's width by default, ``charts.NARROW_IN`` for phones)."""
        rows = []
        for r in inv.outcomes.itertuples(index=False):
            if r.measured == 0:
                continue
            rows.append(
                {
                    "label": self.outcome_label(inv, r.outcome),
                    "expected": r.expected_rate,
                    "observed": r.observed_rate,
                    "updated": r.updated_rate,
                    "low": r.updated_low,
                    "high": r.updated_high,
                    "n": int(r.measured),
                }
            )
        return to_png(charts.estimates(pd.DataFrame(rows), lang=self.lang, width_in=width_in))

    # ------------------------------------------------------------------ the fund
    def economy_table(self) -> pd.DataFrame:
        L = self.lang
        e = self.report.economy()
        y = self.year
        rows = [
            (self.t("ann.econ.start"), dkk(e["start_capital_dkk"], L)),
            (self.t("ann.econ.committed", year=y), dkk(e["committed_dkk"], L)),
            (self.t("ann.econ.paid_out", year=y), dkk(e["paid_out_dkk"], L)),
            (self.t("ann.econ.received", year=y), dkk(e["received_dkk"], L)),
            (self.t("ann.econ.running", year=y), dkk(e["running_costs_dkk"], L)),
            (self.t("ann.econ.grants", year=y), dkk(e["grants_dkk"], L)),
            (self.t("ann.econ.balance", year=y), dkk(e["balance_dkk"], L)),
        ]
        return pd.DataFrame(rows, columns=[self.t("kf.figure"), self.t("ann.col.amount")])

    @property
    def scenarios(self) -> list[Scenario]:
        return [
            Scenario(self.t("ann.planned"), self.report.outlook_planned),
            Scenario(self.t("ann.updated"), self.report.outlook_updated),
        ]

    def economy_md(self) -> str:
        L = self.lang
        frame = self.economy_table()
        return "\n\n".join(
            [
                "::: {.pagebreak}\n:::",
                f"## {escape_md(self.t('ann.heading.fund'))}",
                scroll_md(md_table(frame, "lr", values={frame.columns[1]})),
                f"*{escape_md(self.t('ann.econ_note'))}*",
                f"### {escape_md(self.t('ann.heading.outlook'))}",
                escape_md(self.t("ann.outlook_intro", year=self.year + 1)),
                outlook_table_md(self.scenarios, L),
                self.outlook_note_md(self.report.outlook_updated),
            ]
        )

    def yearly_md(self) -> str:
        compare = Scenario(self.t("ann.planned"), self.report.outlook_planned)
        return "\n\n".join(
            [
                "::: {.pagebreak}\n:::",
                f"### {escape_md(self.t('ann.heading.yearly'))}",
                yearly_table_md(self.report.outlook_updated, self.lang, compare),
            ]
        )

    def method_md(self) -> str:
        rows = self.file_rows("fund", self.fund_path)
        for f in sorted(set(self.results.file)):
            rows += self.file_rows("results", f)
        rows += self.run_rows(str(self.seed))
        return self.method_provenance_md(self.t("ann.method"), rows)


def build_annual_page(
    year: int,
    fund_path: str | Path,
    results_dir: str | Path,
    draws: int = 2_000,
    seed: int = -1,
    lang: str = "da",
    today: dt.date | None = None,
) -> AnnualPage:
    """The yearly report's content for ``year`` (see :func:`sif_models.fund.annual.annual_report`)."""
    from sif_models.fund.annual import annual_report, read_results

    check_lang(lang)
    fund_path = Path(fund_path)
    results_dir = Path(results_dir)
    fund = load_fund(fund_path)
    used_seed = seed_or_default(seed)
    report = annual_report(int(year), fund, results_dir, draws=int(draws), seed=used_seed)
    return AnnualPage(
        report=report,
        fund_path=fund_path,
        results_dir=results_dir,
        results=read_results(results_dir),
        lang=lang,
        draws=int(draws),
        seed=used_seed,
        made=today or dt.date.today(),
    )


__all__ = ["AnnualPage", "build_annual_page", "is_illustrative"]
