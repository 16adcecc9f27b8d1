"""The fund over time (docs/model.md §7), vectorised over Monte Carlo draws.

Calendar years y = first_year … last_year. For each draw d, the end-of-year balance is

    balance[d, y] = start − Σ_{y' ≤ y} (put_in[d, y'] − received[d, y'] + T^fund[d, y']
                                       + running[y'] + grants[y'])

where ``put_in`` is the fund's share of the capital of every proposal it has joined,
``received`` its share of the outcome payments and guarantees plus the share of the kommune's
gain that the contracts return to it, and T^fund the contracts' transaction costs the fund bears
(docs/model.md §4 v2). The fund must stay active for ten years: the report gives
P(balance ≥ 0 in every one of the first ten years), the year it would run dry, and the capacity
left — the largest new commitment that keeps that probability at or above 90 %.

Shapes: D draws, H contract years, Y calendar years of the fund's grid. Amounts in DKK per year,
undiscounted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def place_on_calendar(
    flows: np.ndarray, start_year: int, first_year: int, n_years: int
) -> np.ndarray:
    """Put contract-year flows that start in ``start_year`` on the fund's calendar grid.

    Contract year t of a proposal is calendar year ``start_year`` + t (docs/model.md §1); the
    fund's outlook (docs/model.md §7) adds every proposal's flows on one calendar.

    Parameters
    ----------
    flows : numpy.ndarray, shape (D, H) or (H,)
        Yearly flows by contract year (DKK per year).
    start_year : int
        The proposal's ``start_year`` (calendar year of contract year 0).
    first_year : int
        The grid's first calendar year.
    n_years : int
        Y, the number of calendar years on the grid (years).

    Returns
    -------
    numpy.ndarray, shape (D, Y)
        out[d, y] = flows[d, first_year + y − start_year] (DKK per year); zero where the
        proposal has no contract year. Flows before ``first_year`` or after the grid are
        dropped.

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
    transaction_costs_dkk: np.ndarray | float = 0.0,
) -> np.ndarray:
    """The fund's end-of-year balance per draw on the calendar grid.

    Implements the fund balance of docs/model.md §7.

    Parameters
    ----------
    start_capital_dkk : float
        The fund's start capital (DKK; 40,000,000 in ``data/fund.yaml``).
    put_in_dkk : numpy.ndarray, shape (D, Y)
        The fund's share of the capital of every proposal it has joined (DKK per year).
    received_dkk : numpy.ndarray, shape (D, Y)
        What the fund receives: its share of the outcome payments and guarantees, and the
        savings the contracts hand back to it (DKK per year).
    running_costs_dkk : numpy.ndarray, shape (Y,)
        The fund's running costs (DKK per year).
    grants_dkk : numpy.ndarray, shape (Y,)
        Direct grants, which do not come back (DKK per year).
    transaction_costs_dkk : numpy.ndarray, shape (D, Y), or float, default 0
        The contracts' transaction costs borne by the fund, T^fund (DKK per year;
        docs/model.md §4 v2).

    Returns
    -------
    numpy.ndarray, shape (D, Y)
        balance[d, y] (DKK) at the end of each calendar year.

    Notes
    -----
    ::

        balance[d, y] = start − Σ_{y' ≤ y} (put_in[d, y'] − received[d, y']
                                           + T^fund[d, y'] + running[y'] + grants[y'])

    Examples
    --------
    >>> fund_balance_dkk(100., np.array([[50., 0.]]), np.array([[0., 30.]]), np.array([5., 5.]), np.zeros(2))
    array([[45., 70.]])
    """
    yearly = put_in_dkk - received_dkk + transaction_costs_dkk + running_costs_dkk + grants_dkk
    return start_capital_dkk - np.cumsum(yearly, axis=-1)


def run_dry_year(balance_dkk: np.ndarray, years: np.ndarray) -> np.ndarray:
    """First calendar year whose end balance is below zero, per draw (NaN if never).

    The year the fund would run dry (docs/model.md §7).

    Parameters
    ----------
    balance_dkk : numpy.ndarray, shape (D, Y)
        End-of-year balance (DKK), from :func:`fund_balance_dkk`.
    years : numpy.ndarray of int, shape (Y,)
        The grid's calendar years.

    Returns
    -------
    numpy.ndarray of float, shape (D,)
        The first calendar year with balance < 0; NaN for a draw that never runs dry on the grid.

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

    The fund's chance of staying active for ten years (docs/model.md §7), as the share of draws.

    Parameters
    ----------
    balance_dkk : numpy.ndarray, shape (D, Y)
        End-of-year balance (DKK).
    n_years : int, default 10
        How many years from the grid's first year must all end with balance ≥ 0 (years).

    Returns
    -------
    float
        The probability (share of the D draws, 0 … 1).

    Notes
    -----
    ::

        P = (1/D) · Σ_d [balance[d, y] ≥ 0 for every y < n_years]

    Examples
    --------
    >>> p_active(np.array([[5., 1.], [5., -1.]]), 2)
    0.5
    """
    return float(np.mean((balance_dkk[:, :n_years] >= 0).all(axis=-1)))


