"""The outcome contract (docs/model.md §4), vectorised over draws: (D, H) arrays.

Order: the payment threshold of each outcome (v2) → what is due (rate card × verified outcomes)
→ the payment cap on what is due (cumulative) → the return cap on what is paid → the deficit
guarantee at the horizon → who pays what is paid (outcome payers, v2) → the share of the
kommune's net gain that goes back to the fund (docs/model.md, "Modelling choices").

Shapes: D draws, K outcomes, H contract years. Amounts in DKK per year, undiscounted.
"""

from __future__ import annotations

import numpy as np


def threshold_met(success_rate: np.ndarray, threshold_rate: np.ndarray) -> np.ndarray:
    """Whether each outcome's success rate reaches its payment threshold, per draw.

    Implements the payment threshold of docs/model.md §4 (v2): nothing is due for outcome k
    unless p_k ≥ θ_k — the central p_k in the deterministic case, each draw's own p_k in the
    Monte Carlo. A threshold of 0 is always met.

    Parameters
    ----------
    success_rate : numpy.ndarray, shape (D, K)
        p_k per draw (rate), after any effect share (docs/model.md §5).
    threshold_rate : numpy.ndarray, shape (K,)
        θ_k, the outcomes' ``payment_threshold_rate`` (rate; 0 for none).

    Returns
    -------
    numpy.ndarray of bool, shape (D, K)
        True where p_k ≥ θ_k.

    Examples
    --------
    >>> threshold_met(np.array([[0.5, 0.3]]), np.array([0.45, 0.45]))
    array([[ True, False]])
    """
    return success_rate >= threshold_rate


def outcome_payments_due_dkk(verified: np.ndarray, price_dkk: np.ndarray) -> np.ndarray:
    """Outcome payments due per draw and year: the rate card times the verified outcomes.

    Implements Due_t of docs/model.md §4.

    Parameters
    ----------
    verified : numpy.ndarray, shape (D, K, H)
        V[d, k, t], verified outcomes per draw, outcome and year (persons).
    price_dkk : numpy.ndarray, shape (K,)
        The rate card: ``price_dkk`` per verified outcome (DKK per outcome).

    Returns
    -------
    numpy.ndarray, shape (D, H)
        Due[d, t] (DKK per year), before the payment cap.

    Notes
    -----
    ::

        Due[d, t] = Σ_k price_k · V[d, k, t]

    Examples
    --------
    >>> outcome_payments_due_dkk(np.array([[[0., 3., 3.]]]), np.array([150_000.]))
    array([[     0., 450000., 450000.]])
    """
    return np.einsum("dkh,k->dh", verified, price_dkk)


def apply_payment_cap(due_dkk: np.ndarray, payment_cap_dkk: float | None) -> np.ndarray:
    """Stop what is due at the cumulative cap; the year that crosses it owes the remainder.

    Implements the payment cap of docs/model.md §4.

    Parameters
    ----------
    due_dkk : numpy.ndarray, shape (D, H)
        Due_t per draw (DKK per year); any leading shape works, the last axis is the year.
    payment_cap_dkk : float or None
        The contract's ``payment_cap_dkk``, a cap on the sum over all years (DKK); None for no
        cap.

    Returns
    -------
    numpy.ndarray, shape (D, H)
        What is due after the cap (DKK per year); ``due_dkk`` itself when there is no cap.

    Notes
    -----
    ::

        Due'_t = min(Σ_{u ≤ t} Due_u, cap) − min(Σ_{u < t} Due_u, cap)

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
    """What is paid out of what is due when the financiers' return is capped.

    Implements the return cap of docs/model.md §4: the financiers never earn more than the cap
    on their capital; what is due but not paid stays with the kommune. With no cap, Paid = Due.
    The loop runs over years, never over draws.

    Parameters
    ----------
    due_dkk : numpy.ndarray, shape (D, H)
        Due_t after the payment cap (DKK per year).
    capital_dkk : numpy.ndarray, shape (D, H)
        C_t, the capital the financiers put in (DKK per year).
    return_cap_rate : float or None
        c, the contract's ``return_cap_rate`` (rate per year, e.g. 0.046); None for no cap.

    Returns
    -------
    numpy.ndarray, shape (D, H)
        Paid_t (DKK per year); a copy of ``due_dkk`` when there is no cap.

    Notes
    -----
    ::

        Acc_{−1} = 0
        Paid_t   = min(Due_t, Acc_{t−1} · (1 + c) + C_t)
        Acc_t    = Acc_{t−1} · (1 + c) + C_t − Paid_t

    (a negative room Acc_{t−1} · (1 + c) + C_t pays nothing).

    Examples
    --------
    >>> apply_return_cap(np.array([[0., 2000.]]), np.array([[1000., 0.]]), 0.05)
    array([[   0., 1050.]])
    """
    if return_cap_rate is None:
        return due_dkk.copy()
    # years first, so that each year is one contiguous row (many draws × rate cards at once)
    due_t = np.ascontiguousarray(np.moveaxis(due_dkk, -1, 0))
    capital_t = np.moveaxis(np.broadcast_to(capital_dkk, due_dkk.shape), -1, 0)
    paid_t = np.empty_like(due_t)
    account = np.zeros(due_t.shape[1:])
    room = np.empty_like(account)
    growth = 1.0 + return_cap_rate
    for t in range(due_t.shape[0]):
        np.multiply(account, growth, out=room)
        room += capital_t[t]
        np.maximum(room, 0.0, out=account)  # the room that can be paid
        np.minimum(due_t[t], account, out=paid_t[t])
        np.subtract(room, paid_t[t], out=account)
    return np.moveaxis(paid_t, 0, -1)


def deficit_guarantee_dkk(
    capital_dkk: np.ndarray, paid_dkk: np.ndarray, guarantee_dkk: float
) -> np.ndarray:
    """The deficit guarantee (*underskudsgaranti*): the shortfall at the horizon, up to a limit.

    Implements the deficit guarantee of docs/model.md §4: if the financiers have received less
    than they put in, the guarantor pays the undiscounted shortfall, at most ``guarantee_dkk``,
    in the last contract year.

    Parameters
    ----------
    capital_dkk : numpy.ndarray, shape (D, H)
        C_t (DKK per year).
    paid_dkk : numpy.ndarray, shape (D, H)
        Paid_t after both caps (DKK per year).
    guarantee_dkk : float
        The contract's ``guarantee_dkk`` (DKK); 0 for none.

    Returns
    -------
    numpy.ndarray, shape (D, H)
        G_t (DKK per year): zero except in year H − 1.

    Notes
    -----
    ::

        G_{H−1} = min(max(Σ_t C_t − Σ_t Paid_t, 0), guarantee),   G_t = 0 for t < H − 1

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


