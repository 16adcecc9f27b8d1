"""Sensitivity of public net to each uncertain input (docs/model.md §6): a tornado and switching values.

The uncertain inputs are those the Monte Carlo varies (:func:`sif_models.risk.sampling.uncertain_inputs`):
success rates with an interval or trial evidence, the intervention cost and the unit costs with a
``range``. Each is moved on its own, the others held at their central values, and the model is
run for all the variants at once (one :func:`sif_models.model.simulate.simulate` call).

Values are in the unit of the input: a success rate as a share, the intervention cost as the
present value of C (DKK), a unit cost in DKK per unit in the proposal's price year.

>>> from sif_models.inputs.proposals import load_proposal
>>> from sif_models.model.build import build_inputs
>>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
>>> tornado(inputs)["input"].tolist()
['success_rate:housed', 'unit_cost:example-cost', 'intervention_cost']
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy.optimize import brentq

from sif_models.model.build import ModelInputs
from sif_models.model.codes import Reason
from sif_models.model.figures import figures
from sif_models.model.simulate import Draws, central_draws, simulate
from sif_models.risk.sampling import UncertainInput, uncertain_inputs

LOW_QUANTILE = 0.05
HIGH_QUANTILE = 0.95
# Switching values of a cost are searched between 0 and this many times its central value.
SWITCH_MAX_FACTOR = 10.0

REASON_NO_EFFECT = Reason.NO_DEPENDENCE
REASON_ALWAYS_POSITIVE = Reason.ALWAYS_POSITIVE
REASON_ALWAYS_NEGATIVE = Reason.ALWAYS_NEGATIVE

TORNADO_COLUMNS = [
    "input",
    "label",
    "central_value",
    "low_value",
    "high_value",
    "public_net_low",
    "public_net_high",
    "swing",
]
SWITCHING_COLUMNS = [
    "input",
    "label",
    "central_value",
    "switching_value",
    "change_share",
    "search_low",
    "search_high",
    "reason",
]


def _variants(inputs: ModelInputs, settings: list[tuple[UncertainInput, float]]) -> Draws:
    """One draw per (input, value): that input at that value, every other at its central value."""
    n = len(settings)
    base = central_draws(inputs)
    rates = np.repeat(base.success_rate, n, axis=0)
    factor = np.ones(n)
    unit = np.repeat(base.unit_cost_dkk, n, axis=0)
    for row, (u, value) in enumerate(settings):
        if u.key.startswith("success_rate:"):
            rates[row, u.index] = value
        elif u.key == "intervention_cost":
            factor[row] = value / u.central
        else:
            unit[row, u.index] = value
    return Draws(success_rate=rates, cost_factor=factor, unit_cost_dkk=unit)


def _public_net(inputs: ModelInputs, settings: list[tuple[UncertainInput, float]]) -> np.ndarray:
    return figures(inputs, simulate(inputs, _variants(inputs, settings))).public_net_pv_dkk


def central_public_net(inputs: ModelInputs) -> float:
    """``public_net`` of the deterministic case (docs/model.md §5, §6: central values, D = 1).

    Parameters
    ----------
    inputs : ModelInputs
        The proposal as arrays (:func:`sif_models.model.build.build_inputs`).

    Returns
    -------
    float
        PV(S_kommune + S_region + S_stat − C) at central values (DKK).

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
    >>> round(central_public_net(inputs), 2)  # docs/model.md §8
    1338935.99
    """
    return float(figures(inputs, simulate(inputs, central_draws(inputs))).public_net_pv_dkk[0])


def tornado(inputs: ModelInputs) -> pd.DataFrame:
    """The tornado: public_net with each uncertain input at its p5 and p95, the others central.

    Implements the sensitivity analysis of docs/model.md §6. All 2 × (number of uncertain
    inputs) variants are run in one vectorised call.

    Parameters
    ----------
    inputs : ModelInputs
        The proposal as arrays (:func:`sif_models.model.build.build_inputs`).

    Returns
    -------
    pandas.DataFrame
        One row per uncertain input, largest swing first; empty (with the columns) when nothing
        is uncertain. Columns:

        - ``input``: ``success_rate:<id>``, ``intervention_cost`` or ``unit_cost:<id>``;
        - ``label``: words for the input;
        - ``central_value``, ``low_value``, ``high_value``: the input at its central value, p5
          and p95, in the input's unit (a success rate as a rate, the intervention cost as PV(C)
          in DKK, a unit cost in DKK per unit);
        - ``public_net_low``, ``public_net_high``: public_net with the input at its p5 and p95
          (DKK);
        - ``swing``: |public_net_high − public_net_low| (DKK).

        ``attrs["public_net_central"]`` holds the central public_net (DKK). Since public_net is
        monotone in each input, each bar brackets it whenever the input's central value lies
        between its p5 and p95.

    Notes
    -----
    For each uncertain input i with quantile function F_i⁻¹ ::

        public_net_low_i  = public_net(θ_i = F_i⁻¹(0.05), others central)
        public_net_high_i = public_net(θ_i = F_i⁻¹(0.95), others central)

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> t = tornado(build_inputs(load_proposal("data/examples/worked-example.yaml")))
    >>> t.loc[0, "input"], [round(float(t.loc[0, c]), 6) for c in ("low_value", "high_value")]
    ('success_rate:housed', [0.399909, 0.600091])
    >>> [round(x) for x in t.loc[0, ["public_net_low", "public_net_high"]]]
    [236231, 2441641]
    """
    unc = uncertain_inputs(inputs)
    central = central_public_net(inputs)
    if not unc:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in TORNADO_COLUMNS})
        frame.attrs["public_net_central"] = central
        return frame
    lows = [float(u.ppf(LOW_QUANTILE)) for u in unc]
    highs = [float(u.ppf(HIGH_QUANTILE)) for u in unc]
    settings = list(zip(unc, lows, strict=True)) + list(zip(unc, highs, strict=True))
    net = _public_net(inputs, settings)
    low_net, high_net = net[: len(unc)], net[len(unc) :]
    frame = pd.DataFrame(
        {
            "input": [u.key for u in unc],
            "label": [u.label for u in unc],
            "central_value": [u.central for u in unc],
            "low_value": lows,
            "high_value": highs,
            "public_net_low": low_net,
            "public_net_high": high_net,
            "swing": np.abs(high_net - low_net),
        }
    )
    frame = frame.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)
    frame.attrs["public_net_central"] = central
    return frame


def _search_range(u: UncertainInput) -> tuple[float, float]:
    if u.key.startswith("success_rate:"):
        return 0.0, 1.0
    return 0.0, SWITCH_MAX_FACTOR * u.central


def switching_values(inputs: ModelInputs) -> pd.DataFrame:
    """Per uncertain input: the value at which public_net = 0, the others central.

    One-at-a-time switching values (docs/model.md §5, §6; the search ranges are in
    docs/model.md, "Modelling choices"). Solved with :func:`scipy.optimize.brentq` on the full
    model. The search covers a success rate from 0 to 1 and a cost from 0 to
    :data:`SWITCH_MAX_FACTOR` times its central value; where public net does not cross zero
    there, ``switching_value`` is NaN and ``reason`` says why.

    Parameters
    ----------
    inputs : ModelInputs
        The proposal as arrays (:func:`sif_models.model.build.build_inputs`).

    Returns
    -------
    pandas.DataFrame
        One row per uncertain input, in the Monte Carlo's stream order; empty (with the
        columns) when nothing is uncertain. Columns:

        - ``input``, ``label``: as in :func:`tornado`;
        - ``central_value``: the input's central value (its unit: rate, PV(C) in DKK, or DKK
          per unit);
        - ``switching_value``: the value at which public_net = 0 (same unit), NaN where none;
        - ``change_share``: switching value / central value − 1 (how far the input may move;
          dimensionless);
        - ``search_low``, ``search_high``: the range searched (same unit);
        - ``reason``: None, or why there is no switching value.

    Notes
    -----
    For each uncertain input i, θ*_i solves ::

        public_net(θ_i = θ*_i, others central) = 0,   θ*_i in [search_low, search_high]

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> sv = switching_values(build_inputs(load_proposal("data/examples/worked-example.yaml")))
    >>> sv.set_index("input")["switching_value"].round(2).to_dict()  # docs/model.md §8
    {'success_rate:housed': 0.38, 'intervention_cost': 3305119.57, 'unit_cost:example-cost': 118978.06}
    """
    rows = []
    for u in uncertain_inputs(inputs):
        lo, hi = _search_range(u)
        at_lo, at_hi = _public_net(inputs, [(u, lo), (u, hi)])
        value, reason = math.nan, None
        if math.isclose(at_lo, at_hi, rel_tol=1e-12, abs_tol=1e-6):
            reason = REASON_NO_EFFECT
        elif at_lo >= 0 and at_hi >= 0:
            reason = REASON_ALWAYS_POSITIVE
        elif at_lo < 0 and at_hi < 0:
            reason = REASON_ALWAYS_NEGATIVE
        else:

            def g(v: float, u: UncertainInput = u) -> float:
                return float(_public_net(inputs, [(u, v)])[0])

            value = float(brentq(g, lo, hi, xtol=1e-12 * max(1.0, hi), rtol=1e-14))
        rows.append(
            {
                "input": u.key,
                "label": u.label,
                "central_value": u.central,
                "switching_value": value,
                "change_share": value / u.central - 1.0 if u.central else math.nan,
                "search_low": lo,
                "search_high": hi,
                "reason": reason,
            }
        )
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in SWITCHING_COLUMNS})
    return pd.DataFrame(rows, columns=SWITCHING_COLUMNS)
