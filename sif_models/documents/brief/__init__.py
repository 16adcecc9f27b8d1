"""The decision brief of one proposal: headline, charts, tables and appendix, built from a
business case.

The notebook ``notebooks/business_case.ipynb`` only calls :func:`build_brief` and displays what
the :class:`Brief` returns. The brief's sections are small units, each a class of its own module
over the same case (:class:`~.base.BriefBasis`):

========================  ==================================================================
:mod:`.headline`          title, ask, key figures (expected, 90 % interval, central estimate),
                          outcomes and payment thresholds
:mod:`.summary`           the summary in a few sentences
:mod:`.charts`            the charts and their notes (drawn by :mod:`.plots`)
:mod:`.parties`           who saves (payers, budget areas, cashable) and who pays (outcome
                          payers, transaction costs)
:mod:`.decisions`         the deal zone, with or without an external investor, the value of
                          information
:mod:`.tables`            cash flows, financing
:mod:`.appendix`          assumptions (:mod:`sif_models.documents.assumptions`), unit costs,
                          method, provenance
========================  ==================================================================

*Expected* (*forventet*) is only ever the mean of the Monte Carlo draws; the proposal's own
values give the *central estimate* (*centralt skøn*), shown beside the expected value where the
two differ materially (:mod:`.base`).

Tables are tidy DataFrames of plain text (for reuse and tests) and Markdown pipe tables (for the
brief); every piece of text that comes from a proposal is escaped with
:func:`~sif_models.text.markdown.escape_md` so that Markdown, HTML and Typst control characters
show as text in both the HTML and the PDF brief and are never interpreted. All words come from
:mod:`sif_models.text.labels`; all numbers are formatted with :mod:`sif_models.text.formatting`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from sif_models.case.business_case import DEFAULT_DRAWS, BusinessCase, run
from sif_models.documents.agenda import PROPOSED_KINDS
from sif_models.documents.brief.appendix import Appendix
from sif_models.documents.brief.charts import Charts
from sif_models.documents.brief.decisions import Decisions
from sif_models.documents.brief.headline import Headline
from sif_models.documents.brief.parties import Parties
from sif_models.documents.brief.summary import Summary
from sif_models.documents.brief.tables import Tables
from sif_models.text.labels import check_lang


@dataclass(frozen=True)
class Brief(Headline, Summary, Charts, Parties, Decisions, Tables, Appendix):
    """Everything a decision brief shows, for one proposal in one language: the sections of
    :class:`Headline`, :class:`Summary`, :class:`Charts`, :class:`Parties`, :class:`Decisions`,
    :class:`Tables` and :class:`Appendix` over one case."""

    case: BusinessCase
    lang: str
    proposal_path: Path
    draws: int
    made: dt.date
    tornado: pd.DataFrame | None = None
    summary: dict[str, Any] = field(default_factory=dict, repr=False)
    agenda: str | None = None  # decision | discussion: the meeting item the brief is made for


def build_brief(
    proposal_path: str | Path,
    draws: int = DEFAULT_DRAWS,
    seed: int = -1,
    lang: str = "da",
    today: dt.date | None = None,
    agenda: str | None = None,
) -> Brief:
    """Run a proposal's business case (with ``draws`` Monte Carlo draws) and wrap it as a Brief.

    ``seed = -1`` uses the proposal's own seed (or sif's default). ``agenda`` (``decision`` or
    ``discussion``) is the meeting item the brief is made for: its header then says what the
    council is to do with it instead of the proposal's status. Raises
    :class:`sif_models.SifInputError` for a bad proposal and ValueError for a bad language or
    agenda kind.
    """
    check_lang(lang)
    if agenda is not None and agenda not in PROPOSED_KINDS:
        raise ValueError(f"agenda must be decision or discussion, got {agenda!r}")
    path = Path(proposal_path)
    case = run(path, draws=int(draws), seed=None if int(seed) < 0 else int(seed))
    tornado = None
    try:
        from sif_models.risk.sensitivity import tornado as make_tornado
    except ModuleNotFoundError as exc:  # the sensitivity module is part of the package
        raise RuntimeError("sif_models.risk.sensitivity is missing; reinstall sif") from exc
    tornado = make_tornado(case.inputs)
    return Brief(
        case=case,
        lang=lang,
        proposal_path=path,
        draws=int(draws),
        made=today or dt.date.today(),
        tornado=tornado,
        summary=case.to_dict(),
        agenda=agenda,
    )


__all__ = ["Brief", "build_brief"]
