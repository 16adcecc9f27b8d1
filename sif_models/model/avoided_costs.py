"""Avoided costs per payer (docs/model.md §3), vectorised over draws.

S[d, P, t] = Σ_k Σ_s A[d, k, s] · w_k(t − s) · Σ_c share_P(c) · q[k, c] · u[d, c]

Because A is (p − b) times the arrivals, the sum over s is done once per outcome
(:func:`exposure`) and the draws only enter through (p − b) and the unit costs.

The same sum with other weights than share_P(c) gives the kommune's savings split two ways
(docs/model.md §3 v2): the cashable items only (S^cash) and each budget area (S^area). The model
passes all the weights as the columns G of one matrix (payers, then cashable, then areas), so one
product gives every split.

Shapes: D draws, K outcomes, M unit costs, P = 3 payers (:data:`PAYERS`), G weight columns,
H years. Amounts in DKK at the proposal's price year. A negative quantity is a cost that a success
adds (docs/model.md §3 v2); the sums carry its sign.

References
----------
.. [1] Socialstyrelsen. *Socialøkonomisk investeringsmodel* (SØM): avoided public costs as
   units avoided times a unit price, per public payer.
"""

from __future__ import annotations

import numpy as np

PAYERS = ("kommune", "region", "stat")  # the order of the payer axis P


def persistence_weights(
    horizon_years: int, persistence_years: int, annual_decay: float
) -> np.ndarray:
    """Persistence weights w(j) of one outcome's avoided costs, j years after the outcome year.

    Implements docs/model.md §3.

    Parameters
    ----------
    horizon_years : int
        H; weights are given for j = 0 … H − 1 (years).
    persistence_years : int
        D_k, how many years the avoided costs last, counted from the outcome year (years).
    annual_decay : float
        δ_k, the yearly fall of the avoided costs (rate per year, 0 … 1).

    Returns
    -------
    numpy.ndarray, shape (H,)
        w(j), dimensionless.

    Notes
    -----
    ::

        w(j) = (1 − δ)^j   for j = 0 … D − 1
        w(j) = 0           for j ≥ D

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
    """Success-years per unit of effect: E[k, t] = Σ_s arrivals[k, s] · w_k(t − s).

    Implements the sum over outcome years s in docs/model.md §3; with A_{k,s} =
    (p_k − b_k) · arrivals[k, s], the avoided costs are (p_k − b_k) · E[k, t] times the value of
    one success (:func:`avoided_costs_dkk`).

    Parameters
    ----------
    arrivals : numpy.ndarray, shape (K, H)
        Starters reaching each outcome's measurement point per year (persons), from
        :func:`sif_models.model.cohort.outcome_arrivals`.
    persistence_years : numpy.ndarray of int, shape (K,)
        D_k (years).
    annual_decay : numpy.ndarray, shape (K,)
        δ_k (rate per year).

    Returns
    -------
    numpy.ndarray, shape (K, H)
        E[k, t], persons weighted by persistence (success-years per unit of p − b); flows after
        the horizon are dropped.

    Notes
    -----
    ::

        E[k, t] = Σ_{s ≤ t} arrivals[k, s] · w_k(t − s)

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
    quantity: np.ndarray, unit_cost_dkk: np.ndarray, weights: np.ndarray
) -> np.ndarray:
    """Yearly cost one additional success avoids, per draw, outcome and weight column.

    Implements the inner sum of docs/model.md §3: Σ_{c ∈ consequences_k} share_P(c) · q_c ·
    unit_cost_c, for every column of ``weights`` at once (the payers' shares, and the kommune's
    share restricted to the cashable items or to one budget area, §3 v2).

    Parameters
    ----------
    quantity : numpy.ndarray, shape (K, M)
        q[k, m], units of cost item m that one additional success of outcome k avoids per year
        (units per year; zero where outcome k has no such consequence; negative for an added
        cost, docs/model.md §3 v2).
    unit_cost_dkk : numpy.ndarray, shape (D, M)
        u[d, m], the price of one unit per draw (DKK per unit, at the proposal's price year).
    weights : numpy.ndarray, shape (M, G)
        W[m, g], the share of item m's value that column g counts: share_P(m) for the payer
        columns (each row of those sums to 1), the kommune's share or 0 for the others.

    Returns
    -------
    numpy.ndarray, shape (D, K, G)
        value[d, k, g], DKK per additional success per year (negative where added costs
        outweigh avoided ones).

    Notes
    -----
    ::

        value[d, k, g] = Σ_m q[k, m] · u[d, m] · W[m, g]

    Examples
    --------
    A cost borne 75/25 by kommune and stat, and one of the kommune's own:

    >>> w = np.array([[0.75, 0.0, 0.25], [1.0, 0.0, 0.0]])
    >>> value_per_success_dkk(np.array([[1.0, -1.0]]), np.array([[200.0, 20.0]]), w)
    array([[[130.,   0.,  50.]]])
    """
    return np.einsum("km,dm,mg->dkg", quantity, unit_cost_dkk, weights, optimize=True)


def avoided_costs_dkk(
    effect: np.ndarray, exposure_kh: np.ndarray, value_dkp: np.ndarray
) -> np.ndarray:
    """Avoided costs S per draw, payer and year.

    Implements S_{P,t} of docs/model.md §3, in the factored form of this module's docstring.

    Parameters
    ----------
    effect : numpy.ndarray, shape (D, K)
        p_k − b_k per draw (rate; negative when the intervention does worse than the baseline).
    exposure_kh : numpy.ndarray, shape (K, H)
        E[k, t] from :func:`exposure` (success-years per unit of effect).
    value_dkp : numpy.ndarray, shape (D, K, G)
        DKK avoided per additional success per year, from :func:`value_per_success_dkk`, per
        weight column G (the payers P first).

    Returns
    -------
    numpy.ndarray, shape (D, G, H)
        S[d, g, t], undiscounted avoided costs (DKK per year): for the payer columns in the
        order of :data:`PAYERS`, S_P; for the kommune's splits, S^cash and S^area.

    Notes
    -----
    ::

        S[d, g, t] = Σ_k effect[d, k] · E[k, t] · value[d, k, g]

    which equals Σ_k Σ_s A_{k,s} · w_k(t − s) · Σ_c share_P(c) · q_c · unit_cost_c, the
    SØM-style [1]_ sum of units avoided times unit prices.

    References
    ----------
    .. [1] Socialstyrelsen. *Socialøkonomisk investeringsmodel* (SØM).

    Examples
    --------
    >>> e = exposure(np.array([[0., 10., 10., 0., 0.]]), np.array([3]), np.array([0.0]))
    >>> avoided_costs_dkk(np.array([[0.3]]), e, np.array([[[200_000., 0., 0.]]]))[0, 0]
    array([      0.,  600000., 1200000., 1200000.,  600000.])
    """
    weighted = effect[:, :, None] * value_dkp  # (D, K, P)
    return np.matmul(weighted.transpose(0, 2, 1), exposure_kh)
