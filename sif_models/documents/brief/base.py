"""What every section of the decision brief stands on: the case, the language, the document's
number formats, the words for a chance, and when the central estimate differs from the expected.

:class:`BriefBasis` is the base of the sections (:mod:`.headline`, :mod:`.charts`,
:mod:`.tables`, :mod:`.parties`, :mod:`.decisions`, :mod:`.appendix`);
:class:`~sif_models.documents.brief.Brief` puts them together and holds the attributes they read
(``case``, ``lang``, ``proposal_path``, ``draws``, ``made``, ``tornado``, ``summary``).

Two words are kept apart everywhere (docs/model.md §6, docs/style-da.md): *expected*
(*forventet*) is only ever the mean of the Monte Carlo draws; the deterministic case with the
proposal's own values is the *central estimate* (*centralt skøn*). The brief leads with the
expected value and shows the central estimate beside it where the two differ materially
(:meth:`BriefBasis.differs`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sif_models.case.business_case import BusinessCase
from sif_models.text.formatting import DocumentFormats
from sif_models.text.labels import text
from sif_models.text.markdown import escape_md

# A chance that would show as 0,0 % is written "under 0,1 %", one that would show as 100,0 %
# "over 99,9 %" (per mille, rounded as the percentage is)
PER_MILLE = 1000
# The central estimate differs materially from the expected value when the gap is at least this
# share of the larger of the two, and beyond the Monte Carlo's own noise (NOISE_SE standard errors)
MATERIAL_SHARE = 0.05
NOISE_SE = 3.0

Row = tuple[str, str, str, str]  # figure, expected, 90 % interval, central estimate


def _one_stop(sentence: str) -> str:
    """One full stop after an abbreviation that ends a sentence.

    >>> _one_stop("for kommunen 663 kr.."), _one_stop("(10 mio. kr.).")
    ('for kommunen 663 kr.', '(10 mio. kr.).')
    """
    return re.sub(r"\b(kr|mio)\.\.(?!\.)", r"\1.", sentence)


def count(x: float, lang: str) -> str:
    """A count of people: whole when whole, else one decimal.

    >>> count(6.0, "da"), count(2.5, "da")
    ('6', '2,5')
    """
    return DocumentFormats(lang).number(x, 0 if abs(x - round(x)) < 1e-9 else 1)


def value_range(lo: float | None, hi: float | None, fmt) -> str:
    """``lo – hi`` in the format ``fmt``; '' when either end is missing."""
    if lo is None or hi is None or not (math.isfinite(lo) and math.isfinite(hi)):
        return ""
    return f"{fmt(lo)} – {fmt(hi)}"


def finite_quantiles(x: np.ndarray) -> tuple[float | None, float | None, float]:
    """p5, p95 of the finite values and the share that is not finite.

    >>> finite_quantiles(np.array([np.nan, np.nan]))
    (None, None, 1.0)
    """
    x = np.asarray(x, dtype=float)
    ok = np.isfinite(x)
    if not ok.any():
        return None, None, 1.0
    lo, hi = np.percentile(x[ok], [5, 95])
    return float(lo), float(hi), float(1.0 - ok.mean())


def differs(draws: np.ndarray | None, central: float) -> bool:
    """Whether the central estimate differs materially from the mean of ``draws``: by at least
    :data:`MATERIAL_SHARE` of the larger of the two, and by more than the Monte Carlo's noise
    (:data:`NOISE_SE` standard errors of the mean). Caps, thresholds and guarantees make
    payments non-linear, so the two can differ (docs/model.md §6).

    >>> x = np.array([0.0, 1.0, 2.0, 3.0, 4.0] * 100)
    >>> differs(x, 2.0), differs(x, 3.0), differs(None, 1.0)
    (False, True, False)
    """
    if draws is None or not math.isfinite(central):
        return False
    x = np.asarray(draws, dtype=float)
    x = x[np.isfinite(x)]
    if x.size == 0:
        return False
    mean = float(x.mean())
    gap = abs(mean - central)
    noise = NOISE_SE * float(x.std()) / math.sqrt(x.size)
    return gap > noise and gap >= MATERIAL_SHARE * max(abs(mean), abs(central))


class BriefBasis:
    """The attributes and small helpers every section of the brief uses."""

    case: BusinessCase
    lang: str
    proposal_path: Path
    draws: int
    made: dt.date
    tornado: pd.DataFrame | None
    summary: dict[str, Any]
    agenda: str | None  # decision | discussion: the meeting item the brief is made for

    # ------------------------------------------------------------------ the case
    @property
    def proposal(self):
        return self.case.proposal

    @property
    def risk(self):
        return self.case.risk

    @property
    def seed(self) -> int | None:
        return None if self.risk is None else int(self.risk.seed)

    @property
    def last_year(self) -> int:
        return self.proposal.start_year + self.proposal.horizon_years - 1

    @cached_property
    def deal(self):
        """The deal zone on the case's draws (docs/model.md §10), computed once."""
        return self.case.deal_zone()

    @cached_property
    def information(self):
        """EVPI and ranked EVPPI, public and kommune (docs/model.md §10), computed once."""
        return self.case.value_of_information()

    @cached_property
    def financing_structures(self):
        """As proposed, the fund alone, an external investor taking half (docs/model.md §10)."""
        return self.case.structures()

    def draws_of(self, key: str) -> np.ndarray | None:
        """The draws of the risk figure ``key`` (a field of Figures), or None without draws."""
        return None if self.risk is None else np.asarray(getattr(self.risk.figures, key))

    def mean_of(self, key: str) -> float | None:
        """The expected value (the mean of the draws) of figure ``key``; None without draws."""
        return None if self.risk is None else float(self.risk.summary(key)["mean"])

    # ------------------------------------------------------------------ the fund's money
    @property
    def fund_takes_part(self) -> bool:
        f = self.case.figures
        return self.case.inputs.fund_share > 0 or f.to_fund_dkk > 0 or f.fund_net_dkk != 0

    def fund_money(self) -> dict[str, np.ndarray]:
        """What the fund puts in, gets back and nets (undiscounted): (D,) arrays of the draws,
        or (1,) arrays of the central estimate without draws. Back = its share of what the
        financiers receive + the savings share returned to it − the transaction costs it bears,
        so that back − put is its net (docs/model.md §5)."""
        share = self.case.inputs.fund_share
        f = self.case.figures if self.risk is None else self.risk.figures
        put = share * np.atleast_1d(np.asarray(f.financiers_capital_dkk, dtype=float))
        net = np.atleast_1d(np.asarray(f.fund_net_dkk, dtype=float))
        return {"put": put, "back": net + put, "net": net}

    def fund_central(self) -> dict[str, float]:
        f = self.case.figures
        put = self.case.inputs.fund_share * f.financiers_capital_dkk
        return {"put": put, "back": f.fund_net_dkk + put, "net": f.fund_net_dkk}

    def figure_row(
        self, label: str, draws: np.ndarray | None, central: float, fmt, always: bool = False
    ) -> Row:
        """A figure's row: the mean and the 90 % interval of its draws, and the central estimate
        where it differs materially (or ``always``)."""
        if draws is None:
            return (label, "", "", fmt(central))
        x = np.asarray(draws, dtype=float)
        x = x[np.isfinite(x)]
        if x.size == 0:
            return (label, "–", "", fmt(central))
        lo, hi = np.percentile(x, [5, 95])
        shown = fmt(central) if (always or differs(x, central)) else ""
        return (label, fmt(float(x.mean())), value_range(float(lo), float(hi), fmt), shown)

    def money_table(self, rows: list[Row], first: str) -> pd.DataFrame:
        """Rows of :meth:`figure_row` as a table: the first column headed ``first``, then the
        expected value and its 90 % interval, and the central estimate where any row shows it;
        without draws the central estimate only."""
        cols = [first, self.t("bkf.expected"), self.t("bkf.range"), self.t("bkf.central")]
        frame = pd.DataFrame(rows, columns=cols)
        if self.risk is None:
            return frame[[cols[0], cols[3]]]
        if not frame[cols[3]].astype(bool).any():
            return frame[cols[:3]]
        return frame

    # ------------------------------------------------------------------ words and numbers
    def t(self, key: str, **values: object) -> str:
        """A label in the brief's language (an amount that ends a sentence keeps one full
        stop: "… 663 kr.", never "kr..")."""
        return _one_stop(text(key, self.lang, **values))

    @property
    def fmt(self) -> DocumentFormats:
        """The document's number formats (the true minus; a zero is 0)."""
        return DocumentFormats(self.lang)

    def money(self, x: float | None) -> str:
        return self.fmt.dkk(x)

    def mio(self, x: float | None) -> str:
        return self.fmt.mio(x)

    def pct(self, x: float | None, decimals: int = 1) -> str:
        return self.fmt.percent(x, decimals)

    def ratio(self, x: float | None) -> str:
        return self.fmt.ratio(x)

    def chance(self, p: float | None) -> str:
        """A chance for a table cell: ``97,8 %``, ``under 0,1 %``, ``ingen af simuleringerne``
        (never ``0,0 %``, docs/style-da.md)."""
        if p is None or not math.isfinite(p):
            return "–"
        if p <= 0.0:
            return self.t("p.none")
        if p >= 1.0:
            return self.t("p.all")
        if round(p * PER_MILLE) <= 0:
            return self.t("p.below", p=self.pct(0.001))
        if round(p * PER_MILLE) >= PER_MILLE:
            return self.t("p.above", p=self.pct(0.999))
        return self.pct(p)

    def chance_sentence(self, p: float, some: str, none: str, every: str, **values: object) -> str:
        """The sentence of a chance ``p``: ``none`` when no draw has it, ``every`` when every draw
        has it, else ``some`` with ``{p}`` filled in (``97,8 %``, ``under 0,1 %``)."""
        if p <= 0.0:
            return self.t(none, **values)
        if p >= 1.0:
            return self.t(every, **values)
        return self.t(some, p=self.chance(p), **values)

    # ------------------------------------------------------------------ names
    def outcome_label(self, k: int) -> str:
        o = self.proposal.outcomes[k]
        return (o.label_en or o.label) if self.lang == "en" else o.label

    def cost_label(self, cost_id: str) -> str:
        item = self.case.inputs.costs[cost_id].item
        return item.label_en if self.lang == "en" else item.label_da

    def input_label(self, key: str, in_sentence: bool = False) -> str:
        """The reader's name of an uncertain input, from its key: ``success_rate:<outcome id>``,
        ``intervention_cost`` or ``unit_cost:<cost id>`` (docs/model.md, random streams);
        ``in_sentence`` starts it with a small letter (the label's first word is sif's)."""
        label = self._input_label(key)
        return label[:1].lower() + label[1:] if in_sentence else label

    def _input_label(self, key: str) -> str:
        kind, _, rest = key.partition(":")
        inp = self.case.inputs
        if kind == "success_rate" and rest in inp.outcome_ids:
            k = inp.outcome_ids.index(rest)
            return self.t("input.success_rate", label=self.outcome_label(k))
        if kind == "unit_cost" and rest in inp.costs:
            return self.t("input.unit_cost", label=self.cost_label(rest))
        if kind == "intervention_cost":
            return self.t("input.intervention_cost")
        return key

    def heading_md(self, key: str, level: int = 2) -> str:
        """A section heading (``heading.<key>`` in the labels)."""
        return "#" * level + " " + escape_md(self.t(f"heading.{key}"))
