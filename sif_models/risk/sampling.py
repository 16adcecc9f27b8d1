"""Seeded draws of a proposal's uncertain inputs (docs/model.md §6), one random stream per input.

Random inputs (everything else stays at its central value):

- each outcome's success rate p_k with a 90 % ``success_interval`` or ``success_evidence``: the
  Beta centred on the central ``success_rate`` (:mod:`sif_models.inputs.uncertainty`), and the
  outcomes of one proposal correlated by a Gaussian copula with ``success_correlation`` ρ::

      z_k = √ρ · Z + √(1 − ρ) · ε_k,    p_k = BetaPPF(Φ(z_k); α_k, β_k)

  with one standard normal Z per draw (the proposal's common factor) and one ε_k per outcome;
- the intervention cost: one factor per draw, uniform on [1 − r, 1 + r] (r = its ``range``),
  multiplying every year's C_t;
- each unit cost with a ``range`` r: uniform on central · [1 − r, 1 + r]. Cost ranges are
  independent of each other and of the outcomes.

In the fund's outlook (docs/model.md §7) a common shock Z_c shared by every proposal of the
portfolio enters too (:class:`CommonShock`)::

      z_{j,k} = √ρ_f · Z_c + √(ρ_j' − ρ_f) · Z_j + √(1 − ρ_j') · ε_{j,k},   ρ_j' = max(ρ_j, ρ_f)

Reproducibility. Every random input draws from its own stream, keyed by the input's name — the
outcome's id (``success_rate:<id>``), the cost's id (``unit_cost:<id>``), ``intervention_cost``
and ``common`` for Z — not by its position (:func:`keyed_stream`). So the same seed gives the
same bytes; listing the outcomes in another order gives each outcome the same draws; giving one
input a range does not move any other input's draws; and the numbers do not depend on how the
draws are taken in chunks.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

import numpy as np
from scipy import special

from sif_models.inputs.uncertainty import success_beta
from sif_models.model.build import ModelInputs
from sif_models.model.simulate import Draws
from sif_models.risk.beta import beta_ppf_of_normal

COMMON_STREAM = "common"  # the proposal's common factor Z of the copula


def stream_key(name: str) -> int:
    """A 128-bit number standing for ``name`` in a seed sequence's spawn key.

    >>> stream_key("intervention_cost") == stream_key("intervention_cost")
    True
    """
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:16], "big")


def keyed_stream(root: np.random.SeedSequence, *names: str) -> np.random.SeedSequence:
    """The seed sequence of the stream named ``names`` under ``root``.

    The names are appended to the root's spawn key, so the stream depends only on the root's
    entropy and the names — not on how many other streams exist or in which order they are made.

    Examples
    --------
    >>> root = np.random.SeedSequence(1)
    >>> a = np.random.default_rng(keyed_stream(root, "unit_cost:x")).random()
    >>> b = np.random.default_rng(keyed_stream(root, "unit_cost:x")).random()
    >>> a == b, a == np.random.default_rng(keyed_stream(root, "unit_cost:y")).random()
    (True, False)
    """
    return np.random.SeedSequence(
        root.entropy,
        spawn_key=tuple(root.spawn_key) + tuple(stream_key(n) for n in names),
        pool_size=root.pool_size,
    )


def root_sequence(rng: np.random.Generator | np.random.SeedSequence) -> np.random.SeedSequence:
    """The root of a proposal's streams: a seed sequence as given, or one spawned from a
    generator (so each call on the same generator gives new draws, as a generator should)."""
    if isinstance(rng, np.random.SeedSequence):
        return rng
    return rng.spawn(1)[0].bit_generator.seed_seq


@dataclass(frozen=True)
class UncertainInput:
    """One random input of the Monte Carlo, with its distribution and how it enters the model.

    ``key`` names it (``success_rate:<outcome>``, ``intervention_cost``, ``unit_cost:<cost>``)
    and its random stream; ``central`` is the value of the deterministic case; :meth:`ppf` gives
    its quantiles in the same unit as ``central`` (a rate, the PV of the intervention cost in
    DKK, DKK per unit).
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
        """The q-quantile of this input's distribution (exact).

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


def _success_inputs(inputs: ModelInputs) -> list[UncertainInput]:
    out = []
    k_outcomes = len(inputs.outcome_ids)
    interval = np.asarray(inputs.success_interval, dtype=float).reshape(k_outcomes, 2)
    evidence = np.asarray(inputs.success_evidence, dtype=float).reshape(k_outcomes, 2)
    for k, oid in enumerate(inputs.outcome_ids):
        p = float(inputs.success_rate[k])
        if np.all(np.isfinite(evidence[k])):
            beta, source = success_beta(p, evidence_trials=int(evidence[k, 1])), "evidence"
        elif np.all(np.isfinite(interval[k])):
            beta, source = success_beta(p, interval=tuple(interval[k])), "interval"
        else:
            beta = None
        if beta is not None:
            label = f"success rate, {_outcome_label(inputs, k)}"
            out.append(
                UncertainInput(
                    f"success_rate:{oid}", label, "beta", p, *beta, index=k, source=source
                )
            )
    return out


def uncertain_inputs(inputs: ModelInputs) -> list[UncertainInput]:
    """Every input that varies in the Monte Carlo, outcomes first (docs/model.md §6).

    Success rates with a non-degenerate interval or with evidence (the Beta centred on the
    central rate); the intervention cost if it has a range (and is not zero); unit costs with a
    range that some outcome uses.

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> inputs = build_inputs(load_proposal("data/examples/worked-example.yaml"))
    >>> [(u.key, round(u.a, 2), round(u.b, 2)) for u in uncertain_inputs(inputs)][0]
    ('success_rate:housed', 33.33, 33.33)
    >>> [u.key for u in uncertain_inputs(inputs)][-2:]
    ['intervention_cost', 'unit_cost:example-cost']
    """
    out = _success_inputs(inputs)
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


@dataclass(frozen=True)
class CommonShock:
    """The fund's common shock (docs/model.md §7 v2): ρ_f and the seed of the fund's own stream
    of Z_c. Every proposal of a portfolio draws the same Z_c sequence from it."""

    rate: float  # ρ_f, 0 ≤ ρ_f < 1
    seed: np.random.SeedSequence


def copula_weights(rho: float, shock: float = 0.0) -> tuple[float, float, float]:
    """(w_c, w_j, w_ε) with z = w_c · Z_c + w_j · Z_j + w_ε · ε (docs/model.md §6, §7 v2).

    ρ' = max(ρ, ρ_f); w_c = √ρ_f, w_j = √(ρ' − ρ_f), w_ε = √(1 − ρ'). The three squares sum to
    1, so z is standard normal; two outcomes of one proposal correlate at ρ', of two proposals
    at ρ_f.

    >>> copula_weights(0.5)
    (0.0, 0.7071067811865476, 0.7071067811865476)
    >>> [round(w * w, 12) for w in copula_weights(0.1, 0.25)]
    [0.25, 0.0, 0.75]
    """
    rho_j = max(rho, shock)
    return math.sqrt(shock), math.sqrt(rho_j - shock), math.sqrt(1.0 - rho_j)


class DrawStream:
    """Draws in consecutive blocks from one stream per input; block sizes do not change the
    numbers (docs/model.md §6)."""

    def __init__(
        self,
        inputs: ModelInputs,
        rng: np.random.Generator | np.random.SeedSequence,
        shock: CommonShock | None = None,
    ):
        self.inputs = inputs
        self.uncertain = uncertain_inputs(inputs)
        root = root_sequence(rng)
        self.streams = {
            u.key: np.random.default_rng(keyed_stream(root, u.key)) for u in self.uncertain
        }
        self.success = [u for u in self.uncertain if u.kind == "beta"]
        self.weights = copula_weights(inputs.success_correlation, shock.rate if shock else 0.0)
        self.common = np.random.default_rng(keyed_stream(root, COMMON_STREAM))
        self.shock = np.random.default_rng(shock.seed) if shock is not None else None

    def central(self, n: int) -> Draws:
        """``n`` rows at central values (uses no random numbers)."""
        inputs = self.inputs
        return Draws(
            success_rate=np.repeat(inputs.success_rate[None, :], n, axis=0),
            cost_factor=np.ones(n),
            unit_cost_dkk=np.repeat(inputs.unit_cost_dkk[None, :], n, axis=0),
        )

    def scores(self, n: int) -> np.ndarray:
        """The next ``n`` normal scores z (n, K_uncertain) of the uncertain success rates, in the
        order of ``self.success``. Draws nothing when no success rate is uncertain."""
        out = np.empty((n, len(self.success)))
        if not self.success:
            return out
        w_shock, w_common, w_own = self.weights
        shared = np.zeros(n)
        if w_shock > 0:
            shared += w_shock * self.shock.standard_normal(n)
        if w_common > 0:
            shared += w_common * self.common.standard_normal(n)
        for j, u in enumerate(self.success):
            out[:, j] = shared + w_own * self.streams[u.key].standard_normal(n)
        return out

    def take(self, n: int) -> Draws:
        """The next ``n`` draws of every input."""
        draws = self.central(n)
        rates, unit = draws.success_rate, draws.unit_cost_dkk
        factor = draws.cost_factor
        for j, z in enumerate(self.scores(n).T):
            u = self.success[j]
            rates[:, u.index] = beta_ppf_of_normal(z, u.a, u.b)
        for u in self.uncertain:
            if u.kind != "uniform":
                continue
            x = 1.0 + u.spread * (2.0 * self.streams[u.key].random(n) - 1.0)
            if u.key == "intervention_cost":
                factor = x
            else:
                unit[:, u.index] = u.central * x
        return Draws(success_rate=rates, cost_factor=factor, unit_cost_dkk=unit)


def sample_draws(
    inputs: ModelInputs,
    draws: int,
    rng: np.random.Generator | np.random.SeedSequence,
    shock: CommonShock | None = None,
) -> Draws:
    """``draws`` rows of the random inputs (docs/model.md §6), for
    :func:`sif_models.model.simulate.simulate`.

    ``rng`` is a generator (one seed sequence is spawned from it, the root of the proposal's
    keyed streams) or that root itself; ``shock`` adds the fund's common shock (§7). Inputs
    with no uncertainty are held at their central values and use no random numbers.

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
    return DrawStream(inputs, rng, shock).take(int(draws))
