"""The Beta distribution of a success rate (docs/model.md §3, §6 v2), from the proposal's numbers.

The Beta is centred on the analyst's central ``success_rate`` p: its mean is p, and its
concentration κ = α + β comes from the uncertainty given ::

    90 % interval [low, high]:   sd = (high − low) / 3.29,   κ = p (1 − p) / sd² − 1
    trial evidence:              κ = trials + 2
    then                         α = p κ,   β = (1 − p) κ

The proposal schema checks these numbers when a file is read (``sif check``), and the Monte
Carlo (:mod:`sif_models.risk.sampling`) draws from the same Beta, so every proposal that passes
the check can be simulated. Besides κ > 0 (an interval too wide for p is an input error), the
check refuses two Betas the sampler cannot draw from faithfully (docs/model.md, "Modelling
choices"): a shape parameter below :data:`MIN_SHAPE` (almost all the weight at 0 and 1; the
quantiles underflow double precision) and a concentration above :data:`MAX_CONCENTRATION` (an
interval narrower than the quantile function resolves; write [p, p] for a fixed rate).

Examples
--------
>>> a, b = success_beta(0.5, interval=(0.4, 0.6))
>>> round(a, 4), round(b, 4)
(33.3253, 33.3253)
>>> success_beta(0.3, evidence_trials=60)
(18.6, 43.4)
>>> success_beta(0.3) is None
True
"""

from __future__ import annotations

import math

Z90_WIDTH = 3.29  # a 90 % interval spans 2 × 1.645 standard deviations (docs/model.md §6)
MIN_SHAPE = 0.05
MAX_CONCENTRATION = 1e12


def concentration(
    p: float, interval: tuple[float, float] | None = None, evidence_trials: int | None = None
) -> float | None:
    """κ = α + β of the success rate's Beta (docs/model.md §6 v2); None for a fixed rate.

    Parameters
    ----------
    p : float
        The central ``success_rate`` (rate), the Beta's mean.
    interval : (float, float) or None
        The 90 % ``success_interval`` [low, high] (rates); ``low == high`` is a fixed rate.
    evidence_trials : int or None
        ``success_evidence.trials`` (participants), when the uncertainty is trial evidence.

    Returns
    -------
    float or None
        κ (dimensionless; ≤ 0 when the interval is too wide for p), or None when the rate has
        no uncertainty.

    Notes
    -----
    ::

        interval:  κ = p (1 − p) / ((high − low) / 3.29)² − 1
        evidence:  κ = trials + 2

    Examples
    --------
    >>> round(concentration(0.5, interval=(0.4, 0.6)), 4)
    66.6506
    >>> concentration(0.5, evidence_trials=60)
    62.0
    """
    if evidence_trials is not None:
        return float(evidence_trials) + 2.0
    if interval is None:
        return None
    low, high = interval
    if not low < high:
        return None
    sd = (high - low) / Z90_WIDTH
    return p * (1.0 - p) / (sd * sd) - 1.0


def success_beta(
    p: float, interval: tuple[float, float] | None = None, evidence_trials: int | None = None
) -> tuple[float, float] | None:
    """(α, β) of the centred Beta of a success rate, or None for a fixed rate (docs/model.md §6).

    α = p κ and β = (1 − p) κ with κ from :func:`concentration`, so the Beta's mean is p.
    Raises ``ValueError`` (the words of :func:`beta_problem`) when the numbers give no usable
    Beta; the proposal schema refuses such a file before it gets here.

    Examples
    --------
    >>> success_beta(0.25, evidence_trials=2)
    (1.0, 3.0)
    """
    problem = beta_problem(p, interval, evidence_trials)
    if problem:
        raise ValueError(problem)
    kappa = concentration(p, interval, evidence_trials)
    if kappa is None:
        return None
    return float(p * kappa), float((1.0 - p) * kappa)


def _g(x: float) -> str:
    return f"{x:.3g}"


def _exact(x: float) -> str:
    """A number as written in the file: 0.4 as "0.4", 0.9999999 as "0.9999999" (not "1")."""
    short = f"{x:g}"
    return short if float(short) == x else repr(float(x))


def beta_problem(
    p: float, interval: tuple[float, float] | None = None, evidence_trials: int | None = None
) -> str | None:
    """What makes the success rate's Beta unusable, in plain words; None when it is usable.

    Examples
    --------
    >>> beta_problem(0.5, interval=(0.4, 0.6)) is None
    True
    >>> print(beta_problem(0.05, interval=(0.01, 0.8)))  # doctest: +NORMALIZE_WHITESPACE
    success_interval [0.01, 0.8] is too wide for success_rate 0.05: a distribution with mean 0.05
    has a standard deviation below 0.218, but the interval implies 0.24 ((high − low) / 3.29);
    narrow the interval or move success_rate
    """
    if evidence_trials is not None and not 0.0 < p < 1.0:
        return (
            "with success_evidence, success_rate must lie strictly between 0 and 1 "
            f"(it is the mean of a Beta distribution), got {_exact(p)}"
        )
    kappa = concentration(p, interval, evidence_trials)
    if kappa is None:
        return None
    if interval is not None and evidence_trials is None:
        low, high = interval
        where = f"success_interval [{_exact(low)}, {_exact(high)}]"
        if kappa <= 0.0:
            return (
                f"{where} is too wide for success_rate {_exact(p)}: a distribution with mean "
                f"{_exact(p)} "
                f"has a standard deviation below {_g(math.sqrt(p * (1.0 - p)))}, but the "
                f"interval implies {_g((high - low) / Z90_WIDTH)} ((high − low) / 3.29); "
                "narrow the interval or move success_rate"
            )
        if kappa > MAX_CONCENTRATION:
            return (
                f"{where} is too narrow to simulate around success_rate {_exact(p)}; write "
                f"[{_exact(p)}, {_exact(p)}] for a success rate without uncertainty"
            )
    else:
        where = f"success_rate {_exact(p)} with evidence from {evidence_trials} trials"
    alpha, beta = p * kappa, (1.0 - p) * kappa
    if min(alpha, beta) < MIN_SHAPE:
        return (
            f"{where} gives a Beta distribution (α = {_g(alpha)}, β = {_g(beta)}) that puts "
            "almost all its weight at 0 and 1, which the simulation cannot draw from; "
            + (
                "narrow the interval"
                if evidence_trials is None
                else "move success_rate away from 0 and 1"
            )
        )
    return None
