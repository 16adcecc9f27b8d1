"""Outcome counts (MODEL.md §3), vectorised over draws.

Shapes: D draws, K outcomes, H years.
"""

from __future__ import annotations

import numpy as np


def effective_success_rate(
    success_rate: np.ndarray, baseline_rate: np.ndarray, effect_share: float | np.ndarray = 1.0
) -> np.ndarray:
    """p' = b + f · (p − b): the success rate with every effect scaled by f (MODEL.md §5).

    Examples
    --------
    >>> effective_success_rate(np.array([[0.5]]), np.array([0.2]), 0.5)
    array([[0.35]])
    """
    f = np.asarray(effect_share, dtype=float)
    if f.ndim == 1:
        f = f[:, None]
    return baseline_rate + f * (success_rate - baseline_rate)


def additional_outcomes(
    success_rate: np.ndarray, baseline_rate: np.ndarray, arrivals: np.ndarray
) -> np.ndarray:
    """A[d, k, s] = n_i · (p_k − b_k) at s = i + L_k; may be negative. Shape (D, K, H).

    Examples
    --------
    >>> additional_outcomes(np.array([[0.5]]), np.array([0.2]), np.array([[0., 10., 10.]]))
    array([[[0., 3., 3.]]])
    """
    return (success_rate - baseline_rate)[:, :, None] * arrivals[None, :, :]


def verified_rate(success_rate: np.ndarray, baseline_rate: np.ndarray, pay_for: str) -> np.ndarray:
    """The share of starters the contract pays for, per draw and outcome: (D, K).

    ``pay_for='all'``: p_k; ``'above_baseline'``: max(p_k − b_k, 0).

    Examples
    --------
    >>> verified_rate(np.array([[0.5, 0.1]]), np.array([0.2, 0.2]), "above_baseline")
    array([[0.3, 0. ]])
    """
    if pay_for == "all":
        return success_rate
    if pay_for == "above_baseline":
        return np.maximum(success_rate - baseline_rate, 0.0)
    raise ValueError(f"pay_for must be 'all' or 'above_baseline', got {pay_for!r}")


def verified_outcomes(
    success_rate: np.ndarray, baseline_rate: np.ndarray, arrivals: np.ndarray, pay_for: str
) -> np.ndarray:
    """V[d, k, s]: outcomes the contract pays for. Shape (D, K, H).

    ``pay_for='all'``: n_i · p_k; ``'above_baseline'``: n_i · max(p_k − b_k, 0).

    Examples
    --------
    >>> p, b, n = np.array([[0.5]]), np.array([0.2]), np.array([[0., 10.]])
    >>> verified_outcomes(p, b, n, "all"), verified_outcomes(p, b, n, "above_baseline")
    (array([[[0., 5.]]]), array([[[0., 3.]]]))
    """
    return verified_rate(success_rate, baseline_rate, pay_for)[:, :, None] * arrivals[None, :, :]
