"""The business-case model: from a validated proposal to yearly cash flows and figures.

:func:`build_inputs` resolves a proposal and the catalogue into :class:`ModelInputs` (plain
arrays at central values). :func:`simulate` turns inputs plus one row per draw of the random
inputs (success rates, an intervention-cost factor, unit costs) into :class:`CashFlows`, arrays of
shape (D, H) (and per payer, budget area and outcome, docs/model.md §3–4 v2). The deterministic case is D = 1 at central values (:func:`central_draws`); the
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
    """Undiscounted yearly cash flows of D draws (docs/model.md §2–5), DKK per year.

    Shapes: (D, H) per item, (D, P, H) per payer (P = kommune, region, stat), (D, A, H) per
    budget area (A = ``ModelInputs.budget_areas``), (D, K) per outcome. The transaction costs
    are the same in every draw (read-only broadcast views). The outcome counts (D, K, H) are built
    only when asked for: the figures do not need them.
    """

    intervention_cost: np.ndarray  # C: capital the financiers put in
    avoided: np.ndarray  # S per payer (D, 3, H)
    effect: np.ndarray  # p − b per draw and outcome (D, K), after the effect share
    verified_rate: np.ndarray  # share paid for per draw and outcome (D, K); 0 below threshold
    arrivals: np.ndarray  # (K, H) starters reaching each outcome's measurement point
    due: np.ndarray  # after the payment cap
    paid: np.ndarray  # after the return cap
    guarantee: np.ndarray
    to_fund: np.ndarray  # σ · max(0, S^cash − Paid^kommune)
    # version 2 (docs/model.md §3, §4)
    kommune_cashable: np.ndarray  # S^cash (D, H): the kommune's cashable savings
    kommune_by_area: np.ndarray  # S^area (D, A, H): the kommune's savings per budget area
    threshold_met: np.ndarray  # (D, K) bool: p_k ≥ θ_k
    outcome_payer_share: np.ndarray  # (3,) share of Paid per payer type
    transaction_kommune: np.ndarray  # T^kommune (D, H)
    transaction_fund: np.ndarray  # T^fund (D, H)

    @cached_property
    def additional_outcomes(self) -> np.ndarray:
        """A[d, k, s] = n_i · (p_k − b_k) at s = i + L_k (docs/model.md §3)."""
        return self.effect[:, :, None] * self.arrivals[None, :, :]

    @cached_property
    def verified_outcomes(self) -> np.ndarray:
        """V[d, k, s]: the outcomes the contract pays for (docs/model.md §3)."""
        return self.verified_rate[:, :, None] * self.arrivals[None, :, :]

    @cached_property
    def paid_by_payer(self) -> np.ndarray:
        """Paid^P (D, 3, H): what kommune, region and stat pay of Paid (docs/model.md §4)."""
        return contract.outcome_payments_by_payer_dkk(self.paid, self.outcome_payer_share)

    @property
    def paid_kommune(self) -> np.ndarray:
        """Paid^kommune (D, H)."""
        return self.outcome_payer_share[0] * self.paid

    @cached_property
    def transaction_costs(self) -> np.ndarray:
        """T = T^kommune + T^fund (D, H), the same in every draw (a read-only broadcast view)."""
        total = self.transaction_kommune[0] + self.transaction_fund[0]
        return np.broadcast_to(total, self.transaction_kommune.shape)

    @cached_property
    def financiers(self) -> np.ndarray:
        """All financiers together: −C + Paid + guarantee."""
        return -self.intervention_cost + self.paid + self.guarantee

    @cached_property
    def kommune(self) -> np.ndarray:
        """S_kommune − Paid^kommune − to_fund − T^kommune (docs/model.md §5)."""
        out = self.avoided[:, 0] - self.paid_kommune - self.to_fund
        out -= self.transaction_kommune[0]  # the same in every draw
        return out

    @cached_property
    def public(self) -> np.ndarray:
        """S_kommune + S_region + S_stat − C − T (docs/model.md §5)."""
        out = self.avoided[:, 0] + self.avoided[:, 1]
        out += self.avoided[:, 2]
        out -= self.intervention_cost
        out -= self.transaction_costs[0]  # the same in every draw
        return out

    def fund(self, fund_share: float) -> np.ndarray:
        """The fund's net cash flow (D, H): its share of the financiers' flows + to_fund − T^fund
        (docs/model.md §5)."""
        out = fund_share * self.financiers + self.to_fund
        out -= self.transaction_fund[0]  # the same in every draw
        return out


def settle(
    inputs: ModelInputs, due_dkk: np.ndarray, capital_dkk: np.ndarray, cashable_dkk: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The contract's rules applied to what is due, in their order (docs/model.md §4).

    Parameters
    ----------
    inputs : ModelInputs
        The contract terms: payment cap, return cap, guarantee, outcome payers, savings share.
    due_dkk : numpy.ndarray, shape (..., H)
        Outcome payments due before the payment cap, Σ_k price_k · V[k, t].
    capital_dkk : numpy.ndarray, shape (..., H)
        C_t, the capital the financiers put in.
    cashable_dkk : numpy.ndarray, shape (..., H)
        S^cash_t, the kommune's cashable savings.

    Returns
    -------
    tuple of numpy.ndarray, each (..., H)
        (due after the payment cap, Paid after the return cap, the guarantee, to_fund). Any
        leading axes work: the deal zone settles many rate cards at once.
    """
    due = contract.apply_payment_cap(due_dkk, inputs.payment_cap_dkk)
    paid = contract.apply_return_cap(due, capital_dkk, inputs.return_cap_rate)
    guarantee = contract.deficit_guarantee_dkk(capital_dkk, paid, inputs.guarantee_dkk)
    paid_kommune = inputs.outcome_payer_share[0] * paid
    to_fund = contract.savings_to_fund_dkk(cashable_dkk, paid_kommune, inputs.savings_share_to_fund)
    return due, paid, guarantee, to_fund


