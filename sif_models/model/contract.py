"""The outcome contract (docs/model.md §4), vectorised over draws: (D, H) arrays.

Order: what is due (rate card × verified outcomes) → the payment cap on what is due
(cumulative) → the return cap on what is paid → the deficit guarantee at the horizon →
the share of the kommune's net gain that goes back to the fund.
"""

from __future__ import annotations

import numpy as np


def outcome_payments_due_dkk(verified: np.ndarray, price_dkk: np.ndarray) -> np.ndarray:
    """Due[d, t] = Σ_k price_k · V[d, k, t].

    Examples
    --------
    >>> outcome_payments_due_dkk(np.array([[[0., 3., 3.]]]), np.array([150_000.]))
    array([[     0., 450000., 450000.]])
    """
    return np.einsum("dkh,k->dh", verified, price_dkk)


def apply_payment_cap(due_dkk: np.ndarray, payment_cap_dkk: float | None) -> np.ndarray:
    """Stop what is due at the cumulative cap; the year that crosses it owes the remainder.

    Examples
    --------
    >>> apply_payment_cap(np.array([[400., 400., 400.]]), 1000.)
    array([[400., 400., 200.]])
    """
    if payment_cap_dkk is None:
        return due_dkk
    capped = np.minimum(np.cumsum(due_dkk, axis=-1), payment_cap_dkk)
    return np.diff(capped, axis=-1, prepend=0.0)


def apply_return_cap(
    due_dkk: np.ndarray, capital_dkk: np.ndarray, return_cap_rate: float | None
) -> np.ndarray:
    """Paid_t = min(Due_t, Acc_{t−1} · (1 + cap) + C_t); Acc_t = Acc_{t−1} · (1 + cap) + C_t − Paid_t.

    The financiers never earn more than the cap; with no cap, Paid = Due. The loop runs over
    years, never over draws.

    Examples
    --------
    >>> apply_return_cap(np.array([[0., 2000.]]), np.array([[1000., 0.]]), 0.05)
    array([[   0., 1050.]])
    """
    if return_cap_rate is None:
        return due_dkk.copy()
    paid = np.empty_like(due_dkk)
    account = np.zeros(due_dkk.shape[:-1])
    growth = 1.0 + return_cap_rate
    for t in range(due_dkk.shape[-1]):
        room = account * growth + capital_dkk[..., t]
        paid[..., t] = np.minimum(due_dkk[..., t], np.maximum(room, 0.0))
        account = room - paid[..., t]
    return paid


def deficit_guarantee_dkk(
    capital_dkk: np.ndarray, paid_dkk: np.ndarray, guarantee_dkk: float
) -> np.ndarray:
    """At the horizon the guarantor pays min(max(Σ C − Σ Paid, 0), guarantee) in year H−1.

    Examples
    --------
    >>> deficit_guarantee_dkk(np.array([[1000., 0.]]), np.array([[0., 300.]]), 500.)
    array([[  0., 500.]])
    """
    out = np.zeros_like(capital_dkk)
    if guarantee_dkk > 0:
        shortfall = np.maximum(capital_dkk.sum(axis=-1) - paid_dkk.sum(axis=-1), 0.0)
        out[..., -1] = np.minimum(shortfall, guarantee_dkk)
    return out


def savings_to_fund_dkk(
    kommune_savings_dkk: np.ndarray, paid_dkk: np.ndarray, savings_share_to_fund: float
) -> np.ndarray:
    """to_fund_t = share · max(0, S_kommune,t − Paid_t).

    Examples
    --------
    >>> savings_to_fund_dkk(np.array([[100., 300.]]), np.array([[200., 100.]]), 0.5)
    array([[  0., 100.]])
    """
    return savings_share_to_fund * np.maximum(kommune_savings_dkk - paid_dkk, 0.0)
