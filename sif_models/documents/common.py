"""What the fund brief, the meeting overview and the yearly report share (and the decision brief
some of): the page base, the fund's outlook as every fund document shows it — scenarios, the
table of headline figures, the year-by-year table, the fan chart — and the provenance table.

The figures are the library's: the fund's outlook is :func:`sif_models.fund.outlook.fund_outlook`
(docs/model.md §7), a proposal's figures are
:meth:`sif_models.case.business_case.BusinessCase.to_dict` (what ``sif run --json`` prints).
Tables are DataFrames of plain text (for tests and reuse) and Markdown (escaped with
:func:`~sif_models.text.markdown.escape_md`); words come from :mod:`sif_models.text.labels`;
numbers from :mod:`sif_models.text.formatting` (Danish by default).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sif_models import __version__
from sif_models.case.business_case import DEFAULT_SEED, BusinessCase
from sif_models.documents import charts
from sif_models.fund.outlook import FundOutlook
from sif_models.inputs.catalogue import sha256_file
from sif_models.text.formatting import mio, number, percent
from sif_models.text.labels import text
from sif_models.text.markdown import escape_md, md_table


# ---------------------------------------------------------------------------- helpers
def seed_or_default(seed: int | None) -> int:
    """A notebook's seed parameter (-1: sif's default) as the seed to use."""
    return DEFAULT_SEED if seed is None or int(seed) < 0 else int(seed)


def thousands(x: float, lang: str) -> str:
    """Thousands of kroner, as in the brief's cash-flow table."""
    return number(x / 1000.0, 0, lang)


def thousands_range(lo: float, hi: float, lang: str) -> str:
    """``lo – hi`` in thousands of kroner."""
    return f"{thousands(lo, lang)} – {thousands(hi, lang)}"


def fund_money(case: BusinessCase) -> dict[str, float]:
    """What the fund puts in and may get back in one case (central values, undiscounted).

    put = fund share × the financiers' capital; back = fund share × what the financiers receive
    + the share of the kommune's gain returned to the fund (docs/model.md §4), as in the brief.
    """
    f = case.figures
    share = case.inputs.fund_share
    put = share * f.financiers_capital_dkk
    back = share * f.financiers_received_dkk + f.to_fund_dkk
    return {"share": share, "put": put, "back": back, "net": back - put}


