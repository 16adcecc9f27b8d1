"""What the fund brief, a meeting's overview page and the yearly report say.

The notebooks ``notebooks/fund.ipynb``, ``notebooks/meeting.ipynb`` and
``notebooks/annual_report.ipynb`` only call :func:`build_fund_page`, :func:`build_meeting_page`
and :func:`build_annual_page` and display what they return, as the decision brief does with
:mod:`sif_models.documents.brief`. Tables are DataFrames of plain text (for tests and reuse) and
Markdown (escaped with :func:`~sif_models.text.markdown.escape_md`); words come from
:mod:`sif_models.text.labels`; numbers from :mod:`sif_models.text.formatting` (Danish by default).

The figures are the library's: the fund's outlook is
:func:`sif_models.fund.outlook.fund_outlook` (docs/model.md §7), a proposal's figures are
:meth:`sif_models.case.business_case.BusinessCase.to_dict` (what ``sif run --json`` prints) and the yearly
report is :func:`sif_models.fund.annual.annual_report`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sif_models import __version__
from sif_models.case.business_case import DEFAULT_DRAWS, DEFAULT_SEED, BusinessCase, run
from sif_models.documents import charts
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import FundOutlook, fund_outlook
from sif_models.inputs.catalogue import sha256_file
from sif_models.inputs.portfolio import Fund
from sif_models.inputs.proposals import load_proposal
from sif_models.text.formatting import dkk, long_date, mio, number, percent
from sif_models.text.labels import check_lang, status, text
from sif_models.text.markdown import escape_md, md_table, md_value

AGENDA_KINDS = ("decision", "discussion", "status")
# Agenda items whose proposal comes to the fund at this meeting (status items are running).
PROPOSED_KINDS = ("decision", "discussion")
ILLUSTRATIVE_MARKERS = ("illustrative", "illustrativ", "opdigte")


# ---------------------------------------------------------------------------- helpers
def _seed(seed: int | None) -> int:
    """A notebook's seed parameter (-1: sif's default) as the seed to use."""
    return DEFAULT_SEED if seed is None or int(seed) < 0 else int(seed)


def _k(x: float, lang: str) -> str:
    """Thousands of kroner, as in the brief's cash-flow table."""
    return number(x / 1000.0, 0, lang)


def _k_range(lo: float, hi: float, lang: str) -> str:
    return f"{_k(lo, lang)} – {_k(hi, lang)}"


def _link(label: str, target: str) -> str:
    """A Markdown link to a file in the same folder; ``target`` must be a plain file name."""
    if not target or "/" in target or "\\" in target or target.startswith("."):
        raise ValueError(f"not a plain file name: {target!r}")
    safe = "".join(ch for ch in target if ch.isalnum() or ch in "-_.+#")
    if safe != target:
        raise ValueError(f"not a plain file name: {target!r}")
    return f"[{escape_md(label)}]({target})"


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


# ---------------------------------------------------------------------------- fund outlook
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
            _k(r.put_in_dkk, L),
            _k(r.received_dkk, L),
            _k(r.running_costs_dkk, L),
            _k(r.grants_dkk, L),
            _k(r.balance_dkk, L),
        ]
        if has_band:
            cells.append(_k_range(r.balance_p5_dkk, r.balance_p95_dkk, L))
        if compare is not None:
            y = int(r.year)
            cells.append(_k(float(other[other_years.index(y)]), L) if y in other_years else "")
        rows.append(cells)
    total = [
        text("cf.total", L),
        _k(float(t.put_in_dkk.sum()), L),
        _k(float(t.received_dkk.sum()), L),
        _k(float(t.running_costs_dkk.sum()), L),
        _k(float(t.grants_dkk.sum()), L),
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
        name = h.proposal.title
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
            md_table(frame, "lllrrrr", [29, 7, 10, 10, 15, 15, 14], values=set(frame.columns[3:])),
            f"*{escape_md(text('fp.note', lang))}*",
        ]
    )


# ---------------------------------------------------------------------------- the pages
class _Page:
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


