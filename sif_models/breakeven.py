"""Switching values (MODEL.md §5): the effect share and the success rates at which public net = 0.

Both are solved numerically with :func:`scipy.optimize.brentq` on the full model, so they stay
right if the model stops being linear in the effect (a cap, say, never enters ``public_net``
today, but the solver does not rely on that).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import brentq

from .model import ModelInputs, central_draws, figures, simulate


@dataclass(frozen=True)
class SwitchingValue:
    """A value at which public net is zero, or None with the reason."""

    value: float | None
    reason: str | None = None


def _public_net(inputs: ModelInputs, draws, effect_share: float = 1.0) -> float:
    return float(figures(inputs, simulate(inputs, draws, effect_share))["public_net"][0])


def break_even_effect_share(inputs: ModelInputs) -> SwitchingValue:
    """The factor f on every effect (p − b → f · (p − b)) at which public net = 0.

    Searched on f in [0, 1000]; outside that, or where effects avoid no cost, there is none.
    """
    draws = central_draws(inputs)
    g0 = _public_net(inputs, draws, 0.0)
    g1 = _public_net(inputs, draws, 1.0)
    if g0 >= 0:
        return SwitchingValue(None, "public net is not negative even with no effect")
    if np.isclose(g1, g0, rtol=1e-12, atol=1e-6):
        return SwitchingValue(None, "the effects avoid no public costs")
    hi = 1.0
    while _public_net(inputs, draws, hi) < 0:
        hi *= 2
        if hi > 1000:
            return SwitchingValue(None, "public net stays negative for any plausible effect")
    f = brentq(lambda x: _public_net(inputs, draws, x), 0.0, hi, xtol=1e-14, rtol=1e-14)
    return SwitchingValue(float(f))


def break_even_success_rates(inputs: ModelInputs) -> dict[str, SwitchingValue]:
    """Per outcome: the success rate (others at central values) at which public net = 0."""
    out: dict[str, SwitchingValue] = {}
    for k, oid in enumerate(inputs.outcome_ids):

        def g(p_k: float, k: int = k) -> float:
            draws = central_draws(inputs)
            rates = draws.success_rate.copy()
            rates[0, k] = p_k
            return _public_net(inputs, replace(draws, success_rate=rates))

        lo, hi = g(0.0), g(1.0)
        if np.isclose(lo, hi, rtol=1e-12, atol=1e-6):
            out[oid] = SwitchingValue(None, "this outcome avoids no public costs")
        elif lo >= 0 and hi >= 0:
            out[oid] = SwitchingValue(None, "public net is positive at any success rate")
        elif lo < 0 and hi < 0:
            out[oid] = SwitchingValue(None, "public net stays negative even at 100 % success")
        else:
            out[oid] = SwitchingValue(float(brentq(g, 0.0, 1.0, xtol=1e-14, rtol=1e-14)))
    return out
