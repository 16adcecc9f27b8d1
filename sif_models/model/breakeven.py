"""Switching values (docs/model.md §5): the effect share and the success rates at which public net = 0.

Public net is linear in the effect share today, so the secant through f = 0 and f = 1 gives the
root directly; it is checked on the full model, and :func:`scipy.optimize.brentq` takes over if
the model ever bends (a cap, say, never enters ``public_net`` today, but the code does not rely
on that).

The search range, [0, :data:`MAX_EFFECT_SHARE`], is docs/model.md §5; what happens outside it is
in docs/model.md, "Modelling choices".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from sif_models.model.build import ModelInputs
from sif_models.model.codes import Reason
from sif_models.model.figures import figures
from sif_models.model.simulate import central_draws, simulate

MAX_EFFECT_SHARE = 1000.0  # the effect share is searched in [0, 1000] (docs/model.md §5)


@dataclass(frozen=True)
class SwitchingValue:
    """A value at which public net is zero, or None with the reason (docs/model.md §5).

    Attributes
    ----------
    value : float or None
        The switching value, in the unit of what was switched (a factor for the effect share, a
        rate for a success rate); None where there is none.
    reason : Reason or None
        Why there is none (words); None when there is a value.
    """

    value: float | None
    reason: Reason | None = None


def _public_net(inputs: ModelInputs, draws, effect_share: float = 1.0) -> float:
    return float(figures(inputs, simulate(inputs, draws, effect_share)).public_net_pv_dkk[0])


def break_even_effect_share(inputs: ModelInputs) -> SwitchingValue:
    """The factor f on every effect (p − b → f · (p − b)) at which public net = 0.

    Implements ``break_even_effect_share`` of docs/model.md §5 (a switching value; §8 gives
    1,966,183.57 / 3,305,119.57 = 0.59489). Solved with :func:`scipy.optimize.brentq` on the
    full deterministic model (D = 1, central values), so it needs no linearity.

    Parameters
    ----------
    inputs : ModelInputs
        The proposal as arrays (:func:`sif_models.model.build.build_inputs`).

    Returns
    -------
    SwitchingValue
        ``value`` = f (dimensionless, in [0, :data:`MAX_EFFECT_SHARE`]), or None with the
        reason: public net is not negative even with no effect, the effects avoid no public
        costs, or public net stays negative up to f = :data:`MAX_EFFECT_SHARE`.

    Notes
    -----
    f solves ::

        public_net(f) = PV(S_kommune + S_region + S_stat − C)(f) = 0,   p_k → b_k + f · (p_k − b_k)

    found between 0 and the first of 1, 2, 4, … (at most 1000) where public net is ≥ 0.

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
    >>> round(break_even_effect_share(inputs).value, 5)  # docs/model.md §8
    0.59489
    """
    draws = central_draws(inputs)
    g0 = _public_net(inputs, draws, 0.0)
    g1 = _public_net(inputs, draws, 1.0)
    if g0 >= 0:
        return SwitchingValue(None, Reason.NO_EFFECT_NEEDED)
    if np.isclose(g1, g0, rtol=1e-12, atol=1e-6):
        return SwitchingValue(None, Reason.NO_COSTS_AVOIDED)
    # public net is linear in f today (the effect scales avoided costs; payments, caps and
    # thresholds do not enter it): the secant through f = 0 and 1 is the root. It is checked,
    # and Brent's method on the full model takes over if the model ever bends.
    f_line = -g0 / (g1 - g0)
    if 0.0 < f_line <= MAX_EFFECT_SHARE:
        at = _public_net(inputs, draws, f_line)
        if abs(at) <= 1e-9 * (abs(g0) + abs(g1)):
            return SwitchingValue(float(f_line))
    hi = 1.0
    while _public_net(inputs, draws, hi) < 0:
        if hi >= MAX_EFFECT_SHARE:
            return SwitchingValue(None, Reason.NEVER)
        hi = min(2.0 * hi, MAX_EFFECT_SHARE)
    from scipy.optimize import brentq  # only when the model is not linear in the effect

    f = brentq(lambda x: _public_net(inputs, draws, x), 0.0, hi, xtol=1e-14, rtol=1e-14)
    return SwitchingValue(float(f))


def break_even_success_rates(
    inputs: ModelInputs, effect_share: SwitchingValue | None = None
) -> dict[str, SwitchingValue]:
    """Per outcome: its success rate at the break-even effect share (docs/model.md §5, §8).

    The success rates at which public net is zero when every effect is scaled alike
    (§8: 0.2 + 0.59489 · 0.3 = 0.37847). An outcome that avoids no public cost has none (its
    rate does not move public net); when f does not exist, neither do these. The one-at-a-time
    switching value of each success rate, the others at their central values, is
    :func:`sif_models.risk.sensitivity.switching_values`.

    Parameters
    ----------
    inputs : ModelInputs
        The proposal as arrays (:func:`sif_models.model.build.build_inputs`), K outcomes.
    effect_share : SwitchingValue or None, default None
        f, if already computed by :func:`break_even_effect_share` (computed here when None).

    Returns
    -------
    dict of str to SwitchingValue
        Outcome id → p*_k (rate, a share of the starters), or None with the reason; K entries in
        the proposal's order.

    Notes
    -----
    ::

        p*_k = b_k + f · (p_k − b_k)

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
    >>> round(break_even_success_rates(inputs)["housed"].value, 5)
    0.37847
    """
    f = effect_share if effect_share is not None else break_even_effect_share(inputs)
    draws = central_draws(inputs)
    out: dict[str, SwitchingValue] = {}
    for k, oid in enumerate(inputs.outcome_ids):
        rates = draws.success_rate.copy()
        rates[0, k] = inputs.baseline_rate[k]  # this outcome's effect switched off
        without = _public_net(inputs, replace(draws, success_rate=rates))
        if np.isclose(without, _public_net(inputs, draws), rtol=1e-12, atol=1e-6):
            out[oid] = SwitchingValue(None, Reason.OUTCOME_NO_COSTS)
        elif f.value is None:
            out[oid] = SwitchingValue(None, f.reason)
        else:
            b, p = float(inputs.baseline_rate[k]), float(inputs.success_rate[k])
            out[oid] = SwitchingValue(b + f.value * (p - b))
    return out