# ---------------------------------------------------------------------------- fund brief
@dataclass(frozen=True)
class FundPage(_Page):
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

    def summary_md(self) -> str:
        L = self.lang
        b = self.before
        n = b.min_active_years
        y0 = int(b.years[0])
        lines = []
        if b.draws is not None:
            lines.append(
                self.t(
                    "fund.sum.p_active",
                    p=percent(b.p_active, 1, L),
                    n=n,
                    first=y0,
                    last=y0 + n - 1,
                )
            )
        dry = b.central_run_dry_year
        lines.append(
            self.t("fund.sum.dry", year=dry)
            if dry is not None
            else self.t("fund.sum.never", last=int(b.years[-1]))
        )
        lines.append(
            self.t(
                "fund.sum.capacity",
                capacity=mio(b.capacity_left_dkk, L),
                year=b.capacity_from_year,
            )
        )
        if self.after is not None:
            a = self.after
            lines.append(
                self.t(
                    "fund.sum.with_new",
                    names=", ".join(self.new_titles),
                    p=percent(a.p_active, 1, L),
                    capacity=mio(a.capacity_left_dkk, L),
                )
            )
            lines.append(
                self.t("fund.sum.with_new_dry", year=a.central_run_dry_year)
                if a.central_run_dry_year is not None
                else self.t("fund.sum.with_new_never", last=int(a.years[-1]))
            )
        bullets = "\n".join(f"- {md_value(s)}" for s in lines)
        return f"## {escape_md(self.t('heading.summary'))}\n\n{bullets}"

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
                "::: {.pagebreak}\n:::",
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
        return self.method_provenance_md(self.t("fund.method", n=self.fund.min_active_years), rows)


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
    used_seed = _seed(seed)
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


# ---------------------------------------------------------------------------- meeting overview
@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item as the pack made it: its proposal's case, or why there is none."""

    index: int
    title: str
    kind: str
    proposal: str  # the path as the meeting file writes it
    path: str  # resolved
    id: str | None
    state: str  # ok | kept | invalid | failed
    errors: tuple[str, ...] = ()
    html: str | None = None
    pdf: str | None = None
    case: BusinessCase | None = None

    @property
    def usable(self) -> bool:
        return self.case is not None


def agenda_item_record(
    index: int,
    title: str,
    kind: str,
    proposal: str,
    path: str | Path,
    proposal_id: str | None,
    state: str,
    errors: list[str] | tuple[str, ...] = (),
    html: str | None = None,
    pdf: str | None = None,
) -> dict[str, Any]:
    """One item of the overview notebook's ``items`` parameter (plain JSON types).

    >>> agenda_item_record(0, "T", "decision", "../p.yaml", "/x/p.yaml", "p", "ok", html="p.html")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'index': 0, 'title': 'T', 'kind': 'decision', 'proposal': '../p.yaml', 'path': '/x/p.yaml',
     'id': 'p', 'state': 'ok', 'errors': [], 'html': 'p.html', 'pdf': None}
    """
    if state not in ("ok", "kept", "invalid", "failed"):
        raise ValueError(f"unknown state {state!r}")
    if kind not in AGENDA_KINDS:
        raise ValueError(f"unknown agenda kind {kind!r}")
    return {
        "index": int(index),
        "title": str(title),
        "kind": str(kind),
        "proposal": str(proposal),
        "path": str(path),
        "id": None if proposal_id is None else str(proposal_id),
        "state": state,
        "errors": [str(e) for e in errors],
        "html": html,
        "pdf": pdf,
    }


