"""A meeting's overview page: the agenda with links to every brief, the proposals side by side,
the items that could not be processed, and the fund before and after the meeting's proposals.

The notebook ``notebooks/meeting.ipynb`` only calls :func:`build_meeting_page` and displays what
the :class:`MeetingPage` returns; ``sif meeting`` (:mod:`sif_models.publish.meeting`) passes it
what the pack made of each agenda item as :func:`agenda_item_record` dicts. What the page shares
with the fund brief and the yearly report is :mod:`sif_models.documents.common`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sif_models.case.business_case import DEFAULT_DRAWS
from sif_models.documents.agenda import (
    PROPOSED_KINDS,
    AgendaEntry,
    agenda_entries,
    meeting_fund_ids,
)
from sif_models.documents.common import (
    Page,
    Scenario,
    fund_money,
    outlook_table_md,
    provenance_md,
    seed_or_default,
    thousands,
    thousands_range,
)
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import FundOutlook, fund_outlook
from sif_models.text.formatting import dkk, long_date, number, percent
from sif_models.text.labels import check_lang, text
from sif_models.text.markdown import escape_md, md_table, md_value


def _link(label: str, target: str) -> str:
    """A Markdown link to a file in the same folder; ``target`` must be a plain file name."""
    if not target or "/" in target or "\\" in target or target.startswith("."):
        raise ValueError(f"not a plain file name: {target!r}")
    safe = "".join(ch for ch in target if ch.isalnum() or ch in "-_.+#")
    if safe != target:
        raise ValueError(f"not a plain file name: {target!r}")
    return f"[{escape_md(label)}]({target})"


@dataclass(frozen=True)
class MeetingPage(Page):
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
                cells.append(thousands(float(o.central_balance_dkk[i]), L) if inside else "")
                if o.draws is not None:
                    band = o.band()
                    cells.append(
                        thousands_range(float(band["p5"][i]), float(band["p95"][i]), L)
                        if inside
                        else ""
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

    ``items`` (see :func:`~sif_models.documents.agenda.agenda_item_record`) say what the pack
    made of each agenda item.
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
    entries = agenda_entries(items, draws, seed)
    proposed, new, files = meeting_fund_ids(entries, fund)
    fund_seed = seed_or_default(seed)
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


__all__ = ["MeetingPage", "build_meeting_page"]