def capacity_left_dkk(
    balance_dkk: np.ndarray, from_index: int, n_years: int = 10, level: float = 0.9
) -> float:
    """The fund's capacity left: the largest new commitment that keeps the fund active.

    The largest sum X that can be committed in year ``from_index`` (paid out at once, nothing
    back) while P(balance ≥ 0 in the first ``n_years`` years) stays ≥ ``level`` (docs/model.md
    §7; the README, "Meeting packs, the fund and the yearly report").

    Parameters
    ----------
    balance_dkk : numpy.ndarray, shape (D, Y)
        End-of-year balance without the new commitment (DKK).
    from_index : int
        The grid index (0 = the grid's first year) of the year the sum is committed.
    n_years : int, default 10
        The years that must end with balance ≥ 0, counted from the grid's first year (years).
    level : float, default 0.9
        The probability that must be kept (share, 0 … 1).

    Returns
    -------
    float
        X (DKK), ≥ 0; zero if even X = 0 fails the level.

    Notes
    -----
    A draw stays solvent with X committed iff its balance is ≥ 0 before ``from_index`` and its
    minimum from ``from_index`` on is ≥ X. With D draws, at least k = ⌈level · D⌉ of them must
    stay solvent, so X is the k-th largest of those minima (−∞ for draws insolvent before) ::

        X = max(0, k-th largest of m_d),   m_d = min_{from_index ≤ y < n_years} balance[d, y]

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
    """The fund's yearly flows and balance on the calendar grid, per draw (D, Y) (docs/model.md §7).

    Attributes
    ----------
    years : numpy.ndarray of int, shape (Y,)
        The grid's calendar years.
    start_capital_dkk : float
        The fund's start capital (DKK).
    put_in_dkk, received_dkk : numpy.ndarray, shape (D, Y)
        Capital put in and money received (DKK per year), as in :func:`fund_balance_dkk`.
    running_costs_dkk, grants_dkk : numpy.ndarray, shape (Y,)
        Running costs and direct grants (DKK per year).
    transaction_costs_dkk : numpy.ndarray, shape (D, Y), or None
        The contracts' transaction costs borne by the fund (DKK per year); None for none.
    """

    years: np.ndarray  # (Y,)
    start_capital_dkk: float
    put_in_dkk: np.ndarray
    received_dkk: np.ndarray
    running_costs_dkk: np.ndarray  # (Y,)
    grants_dkk: np.ndarray  # (Y,)
    transaction_costs_dkk: np.ndarray | None = None  # (D, Y) T^fund on the calendar

    @property
    def transaction_costs(self) -> np.ndarray:
        """T^fund (D, Y), zeros when there are none."""
        if self.transaction_costs_dkk is None:
            return np.zeros_like(self.put_in_dkk)
        return self.transaction_costs_dkk

    @property
    def balance_dkk(self) -> np.ndarray:
        """End-of-year balance (D, Y) in DKK, by :func:`fund_balance_dkk` (docs/model.md §7)."""
        return fund_balance_dkk(
            self.start_capital_dkk,
            self.put_in_dkk,
            self.received_dkk,
            self.running_costs_dkk,
            self.grants_dkk,
            self.transaction_costs,
        )

    def band(self, low: float = 5, high: float = 95) -> dict[str, np.ndarray]:
        """Yearly mean and percentiles of the balance over the draws (docs/model.md §7).

        Parameters
        ----------
        low, high : float, default 5 and 95
            The lower and upper percentiles of the band (percent).

        Returns
        -------
        dict of str to numpy.ndarray
            ``"mean"``, ``"p<low>"``, ``"p50"``, ``"p<high>"`` (e.g. ``"p5"``, ``"p95"``), each of
            shape (Y,) in DKK.
        """
        b = self.balance_dkk
        return {
            "mean": b.mean(axis=0),
            f"p{low:g}": np.percentile(b, low, axis=0),
            "p50": np.percentile(b, 50, axis=0),
            f"p{high:g}": np.percentile(b, high, axis=0),
        }
