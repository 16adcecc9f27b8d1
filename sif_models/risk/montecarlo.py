"""Monte Carlo of a business case (docs/model.md §6): seeded draws of the uncertain inputs, all draws
through the vectorised model at once (in chunks of bounded memory), and the risk figures.

Random inputs (everything else stays at its central value):

- each outcome's success rate p_k: a Beta distribution. A 90 % ``success_interval [low, high]``
  gives the Beta whose 5 % and 95 % quantiles are low and high (fitted numerically, see
  :func:`fit_beta`); ``low == high`` is a constant. ``success_evidence {successes, trials}``
  gives Beta(1 + successes, 1 + trials − successes). Neither: constant at ``success_rate``.
- the intervention cost: one factor per draw, uniform on [1 − r, 1 + r] (r = its ``range``),
  multiplying every year's C_t;
- each unit cost with a ``range`` r: uniform on central · [1 − r, 1 + r].

Reproducibility. The generator passed in is split (:meth:`numpy.random.Generator.spawn`) into one
independent stream per random input, in a fixed order (outcomes, intervention cost, unit costs).
So the same seed gives byte-identical numbers, the numbers do not depend on the chunk size (a
chunked run equals one big :func:`sample_draws`), and giving one input a range does not change
the draws of the others (common random numbers across variants of a proposal).

>>> from sif_models.inputs.proposals import load_proposal
>>> from sif_models.model.build import build_inputs
>>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
>>> risk = monte_carlo(inputs, 2_000, seed=1)
>>> 0.0 <= risk.probability("public_net_positive") <= 1.0
True
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import optimize, special

from sif_models.model.build import ModelInputs
from sif_models.model.figures import FIGURE_NAMES, Figures, break_even_year, figures
from sif_models.model.irr import irr as irr_of
from sif_models.model.simulate import Draws, simulate

# A chunk of draws should keep the model's temporary arrays around this size.
CHUNK_BYTES = 24 * 2**20  # small chunks stay in cache: faster than big ones
MIN_CHUNK_DRAWS = 2_000
MAX_CHUNK_DRAWS = 20_000
# The IRR solver runs on this many draws at a time (at least a chunk).
IRR_BATCH_DRAWS = 25_000
# Show a progress bar only when the whole run is expected to take longer than this.
PROGRESS_AFTER_SECONDS = 1.0
# A loss smaller than half an øre is rounding, not a loss.
LOSS_TOLERANCE_DKK = 0.005

PROBABILITIES = (
    "public_net_positive",
    "kommune_net_positive",
    "financiers_loss",
    "fund_loss",
)
_Q05 = 0.05
_Q95 = 0.95


# ---------------------------------------------------------------- the Beta for a success rate
@lru_cache(maxsize=1024)
def fit_beta(low: float, high: float) -> tuple[float, float]:
    """Beta(a, b) whose 5 % and 95 % quantiles are ``low`` and ``high`` (docs/model.md §3, §6).

    Solved with :func:`scipy.optimize.root` on the logits of the two quantiles, in log a and
    log b, from the moment-matched start (mean (low + high)/2, sd (high − low)/3.29). The result
    is cached: a proposal's Beta is fitted once per session. Raises ``ValueError`` when no Beta
    fits (0 < low < high < 1 is required; every such interval has one).

    Examples
    --------
    >>> a, b = fit_beta(0.4, 0.6)
    >>> round(a, 4), round(b, 4)
    (33.3865, 33.3865)
    >>> [round(float(special.betaincinv(a, b, q)), 12) for q in (0.05, 0.95)]
    [0.4, 0.6]
    """
    if not 0.0 < low < high < 1.0:
        raise ValueError(f"a Beta needs 0 < low < high < 1, got [{low:g}, {high:g}]")
    target = special.logit(np.array([low, high]))

    def residual(z: np.ndarray) -> np.ndarray:
        a, b = np.exp(z)
        q = special.betaincinv(a, b, np.array([_Q05, _Q95]))
        return special.logit(q) - target

    mean = 0.5 * (low + high)
    sd = (high - low) / (2.0 * special.ndtri(_Q95))
    concentration = max(mean * (1.0 - mean) / sd**2 - 1.0, 0.5)
    starts = [
        np.log([mean * concentration, (1.0 - mean) * concentration]),
        np.log([0.5, 0.5]),
        np.log([mean * 10.0, (1.0 - mean) * 10.0]),
    ]
    for z0 in starts:
        with np.errstate(all="ignore"):
            sol = optimize.root(residual, z0, method="hybr", options={"xtol": 1e-14})
            res = residual(sol.x)
        if np.all(np.isfinite(res)) and np.max(np.abs(res)) < 1e-9:
            a, b = np.exp(sol.x)
            return float(a), float(b)
    raise ValueError(f"could not fit a Beta to the 90 % interval [{low:g}, {high:g}]")


@dataclass(frozen=True)
class UncertainInput:
    """One random input of the Monte Carlo, with its distribution and how it enters the model.

    ``key`` names it (``success_rate:<outcome>``, ``intervention_cost``, ``unit_cost:<cost>``);
    ``central`` is the value of the deterministic case; :meth:`ppf` gives its quantiles in the
    same unit as ``central`` (a rate, the PV of the intervention cost in DKK, DKK per unit).
    """

    key: str
    label: str
    kind: str  # "beta" or "uniform"
    central: float
    a: float = math.nan  # Beta parameters (kind "beta")
    b: float = math.nan
    spread: float = 0.0  # the range r (kind "uniform"): central · [1 − r, 1 + r]
    index: int = -1  # outcome k or unit cost m; -1 for the intervention cost
    source: str = ""  # "interval", "evidence" or "range"

    def ppf(self, q: float | np.ndarray) -> np.ndarray:
        """The q-quantile of this input's distribution.

        Examples
        --------
        >>> UncertainInput("unit_cost:x", "x", "uniform", 100.0, spread=0.2).ppf([0.05, 0.95])
        array([ 82., 118.])
        """
        q = np.asarray(q, dtype=float)
        if self.kind == "beta":
            return special.betaincinv(self.a, self.b, q)
        return self.central * (1.0 + self.spread * (2.0 * q - 1.0))


def _outcome_label(inputs: ModelInputs, k: int) -> str:
    labels = inputs.outcome_labels
    return labels[k] if labels else inputs.outcome_ids[k]


def uncertain_inputs(inputs: ModelInputs) -> list[UncertainInput]:
    """Every input that varies in the Monte Carlo, in stream order (docs/model.md §6).

    Success rates with a non-degenerate interval or with evidence; the intervention cost if it
    has a range (and is not zero); unit costs with a range that some outcome uses.

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
    >>> [u.key for u in uncertain_inputs(inputs)][-2:]
    ['intervention_cost', 'unit_cost:example-cost']
    """
    out: list[UncertainInput] = []
    k_outcomes = len(inputs.outcome_ids)
    interval = np.asarray(inputs.success_interval, dtype=float).reshape(k_outcomes, 2)
    evidence = np.asarray(inputs.success_evidence, dtype=float).reshape(k_outcomes, 2)
    for k, oid in enumerate(inputs.outcome_ids):
        label = f"success rate, {_outcome_label(inputs, k)}"
        central = float(inputs.success_rate[k])
        low, high = interval[k]
        if np.isfinite(low) and low < high:
            a, b = fit_beta(float(low), float(high))
            out.append(
                UncertainInput(
                    f"success_rate:{oid}", label, "beta", central, a, b, index=k, source="interval"
                )
            )
        elif np.all(np.isfinite(evidence[k])):
            successes, trials = evidence[k]
            out.append(
                UncertainInput(
                    f"success_rate:{oid}",
                    label,
                    "beta",
                    central,
                    1.0 + successes,
                    1.0 + trials - successes,
                    index=k,
                    source="evidence",
                )
            )
    total_cost = float(inputs.intervention_cost_dkk @ inputs.discount_factor)
    if inputs.intervention_range > 0 and np.any(inputs.intervention_cost_dkk != 0):
        out.append(
            UncertainInput(
                "intervention_cost",
                "intervention cost (PV)",
                "uniform",
                total_cost,
                spread=float(inputs.intervention_range),
                source="range",
            )
        )
    used = np.any(inputs.quantity != 0, axis=0)
    for m, cid in enumerate(inputs.cost_ids):
        r = float(inputs.unit_cost_range[m])
        if r > 0 and used[m] and inputs.unit_cost_dkk[m] != 0:
            item = inputs.costs[cid].item if cid in inputs.costs else None
            name = (item.label_en or item.label_da) if item is not None else cid
            out.append(
                UncertainInput(
                    f"unit_cost:{cid}",
                    f"unit cost, {name}",
                    "uniform",
                    float(inputs.unit_cost_dkk[m]),
                    spread=r,
                    index=m,
                    source="range",
                )
            )
    return out


# ---------------------------------------------------------------- sampling
class _DrawStream:
    """Draws in consecutive blocks; block sizes do not change the numbers (one stream per input)."""

    def __init__(self, inputs: ModelInputs, rng: np.random.Generator):
        self.inputs = inputs
        self.uncertain = uncertain_inputs(inputs)
        n_streams = len(inputs.outcome_ids) + 1 + len(inputs.cost_ids)
        self.streams = rng.spawn(n_streams)
        self.k = len(inputs.outcome_ids)

    def central(self, n: int) -> Draws:
        """``n`` rows at central values (uses no random numbers)."""
        inputs = self.inputs
        return Draws(
            success_rate=np.repeat(inputs.success_rate[None, :], n, axis=0),
            cost_factor=np.ones(n),
            unit_cost_dkk=np.repeat(inputs.unit_cost_dkk[None, :], n, axis=0),
        )

    def take(self, n: int) -> Draws:
        inputs = self.inputs
        rates = np.repeat(inputs.success_rate[None, :], n, axis=0)
        factor = np.ones(n)
        unit = np.repeat(inputs.unit_cost_dkk[None, :], n, axis=0)
        for u in self.uncertain:
            if u.key.startswith("success_rate:"):
                rates[:, u.index] = self.streams[u.index].beta(u.a, u.b, n)
            elif u.key == "intervention_cost":
                factor = 1.0 + u.spread * (2.0 * self.streams[self.k].random(n) - 1.0)
            else:
                stream = self.streams[self.k + 1 + u.index]
                unit[:, u.index] = u.central * (1.0 + u.spread * (2.0 * stream.random(n) - 1.0))
        return Draws(success_rate=rates, cost_factor=factor, unit_cost_dkk=unit)


def sample_draws(inputs: ModelInputs, draws: int, rng: np.random.Generator) -> Draws:
    """``draws`` rows of the random inputs (docs/model.md §6), for :func:`sif_models.model.simulate.simulate`.

    The generator is split into one stream per input (see the module docstring); inputs with no
    uncertainty are held at their central values and use no random numbers.

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
    >>> d = sample_draws(inputs, 5, np.random.default_rng(1))
    >>> d.n, bool(np.all((d.cost_factor >= 0.9) & (d.cost_factor <= 1.1)))
    (5, True)
    """
    if draws < 0:
        raise ValueError(f"draws must be 0 or more, got {draws}")
    return _DrawStream(inputs, rng).take(int(draws))


# ---------------------------------------------------------------- the risk figures
@dataclass(frozen=True, eq=False)
class Risk:
    """Per-draw results of a Monte Carlo and the risk figures of docs/model.md §6 and §9."""

    draws: int
    seed: int
    figures: Figures  # per-draw (D,) arrays
    irr: np.ndarray  # financiers' IRR per draw, NaN where none exists
    irr_reasons: dict[str, int]  # number of draws without an IRR, by reason
    break_even_year: np.ndarray  # per draw, NaN where none
    inputs_used: tuple[str, ...] = field(default=())  # keys of the inputs that varied

    def summary(self, key: str) -> dict[str, float]:
        """Mean, 5th, 50th and 95th percentile of one figure over the draws, ignoring NaN.

        ``key`` is a field of :class:`~sif_models.model.figures.Figures` (e.g.
        ``public_net_pv_dkk``), ``irr`` or ``break_even_year``.

        Examples
        --------
        >>> x = np.array([1.0, 2.0, 3.0, np.nan])
        >>> r = Risk(4, 0, Figures(*(x for _ in FIGURE_NAMES)), np.zeros(4), {}, np.zeros(4))
        >>> r.summary("public_net_pv_dkk")
        {'mean': 2.0, 'p5': 1.1, 'p50': 2.0, 'p95': 2.9}
        """
        values = self._values(key)
        finite = values[~np.isnan(values)]
        if finite.size == 0:
            return {"mean": math.nan, "p5": math.nan, "p50": math.nan, "p95": math.nan}
        p5, p50, p95 = np.percentile(finite, [5.0, 50.0, 95.0])
        return {"mean": float(finite.mean()), "p5": float(p5), "p50": float(p50), "p95": float(p95)}

    def _values(self, key: str) -> np.ndarray:
        if key == "irr":
            return self.irr
        if key == "break_even_year":
            return self.break_even_year
        if key not in FIGURE_NAMES:
            raise KeyError(
                f"unknown figure {key!r}; one of irr, break_even_year, {', '.join(FIGURE_NAMES)}"
            )
        return getattr(self.figures, key)

    def probability(self, name: str) -> float:
        """P(event) over the draws. Events (docs/model.md §6):

        ``public_net_positive`` public_net > 0; ``kommune_net_positive`` kommune_net > 0;
        ``financiers_loss`` received < capital (undiscounted, all financiers together);
        ``fund_loss`` the fund's undiscounted net cash flow < 0. A loss must exceed half an
        øre (:data:`LOSS_TOLERANCE_DKK`) to count, so rounding is not a loss.
        """
        f = self.figures
        if name == "public_net_positive":
            event = f.public_net_pv_dkk > 0
        elif name == "kommune_net_positive":
            event = f.kommune_net_pv_dkk > 0
        elif name == "financiers_loss":
            event = f.financiers_received_dkk < f.financiers_capital_dkk - LOSS_TOLERANCE_DKK
        elif name == "fund_loss":
            event = f.fund_net_dkk < -LOSS_TOLERANCE_DKK
        else:
            raise KeyError(f"unknown probability {name!r}; one of {', '.join(PROBABILITIES)}")
        return float(np.mean(event)) if event.size else math.nan

    def to_dict(self) -> dict[str, Any]:
        """The ``risk`` block of the ``sif run --json`` summary, exactly as docs/model.md §9.

        Money (public_net, kommune_net) rounded to øre; NaN becomes None (JSON null).
        """

        def block(key: str, money: bool) -> dict[str, float | None]:
            return {
                k: (None if not math.isfinite(v) else (round(v, 2) if money else v))
                for k, v in self.summary(key).items()
            }

        def prob(name: str) -> float | None:
            p = self.probability(name)
            return None if math.isnan(p) else p

        return {
            "draws": int(self.draws),
            "seed": int(self.seed),
            "public_net": block("public_net_pv_dkk", True),
            "kommune_net": block("kommune_net_pv_dkk", True),
            "financiers_multiple": block("financiers_multiple", False),
            "p_public_net_positive": prob("public_net_positive"),
            "p_kommune_net_positive": prob("kommune_net_positive"),
            "p_financiers_loss": prob("financiers_loss"),
            "p_fund_loss": prob("fund_loss"),
        }

    def frame(self):
        """The draws as a tidy :class:`pandas.DataFrame`: one row per draw, one column per figure
        plus ``irr`` and ``break_even_year``."""
        import pandas as pd

        data = self.figures.as_dict()
        data["irr"] = self.irr
        data["break_even_year"] = self.break_even_year
        return pd.DataFrame(data)


# ---------------------------------------------------------------- the run
def chunk_draws(inputs: ModelInputs) -> int:
    """Draws per chunk so that the model's temporary arrays stay near :data:`CHUNK_BYTES`.

    The model holds a few (D, K, H) arrays (outcome counts), (D, 3, H) avoided costs and about a
    dozen (D, H) arrays; 8 bytes each.

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> chunk_draws(build_inputs(load_proposal("data/examples/worked-example.yaml")))
    20000
    """
    k, h, m = len(inputs.outcome_ids), inputs.horizon_years, len(inputs.cost_ids)
    per_draw = 8 * (5 * k * h + 6 * h + 16 * h + 4 * k + 2 * m)
    return int(min(MAX_CHUNK_DRAWS, max(MIN_CHUNK_DRAWS, CHUNK_BYTES // per_draw)))


def monte_carlo(inputs: ModelInputs, draws: int, seed: int, progress: bool = False) -> Risk:
    """Run ``draws`` Monte Carlo draws of a business case with ``seed`` (docs/model.md §6).

    Draws come from the streams of :func:`sample_draws` with ``numpy.random.default_rng(seed)``,
    taken chunk by chunk (:func:`chunk_draws`) in order, and each chunk goes through
    :func:`sif_models.model.simulate.simulate` and the figures at once (no loop per draw), so memory stays
    bounded. The financiers' IRR is solved for :data:`IRR_BATCH_DRAWS` draws at a time (the
    solver's fixed costs are spread over more paths). With ``progress=True`` a progress bar
    appears on stderr when the run is expected to take more than
    :data:`PROGRESS_AFTER_SECONDS`.
    """
    draws = int(draws)
    if draws < 1:
        raise ValueError(f"a Monte Carlo needs at least one draw, got {draws}")
    stream = _DrawStream(inputs, np.random.default_rng(seed))
    size = min(draws, chunk_draws(inputs))
    batch = min(draws, max(size, IRR_BATCH_DRAWS))
    out = Figures.empty(draws)
    rates = np.empty(draws)
    years = np.empty(draws)
    reasons: Counter[str] = Counter()
    financiers = np.empty((batch + size, inputs.horizon_years))  # flows waiting for the IRR
    waiting = 0

    bar: Callable[[int], None] | None = None
    progress_ctx = None
    start = time.perf_counter()
    try:
        for first in range(0, draws, size):
            n = min(size, draws - first)
            flows = simulate(inputs, stream.take(n))
            out.fill(first, figures(inputs, flows))
            years[first : first + n] = break_even_year(inputs, flows)
            financiers[waiting : waiting + n] = flows.financiers
            waiting += n
            done = first + n
            if waiting >= batch or done == draws:
                result = irr_of(financiers[:waiting])
                rates[done - waiting : done] = result.rate
                reasons.update(result.reason_counts())
                waiting = 0
            if progress and bar is None and done < draws:
                expected = (time.perf_counter() - start) * draws / done
                if expected > PROGRESS_AFTER_SECONDS:
                    progress_ctx, bar = _progress_bar(draws, done)
            if bar is not None:
                bar(done)
    finally:
        if progress_ctx is not None:
            progress_ctx.stop()
    return Risk(
        draws=draws,
        seed=int(seed),
        figures=out,
        irr=rates,
        irr_reasons=dict(sorted(reasons.items())),
        break_even_year=years,
        inputs_used=tuple(u.key for u in stream.uncertain),
    )


def _progress_bar(total: int, done: int):
    """A transient rich progress bar on stderr; returns (the Progress, an update function)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("Monte Carlo"),
        BarColumn(),
        TextColumn("{task.completed:,}/{task.total:,} draws"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("draws", total=total, completed=done)
    bar.start()
    return bar, lambda n: bar.update(task, completed=n)