@dataclass(frozen=True)
class MeetingPage(_Page):
    """A meeting's overview: the agenda, the proposals side by side, the fund before and after."""

    meeting: Any  # sif_models.inputs.portfolio.Meeting
    meeting_path: Path
    fund_path: Path
    entries: tuple[AgendaEntry, ...]
    lang: str
    draws: int
    seed: int | None
    fund_seed: int
    made: dt.date
    before: FundOutlook
    after: FundOutlook
    proposed_ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    links: dict[str, str] = field(default_factory=dict)

    def title(self) -> str:
        return self.t("meet.title", title=self.meeting.title)

    @property
    def usable(self) -> list[AgendaEntry]:
        return [e for e in self.entries if e.usable]

    @property
    def broken(self) -> list[AgendaEntry]:
        return [e for e in self.entries if e.state in ("invalid", "failed")]

    # ------------------------------------------------------------------ head
    def title_md(self) -> str:
        L = self.lang
        meta = [
            f"**{escape_md(self.t('meet.date'))}:** {md_value(long_date(self.meeting.date, L))}"
            f" · **{escape_md(self.t('meet.items'))}:** {len(self.entries)}"
            f" · **{escape_md(self.t('doc.made'))}:** {md_value(long_date(self.made, L))}",
        ]
        kind = escape_md(f"{self.t('doc.kind_meeting')} {self.t('doc.for_council')}")
        parts = [f"# {escape_md(self.title())}", f"*{kind}*", "\\\n".join(meta)]
        if self.meeting.note:
            parts.append(f"::: {{.notice}}\n{escape_md(self.meeting.note)}\n:::")
        files = []
        for key in ("overview_pdf", "pack_pdf"):
            if key in self.links:
                files.append(_link(self.t(f"meet.link.{key}"), self.links[key]))
        files.append(f"[{escape_md(self.t('meet.link.fund'))}](#fund)")
        parts.append("::: {.screen-only}\n" + " · ".join(files) + "\n:::")
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ agenda
    def agenda_table(self) -> pd.DataFrame:
        """Item number, title, kind, proposal and the brief's files (plain text)."""
        rows = []
        for e in self.entries:
            rows.append(
                [
                    str(e.index + 1),
                    e.title,
                    self.t(f"meet.kind.{e.kind}"),
                    self._files_text(e),
                ]
            )
        return pd.DataFrame(
            rows,
            columns=[
                self.t("meet.col.no"),
                self.t("meet.col.item"),
                self.t("meet.col.kind"),
                self.t("meet.col.brief"),
            ],
        )

    def _files_text(self, e: AgendaEntry) -> str:
        if e.state in ("invalid", "failed"):
            return self.t("meet.state.invalid" if e.state == "invalid" else "meet.state.failed")
        return " · ".join(f for f in (e.html, e.pdf) if f) or "–"

    def agenda_md(self) -> str:
        frame = self.agenda_table()
        # the last column holds links: build it as Markdown, every label escaped
        links = []
        for e in self.entries:
            if e.state in ("invalid", "failed"):
                links.append(f"**{escape_md(self._files_text(e))}**")
                continue
            parts = []
            if e.html:
                parts.append(_link("HTML", e.html))
            if e.pdf:
                parts.append(_link("PDF", e.pdf))
            links.append(" · ".join(parts) or "–")
        raw = frame.copy()
        col = raw.columns[-1]
        raw[col] = links
        return "\n\n".join(
            [
                f"## {escape_md(self.t('meet.heading.agenda'))}",
                md_table(raw, "rlll", raw={col}),
            ]
        )

    # ------------------------------------------------------------------ side by side
    COMPARE_COLUMNS = 4  # proposals per side-by-side table (more do not fit an A4 page)

    def comparison_table(self, entries: list[AgendaEntry] | None = None) -> pd.DataFrame:
        """The proposals side by side: one column per usable agenda item (or per entry given),
        figures as rows.

        The figures are the ``sif run --json`` summary of each proposal (same draws and seed as
        its brief), and what the fund puts in (its share of the capital, undiscounted).
        """
        L = self.lang
        entries = self.usable if entries is None else entries
        rows: list[list[str]] = []
        summaries = [e.case.to_dict() for e in entries]

        def add(label: str, cells: list[str]) -> None:
            rows.append([label, *cells])

        add(self.t("meet.row.kind"), [self.t(f"meet.kind.{e.kind}") for e in entries])
        add(
            self.t("kf.participants"),
            [
                self.t(
                    "meet.participants_value",
                    n=e.case.participants,
                    first=e.case.proposal.start_year,
                    last=e.case.proposal.start_year + e.case.proposal.horizon_years - 1,
                )
                for e in entries
            ],
        )
        add(
            self.t("kf.cost"),
            [dkk(s["deterministic"]["intervention_cost"], L) for s in summaries],
        )
        add(self.t("kf.public_net"), [dkk(s["deterministic"]["public_net"], L) for s in summaries])
        add(
            self.t("kf.bcr"),
            [number(s["deterministic"]["benefit_cost_ratio"], 2, L) for s in summaries],
        )
        add(
            self.t("kf.break_even_year"),
            [
                str(s["deterministic"]["break_even_year"])
                if s["deterministic"]["break_even_year"] is not None
                else self.t("kf.no_break_even")
                for s in summaries
            ],
        )

        def risk(s: dict, key: str) -> str:
            return "–" if s["risk"] is None else percent(s["risk"][key], 1, L)

        add(self.t("kf.p_public"), [risk(s, "p_public_net_positive") for s in summaries])
        add(self.t("kf.p_fin_loss"), [risk(s, "p_financiers_loss") for s in summaries])
        add(
            self.t("kf.multiple"),
            [number(s["deterministic"]["financiers"]["multiple"], 2, L) for s in summaries],
        )
        money = [fund_money(e.case) for e in entries]
        add(self.t("meet.row.fund_share"), [percent(m["share"], 0, L) for m in money])
        add(self.t("kf.fund_in"), [dkk(m["put"], L) for m in money])
        add(self.t("kf.fund_back"), [dkk(m["back"], L) for m in money])
        add(self.t("kf.p_fund_loss"), [risk(s, "p_fund_loss") for s in summaries])
        return pd.DataFrame(
            rows, columns=[self.t("kf.figure"), *[e.case.proposal.title for e in entries]]
        )

    def comparison_md(self) -> str:
        parts = [f"## {escape_md(self.t('meet.heading.compare'))}"]
        if not self.usable:
            parts.append(escape_md(self.t("meet.none_usable")))
            return "\n\n".join(parts)
        usable = self.usable
        k = self.COMPARE_COLUMNS
        for start in range(0, len(usable), k):
            frame = self.comparison_table(usable[start : start + k])
            n = frame.shape[1] - 1
            per_table = min(len(usable), k)
            widths = None  # a lone proposal, or the last few: the columns fit their content
            if per_table > 1 and n == per_table:
                first = 34 if per_table <= 3 else 28
                widths = [first] + [(100 - first) // n] * n
            parts.append(
                md_table(frame, "l" + "r" * n, widths=widths, values=set(frame.columns[1:]))
            )
        note = (
            self.t("meet.compare_note", draws=number(self.draws, 0, self.lang))
            if self.draws > 0
            else self.t("meet.compare_note_no_draws")
        )
        parts.append(f"*{escape_md(note)}*")
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ problems
    def problems_md(self) -> str:
        """The items that could not be processed, each with its errors (file: field: problem)."""
        broken = self.broken
        if not broken:
            return ""
        parts = [
            f"## {escape_md(self.t('meet.heading.problems'))}",
            escape_md(self.t("meet.problems_intro")),
        ]
        for e in broken:
            state = self.t(
                "meet.state.invalid_short" if e.state == "invalid" else "meet.state.failed_short"
            )
            parts.append(
                f"**{escape_md(self.t('meet.item_no', n=e.index + 1))}: {escape_md(e.title)}** "
                f"({escape_md(state)}; {escape_md(self.t('meet.file'))}: `{_code(e.proposal)}`)"
            )
            parts.append("\n".join(f"- {escape_md(msg)}" for msg in e.errors))
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ the fund
    @property
    def scenarios(self) -> list[Scenario]:
        if not self.changes_fund:
            return [Scenario(self.t("fo.portfolio"), self.after)]
        return [
            Scenario(self.t("meet.before"), self.before),
            Scenario(self.t("meet.after"), self.after),
        ]

    @property
    def changes_fund(self) -> bool:
        return bool(self.proposed_ids)

    def fund_md(self) -> str:
        L = self.lang
        titles = {e.id: e.case.proposal.title for e in self.usable}
        heading = f"## {escape_md(self.t('meet.heading.fund'))} {{#fund}}"
        parts = ["::: {.pagebreak}\n:::", heading]
        if self.changes_fund:
            names = ", ".join(titles.get(i, i) for i in self.proposed_ids)
            parts.append(escape_md(self.t("meet.fund_intro", names=names)))
            if self.new_ids:
                parts.append(
                    escape_md(
                        self.t(
                            "meet.fund_new",
                            names=", ".join(titles.get(i, i) for i in self.new_ids),
                        )
                    )
                )
        else:
            parts.append(escape_md(self.t("meet.fund_unchanged")))
        left_out = [e.title for e in self.broken if e.kind in PROPOSED_KINDS]
        if left_out:
            parts.append(escape_md(self.t("meet.fund_broken", names="; ".join(left_out))))
        parts.append(outlook_table_md(self.scenarios, L))
        parts.append(self.outlook_note_md(self.after))
        return "\n\n".join(parts)

    def balance_table(self) -> pd.DataFrame:
        """Balance at year end before and after (1,000 DKK, central and 90 % interval)."""
        L = self.lang
        cols = [text("fy.year", L)]
        for s in self.scenarios:
            cols.append(text("fy.balance_of", L, label=s.label))
            if s.outlook.draws is not None:
                cols.append(text("fy.band_of", L, label=s.label))
        years = self.after.years
        rows = []
        for y in years:
            cells = [str(int(y))]
            for s in self.scenarios:
                o = s.outlook
                i = int(np.searchsorted(o.years, y))
                inside = i < o.years.size and o.years[i] == y
                cells.append(_k(float(o.central_balance_dkk[i]), L) if inside else "")
                if o.draws is not None:
                    band = o.band()
                    cells.append(
                        _k_range(float(band["p5"][i]), float(band["p95"][i]), L) if inside else ""
                    )
            rows.append(cells)
        return pd.DataFrame(rows, columns=cols)

    def balance_md(self) -> str:
        frame = self.balance_table()
        return "\n\n".join(
            [
                "::: {.pagebreak}\n:::",
                f"### {escape_md(self.t('meet.heading.balance'))}",
                f"*{escape_md(text('fy.unit', self.lang))}*",
                md_table(frame, "l" + "r" * (frame.shape[1] - 1), values=set(frame.columns[1:])),
            ]
        )

    def method_md(self) -> str:
        seed = (
            self.t("meet.seed_value", fund=self.fund_seed) if self.seed is None else str(self.seed)
        )
        rows = self.file_rows("meeting", self.meeting_path) + self.file_rows("fund", self.fund_path)
        rows += self.run_rows(seed)
        return "\n\n".join(
            [
                f"## {escape_md(self.t('heading.provenance'))}",
                escape_md(self.t("meet.method")),
                provenance_md(rows, self.lang),
            ]
        )


def _code(value: str) -> str:
    """Text for inline code: backticks cannot close it (they are replaced)."""
    return value.replace("`", "'").replace("\n", " ")


def meeting_fund_ids(
    entries: list[AgendaEntry] | tuple[AgendaEntry, ...], fund: Fund
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """(ids proposed at the meeting, those not yet in the portfolio, their files).

    Proposed = usable items of kind decision or discussion; status items are running
    investments and count in both outlooks.
    """
    in_portfolio = {load_proposal(p).id for p in fund.proposal_paths()}
    proposed, new, files = [], [], []
    for e in entries:
        if not e.usable or e.kind not in PROPOSED_KINDS or e.id in proposed:
            continue
        proposed.append(e.id)
        if e.id not in in_portfolio:
            new.append(e.id)
            files.append(e.path)
    return tuple(proposed), tuple(new), files


def build_meeting_page(
    meeting_path: str | Path,
    items: list[dict[str, Any]],
    fund_path: str | Path,
    draws: int = DEFAULT_DRAWS,
    seed: int = -1,
    lang: str = "da",
    links: dict[str, str] | None = None,
    today: dt.date | None = None,
) -> MeetingPage:
    """The overview page of a meeting pack.

    ``items`` (see :func:`agenda_item_record`) say what the pack made of each agenda item.
    Each usable proposal is run with ``draws`` and ``seed`` (-1: the proposal's own seed), as
    its brief and ``sif run --json`` do. The fund's outlook *before* leaves out the proposals
    the meeting decides or discusses; *after* includes them (from their files when they are not
    in the portfolio). Capacity is measured from the meeting's year in both.
    """
    from sif_models.inputs.portfolio import Meeting, validate_file

    check_lang(lang)
    meeting_path = Path(meeting_path)
    meeting = validate_file(meeting_path, Meeting)
    fund_path = Path(fund_path)
    fund = load_fund(fund_path)
    entries = []
    for rec in sorted(items, key=lambda r: r["index"]):
        case = None
        state = rec["state"]
        errors = tuple(rec.get("errors") or ())
        if state in ("ok", "kept"):
            case = run(rec["path"], draws=int(draws), seed=None if int(seed) < 0 else int(seed))
        entries.append(
            AgendaEntry(
                index=int(rec["index"]),
                title=rec["title"],
                kind=rec["kind"],
                proposal=rec["proposal"],
                path=rec["path"],
                id=rec.get("id"),
                state=state,
                errors=errors,
                html=rec.get("html"),
                pdf=rec.get("pdf"),
                case=case,
            )
        )
    proposed, new, files = meeting_fund_ids(entries, fund)
    fund_seed = _seed(seed)
    year = meeting.date.year
    before = fund_outlook(
        fund,
        draws=int(draws),
        seed=fund_seed,
        without=set(proposed),
        capacity_from_year=year,
    )
    after = fund_outlook(
        fund, draws=int(draws), seed=fund_seed, with_files=files, capacity_from_year=year
    )
    return MeetingPage(
        meeting=meeting,
        meeting_path=meeting_path,
        fund_path=fund_path,
        entries=tuple(entries),
        lang=lang,
        draws=int(draws),
        seed=None if int(seed) < 0 else int(seed),
        fund_seed=fund_seed,
        made=today or dt.date.today(),
        before=before,
        after=after,
        proposed_ids=proposed,
        new_ids=new,
        links=dict(links or {}),
    )


# ---------------------------------------------------------------------------- yearly report
def is_illustrative(source: str) -> bool:
    """Does a results row's source say its figures are invented examples?

    >>> is_illustrative("illustrative: invented example figures"), is_illustrative("Rambøll")
    (True, False)
    """
    s = source.lower()
    return any(m in s for m in ILLUSTRATIVE_MARKERS)


@dataclass(frozen=True)
class AnnualPage(_Page):
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

    def summary_md(self) -> str:
        L = self.lang
        invs = self.report.investments
        counts = {
            s: sum(1 for i in invs if i.status == s) for s in ("running", "not started", "ended")
        }
        measured = [i for i in invs if int(i.outcomes.measured.sum()) > 0]
        econ = self.report.economy()
        lines = [
            self.t(
                "ann.sum.count",
                n=len(invs),
                running=counts["running"],
                waiting=counts["not started"],
                ended=counts["ended"],
            ),
            self.t("ann.sum.measured", n=len(measured), year=self.year),
        ]
        planned = sum(i.original.figures.public_net_pv_dkk for i in invs)
        updated = sum(i.updated.figures.public_net_pv_dkk for i in invs)
        lines.append(
            self.t(
                "ann.sum.public_net",
                updated=mio(updated, L),
                planned=mio(planned, L),
            )
        )
        lines.append(
            self.t(
                "ann.sum.balance",
                year=self.year,
                balance=mio(econ["balance_dkk"], L),
                p=percent(econ["p_active"], 1, L),
                n=self.report.fund.min_active_years,
            )
        )
        bullets = "\n".join(f"- {md_value(s)}" for s in lines)
        return f"## {escape_md(self.t('heading.summary'))}\n\n{bullets}"

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
                    inv.proposal.title,
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
                md_table(
                    frame, "llrrrrr", [25, 16, 8, 7, 15, 15, 14], values=set(frame.columns[2:])
                ),
                f"*{escape_md(self.t('ann.investments_note'))}*",
            ]
        )

    def outcome_rows(self, inv) -> pd.DataFrame:
        """Measured against expected per outcome, with the estimate before and after."""
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
        return pd.DataFrame(
            rows,
            columns=[
                self.t("ann.col.outcome"),
                self.t("ann.col.observed"),
                self.t("ann.col.observed_rate"),
                self.t("ann.col.expected_rate"),
                self.t("ann.col.expected_n"),
                self.t("ann.col.prior"),
                self.t("ann.col.updated_rate"),
                self.t("ann.col.updated_band"),
            ],
        )

    def case_rows(self, inv) -> pd.DataFrame:
        """The business case planned and updated: public net, kommune net, ratio, break-even."""
        L = self.lang
        o, u = inv.original, inv.updated

        def bey(case: BusinessCase) -> str:
            return (
                str(case.break_even_year)
                if case.break_even_year is not None
                else self.t("kf.no_break_even")
            )

        rows = [
            [
                self.t("kf.public_net"),
                dkk(o.figures.public_net_pv_dkk, L),
                dkk(u.figures.public_net_pv_dkk, L),
            ],
            [
                self.t("kf.kommune_net"),
                dkk(o.figures.kommune_net_pv_dkk, L),
                dkk(u.figures.kommune_net_pv_dkk, L),
            ],
            [
                self.t("kf.bcr"),
                number(o.figures.benefit_cost_ratio, 2, L),
                number(u.figures.benefit_cost_ratio, 2, L),
            ],
            [self.t("kf.break_even_year"), bey(o), bey(u)],
            [
                self.t("ann.row.payments"),
                dkk(o.figures.outcome_payments_pv_dkk, L),
                dkk(u.figures.outcome_payments_pv_dkk, L),
            ],
        ]
        return pd.DataFrame(
            rows,
            columns=[
                self.t("kf.figure"),
                self.t("ann.col.planned_short"),
                self.t("ann.col.updated_short"),
            ],
        )

    def results_outputs(self) -> list:
        """Per investment with measurements: the outcomes table, a chart of the estimates and
        the updated case, as display objects for the notebook."""
        from IPython.display import Image, Markdown

        out = [
            Markdown(
                "\n\n".join(
                    [
                        "::: {.pagebreak}\n:::",
                        f"## {escape_md(self.t('ann.heading.results'))}",
                        escape_md(self.t("ann.results_intro")),
                        escape_md(self.t("chart.estimates.note")),
                    ]
                )
            )
        ]
        waiting = []
        for inv in self.report.investments:
            table = self.outcome_rows(inv)
            if table.empty:
                waiting.append(inv.proposal.title)
                continue
            parts = [
                f"### {escape_md(inv.proposal.title)}",
                md_table(
                    table,
                    "lrrrrrrr",
                    [25, 9, 8, 10, 10, 8, 10, 20],
                    values=set(table.columns[1:]),
                ),
            ]
            sources = sorted({s for s in inv.outcomes.sources if s})
            if sources:
                parts.append(f"*{escape_md(self.t('ann.sources', sources='; '.join(sources)))}*")
            out.append(Markdown("\n\n".join(parts)))
            png = self.estimates_png(inv)
            alt = self.t("chart.alt", title=self.t("chart.estimates.title"))
            out.append(Image(data=png, format="png", metadata={"alt": alt}))
            case = self.case_rows(inv)
            out.append(
                Markdown(
                    f"*{escape_md(self.t('ann.case_caption'))}*\n\n"
                    + md_table(case, "lrr", values=set(case.columns[1:]))
                )
            )
        if waiting:
            out.append(
                Markdown(
                    escape_md(self.t("ann.no_results", names=", ".join(waiting), year=self.year))
                )
            )
        return out

    def estimates_png(self, inv) -> bytes:
        """The chart of one investment's measured outcomes: expected, observed, updated."""
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
        return charts.to_png(charts.estimates(pd.DataFrame(rows), lang=self.lang))

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
                md_table(frame, "lr", values={frame.columns[1]}),
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
    used_seed = _seed(seed)
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


__all__ = [
    "AnnualPage",
    "FundPage",
    "MeetingPage",
    "Scenario",
    "agenda_item_record",
    "build_annual_page",
    "build_fund_page",
    "build_meeting_page",
    "fund_money",
    "outlook_table",
    "portfolio_table",
    "yearly_table",
]
