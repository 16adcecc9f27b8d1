"""Cohort and intervention cost (docs/model.md §2).

Shapes: K outcomes, H contract years. Amounts in DKK at the proposal's price year.
"""

from __future__ import annotations

import numpy as np


def intake_by_year(intake: list[int] | np.ndarray, horizon_years: int) -> np.ndarray:
    """Starters per contract year, padded with zeros to the horizon.

    Implements the intake of docs/model.md §2: n_i citizens start in contract year i.

    Parameters
    ----------
    intake : list of int or array_like, shape (L,)
        [n_0, n_1, …], the proposal's ``cohort.intake`` (persons per year). Entries for years
        ≥ H are dropped (the horizon is a hard edge, docs/model.md §2).
    horizon_years : int
        H, the number of contract years (years).

    Returns
    -------
    numpy.ndarray, shape (H,)
        n_t, starters in each contract year (persons, as float); zero after the given intake.

    Examples
    --------
    >>> intake_by_year([10, 10], 4)
    array([10., 10.,  0.,  0.])
    """
    n = np.zeros(horizon_years)
    given = np.asarray(intake, dtype=float)[:horizon_years]
    n[: given.size] = given
    return n


def intervention_cost_dkk(
    intake: np.ndarray,
    cost_per_participant_dkk: float,
    delivery_years: int,
    fixed_cost_dkk_per_year: float = 0.0,
    fixed_cost_years: int = 0,
) -> np.ndarray:
    """Yearly intervention cost C_t; what would fall after the horizon is dropped.

    Implements docs/model.md §2. In an outcome contract C_t is the capital the financiers put in.

    Parameters
    ----------
    intake : numpy.ndarray, shape (H,)
        n_i, starters per contract year (persons), as from :func:`intake_by_year`.
    cost_per_participant_dkk : float
        The provider's price per starter (DKK), spread evenly over ``delivery_years``.
    delivery_years : int
        Years over which each starter's cost is paid, from the start year on (years, ≥ 1).
    fixed_cost_dkk_per_year : float, default 0
        Fixed cost per year, e.g. project management and evaluation (DKK per year).
    fixed_cost_years : int, default 0
        The fixed cost falls in the years 0 … ``fixed_cost_years`` − 1 (years).

    Returns
    -------
    numpy.ndarray, shape (H,)
        C_t, the intervention cost of each contract year (DKK).

    Notes
    -----
    ::

        C_t = Σ_{i : i ≤ t < i + delivery_years} n_i · cost_per_participant_dkk / delivery_years
              + fixed_cost_dkk_per_year · [t < fixed_cost_years]

    Examples
    --------
    >>> intervention_cost_dkk(np.array([10., 10., 0., 0., 0.]), 100_000, 1)
    array([1000000., 1000000.,       0.,       0.,       0.])
    >>> intervention_cost_dkk(np.array([2., 0., 0.]), 300, 2, 50, 1)
    array([350., 300.,   0.])
    """
    horizon = intake.size
    per_year = intake * (cost_per_participant_dkk / delivery_years)
    cost = np.zeros(horizon)
    for j in range(delivery_years):  # spread each cohort over its delivery years
        cost[j:] += per_year[: horizon - j] if j < horizon else 0.0
    cost[: min(fixed_cost_years, horizon)] += fixed_cost_dkk_per_year
    return cost


def outcome_arrivals(intake: np.ndarray, lag_years: np.ndarray) -> np.ndarray:
    """Starters who reach their measurement point in each year, per outcome.

    Implements the timing of docs/model.md §3: the cohort starting in year i reaches outcome k
    in year s = i + L_k. The counts A and V of §3 are these arrivals times p − b or the verified
    rate.

    Parameters
    ----------
    intake : numpy.ndarray, shape (H,)
        n_i, starters per contract year (persons).
    lag_years : array_like of int, shape (K,)
        L_k, years from start to each outcome's measurement point (years).

    Returns
    -------
    numpy.ndarray, shape (K, H)
        arrivals[k, s] = n_i with s = i + L_k (persons); arrivals at s ≥ H are dropped.

    Examples
    --------
    >>> outcome_arrivals(np.array([10., 10., 0., 0.]), np.array([1, 0]))
    array([[ 0., 10., 10.,  0.],
           [10., 10.,  0.,  0.]])
    """
    horizon = intake.size
    lags = np.asarray(lag_years, dtype=int)
    out = np.zeros((lags.size, horizon))
    for k, lag in enumerate(lags):
        if lag < horizon:
            out[k, lag:] = intake[: horizon - lag]
    return out
