"""The value of information (docs/model.md §10): what knowing more would be worth before deciding.

The decision is to invest (net benefit X, one value per Monte Carlo draw) or not (0). The
expected value of perfect information is

    EVPI = E[max(X, 0)] − max(E[X], 0)

in kr.: the most that removing every uncertainty could be worth. For one uncertain input θ_i
the partial value is

    EVPPI_i = E[max(g_i(θ_i), 0)] − max(E[g_i(θ_i)], 0),   g_i(θ_i) = E[X | θ_i],

with g_i estimated from the same draws by a non-parametric regression of X on θ_i: the mean of X
within each of :data:`BINS` equal-count bins of θ_i (Strong, Oakley & Brennan 2014). Ranking the
inputs by EVPPI says which assumption is most worth measuring before the council decides. With no
uncertainty every value is 0. Everything is vectorised over the draws and over the inputs.

References
----------
.. [1] Strong, M., Oakley, J. E. & Brennan, A. (2014). Estimating multiparameter partial
   expected value of perfect information from a probabilistic sensitivity analysis sample: a
   nonparametric regression approach. *Medical Decision Making* 34(3): 311–326.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sif_models.model.build import ModelInputs
from sif_models.model.figures import figures
from sif_models.model.simulate import Draws, simulate
from sif_models.risk.montecarlo import UncertainInput, sample_draws, uncertain_inputs

BINS = 50
METHOD = f"means of X over {BINS} equal-count bins of each input (Strong, Oakley & Brennan 2014)"
PERSPECTIVES = {"public": "public_net_pv_dkk", "kommune": "kommune_net_pv_dkk"}


def evpi(x: np.ndarray) -> float:
    """EVPI = E[max(X, 0)] − max(E[X], 0) of net benefits ``x`` (D,), in the unit of ``x``.

    Examples
    --------
    >>> evpi(np.array([-1.0, 3.0]))  # E[max] = 1.5, max(E) = 1.0
    0.5
    >>> evpi(np.array([2.0, 5.0]))   # always positive: nothing to learn
    0.0
    """
    x = np.asarray(x, dtype=float)
    return float(max(np.mean(np.maximum(x, 0.0)) - max(float(np.mean(x)), 0.0), 0.0))


def conditional_means(x: np.ndarray, theta: np.ndarray, bins: int = BINS) -> np.ndarray:
    """g(θ) = E[X | θ] at every draw: the mean of ``x`` in each equal-count bin of each column of
    ``theta``.

    Parameters
    ----------
    x : numpy.ndarray, shape (D,)
        Net benefit per draw.
    theta : numpy.ndarray, shape (D, I)
        The draws of I inputs.
    bins : int
        Equal-count bins per input (fewer when D is small).

    Returns
    -------
    numpy.ndarray, shape (D, I)
        For each draw and input, the mean of ``x`` over the draws in the same bin of that input.

    Examples
    --------
    >>> conditional_means(np.array([1.0, 3.0, 5.0, 7.0]), np.array([[0.1], [0.2], [0.3], [0.4]]), 2)
    array([[2.],
           [2.],
           [6.],
           [6.]])
    """
    x = np.asarray(x, dtype=float)
    theta = np.asarray(theta, dtype=float)
    d, n_inputs = theta.shape
    nb = max(1, min(bins, d))
    order = np.argsort(theta, axis=0, kind="stable")  # (D, I)
    rank = np.empty_like(order)
    rank[order, np.arange(n_inputs)] = np.arange(d)[:, None]
    bin_of = rank * nb // d  # (D, I) equal-count bins
    flat = bin_of + nb * np.arange(n_inputs)  # one bin id per (input, bin)
    sums = np.bincount(flat.ravel(), weights=np.repeat(x, n_inputs), minlength=nb * n_inputs)
    counts = np.bincount(flat.ravel(), minlength=nb * n_inputs)
    means = sums / np.maximum(counts, 1)
    return means[flat]


def evppi(x: np.ndarray, theta: np.ndarray, bins: int = BINS) -> np.ndarray:
    """EVPPI of each input (column of ``theta``, (D, I)) for net benefits ``x`` (D,): (I,).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> t = rng.random((20_000, 2))
    >>> x = 10 * (t[:, 0] - 0.5)              # X depends on the first input only
    >>> v = evppi(x, t)
    >>> bool(v[0] > 1.0 and abs(v[1]) < 0.1), round(evpi(x), 1)
    (True, 1.2)
    """
    g = conditional_means(x, theta, bins)  # (D, I)
    gain = np.mean(np.maximum(g, 0.0), axis=0) - np.maximum(np.mean(g, axis=0), 0.0)
    return np.maximum(gain, 0.0)


def input_draws(draws: Draws, unc: list[UncertainInput]) -> np.ndarray:
    """The sampled value of each uncertain input, (D, I), in the order of ``unc``."""
    columns = []
    for u in unc:
        if u.key.startswith("success_rate:"):
            columns.append(draws.success_rate[:, u.index])
        elif u.key == "intervention_cost":
            columns.append(draws.cost_factor * u.central)
        else:
            columns.append(draws.unit_cost_dkk[:, u.index])
    return np.column_stack(columns) if columns else np.zeros((draws.n, 0))


@dataclass(frozen=True)
class ValueOfInformation:
    """EVPI and the EVPPI of each uncertain input, for one perspective (public or kommune)."""

    perspective: str
    evpi_dkk: float
    inputs: tuple[tuple[str, str, float], ...]  # (key, label, EVPPI in DKK), largest first

    def to_dict(self) -> dict:
        return {
            "evpi": round(self.evpi_dkk, 2),
            "inputs": [{"input": k, "evppi": round(v, 2)} for k, _, v in self.inputs],
        }


def value_of_information(
    inputs: ModelInputs, draws: int, seed: int, bins: int = BINS
) -> dict[str, ValueOfInformation]:
    """EVPI and ranked EVPPI from the public and the kommune's perspective (docs/model.md §10).

    The draws are the Monte Carlo's own (:func:`~sif_models.risk.montecarlo.sample_draws` with
    ``seed``: common random numbers with ``sif run``). ``draws = 0`` (no uncertainty) gives 0.
    """
    unc = uncertain_inputs(inputs)
    if draws <= 0:
        return {
            p: ValueOfInformation(p, 0.0, tuple((u.key, u.label, 0.0) for u in unc))
            for p in PERSPECTIVES
        }
    sampled = sample_draws(inputs, draws, np.random.default_rng(seed))
    figs = figures(inputs, simulate(inputs, sampled))
    theta = input_draws(sampled, unc)
    out = {}
    for perspective, name in PERSPECTIVES.items():
        x = getattr(figs, name)
        values = evppi(x, theta, bins) if unc else np.zeros(0)
        ranked = sorted(
            zip((u.key for u in unc), (u.label for u in unc), values.tolist(), strict=True),
            key=lambda r: -r[2],
        )
        out[perspective] = ValueOfInformation(perspective, evpi(x), tuple(ranked))
    return out
