"""The business-case model: from a validated proposal to yearly cash flows and figures.

:func:`build_inputs` resolves a proposal and the catalogue into :class:`ModelInputs` (plain
arrays at central values). :func:`simulate` turns inputs plus one row per draw of the random
inputs (success rates, an intervention-cost factor, unit costs) into :class:`CashFlows`, arrays of
shape (D, H). The deterministic case is D = 1 at central values (:func:`central_draws`); the
Monte Carlo passes D sampled rows through the same code. :func:`figures` condenses cash flows
into the per-draw figures of docs/model.md §5.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from sif_models.model import avoided_costs, contract, outcomes
from sif_models.model.build import ModelInputs


@dataclass(frozen=True)
class Draws:
    """The random inputs, one row per draw: what the Monte Carlo samples."""

    success_rate: np.ndarray  # (D, K)
    cost_factor: np.ndarray  # (D,) multiplies the intervention cost
    unit_cost_dkk: np.ndarray  # (D, M)

    @property
    def n(self) -> int:
        return self.success_rate.shape[0]


def central_draws(inputs: ModelInputs) -> Draws:
    """The deterministic case as a single draw at central values (docs/model.md §6)."""
    return Draws(
        success_rate=inputs.success_rate[None, :].copy(),
        cost_factor=np.ones(1),
        unit_cost_dkk=inputs.unit_cost_dkk[None, :].copy(),
    )


@dataclass(frozen=True)
class CashFlows:
    """Undiscounted yearly cash flows, (D, H) per item, (D, P, H) for avoided costs.

    The outcome counts (D, K, H) are built only when asked for: the figures do not need them.
    """

    intervention_cost: np.ndarray  # C: capital the financiers put in
    avoided: np.ndarray  # S per payer (D, 3, H)
    effect: np.ndarray  # p − b per draw and outcome (D, K), after the effect share
    verified_rate: np.ndarray  # share paid for per draw and outcome (D, K)
    arrivals: np.ndarray  # (K, H) starters reaching each outcome's measurement point
    due: np.ndarray  # after the payment cap
    paid: np.ndarray  # after the return cap
    guarantee: np.ndarray
    to_fund: np.ndarray

    @cached_property
    def additional_outcomes(self) -> np.ndarray:
        """A[d, k, s] = n_i · (p_k − b_k) at s = i + L_k (docs/model.md §3)."""
        return self.effect[:, :, None] * self.arrivals[None, :, :]

    @cached_property
    def verified_outcomes(self) -> np.ndarray:
        """V[d, k, s]: the outcomes the contract pays for (docs/model.md §3)."""
        return self.verified_rate[:, :, None] * self.arrivals[None, :, :]

    @cached_property
    def financiers(self) -> np.ndarray:
        """All financiers together: −C + Paid + guarantee."""
        return -self.intervention_cost + self.paid + self.guarantee

    @cached_property
    def kommune(self) -> np.ndarray:
        """S_kommune − Paid − to_fund."""
        return self.avoided[:, 0] - self.paid - self.to_fund

    @cached_property
    def public(self) -> np.ndarray:
        """S_kommune + S_region + S_stat − C."""
        return self.avoided[:, 0] + self.avoided[:, 1] + self.avoided[:, 2] - self.intervention_cost


def simulate(
    inputs: ModelInputs, draws: Draws, effect_share: float | np.ndarray = 1.0
) -> CashFlows:
    """Cash flows for every draw at once (docs/model.md §2–4). No loop over draws.

    ``effect_share`` scales every effect p − b (docs/model.md §5, switching value).
    """
    p = outcomes.effective_success_rate(draws.success_rate, inputs.baseline_rate, effect_share)
    effect = p - inputs.baseline_rate
    C = draws.cost_factor[:, None] * inputs.intervention_cost_dkk[None, :]
    value = avoided_costs.value_per_success_dkk(
        inputs.quantity, draws.unit_cost_dkk, inputs.payer_index
    )
    S = avoided_costs.avoided_costs_dkk(effect, inputs.exposure, value)
    rate = outcomes.verified_rate(p, inputs.baseline_rate, inputs.pay_for)
    # Due_t = Σ_k price_k · V[k, t] = Σ_k (rate_k · price_k) · arrivals[k, t]
    due = contract.apply_payment_cap(
        (rate * inputs.price_dkk) @ inputs.arrivals, inputs.payment_cap_dkk
    )
    paid = contract.apply_return_cap(due, C, inputs.return_cap_rate)
    guarantee = contract.deficit_guarantee_dkk(C, paid, inputs.guarantee_dkk)
    to_fund = contract.savings_to_fund_dkk(S[:, 0], paid, inputs.savings_share_to_fund)
    return CashFlows(C, S, effect, rate, inputs.arrivals, due, paid, guarantee, to_fund)
