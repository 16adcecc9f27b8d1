"""Updating a success rate with measured results: the Beta-binomial model (docs/model.md §6).

A success rate with prior Beta(α, β) (the proposal's Beta of docs/model.md §3 and §6, from its
90 % interval or its trial evidence; see :mod:`sif_models.fund.annual` for the prior of a rate
given without uncertainty) that meets s successes in n measured participants has posterior
Beta(α + s, β + n − s). With no observations the posterior is the prior: the estimate stays as
it was.

References
----------
.. [1] Gelman, A., Carlin, J. B., Stern, H. S., Dunson, D. B., Vehtari, A. & Rubin, D. B. (2013).
   *Bayesian Data Analysis*, 3rd ed. Chapman & Hall/CRC, ch. 2.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats


@dataclass(frozen=True)
class BetaEstimate:
    """A success-rate estimate as a Beta distribution, with the figures a report shows.

    The Beta of a success rate (docs/model.md §3, §6).

    Attributes
    ----------
    alpha, beta : float
        The Beta's parameters α, β > 0 (pseudo-counts of successes and failures).

    Examples
    --------
    >>> est = BetaEstimate(8.0, 7.0)
    >>> round(est.mean, 4), [round(q, 4) for q in est.interval()]
    (0.5333, [0.325, 0.7364])
    """

    alpha: float
    beta: float

    @property
    def mean(self) -> float:
        """The mean α / (α + β) (rate)."""
        return self.alpha / (self.alpha + self.beta)

    def interval(self, level: float = 0.9) -> tuple[float, float]:
        """Central ``level`` interval of the Beta.

        Parameters
        ----------
        level : float, default 0.9
            The interval's probability (share; 0.9 gives the 5 % and 95 % quantiles).

        Returns
        -------
        tuple of float
            (low, high), the (1 − level)/2 and (1 + level)/2 quantiles (rates).
        """
        tail = (1.0 - level) / 2.0
        lo, hi = stats.beta.ppf([tail, 1.0 - tail], self.alpha, self.beta)
        return float(lo), float(hi)


def update_beta(
    prior: BetaEstimate, successes: int | np.ndarray, trials: int | np.ndarray
) -> BetaEstimate:
    """Posterior Beta(α + s, β + n − s) after s successes in n trials.

    The conjugate Beta-binomial update [1]_ behind the yearly report's updated estimates
    (docs/model.md §6, "Updating with measured results").

    Parameters
    ----------
    prior : BetaEstimate
        Beta(α, β), the estimate before the measurement.
    successes : int or numpy.ndarray
        s, measured successes (persons); an array (e.g. one entry per year or cohort) is summed.
    trials : int or numpy.ndarray
        n, measured participants (persons); an array is summed.

    Returns
    -------
    BetaEstimate
        Beta(α + s, β + n − s); the prior itself when n = 0.

    Raises
    ------
    ValueError
        Unless 0 ≤ s ≤ n.

    Notes
    -----
    ::

        α' = α + s,   β' = β + (n − s),   mean' = (α + s) / (α + β + n)

    References
    ----------
    .. [1] Gelman, A. et al. (2013). *Bayesian Data Analysis*, 3rd ed., ch. 2.

    Examples
    --------
    >>> post = update_beta(BetaEstimate(2.0, 3.0), 6, 10)
    >>> (post.alpha, post.beta), round(post.mean, 4)
    ((8.0, 7.0), 0.5333)
    >>> update_beta(BetaEstimate(2.0, 3.0), 0, 0) == BetaEstimate(2.0, 3.0)
    True
    """
    s = float(np.sum(successes))
    n = float(np.sum(trials))
    if n < 0 or s < 0 or s > n:
        raise ValueError(f"need 0 ≤ successes ≤ trials, got {s:g} of {n:g}")
    return BetaEstimate(prior.alpha + s, prior.beta + (n - s))
