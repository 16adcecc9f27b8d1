"""Cohort and intervention cost (docs/model.md §2)."""

from __future__ import annotations

import numpy as np


def intake_by_year(intake: list[int] | np.ndarray, horizon_years: int) -> np.ndarray:
    """Starters per contract year, padded with zeros to the horizon.

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

    C_t = Σ_{i : i ≤ t < i + delivery_years} n_i · cost / delivery_years
          + fixed_cost for t < fixed_cost_years.

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
    """Starters who reach their measurement point in each year, per outcome: (K, H).

    arrivals[k, s] = n_i with s = i + L_k (only s < H is kept).

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
