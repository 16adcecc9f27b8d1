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
import re
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
from sif_models.text.markdown import escape_md, md_table, md_value


# ---------------------------------------------------------------------------- helpers
def seed_or_default(seed: int | None) -> int:
    """A notebook's seed parameter (-1: sif's default) as the seed to use."""
    return DEFAULT_SEED if seed is None or int(seed) < 0 else int(seed)


def thousands(x: float, lang: str) -> str:
    """Thousands of kroner, as in the brief's cash-flow table."""
    return number(x / 1000.0, 0, lang)


def thousands_range(lo: float, hi: float, lang: str) -> str:
    """``lo – hi`` in thousands of kroner; one figure when both ends round alike."""
    low, high = thousands(lo, lang), thousands(hi, lang)
    return low if low == high else f"{low} – {high}"


def chance(p: float | None, lang: str) -> str:
    """A probability for the reader: one decimal, but never "0,0 %" or "100,0 %" of a chance
    (docs/style-da.md): "under 0,1 %" and "over 99,9 %" at the ends.

    >>> chance(0.692, "da"), chance(1.0, "da"), chance(0.0, "en"), chance(None, "da")
    ('69,2 %', 'over 99,9 %', 'below 0.1%', '–')
    >>> chance(0.9995, "da"), chance(0.0004, "da")  # would show as 100,0 % and 0,0 %
    ('over 99,9 %', 'under 0,1 %')
    """
    if p is None or not np.isfinite(p):
        return percent(None, 1, lang)
    shown = percent(p, 1, lang)
    if shown == percent(0.0, 1, lang):
        return text("pk.chance.below", lang, p=percent(0.001, 1, lang))
    if shown == percent(1.0, 1, lang):
        return text("pk.chance.above", lang, p=percent(0.999, 1, lang))
    return shown


def join_words(items: list[str], lang: str) -> str:
    """``a, b og c`` (``a, b and c``).

    >>> join_words(["a", "b", "c"], "da"), join_words(["a"], "en")
    ('a, b og c', 'a')
    """
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text('pk.and', lang)} {items[-1]}"


def quoted(title: str, lang: str) -> str:
    """A title in a sentence, in the reader's quotation marks (it may hold a dash of its own).

    >>> quoted("Dialog mod Vold – behandling", "da"), quoted("X", "en")
    ('»Dialog mod Vold – behandling«', '“X”')
    """
    return f"»{title}«" if lang == "da" else f"“{title}”"


def differs_materially(mean: float, central: float, rel: float = 0.05, dkk: float = 50_000) -> bool:
    """Whether the central estimate is worth showing beside the expected (mean) figure: apart by
    more than ``rel`` of the larger and more than ``dkk`` kroner.

    >>> differs_materially(10_000_000, 10_300_000), differs_materially(27.9e6, 30.4e6)
    (False, True)
    """
    gap = abs(central - mean)
    return gap > dkk and gap > rel * max(abs(mean), abs(central))


def one_stop(sentence: str) -> str:
    """A sentence that ends on an abbreviation (``kr.``) ends on one full stop, not two.

    >>> one_stop("Den vil blive 30,4 mio. kr.. Og så."), one_stop("DKK 30.4m.")
    ('Den vil blive 30,4 mio. kr. Og så.', 'DKK 30.4m.')
    """
    return re.sub(r"\.\.(?=\s|$)", ".", sentence)


def bullets_md(lines: list[str]) -> str:
    """Sentences with figures as a Markdown list (escaped; figures kept with their units)."""
    return "\n".join(f"- {md_value(one_stop(s))}" for s in lines)


def scroll_md(table: str) -> str:
    """A table in a box of its own that can scroll sideways on a narrow screen (the stylesheet
    gives ``.table-scroll`` its overflow; in the PDF it is only a block)."""
    return f":::: {{.table-scroll}}\n{table}\n::::"


def chart_images(wide: bytes, narrow: bytes, alt: str) -> list:
    """A chart's wide and narrow PNG as display objects (the note follows them)."""
    from IPython.display import Image

    return [
        Image(data=wide, format="png", metadata={"alt": alt}),
        Image(data=narrow, format="png", metadata={"alt": alt}),
    ]


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
    return scroll_md("\n".join(lines))


# ---------------------------------------------------------------------------- the fund's outlook
@dataclass(frozen=True)
class Scenario:
    """One outlook of the fund with the name the reader sees."""

    label: str
    outlook: FundOutlook


