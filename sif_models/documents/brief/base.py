"""What every section of the decision brief stands on: the case, the language and a few formats.

:class:`BriefBasis` is the base of the sections (:mod:`.headline`, :mod:`.charts`,
:mod:`.tables`, :mod:`.appendix`); :class:`~sif_models.documents.brief.Brief` puts them together
and holds the attributes they read (``case``, ``lang``, ``proposal_path``, ``draws``, ``made``,
``tornado``, ``summary``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sif_models.case.business_case import BusinessCase
from sif_models.text.formatting import dkk, number, percent
from sif_models.text.labels import text
from sif_models.text.markdown import escape_md


def share(x: float | None, lang: str, decimals: int = 1) -> str:
    """A share as a percentage (one decimal unless told)."""
    return percent(x, decimals, lang)


def count(x: float, lang: str) -> str:
    """A count of people: whole when whole, else one decimal.

    >>> count(6.0, "da"), count(2.5, "da")
    ('6', '2,5')
    """
    return number(x, 0 if abs(x - round(x)) < 1e-9 else 1, lang)


def value_range(lo: float | None, hi: float | None, fmt) -> str:
    """``lo – hi`` in the format ``fmt``; '' when either end is missing."""
    if lo is None or hi is None:
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


class BriefBasis:
    """The attributes and small helpers every section of the brief uses."""

    case: BusinessCase
    lang: str
    proposal_path: Path
    draws: int
    made: dt.date
    tornado: pd.DataFrame | None
    summary: dict[str, Any]

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

    def t(self, key: str, **values: object) -> str:
        """A label in the brief's language."""
        return text(key, self.lang, **values)

    def money(self, x: float | None) -> str:
        return dkk(x, self.lang)

    def outcome_label(self, k: int) -> str:
        o = self.proposal.outcomes[k]
        return (o.label_en or o.label) if self.lang == "en" else o.label

    def cost_label(self, cost_id: str) -> str:
        item = self.case.inputs.costs[cost_id].item
        return item.label_en if self.lang == "en" else item.label_da

    def heading_md(self, key: str, level: int = 2) -> str:
        """A section heading (``heading.<key>`` in the labels)."""
        return "#" * level + " " + escape_md(self.t(f"heading.{key}"))
