"""The deal zone (docs/model.md §10): the rate cards that both the kommune and the financiers can sign.

Every outcome price is scaled by a factor m ≥ 0, the rest of the contract as written. The kommune
can sign where its expected net is not negative,

    K(m) = E[kommune_net](m) ≥ 0            (non-increasing in m: it pays more),

and the financiers where the expected net present value of their flows −C + Paid + G at the
hurdle rate h is not negative,

    F(m) = E[Σ_t f_t(m) · (1 + h)^(−t)] ≥ 0  (non-decreasing in m: they receive more).

The zone is [m_low, m_high] with m_low the least m where F ≥ 0 and m_high the largest where
K ≥ 0, searched in [0, :data:`M_MAX`] on a grid refined by root finding (:func:`scipy.optimize.brentq`).
Every m uses the same Monte Carlo draws (common random numbers), so the curves are smooth and
reproducible with the seed; with no draws the expectations are the deterministic values. An empty
zone is a finding: the result says why (a code) and which lever would open it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq

from sif_models.model.build import ModelInputs
from sif_models.model.discounting import discount_factors, present_value
from sif_models.model.simulate import Draws, central_draws, settle, simulate
from sif_models.risk.montecarlo import LOSS_TOLERANCE_DKK, sample_draws

M_MAX = 20.0
GRID_POINTS = 41  # m = 0, 0.5, …, 20 (then refined by root finding)
BLOCK_VALUES = 4_000_000  # numbers per array when many rate cards are settled at once

# why a zone is empty (words in sif_models.text.reasons)
EMPTY_KOMMUNE = "kommune_never"  # the kommune loses in expectation even when it pays nothing
EMPTY_FINANCIERS = "financiers_never"  # the financiers lose even at m = M_MAX (caps bind)
EMPTY_NO_OVERLAP = "no_overlap"  # the financiers need more than the kommune can pay


@dataclass(frozen=True)
class DealPoint:
    """Both sides at one factor m on the rate card."""

    m: float
    kommune_net_pv_dkk: float  # K(m), the expected kommune net
    financiers_npv_dkk: float  # F(m), the financiers' expected NPV at the hurdle
    p_kommune_gain: float  # P(kommune_net > 0)
    p_financiers_loss: float  # P(received < capital)


@dataclass(frozen=True)
class DealZone:
    """The deal zone of one proposal (docs/model.md §10)."""

    hurdle_rate: float
    m_low: float | None  # the least m the financiers can sign (None: none up to M_MAX)
    m_high: float | None  # the largest m the kommune can sign (None: not even m = 0)
    prices_dkk: dict[str, float]  # the rate card as written (m = 1)
    grid: tuple[DealPoint, ...]  # both sides on the grid of m
    ends: tuple[DealPoint, ...]  # at m_low, 1 and m_high (those that exist)
    empty_reason: str | None  # a code (EMPTY_*) when the zone is empty
    financiers_shortfall_dkk: float | None  # empty zone: −F at the kommune's most (m_high)
    hurdle_that_opens: float | None  # empty zone: the hurdle at which F(m_high) = 0

    @property
    def empty(self) -> bool:
        return self.empty_reason is not None

    @property
    def as_written_inside(self) -> bool:
        return not self.empty and self.m_low <= 1.0 <= self.m_high

    def prices_at(self, m: float) -> dict[str, float]:
        """The price per outcome at factor ``m`` (DKK)."""
        return {k: round(v * m, 2) for k, v in self.prices_dkk.items()}

    def to_dict(self) -> dict:
        """The JSON of ``sif deal --json`` (docs/model.md §10); ``reason`` is added by the caller
        in words."""
        return {
            "hurdle_rate": self.hurdle_rate,
            "m_low": None if self.empty else _r(self.m_low),
            "m_high": None if self.empty else _r(self.m_high),
            "as_written_inside": self.as_written_inside,
            "ends": [
                {
                    "m": _r(p.m),
                    "prices": self.prices_at(p.m),
                    "p_kommune_gain": p.p_kommune_gain,
                    "p_financiers_loss": p.p_financiers_loss,
                }
                for p in self.ends
            ],
        }


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


class _Sides:
    """K(m) and F(m) on fixed draws, for many m at once.

    The model runs once (m = 1); what depends on m is only the contract: Due(m) = m · Due(1)
    before the caps, then :func:`~sif_models.model.simulate.settle` applies the payment cap, the
    return cap, the guarantee and the savings share to every (m, draw) row at once, in blocks
    that keep the arrays near :data:`BLOCK_VALUES` numbers.
    """

    def __init__(self, inputs: ModelInputs, draws: Draws, hurdle_rate: float):
        self.inputs = inputs
        flows = simulate(inputs, draws)
        rate = flows.verified_rate  # (D, K), threshold included
        self.due1 = (rate * inputs.price_dkk) @ inputs.arrivals  # (D, H) at m = 1
        self.capital = flows.intervention_cost
        self.cashable = flows.kommune_cashable
        # the kommune's flow without its payments: S_kommune − T^kommune
        self.kommune_base = flows.avoided[:, 0] - flows.transaction_kommune
        self.paid_share = float(inputs.outcome_payer_share[0])
        self.hurdle = discount_factors(inputs.horizon_years, hurdle_rate, hurdle_rate)
        self.cache: dict[float, DealPoint] = {}

    def points(self, ms: np.ndarray) -> list[DealPoint]:
        """Both sides at every factor of ``ms`` (cached)."""
        new = [float(m) for m in ms if float(m) not in self.cache]
        d, h = self.due1.shape
        block = max(1, BLOCK_VALUES // max(1, d * h))
        for i in range(0, len(new), block):
            m = np.array(new[i : i + block])[:, None, None]  # (B, 1, 1)
            shape = (m.shape[0], d, h)
            due, paid, guarantee, to_fund = settle(
                self.inputs,
                m * self.due1,
                np.broadcast_to(self.capital, shape),
                np.broadcast_to(self.cashable, shape),
            )
            kommune = present_value(
                self.kommune_base - self.paid_share * paid - to_fund, self.inputs.discount_factor
            )  # (B, D)
            npv = present_value(paid + guarantee - self.capital, self.hurdle)
            capital = self.capital.sum(axis=-1)
            received = (paid + guarantee).sum(axis=-1)
            loss = received < capital - LOSS_TOLERANCE_DKK
            for j, mj in enumerate(new[i : i + block]):
                self.cache[mj] = DealPoint(
                    mj,
                    float(kommune[j].mean()),
                    float(npv[j].mean()),
                    float(np.mean(kommune[j] > 0)),
                    float(np.mean(loss[j])),
                )
        return [self.cache[float(m)] for m in ms]

    def financiers_mean_flow(self, m: float) -> np.ndarray:
        """E[−C + Paid + G] per year at factor ``m``, (H,)."""
        _, paid, guarantee, _ = settle(self.inputs, m * self.due1, self.capital, self.cashable)
        return (paid + guarantee - self.capital).mean(axis=0)

    def at(self, m: float) -> DealPoint:
        return self.points(np.array([float(m)]))[0]


def _root(side, lo: float, hi: float) -> float:
    """The m in [lo, hi] where ``side(m)`` crosses zero (brentq; ``side`` changes sign there)."""
    return float(brentq(side, lo, hi, xtol=1e-9, rtol=1e-12))


def _edge(sides: _Sides, grid: np.ndarray, value, want_last: bool) -> float | None:
    """The least (or, with ``want_last``, the largest) m with ``value(m) ≥ 0``, refined."""
    ok = np.array([value(p) >= 0 for p in sides.points(grid)])
    if not ok.any():
        return None
    if want_last:
        i = int(np.flatnonzero(ok)[-1])
        if i == grid.size - 1:
            return float(grid[-1])
        return _root(lambda m: value(sides.at(m)), grid[i], grid[i + 1])
    i = int(np.flatnonzero(ok)[0])
    if i == 0:
        return float(grid[0])
    return _root(lambda m: value(sides.at(m)), grid[i - 1], grid[i])


def _hurdle_that_opens(sides: _Sides, m: float, hurdle: float) -> float | None:
    """The hurdle rate at which the financiers' expected NPV at factor ``m`` is zero."""
    mean_flow = sides.financiers_mean_flow(m)  # E[−C + Paid + G] per year
    years = np.arange(mean_flow.size)

    def f(rate: float) -> float:
        return float(mean_flow @ (1.0 + rate) ** (-years))

    lo = -0.99
    if f(lo) < 0 or f(hurdle) >= 0:
        return None
    return float(brentq(f, lo, hurdle, xtol=1e-9))