@dataclass(frozen=True)
class ExpectedPath:
    """The fund's path as the documents show it, year by year: the mean over the draws
    ("forventet", docs/style-da.md), or the central estimate when there are no draws.

    The balance is linear in the flows (docs/model.md §7), so the mean balance is the balance of
    the mean flows and the year-by-year table adds up.
    """

    years: np.ndarray
    put_in: np.ndarray
    received: np.ndarray
    transaction_costs: np.ndarray
    running: np.ndarray
    grants: np.ndarray
    balance: np.ndarray
    is_mean: bool

    @classmethod
    def of(cls, outlook: FundOutlook, central: bool = False) -> ExpectedPath:
        """The mean path of ``outlook`` (its central path without draws, or with ``central``)."""
        path = outlook.central if central or outlook.draws is None else outlook.draws
        return cls(
            years=outlook.years,
            put_in=path.put_in_dkk.mean(axis=0),
            received=path.received_dkk.mean(axis=0),
            transaction_costs=path.transaction_costs.mean(axis=0),
            running=path.running_costs_dkk,
            grants=path.grants_dkk,
            balance=path.balance_dkk.mean(axis=0),
            is_mean=path is outlook.draws,
        )

    @property
    def run_dry_year(self) -> int | None:
        """The first year whose balance on this path is below zero (None: not on the grid)."""
        below = np.flatnonzero(self.balance < 0)
        return int(self.years[below[0]]) if below.size else None

    def at(self, year: int) -> float:
        return float(self.balance[int(np.searchsorted(self.years, year))])


def _key(has_draws: bool, with_draws: str, central: str) -> str:
    """The label of a figure on the expected path, or on the central one without draws."""
    return with_draws if has_draws else central


def outlook_table(scenarios: list[Scenario], lang: str) -> pd.DataFrame:
    """The fund's headline figures, one column per scenario (docs/model.md §7).

    Rows: P(balance ≥ 0 in each of the first ten years) with the fund's common shock and, beside
    it, without (ρ_f = 0); the year the expected path runs dry, P(running dry within the period),
    the lowest expected balance, the balance at the end of the tenth year (expected, the central
    estimate where it differs materially, and the 90 % interval) and the capacity left.
    """
    L = lang
    first = scenarios[0].outlook
    n, y0 = first.min_active_years, int(first.years[0])
    y10 = y0 + n - 1
    drawn = first.draws is not None
    paths = [ExpectedPath.of(s.outlook) for s in scenarios]
    rows: list[list[str]] = []

    def row(label: str, cells: list[str]) -> None:
        rows.append([label, *cells])

    if drawn:
        row(
            text("fo.p_active", L, n=n, first=y0, last=y10),
            [chance(s.outlook.p_active, L) for s in scenarios],
        )
        if any(s.outlook.common_shock > 0 for s in scenarios):
            row(
                text("pk.p_active_no_shock", L),
                [chance(s.outlook.p_active_without_shock, L) for s in scenarios],
            )
    row(
        text(_key(drawn, "fo.run_dry_year", "pk.run_dry_year_central"), L),
        [
            str(p.run_dry_year)
            if p.run_dry_year is not None
            else text("fo.never", L, last=int(p.years[-1]))
            for p in paths
        ],
    )
    if drawn:
        row(
            text("fo.p_run_dry", L, last=int(first.years[-1])),
            [chance(s.outlook.p_run_dry_in_horizon, L) for s in scenarios],
        )
    lowest = [int(np.argmin(p.balance)) for p in paths]
    row(
        text(_key(drawn, "fo.lowest", "pk.lowest_central"), L),
        [
            text("fo.value_in_year", L, value=mio(float(p.balance[i]), L), year=int(p.years[i]))
            for p, i in zip(paths, lowest, strict=True)
        ],
    )
    row(
        text(_key(drawn, "fo.balance_10", "pk.balance_10_central"), L, year=y10),
        [mio(p.at(y10), L) for p in paths],
    )
    if drawn:
        central = [ExpectedPath.of(s.outlook, central=True).at(y10) for s in scenarios]
        if any(differs_materially(p.at(y10), c) for p, c in zip(paths, central, strict=True)):
            row(text("pk.balance_10_central", L, year=y10), [mio(c, L) for c in central])
        band = [_band_at(s.outlook, y10) for s in scenarios]
        row(
            text("fo.balance_10_band", L, year=y10),
            [f"{mio(lo, L)} – {mio(hi, L)}" for lo, hi in band],
        )
    row(
        text(
            _key(drawn, "fo.capacity", "pk.capacity_central"),
            L,
            year=first.capacity_from_year,
            n=first.min_active_years,
        ),
        [mio(s.outlook.capacity_left_dkk, L) for s in scenarios],
    )
    return pd.DataFrame(rows, columns=[text("fo.figure", L), *[s.label for s in scenarios]])


def _band_at(outlook: FundOutlook, year: int) -> tuple[float, float]:
    """The 90 % interval of the balance at the end of ``year``."""
    i = int(np.searchsorted(outlook.years, year))
    band = outlook.band()
    return float(band["p5"][i]), float(band["p95"][i])


def outlook_table_md(scenarios: list[Scenario], lang: str) -> str:
    frame = outlook_table(scenarios, lang)
    return scroll_md(md_table(frame, "l" + "r" * len(scenarios), values=set(frame.columns[1:])))


