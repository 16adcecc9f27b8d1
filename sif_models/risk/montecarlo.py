"""Monte Carlo of a business case (docs/model.md §6): seeded draws of the uncertain inputs
(:mod:`sif_models.risk.sampling`: the centred Beta of each success rate, the outcomes correlated by
a Gaussian copula, uniform cost ranges, one keyed random stream per input), all draws through the
vectorised model at once in chunks of bounded memory, and the risk figures (:class:`Risk`).

The same seed gives byte-identical numbers, and the numbers do not depend on the chunk size (a
chunked run equals one big :func:`sample_draws`).

>>> from sif_models.inputs.proposals import load_proposal
>>> from sif_models.model.build import build_inputs
>>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
>>> risk = monte_carlo(inputs, 2_000, seed=1)
>>> 0.0 <= risk.probability("public_net_positive") <= 1.0, risk.success_correlation
(True, 0.5)
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sif_models.model.build import ModelInputs
from sif_models.model.figures import FIGURE_NAMES, Figures, break_even_year, figures
from sif_models.model.irr import irr as irr_of
from sif_models.model.simulate import simulate
from sif_models.risk.sampling import (  # noqa: F401  (re-exported: the Monte Carlo's inputs)
    DrawStream,
    UncertainInput,
    sample_draws,
    uncertain_inputs,
)

_DrawStream = DrawStream  # the name the benchmarks and older notebooks use

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
# Ratios in the summary are rounded to this many decimals (as the deterministic IRR).
RATIO_DECIMALS = 12

PROBABILITIES = (
    "public_net_positive",
    "kommune_net_positive",
    "financiers_loss",
    "fund_loss",
)


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
    success_correlation: float = math.nan  # ρ of the copula (docs/model.md §6)
    # outcome id → share of the draws in which its payment threshold is met (docs/model.md §4)
    threshold_met_share: dict[str, float] = field(default_factory=dict)

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

        Money (public_net, kommune_net) rounded to øre, ratios to 12 decimals (so that the last
        bit of a sum, which the order of the outcomes can move, does not show); NaN becomes None
        (JSON null).
        """

        def block(key: str, money: bool) -> dict[str, float | None]:
            return {
                k: (
                    None if not math.isfinite(v) else round(v, 2 if money else RATIO_DECIMALS) + 0.0
                )
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
            "success_correlation": _num(self.success_correlation),
        }

    def threshold_met(self, outcome: str) -> float:
        """P(p_k ≥ θ_k): the share of the draws in which ``outcome``'s payment threshold is met
        (1 for an outcome without a threshold; docs/model.md §4 v2)."""
        return self.threshold_met_share[outcome]

    def frame(self):
        """The draws as a tidy :class:`pandas.DataFrame`: one row per draw, one column per figure
        plus ``irr`` and ``break_even_year``."""
        import pandas as pd

        data = self.figures.as_dict()
        data["irr"] = self.irr
        data["break_even_year"] = self.break_even_year
        return pd.DataFrame(data)


def _num(x: float) -> float | None:
    return None if not math.isfinite(x) else float(x)


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

    Draws come from the keyed streams of :func:`sample_draws` with
    ``numpy.random.default_rng(seed)``,
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
    stream = DrawStream(inputs, np.random.default_rng(seed))
    size = min(draws, chunk_draws(inputs))
    batch = min(draws, max(size, IRR_BATCH_DRAWS))
    out = Figures.empty(draws)
    rates = np.empty(draws)
    years = np.empty(draws)
    reasons: Counter[str] = Counter()
    met = np.zeros(len(inputs.outcome_ids))  # draws meeting each outcome's payment threshold
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
            met += flows.threshold_met.sum(axis=0)
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
        success_correlation=float(inputs.success_correlation),
        threshold_met_share={
            oid: float(met[k] / draws) for k, oid in enumerate(inputs.outcome_ids)
        },
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