def deal_zone(
    inputs: ModelInputs, draws: int, seed: int, hurdle_rate: float, m_max: float = M_MAX
) -> DealZone:
    """The deal zone on ``draws`` Monte Carlo draws (0: the deterministic case) with ``seed``.

    ``hurdle_rate`` is the financiers' required return a year (default in the command line: the
    proposal's discount rate).
    """
    sampled = (
        sample_draws(inputs, draws, np.random.default_rng(seed))
        if draws > 0
        else central_draws(inputs)
    )
    sides = _Sides(inputs, sampled, hurdle_rate)
    grid = np.linspace(0.0, m_max, GRID_POINTS)
    sides.points(grid)  # the whole grid in one go
    m_low = _edge(sides, grid, lambda p: p.financiers_npv_dkk, want_last=False)
    m_high = _edge(sides, grid, lambda p: p.kommune_net_pv_dkk, want_last=True)
    reason = None
    if m_high is None:
        reason = EMPTY_KOMMUNE
    elif m_low is None:
        reason = EMPTY_FINANCIERS
    elif m_low > m_high:
        reason = EMPTY_NO_OVERLAP
    shortfall = opens = None
    if reason is not None and m_high is not None:
        shortfall = -sides.at(m_high).financiers_npv_dkk
        opens = _hurdle_that_opens(sides, m_high, hurdle_rate)
    ends = [sides.at(m) for m in (m_low, 1.0, m_high) if m is not None and reason is None]
    if reason is not None:
        ends = [sides.at(1.0)]
    return DealZone(
        hurdle_rate=float(hurdle_rate),
        m_low=m_low,
        m_high=m_high,
        prices_dkk=dict(zip(inputs.outcome_ids, inputs.price_dkk.tolist(), strict=True)),
        grid=tuple(sides.points(grid)),
        ends=tuple(ends),
        empty_reason=reason,
        financiers_shortfall_dkk=shortfall,
        hurdle_that_opens=opens,
    )