def fan_chart_png(
    scenarios: list[Scenario], lang: str, title: str | None = None, width_in: float | None = None
) -> bytes:
    """The balance by year: the expected line and the 90 % band per scenario, the ten years
    marked (``width_in``: the page's width by default, ``charts.NARROW_IN`` for phones)."""
    first = scenarios[0].outlook
    drawn = first.draws is not None
    series = []
    for s in scenarios:
        band = s.outlook.band()
        series.append(
            {
                "label": text(
                    _key(drawn, "chart.fund.central", "pk.chart.central"), lang, label=s.label
                ),
                "band_label": text("chart.fund.band", lang, label=s.label),
                "years": s.outlook.years,
                "central": ExpectedPath.of(s.outlook).balance,
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
        width_in=width_in,
    )
    return charts.to_png(fig)


def fan_chart_note(scenarios: list[Scenario], lang: str, draws: int) -> str:
    first = scenarios[0].outlook
    if first.draws is None:
        return text("pk.chart.note_central", lang, n=first.min_active_years)
    return text("chart.fund.note", lang, draws=number(draws, 0, lang), n=first.min_active_years)


def yearly_table(outlook: FundOutlook, lang: str, compare: Scenario | None = None) -> pd.DataFrame:
    """The fund year by year (1,000 DKK) on the expected path (the mean over the draws; the
    central estimate without draws): put in, received, the fund's transaction costs (when it has
    any), running costs, grants and the balance at year end, its 90 % interval, and optionally
    another scenario's expected balance."""
    L = lang
    path = ExpectedPath.of(outlook)
    has_band = outlook.draws is not None
    has_costs = bool(np.any(path.transaction_costs != 0))
    columns: list[tuple[str, np.ndarray]] = [
        (text("fy.put_in", L), path.put_in),
        (text("fy.received", L), path.received),
    ]
    if has_costs:
        columns.append((text("pk.fy.transaction", L), path.transaction_costs))
    columns += [
        (text("fy.running", L), path.running),
        (text("fy.grants", L), path.grants),
        (text("fy.balance", L), path.balance),
    ]
    band = outlook.band()
    other = ExpectedPath.of(compare.outlook) if compare is not None else None
    rows = []
    for i, year in enumerate(int(y) for y in path.years):
        cells = [str(year)] + [thousands(float(values[i]), L) for _, values in columns]
        if has_band:
            cells.append(thousands_range(float(band["p5"][i]), float(band["p95"][i]), L))
        if other is not None:
            inside = year in set(int(y) for y in other.years)
            cells.append(thousands(other.at(year), L) if inside else "")
        rows.append(cells)
    total = [text("cf.total", L)] + [thousands(float(v.sum()), L) for _, v in columns[:-1]] + [""]
    cols = [text("fy.year", L)] + [name for name, _ in columns]
    if has_band:
        cols.append(text("fy.band", L))
        total.append("")
    if compare is not None:
        label = compare.label[:1].lower() + compare.label[1:]
        cols.append(text("fy.balance_other", L, label=label))
        total.append("")
    rows.append(total)
    return pd.DataFrame(rows, columns=cols)


def yearly_table_md(outlook: FundOutlook, lang: str, compare: Scenario | None = None) -> str:
    frame = yearly_table(outlook, lang, compare)
    drawn = outlook.draws is not None
    explain = [text(_key(drawn, "fy.explain", "pk.fy.explain_central"), lang)]
    if text("pk.fy.transaction", lang) in frame.columns:
        explain.append(text("pk.fy.transaction_explain", lang))
    return "\n\n".join(
        [
            f"*{escape_md(text('fy.unit', lang))}*",
            scroll_md(
                md_table(frame, "l" + "r" * (frame.shape[1] - 1), values=set(frame.columns[1:]))
            ),
            escape_md(" ".join(explain)),
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
        """The fan chart of the page's scenarios as display objects: the wide image, the narrow
        one for phones and the note in a ``chart-note`` div (the documents' filter keeps the
        three together, as in the brief)."""
        from IPython.display import Markdown

        alt = self.t("chart.alt", title=self.t("chart.fund.title"))
        note = escape_md(fan_chart_note(self.scenarios, self.lang, self.draws))
        return [
            *chart_images(
                fan_chart_png(self.scenarios, self.lang),
                fan_chart_png(self.scenarios, self.lang, width_in=charts.NARROW_IN),
                alt,
            ),
            Markdown(f"::: {{.chart-note}}\n{note}\n:::"),
        ]

    def outlook_note_md(self, outlook: FundOutlook) -> str:
        """The note under an outlook table: what expected, central and the capacity mean."""
        n = outlook.min_active_years
        if outlook.draws is None:
            return f"*{escape_md(self.t('pk.outlook_note_central', n=n))}*"
        draws = number(self.draws, 0, self.lang)
        return f"*{escape_md(self.t('pk.outlook_note', draws=draws, n=n))}*"

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
            (self.t("pk.prov.seed"), seed),
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
