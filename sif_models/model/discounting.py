"""Discounting (docs/model.md §1).

d(t) = (1 + r)^(−t) for t = 0 … 35, year 0 undiscounted. Past year 35 the Finance Ministry's
declining schedule applies: d(t) = d(35) · (1 + r_long)^(−(t − 35)), with r_long = 2.5 % by
default. (The schedule is applied so that d stays continuous; the specification names the rates
but not the splice, so this is our documented choice: docs/model.md, "Modelling choices".)

References
----------
.. [1] Finansministeriet (2021). *Dokumentationsnotat – den samfundsøkonomiske
   diskonteringsrente*. Real discount rate 3.5 % for years 0–35, 2.5 % for years 36–70.
"""

from __future__ import annotations

import numpy as np

LONG_RATE_FROM_YEAR = 35  # the last year discounted at the short rate (docs/model.md §1)


def discount_factors(
    horizon_years: int, rate: float = 0.035, rate_long: float = 0.025
) -> np.ndarray:
    """Discount factors d(t) for the contract years t = 0 … H − 1.

    Implements docs/model.md §1, with the splice past year 35 of docs/model.md, "Modelling
    choices".

    Parameters
    ----------
    horizon_years : int
        H, the number of contract years (years).
    rate : float, default 0.035
        r, the real discount rate for years 0 … 35 (rate per year; 0.035 = 3.5 %, the Finance
        Ministry's rate [1]_).
    rate_long : float, default 0.025
        r_long, the real discount rate after year 35 (rate per year; the Finance Ministry's
        2.5 % for years 36–70 [1]_).

    Returns
    -------
    numpy.ndarray, shape (H,)
        d(t), dimensionless; d(0) = 1.

    Notes
    -----
    ::

        d(t) = (1 + r)^(−t)                              for t ≤ 35
        d(t) = d(35) · (1 + r_long)^(−(t − 35))          for t > 35

    so d is continuous at year 35.

    References
    ----------
    .. [1] Finansministeriet (2021). *Dokumentationsnotat – den samfundsøkonomiske
       diskonteringsrente*.

    Examples
    --------
    >>> discount_factors(3, 0.035).round(6)
    array([1.      , 0.966184, 0.933511])
    >>> float(discount_factors(37)[36] / discount_factors(37)[35])
    0.975609756097561
    """
    t = np.arange(horizon_years, dtype=float)
    short = np.minimum(t, LONG_RATE_FROM_YEAR)
    long = np.maximum(t - LONG_RATE_FROM_YEAR, 0.0)
    return (1.0 + rate) ** (-short) * (1.0 + rate_long) ** (-long)


def present_value(flows: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """Present value of yearly flows: PV(x) = Σ_t x_t · d(t), over the last axis (years).

    Implements docs/model.md §1.

    Parameters
    ----------
    flows : array_like, shape (..., H)
        x_t, yearly undiscounted amounts (DKK), e.g. (D, H) or (D, P, H); the last axis is the
        contract year.
    factors : numpy.ndarray, shape (H,)
        d(t) from :func:`discount_factors`.

    Returns
    -------
    numpy.ndarray, shape (...)
        PV(x) in DKK: the input's shape without its last axis (a 0-d array for (H,) flows).

    Notes
    -----
    ::

        PV(x) = Σ_{t=0}^{H−1} x_t · d(t)

    Examples
    --------
    >>> float(present_value(np.array([100.0, 103.5]), discount_factors(2)))
    200.0
    """
    return np.asarray(flows, dtype=float) @ factors
