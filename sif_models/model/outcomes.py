"""Outcome rates (docs/model.md §3), vectorised over draws; the counts are in ``model.CashFlows``.

Shapes: D draws, K outcomes, H years.
"""

from __future__ import annotations

import numpy as np


def effective_success_rate(
    success_rate: np.ndarray, baseline_rate: np.ndarray, effect_share: float | np.ndarray = 1.0
) -> np.ndarray:
    """p' = b + f · (p − b): the success rate with every effect scaled by f (docs/model.md §5).

    Examples
    --------
    >>> effective_success_rate(np.array([[0.5]]), np.array([0.2]), 0.5)
    array([[0.35]])
    """
    f = np.asarray(effect_share, dtype=float)
    if f.ndim == 1:
        f = f[:, None]
    return baseline_rate + f * (success_rate - baseline_rate)


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
