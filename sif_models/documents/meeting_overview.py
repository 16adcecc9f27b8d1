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
from sif_models.documents.assessment import Assessment
from sif_models.documents.common import (
    ExpectedPath,
    Page,
    Scenario,
    one_stop,
    outlook_table_md,
    provenance_md,
    scroll_md,
    seed_or_default,
    thousands,
    thousands_range,
)
from sif_models.documents.comparison import decision_tools, side_by_side
from sif_models.fund.loading import load_fund
from sif_models.fund.outlook import FundOutlook, fund_outlook
from sif_models.inputs.fields import text_in
from sif_models.text.formatting import long_date, number
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
    assessments: dict[int, Assessment] = field(default_factory=dict)  # by agenda index
    links: dict[str, str] = field(default_factory=dict)

    def title(self) -> str:
        return self.t("meet.title", title=text_in(self.meeting, "title", self.lang))

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
        note = text_in(self.meeting, "note", self.lang)
        if note:
            parts.append(f"::: {{.notice}}\n{escape_md(note)}\n:::")
        files = []
        for key in ("overview_pdf", "pack_pdf"):
            if key in self.links:
                files.append(_link(self.t(f"meet.link.{key}"), self.links[key]))
        files.append(f"[{escape_md(self.t('meet.link.fund'))}](#fund)")
        parts.append("::: {.screen-only}\n" + " · ".join(files) + "\n:::")
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ agenda
    def agenda_table(self) -> pd.DataFrame:
        """The item (its number and title), its kind and the brief's files (plain text). The
        number opens the item's cell: a column of its own would take the first column's width
        on a phone."""
        rows = []
        for e in self.entries:
            rows.append(
                [
                    f"{e.index + 1}. {e.title}",
                    self.t(f"meet.kind.{e.kind}"),
                    self._files_text(e),
                ]
            )
        return pd.DataFrame(
            rows,
            columns=[
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
                scroll_md(md_table(raw, "lll", raw={col})),
            ]
        )

    # ------------------------------------------------------------------ side by side
    COMPARE_COLUMNS = 4  # proposals per side-by-side table (more do not fit an A4 page)

    def assessment(self, e: AgendaEntry) -> Assessment:
        return self.assessments[e.index]

    def comparison_table(self, entries: list[AgendaEntry] | None = None) -> pd.DataFrame:
        """The proposals side by side (:func:`~sif_models.documents.comparison.side_by_side`):
        one column per usable agenda item, or per entry given."""
        entries = self.usable if entries is None else entries
        return side_by_side(entries, [self.assessment(e) for e in entries], self.lang)

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
                first = 28 if per_table <= 3 else 24
                widths = [first] + [(100 - first) // n] * n
            # centred, not right-aligned: the stylesheet keeps a right-aligned header on one
            # line, and a proposal's whole title in one line pushed the table off the screen
            table = md_table(frame, "l" + "c" * n, widths=widths, values=set(frame.columns[1:]))
            parts.append(scroll_md(table))
        if self.draws > 0:
            note = self.t("meet.compare_note", draws=number(self.draws, 0, self.lang))
        else:
            note = self.t("meet.compare_note_no_draws")
        parts.append(f"*{escape_md(note)}*")  # under the table it explains, before the warnings
        parts += self.weak_md()
        tools = decision_tools([self.assessment(e) for e in usable], self.lang)
        parts += [
            f"### {escape_md(self.t('meet.heading.tools'))}",
            scroll_md(md_table(tools, "lll", [30, 35, 35])),
            f"*{escape_md(self.t('meet.tools_note'))}*",
        ]
        return "\n\n".join(parts)

    def weak_md(self) -> list[str]:
        """A coloured box for each weak case, saying in words why it is weak."""
        out = []
        for e in self.usable:
            reasons = self.assessment(e).weak_reasons(self.lang)
            if not reasons:
                continue
            head = escape_md(
                self.t("meet.weak.head", title=e.case.proposal.text_in("title", self.lang))
            )
            body = " ".join(md_value(one_stop(r)) for r in reasons)
            out.append(f"::: {{.notice .weak}}\n**{head}** {body}\n:::")
        return out

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
        titles = {e.id: e.case.proposal.text_in("title", self.lang) for e in self.usable}
        heading = f"## {escape_md(self.t('meet.heading.fund'))} {{#fund}}"
        parts = ["::: {.pagebreak}\n:::", heading]
        if self.changes_fund:
            names = ", ".join(titles.get(i, i) for i in self.proposed_ids)
            intro = self.t("meet.fund_intro", names=names)
            if any(e.kind == "status" for e in self.entries):
                intro += " " + self.t("meet.fund_status")
            parts.append(escape_md(intro))
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
        """Balance at year end before and after (1,000 DKK, expected and 90 % interval)."""
        L = self.lang
        cols = [text("fy.year", L)]
        for s in self.scenarios:
            cols.append(text("fy.balance_of", L, label=s.label))
            if s.outlook.draws is not None:
                cols.append(text("fy.band_of", L, label=s.label))
        rows = []
        for y in (int(y) for y in self.after.years):
            cells = [str(y)]
            for s in self.scenarios:
                o = s.outlook
                inside = y in set(int(x) for x in o.years)
                cells.append(thousands(ExpectedPath.of(o).at(y), L) if inside else "")
                if o.draws is not None:
                    i = int(np.searchsorted(o.years, y))
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
        drawn = self.after.draws is not None
        table = md_table(frame, "l" + "r" * (frame.shape[1] - 1), values=set(frame.columns[1:]))
        return "\n\n".join(
            [
                "::: {.pagebreak}\n:::",
                f"### {escape_md(self.t('meet.heading.balance'))}",
                f"*{escape_md(text('fy.unit', self.lang))}*",
                scroll_md(table),
                f"*{escape_md(self.t('meet.balance_note' if drawn else 'meet.balance_note_central'))}*",
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
        assessments={e.index: Assessment.of(e.case) for e in entries if e.usable},
        links=dict(links or {}),
    )


__all__ = ["MeetingPage", "build_meeting_page"]
