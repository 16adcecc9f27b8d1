"""Avoided costs per payer (docs/model.md §3), vectorised over draws.

S[d, P, t] = Σ_k Σ_s A[d, k, s] · w_k(t − s) · Σ_{c : payer(c) = P} q[k, c] · u[d, c]

Because A is (p − b) times the arrivals, the sum over s is done once per outcome
(:func:`exposure`) and the draws only enter through (p − b) and the unit costs.
"""

from __future__ import annotations

import numpy as np

PAYERS = ("kommune", "region", "stat")


def persistence_weights(
    horizon_years: int, persistence_years: int, annual_decay: float
) -> np.ndarray:
    """w(j) = (1 − δ)^j for j = 0 … D−1, zero after; for j = 0 … H−1.

    Examples
    --------
    >>> persistence_weights(5, 3, 0.5)
    array([1.  , 0.5 , 0.25, 0.  , 0.  ])
    """
    j = np.arange(horizon_years)
    return np.where(j < persistence_years, (1.0 - annual_decay) ** j, 0.0)


def exposure(
    arrivals: np.ndarray, persistence_years: np.ndarray, annual_decay: np.ndarray
) -> np.ndarray:
    """E[k, t] = Σ_s arrivals[k, s] · w_k(t − s): success-years per unit effect. Shape (K, H).

    Examples
    --------
    >>> exposure(np.array([[0., 10., 10., 0., 0.]]), np.array([3]), np.array([0.0]))
    array([[ 0., 10., 20., 20., 10.]])
    """
    n_outcomes, horizon = arrivals.shape
    out = np.zeros((n_outcomes, horizon))
    for k in range(n_outcomes):
        w = persistence_weights(horizon, int(persistence_years[k]), float(annual_decay[k]))
        out[k] = np.convolve(arrivals[k], w)[:horizon]
    return out


def value_per_success_dkk(
    quantity: np.ndarray, unit_cost_dkk: np.ndarray, payer_index: np.ndarray
) -> np.ndarray:
    """Yearly cost one additional success avoids, per payer: (D, K, P).

    quantity (K, M) units per year, unit_cost_dkk (D, M), payer_index (M,) into :data:`PAYERS`.

    Examples
    --------
    >>> value_per_success_dkk(np.array([[1.0, 2.0]]), np.array([[100.0, 10.0]]), np.array([0, 2]))
    array([[[100.,   0.,  20.]]])
    """
    onehot = np.zeros((payer_index.size, len(PAYERS)))
    onehot[np.arange(payer_index.size), payer_index] = 1.0
    return np.einsum("km,dm,mp->dkp", quantity, unit_cost_dkk, onehot, optimize=True)


def avoided_costs_dkk(
    effect: np.ndarray, exposure_kh: np.ndarray, value_dkp: np.ndarray
) -> np.ndarray:
    """S[d, P, t] = Σ_k effect[d, k] · E[k, t] · value[d, k, P]. Shape (D, P, H).

    Examples
    --------
    >>> e = exposure(np.array([[0., 10., 10., 0., 0.]]), np.array([3]), np.array([0.0]))
    >>> avoided_costs_dkk(np.array([[0.3]]), e, np.array([[[200_000., 0., 0.]]]))[0, 0]
    array([      0.,  600000., 1200000., 1200000.,  600000.])
    """
    weighted = effect[:, :, None] * value_dkp  # (D, K, P)
    return np.matmul(weighted.transpose(0, 2, 1), exposure_kh)
