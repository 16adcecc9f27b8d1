"""Discounting (docs/model.md §1).

d(t) = (1 + r)^(−t) for t = 0 … 35, year 0 undiscounted. Past year 35 the Finance Ministry's
declining schedule applies: d(t) = d(35) · (1 + r_long)^(−(t − 35)), with r_long = 2.5 % by
default. (The schedule is applied so that d stays continuous; docs/model.md names the rates but not
the splice, so this is our documented choice.)
"""

from __future__ import annotations

import numpy as np

LONG_RATE_FROM_YEAR = 35


def discount_factors(
    horizon_years: int, rate: float = 0.035, rate_long: float = 0.025
) -> np.ndarray:
    """Discount factors d(t) for t = 0 … horizon_years − 1.

    d(t) = (1 + rate)^(−t) for t ≤ 35, then d(35) · (1 + rate_long)^(−(t − 35)).

    Examples
    --------
    >>> discount_factors(3, 0.035).round(6)
    array([1.      , 0.966184, 0.933511])
    >>> float(discount_factors(37)[36] / discount_factors(37)[35])
    0.975609756097561
    """
    t = np.arange(horizon_years, dtype=float)
    short = np.minimum(t, LONG_RATE_FROM_YEAR)
    long = np.maximum(t - LONG_RATE_FROM_YEAR, 0.0)
    return (1.0 + rate) ** (-short) * (1.0 + rate_long) ** (-long)


def present_value(flows: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """PV(x) = Σ_t x_t · d(t) over the last axis (years).

    Examples
    --------
    >>> float(present_value(np.array([100.0, 103.5]), discount_factors(2)))
    200.0
    """
    return np.asarray(flows, dtype=float) @ factors