def outcome_payments_by_payer_dkk(paid_dkk: np.ndarray, payer_share: np.ndarray) -> np.ndarray:
    """What each payer type (kommune, region, stat) pays of the outcome payments.

    Implements Paid^P of docs/model.md §4 (v2): Paid^P_t = Σ_{outcome payers of type P} share ·
    Paid_t. Without outcome payers the kommune pays all (share 1).

    Parameters
    ----------
    paid_dkk : numpy.ndarray, shape (D, H)
        Paid_t after both caps (DKK per year).
    payer_share : numpy.ndarray, shape (3,)
        The outcome payers' shares summed by type, in the order kommune, region, stat.

    Returns
    -------
    numpy.ndarray, shape (D, 3, H)
        Paid^P_t (DKK per year); the three sum to Paid_t.

    Examples
    --------
    >>> outcome_payments_by_payer_dkk(np.array([[0., 450.]]), np.array([0.5, 0., 0.5]))[0]
    array([[  0., 225.],
           [  0.,   0.],
           [  0., 225.]])
    """
    return payer_share[None, :, None] * paid_dkk[:, None, :]


def savings_to_fund_dkk(
    kommune_savings_dkk: np.ndarray, paid_dkk: np.ndarray, savings_share_to_fund: float
) -> np.ndarray:
    """The share of the kommune's yearly net gain that the contract hands back to the fund.

    Implements to_fund_t of docs/model.md §4 (v2): only cashable savings can be handed on, and
    only the kommune's own part of the payments is set against them. The model passes S^cash and
    Paid^kommune; with every item cashable and the kommune the only outcome payer they are
    S_kommune and Paid, the version-1 rule.

    Parameters
    ----------
    kommune_savings_dkk : numpy.ndarray, shape (D, H)
        S^cash_t, the kommune's cashable avoided costs (DKK per year).
    paid_dkk : numpy.ndarray, shape (D, H)
        Paid^kommune_t, the outcome payments the kommune makes (DKK per year).
    savings_share_to_fund : float
        σ, the contract's ``savings_share_to_fund`` (share, 0 … 1).

    Returns
    -------
    numpy.ndarray, shape (D, H)
        to_fund_t (DKK per year), never negative.

    Notes
    -----
    ::

        to_fund_t = σ · max(0, S_kommune,t − Paid_t)                (version 1)
        to_fund_t = σ · max(0, S^cash_t − Paid^kommune_t)           (v2)

    Examples
    --------
    >>> savings_to_fund_dkk(np.array([[100., 300.]]), np.array([[200., 100.]]), 0.5)
    array([[  0., 100.]])
    """
    return savings_share_to_fund * np.maximum(kommune_savings_dkk - paid_dkk, 0.0)
