"""The fund over time (docs/model.md §7), vectorised over Monte Carlo draws.

Calendar years y = first_year … last_year. For each draw d, the end-of-year balance is

    balance[d, y] = start − Σ_{y' ≤ y} (put_in[d, y'] − received[d, y'] + running[y'] + grants[y'])

where ``put_in`` is the fund's share of the capital of every proposal it has joined and
``received`` its share of the outcome payments and guarantees plus the share of the kommune's
gain that the contracts return to it. The fund must stay active for ten years: the report gives
P(balance ≥ 0 in every one of the first ten years), the year it would run dry, and the capacity
left — the largest new commitment that keeps that probability at or above 90 %.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def place_on_calendar(
    flows: np.ndarray, start_year: int, first_year: int, n_years: int
) -> np.ndarray:
    """Put contract-year flows (D, H) that start in ``start_year`` on a calendar grid (D, Y).

    Flows before ``first_year`` or after the grid are dropped.

    Examples
    --------
    >>> place_on_calendar(np.array([[1., 2., 3.]]), 2021, 2020, 3)
    array([[0., 1., 2.]])
    """
    flows = np.atleast_2d(flows)
    out = np.zeros((flows.shape[0], n_years))
    offset = start_year - first_year
    lo, hi = max(offset, 0), min(offset + flows.shape[1], n_years)
    if hi > lo:
        out[:, lo:hi] = flows[:, lo - offset : hi - offset]
    return out


def fund_balance_dkk(
    start_capital_dkk: float,
    put_in_dkk: np.ndarray,
    received_dkk: np.ndarray,
    running_costs_dkk: np.ndarray,
    grants_dkk: np.ndarray,
) -> np.ndarray:
    """End-of-year balance (D, Y) = start − cumulative (put in − received + running costs + grants).

    Examples
    --------
    >>> fund_balance_dkk(100., np.array([[50., 0.]]), np.array([[0., 30.]]), np.array([5., 5.]), np.zeros(2))
    array([[45., 70.]])
    """
    yearly = put_in_dkk - received_dkk + running_costs_dkk + grants_dkk
    return start_capital_dkk - np.cumsum(yearly, axis=-1)


def run_dry_year(balance_dkk: np.ndarray, years: np.ndarray) -> np.ndarray:
    """First calendar year whose end balance is below zero, per draw (NaN if never).

    Examples
    --------
    >>> run_dry_year(np.array([[5., -1., 3.], [5., 4., 3.]]), np.array([2020, 2021, 2022]))
    array([2021.,   nan])
    """
    below = balance_dkk < 0
    first = np.argmax(below, axis=-1)
    return np.where(below.any(axis=-1), years[first], np.nan)


def p_active(balance_dkk: np.ndarray, n_years: int = 10) -> float:
    """P(balance ≥ 0 in each of the first ``n_years`` years of the grid).

    Examples
    --------
    >>> p_active(np.array([[5., 1.], [5., -1.]]), 2)
    0.5
    """
    return float(np.mean((balance_dkk[:, :n_years] >= 0).all(axis=-1)))


def capacity_left_dkk(
    balance_dkk: np.ndarray, from_index: int, n_years: int = 10, level: float = 0.9
) -> float:
    """The largest sum X that can be committed in year ``from_index`` (paid out at once, nothing
    back) while P(balance ≥ 0 in the first ``n_years`` years) stays ≥ ``level``.

    A draw stays solvent with X committed iff its balance is ≥ 0 before ``from_index`` and its
    minimum from ``from_index`` on is ≥ X. With n draws, at least k = ⌈level · n⌉ of them must stay
    solvent, so X is the k-th largest of those minima (−∞ for draws insolvent before). Zero if
    even X = 0 fails the level.

    Examples
    --------
    >>> b = np.array([[10., 8.], [10., 4.], [10., 6.], [10., 9.], [10., 7.],
    ...               [10., 5.], [10., 3.], [10., 2.], [10., 1.], [10., 11.]])
    >>> capacity_left_dkk(b, 1, 2, 0.9)
    2.0
    """
    window = balance_dkk[:, :n_years]
    before_ok = (window[:, :from_index] >= 0).all(axis=-1)
    headroom = np.where(before_ok, window[:, from_index:].min(axis=-1), -np.inf)
    n = headroom.size
    k = min(max(int(np.ceil(level * n - 1e-9)), 1), n)
    x = float(np.sort(headroom)[::-1][k - 1])
    return max(x, 0.0)


@dataclass(frozen=True)
class FundPath:
    """The fund's yearly flows and balance on the calendar grid, per draw (D, Y)."""

    years: np.ndarray  # (Y,)
    start_capital_dkk: float
    put_in_dkk: np.ndarray
    received_dkk: np.ndarray
    running_costs_dkk: np.ndarray  # (Y,)
    grants_dkk: np.ndarray  # (Y,)

    @property
    def balance_dkk(self) -> np.ndarray:
        return fund_balance_dkk(
            self.start_capital_dkk,
            self.put_in_dkk,
            self.received_dkk,
            self.running_costs_dkk,
            self.grants_dkk,
        )

    def band(self, low: float = 5, high: float = 95) -> dict[str, np.ndarray]:
        """Yearly mean, p5, p50 and p95 of the balance."""
        b = self.balance_dkk
        return {
            "mean": b.mean(axis=0),
            f"p{low:g}": np.percentile(b, low, axis=0),
            "p50": np.percentile(b, 50, axis=0),
            f"p{high:g}": np.percentile(b, high, axis=0),
        }
