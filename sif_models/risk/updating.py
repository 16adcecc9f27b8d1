"""Updating a success rate with measured results: the Beta-binomial model.

A success rate with prior Beta(α, β) (fitted to the proposal's 90 % interval, or from its trial
evidence) that meets s successes in n measured participants has posterior Beta(α + s, β + n − s).
With no observations the posterior is the prior: the estimate stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats


@dataclass(frozen=True)
class BetaEstimate:
    """A success-rate estimate as a Beta distribution, with the figures a report shows."""

    alpha: float
    beta: float

    @property
    def mean(self) -> float:
        return self.alpha / (self.alpha + self.beta)

    def interval(self, level: float = 0.9) -> tuple[float, float]:
        """Central ``level`` interval (5 % and 95 % quantiles for 0.9)."""
        tail = (1.0 - level) / 2.0
        lo, hi = stats.beta.ppf([tail, 1.0 - tail], self.alpha, self.beta)
        return float(lo), float(hi)


def update_beta(
    prior: BetaEstimate, successes: int | np.ndarray, trials: int | np.ndarray
) -> BetaEstimate:
    """Posterior Beta(α + s, β + n − s) after s successes in n trials.

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
