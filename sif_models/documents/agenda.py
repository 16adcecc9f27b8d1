"""A meeting's agenda items as the pack made them: the record ``sif meeting`` passes to the
overview notebook (:func:`agenda_item_record`, plain JSON types) and the entry the overview reads
(:class:`AgendaEntry`, with the proposal's business case when it could be computed).

:mod:`sif_models.publish.meeting` makes the records; :mod:`sif_models.documents.meeting_overview`
shows the entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sif_models.case.business_case import BusinessCase, run
from sif_models.inputs.portfolio import Fund
from sif_models.inputs.proposals import load_proposal

AGENDA_KINDS = ("decision", "discussion", "status")
# Agenda items whose proposal comes to the fund at this meeting (status items are running).
PROPOSED_KINDS = ("decision", "discussion")


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


def agenda_entries(items: list[dict[str, Any]], draws: int, seed: int) -> list[AgendaEntry]:
    """The entries of the records ``items`` in agenda order; each usable proposal (state ok or
    kept) run with ``draws`` and ``seed`` (-1: the proposal's own seed), as its brief was."""
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
    return entries


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


__all__ = [
    "AGENDA_KINDS",
    "PROPOSED_KINDS",
    "AgendaEntry",
    "agenda_entries",
    "agenda_item_record",
    "meeting_fund_ids",
]