def simulate(
    inputs: ModelInputs, draws: Draws, effect_share: float | np.ndarray = 1.0
) -> CashFlows:
    """Cash flows for every draw at once (docs/model.md §2–4). No loop over draws.

    ``effect_share`` scales every effect p − b (docs/model.md §5, switching value). The payment
    threshold compares each outcome's success rate after that scaling with its θ_k.
    """
    p = outcomes.effective_success_rate(draws.success_rate, inputs.baseline_rate, effect_share)
    effect = p - inputs.baseline_rate
    C = draws.cost_factor[:, None] * inputs.intervention_cost_dkk[None, :]
    value = avoided_costs.value_per_success_dkk(
        inputs.quantity, draws.unit_cost_dkk, inputs.value_weights
    )
    split = avoided_costs.avoided_costs_dkk(effect, inputs.exposure, value)  # (D, G, H)
    S = split[:, :3]
    cash_column, area_columns = inputs.splits_kommune
    cashable = split[:, 3] if cash_column else S[:, 0]
    if area_columns:
        by_area = split[:, 3 + cash_column :]
    else:  # one area (or none): it holds all of S_kommune
        by_area = S[:, : len(inputs.budget_areas)]
    met = contract.threshold_met(p, inputs.payment_threshold_rate)
    rate = outcomes.verified_rate(p, inputs.baseline_rate, inputs.pay_for) * met
    # Due_t = Σ_k price_k · V[k, t] = Σ_k (rate_k · price_k) · arrivals[k, t]
    due, paid, guarantee, to_fund = settle(
        inputs, (rate * inputs.price_dkk) @ inputs.arrivals, C, cashable
    )
    shape = (draws.n, inputs.horizon_years)
    return CashFlows(
        intervention_cost=C,
        avoided=S,
        effect=effect,
        verified_rate=rate,
        arrivals=inputs.arrivals,
        due=due,
        paid=paid,
        guarantee=guarantee,
        to_fund=to_fund,
        kommune_cashable=cashable,
        kommune_by_area=by_area,
        threshold_met=met,
        outcome_payer_share=inputs.outcome_payer_share,
        transaction_kommune=np.broadcast_to(inputs.transaction_costs_kommune_dkk, shape),
        transaction_fund=np.broadcast_to(inputs.transaction_costs_fund_dkk, shape),
    )