def provenance_md(rows: list[tuple[str, str]], lang: str) -> str:
    """The provenance table (SHA-256 values set in code) and its note."""
    lines = [
        f"| {escape_md(text('prov.item', lang))} | {escape_md(text('prov.value', lang))} |",
        "|:------------------|:----------------------------------------------------------|",
    ]
    for what, value in rows:
        is_sha = len(value) == 64 and all(c in "0123456789abcdef" for c in value)
        lines.append(f"| {escape_md(what)} | {f'`{value}`' if is_sha else escape_md(value)} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- the fund's outlook
@dataclass(frozen=True)
class Scenario:
    """One outlook of the fund with the name the reader sees."""

    label: str
    outlook: FundOutlook


def outlook_table(scenarios: list[Scenario], lang: str) -> pd.DataFrame:
    """The fund's headline figures, one column per scenario (docs/model.md §7).

    Rows: P(balance ≥ 0 in each of the first ten years), the year the central path runs dry,
    P(running dry within the period), the lowest central balance, the balance at the end of the
    tenth year (central and 90 % interval) and the capacity left.
    """
    L = lang
    first = scenarios[0].outlook
    n = first.min_active_years
    y0 = int(first.years[0])
    y10 = y0 + n - 1
    rows: list[list[str]] = []

    def row(label: str, fn) -> None:
        rows.append([label] + [fn(s.outlook) for s in scenarios])

    row(
        text("fo.p_active", L, n=n, first=y0, last=y10),
        lambda o: percent(o.p_active, 1, L),
    )

    def dry(o: FundOutlook) -> str:
        y = o.central_run_dry_year
        return str(y) if y is not None else text("fo.never", L, last=int(o.years[-1]))

    row(text("fo.run_dry_year", L), dry)
    row(
        text("fo.p_run_dry", L, last=int(first.years[-1])),
        lambda o: percent(o.p_run_dry_in_horizon, 1, L),
    )

    def lowest(o: FundOutlook) -> str:
        b = o.central_balance_dkk
        i = int(np.argmin(b))
        return text("fo.value_in_year", L, value=mio(float(b[i]), L), year=int(o.years[i]))

    row(text("fo.lowest", L), lowest)

    def at10(o: FundOutlook) -> str:
        i = int(np.searchsorted(o.years, y10))
        return mio(float(o.central_balance_dkk[i]), L)

    def at10_band(o: FundOutlook) -> str:
        i = int(np.searchsorted(o.years, y10))
        band = o.band()
        return f"{mio(float(band['p5'][i]), L)} – {mio(float(band['p95'][i]), L)}"

    row(text("fo.balance_10", L, year=y10), at10)
    if first.draws is not None:
        row(text("fo.balance_10_band", L, year=y10), at10_band)
    row(
        text("fo.capacity", L, year=first.capacity_from_year),
        lambda o: mio(o.capacity_left_dkk, L),
    )
    return pd.DataFrame(rows, columns=[text("fo.figure", L), *[s.label for s in scenarios]])


def outlook_table_md(scenarios: list[Scenario], lang: str) -> str:
    frame = outlook_table(scenarios, lang)
    return md_table(frame, "l" + "r" * len(scenarios), values=set(frame.columns[1:]))


def fan_chart_png(scenarios: list[Scenario], lang: str, title: str | None = None) -> bytes:
    """The balance by year: central line and p5–p95 band per scenario, the ten years marked."""
    first = scenarios[0].outlook
    series = []
    for s in scenarios:
        band = s.outlook.band()
        series.append(
            {
                "label": s.label,
                "years": s.outlook.years,
                "central": band["central"],
                "p5": band["p5"] if s.outlook.draws is not None else None,
                "p95": band["p95"] if s.outlook.draws is not None else None,
            }
        )
    fig = charts.fund_fan(
        series,
        ten_year_end=int(first.years[0]) + first.min_active_years - 1,
        n_years=first.min_active_years,
        lang=lang,
        title=title or text("chart.fund.title", lang),
    )
    return charts.to_png(fig)


def fan_chart_note(scenarios: list[Scenario], lang: str, draws: int) -> str:
    first = scenarios[0].outlook
    if first.draws is None:
        return text("chart.fund.note_no_draws", lang, n=first.min_active_years)
    return text("chart.fund.note", lang, draws=number(draws, 0, lang), n=first.min_active_years)


def yearly_table(outlook: FundOutlook, lang: str, compare: Scenario | None = None) -> pd.DataFrame:
    """The fund year by year (1,000 DKK): put in, received, running costs, grants, balance at
    year end (central) and its 90 % interval; optionally another scenario's central balance."""
    L = lang
    t = outlook.table()
    has_band = outlook.draws is not None
    cols = [
        text("fy.year", L),
        text("fy.put_in", L),
        text("fy.received", L),
        text("fy.running", L),
        text("fy.grants", L),
        text("fy.balance", L),
    ]
    if has_band:
        cols.append(text("fy.band", L))
    if compare is not None:
        cols.append(
            text("fy.balance_other", L, label=compare.label[:1].lower() + compare.label[1:])
        )
        other = compare.outlook.central_balance_dkk
        other_years = list(int(y) for y in compare.outlook.years)
    rows = []
    for r in t.itertuples(index=False):
        cells = [
            str(int(r.year)),
            thousands(r.put_in_dkk, L),
            thousands(r.received_dkk, L),
            thousands(r.running_costs_dkk, L),
            thousands(r.grants_dkk, L),
            thousands(r.balance_dkk, L),
        ]
        if has_band:
            cells.append(thousands_range(r.balance_p5_dkk, r.balance_p95_dkk, L))
        if compare is not None:
            y = int(r.year)
            cells.append(
                thousands(float(other[other_years.index(y)]), L) if y in other_years else ""
            )
        rows.append(cells)
    total = [
        text("cf.total", L),
        thousands(float(t.put_in_dkk.sum()), L),
        thousands(float(t.received_dkk.sum()), L),
        thousands(float(t.running_costs_dkk.sum()), L),
        thousands(float(t.grants_dkk.sum()), L),
        "",
    ]
    if has_band:
        total.append("")
    if compare is not None:
        total.append("")
    rows.append(total)
    return pd.DataFrame(rows, columns=cols)


def yearly_table_md(outlook: FundOutlook, lang: str, compare: Scenario | None = None) -> str:
    frame = yearly_table(outlook, lang, compare)
    return "\n\n".join(
        [
            f"*{escape_md(text('fy.unit', lang))}*",
            md_table(frame, "l" + "r" * (frame.shape[1] - 1), values=set(frame.columns[1:])),
            escape_md(text("fy.explain", lang)),
        ]
    )


# ---------------------------------------------------------------------------- the page base
class Page:
    """What the fund brief, the meeting overview and the yearly report share.

    A page has ``lang``, ``draws``, ``made`` and ``scenarios`` (the outlooks it shows).
    """

    lang: str
    draws: int
    made: dt.date

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def chart_outputs(self) -> list:
        """The fan chart of the page's scenarios and its note, as display objects."""
        from IPython.display import Image, Markdown

        png = fan_chart_png(self.scenarios, self.lang)
        alt = self.t("chart.alt", title=self.t("chart.fund.title"))
        note = escape_md(fan_chart_note(self.scenarios, self.lang, self.draws))
        return [Image(data=png, format="png", metadata={"alt": alt}), Markdown(note)]

    def outlook_note_md(self, outlook: FundOutlook) -> str:
        """The note under an outlook table: the draws behind it, or that it has no risk."""
        if outlook.draws is None:
            return f"*{escape_md(self.t('kf.no_risk'))}*"
        return f"*{escape_md(self.t('fo.note', draws=number(self.draws, 0, self.lang)))}*"

    def file_rows(self, what: str, path: str | Path) -> list[tuple[str, str]]:
        """Provenance rows of one input file: its name and its SHA-256 (``prov.<what>_...``)."""
        return [
            (self.t(f"prov.{what}_file"), Path(path).name),
            (self.t(f"prov.{what}_sha"), sha256_file(path)),
        ]

    def run_rows(self, seed: str) -> list[tuple[str, str]]:
        """Provenance rows of the run: sif's version, the seed, the draws and the date."""
        return [
            (self.t("prov.version"), __version__),
            (self.t("prov.seed"), seed),
            (self.t("prov.draws"), number(self.draws, 0, self.lang)),
            (self.t("prov.date"), self.made.isoformat()),
        ]

    def method_provenance_md(self, method: str, rows: list[tuple[str, str]]) -> str:
        """The method section (``method`` is plain text) and the provenance table."""
        return "\n\n".join(
            [
                f"## {escape_md(self.t('heading.method'))}",
                escape_md(method),
                f"## {escape_md(self.t('heading.provenance'))}",
                provenance_md(rows, self.lang),
            ]
        )
