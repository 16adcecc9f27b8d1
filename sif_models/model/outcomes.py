"""Outcome rates (docs/model.md §3), vectorised over draws; the counts A and V are lazy properties
of :class:`sif_models.model.simulate.CashFlows`.

Shapes: D draws, K outcomes, H years. Rates are shares of the starters (0 … 1).
"""

from __future__ import annotations

import numpy as np


def effective_success_rate(
    success_rate: np.ndarray, baseline_rate: np.ndarray, effect_share: float | np.ndarray = 1.0
) -> np.ndarray:
    """p' = b + f · (p − b): the success rate with every effect scaled by f.

    Implements the effect share of docs/model.md §5 (the switching value
    ``break_even_effect_share``); f = 1 is the proposal as written.

    Parameters
    ----------
    success_rate : numpy.ndarray, shape (D, K)
        p_k per draw (rate, a share of the starters).
    baseline_rate : numpy.ndarray, shape (K,)
        b_k, the rate without the intervention (rate).
    effect_share : float or numpy.ndarray of shape (D,), default 1.0
        f, the factor on every effect p − b (dimensionless); one per draw when an array.

    Returns
    -------
    numpy.ndarray, shape (D, K)
        p'_k, the effective success rate (rate).

    Notes
    -----
    ::

        p'_k = b_k + f · (p_k − b_k)

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
    """The share of starters the contract pays for, per draw and outcome.

    Implements the verified outcomes V of docs/model.md §3: V_{k,s} = n_i · rate_k, with n_i
    the starters arriving at the measurement point s = i + L_k.

    Parameters
    ----------
    success_rate : numpy.ndarray, shape (D, K)
        p_k per draw (rate).
    baseline_rate : numpy.ndarray, shape (K,)
        b_k (rate).
    pay_for : {'all', 'above_baseline'}
        The contract's ``pay_for``: every success, or only those above the baseline.

    Returns
    -------
    numpy.ndarray, shape (D, K)
        The verified rate (rate): p_k for ``'all'``, max(p_k − b_k, 0) for ``'above_baseline'``.

    Raises
    ------
    ValueError
        If ``pay_for`` is neither ``'all'`` nor ``'above_baseline'``.

    Notes
    -----
    ::

        rate_k = p_k                   pay_for: all
        rate_k = max(p_k − b_k, 0)     pay_for: above_baseline

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
