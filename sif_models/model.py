"""The business-case model: from a validated proposal to yearly cash flows and figures.

:func:`build_inputs` resolves a proposal and the catalogue into :class:`ModelInputs` (plain
arrays at central values). :func:`simulate` turns inputs plus one row per draw of the random
inputs (success rates, an intervention-cost factor, unit costs) into :class:`CashFlows`, arrays of
shape (D, H). The deterministic case is D = 1 at central values (:func:`central_draws`); the
Monte Carlo passes D sampled rows through the same code. :func:`figures` condenses cash flows
into the per-draw figures of MODEL.md §5.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from . import avoided_costs, cohort, contract, outcomes
from .catalogue import ResolvedCost, resolve_costs
from .discounting import discount_factors, present_value
from .schema import Proposal


@dataclass(frozen=True)
class ModelInputs:
    """Everything the model needs, as arrays at central values (K outcomes, M cost items)."""

    start_year: int
    horizon_years: int
    discount_factor: np.ndarray  # (H,)
    intake: np.ndarray  # (H,)
    intervention_cost_dkk: np.ndarray  # (H,) C_t at central cost
    intervention_range: float
    outcome_ids: tuple[str, ...]
    baseline_rate: np.ndarray  # (K,)
    success_rate: np.ndarray  # (K,)
    success_interval: np.ndarray  # (K, 2) 90 % interval [low, high], NaN where none
    success_evidence: np.ndarray  # (K, 2) [successes, trials], NaN where none
    outcome_labels: tuple[str, ...]
    price_dkk: np.ndarray  # (K,)
    arrivals: np.ndarray  # (K, H)
    exposure: np.ndarray  # (K, H)
    cost_ids: tuple[str, ...]
    quantity: np.ndarray  # (K, M)
    unit_cost_dkk: np.ndarray  # (M,) in the proposal's price year
    unit_cost_range: np.ndarray  # (M,)
    payer_index: np.ndarray  # (M,)
    pay_for: str
    payment_cap_dkk: float | None
    return_cap_rate: float | None
    guarantee_dkk: float
    savings_share_to_fund: float
    financier_names: tuple[str, ...]
    financier_roles: tuple[str, ...]
    financier_shares: np.ndarray  # (F,)
    costs: dict[str, ResolvedCost] = field(repr=False)
    warnings: tuple[str, ...] = ()

    @property
    def years(self) -> np.ndarray:
        """Calendar years of the contract."""
        return self.start_year + np.arange(self.horizon_years)

    @property
    def fund_share(self) -> float:
        """Share of the capital put in by financiers with role ``fund``."""
        roles = np.array(self.financier_roles)
        return float(self.financier_shares[roles == "fund"].sum()) if roles.size else 0.0


def _horizon_warnings(p: Proposal) -> list[str]:
    H = p.horizon_years
    out = []
    last_start = max(i for i, n in enumerate(p.cohort.intake) if n > 0)
    if last_start + p.intervention.delivery_years > H:
        out.append(
            f"intervention costs of the cohort starting in {p.start_year + last_start} fall after "
            f"the horizon ({p.start_year + H - 1}) and are not counted; lengthen horizon_years"
        )
    if p.intervention.fixed_cost_years > H:
        out.append("fixed costs run past the horizon and are not all counted")
    for o in p.outcomes:
        if last_start + o.lag_years >= H:
            out.append(
                f"outcome '{o.id}' of the cohort starting in {p.start_year + last_start} is "
                f"measured after the horizon and is not counted; lengthen horizon_years"
            )
    return out


def build_inputs(
    proposal: Proposal, costs: dict[str, ResolvedCost] | None = None, file: str = "<proposal>"
) -> ModelInputs:
    """Resolve a proposal (and the catalogue) into :class:`ModelInputs`."""
    p = proposal
    if costs is None:
        costs = resolve_costs(p, file=file)
    H = p.horizon_years
    n = cohort.intake_by_year(p.cohort.intake, H)
    C = cohort.intervention_cost_dkk(
        n,
        p.intervention.cost_per_participant_dkk,
        p.intervention.delivery_years,
        p.intervention.fixed_cost_dkk_per_year,
        p.intervention.fixed_cost_years,
    )
    lags = np.array([o.lag_years for o in p.outcomes])
    arrivals = cohort.outcome_arrivals(n, lags)
    expo = avoided_costs.exposure(
        arrivals,
        np.array([o.persistence_years for o in p.outcomes]),
        np.array([o.annual_decay for o in p.outcomes]),
    )
    cost_ids = tuple(costs)
    quantity = np.zeros((len(p.outcomes), len(cost_ids)))
    for k, o in enumerate(p.outcomes):
        for c in o.consequences:
            quantity[k, cost_ids.index(c.cost)] += c.quantity_per_year
    return ModelInputs(
        start_year=p.start_year,
        horizon_years=H,
        discount_factor=discount_factors(H, p.discount_rate, p.discount_rate_long),
        intake=n,
        intervention_cost_dkk=C,
        intervention_range=p.intervention.range or 0.0,
        outcome_ids=tuple(o.id for o in p.outcomes),
        baseline_rate=np.array([o.baseline_rate for o in p.outcomes]),
        success_rate=np.array([o.success_rate for o in p.outcomes]),
        success_interval=np.array(
            [o.success_interval if o.success_interval else (np.nan, np.nan) for o in p.outcomes],
            dtype=float,
        ).reshape(-1, 2),
        success_evidence=np.array(
            [
                (o.success_evidence.successes, o.success_evidence.trials)
                if o.success_evidence
                else (np.nan, np.nan)
                for o in p.outcomes
            ],
            dtype=float,
        ).reshape(-1, 2),
        outcome_labels=tuple(o.label for o in p.outcomes),
        price_dkk=np.array([o.price_dkk for o in p.outcomes]),
        arrivals=arrivals,
        exposure=expo,
        cost_ids=cost_ids,
        quantity=quantity,
        unit_cost_dkk=np.array([costs[c].price_dkk for c in cost_ids]),
        unit_cost_range=np.array([costs[c].item.range for c in cost_ids]),
        payer_index=np.array(
            [avoided_costs.PAYERS.index(costs[c].item.payer) for c in cost_ids], dtype=int
        ),
        pay_for=p.contract.pay_for,
        payment_cap_dkk=p.contract.payment_cap_dkk,
        return_cap_rate=p.contract.return_cap_rate,
        guarantee_dkk=p.contract.guarantee_dkk,
        savings_share_to_fund=p.contract.savings_share_to_fund,
        financier_names=tuple(f.name for f in p.contract.financing),
        financier_roles=tuple(f.role for f in p.contract.financing),
        financier_shares=np.array([f.share for f in p.contract.financing]),
        costs=costs,
        warnings=tuple(_horizon_warnings(p)),
    )


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
    """The deterministic case as a single draw at central values (MODEL.md §6)."""
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
        """A[d, k, s] = n_i · (p_k − b_k) at s = i + L_k (MODEL.md §3)."""
        return self.effect[:, :, None] * self.arrivals[None, :, :]

    @cached_property
    def verified_outcomes(self) -> np.ndarray:
        """V[d, k, s]: the outcomes the contract pays for (MODEL.md §3)."""
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
    """Cash flows for every draw at once (MODEL.md §2–4). No loop over draws.

    ``effect_share`` scales every effect p − b (MODEL.md §5, switching value).
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


def _safe_ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den != 0, num / np.where(den != 0, den, 1.0), np.nan)


def figures(inputs: ModelInputs, flows: CashFlows) -> dict[str, np.ndarray]:
    """The per-draw figures of MODEL.md §5, each an array of shape (D,). PV unless named."""
    d = inputs.discount_factor
    S_pv = present_value(flows.avoided, d)  # (D, 3)
    C_pv = present_value(flows.intervention_cost, d)
    capital = flows.intervention_cost.sum(axis=-1)
    received = (flows.paid + flows.guarantee).sum(axis=-1)
    fund_flow = inputs.fund_share * flows.financiers + flows.to_fund
    return {
        "intervention_cost": C_pv,
        "savings_kommune": S_pv[:, 0],
        "savings_region": S_pv[:, 1],
        "savings_stat": S_pv[:, 2],
        "outcome_payments": present_value(flows.paid, d),
        "kommune_net": present_value(flows.kommune, d),
        "public_net": present_value(flows.public, d),
        "benefit_cost_ratio": _safe_ratio(S_pv.sum(axis=1), C_pv),
        "financiers_capital": capital,
        "financiers_received": received,
        "financiers_multiple": _safe_ratio(received, capital),
        "financiers_profit": received - capital,
        "financiers_net_pv": present_value(flows.financiers, d),
        "fund_net": fund_flow.sum(axis=-1),
        "fund_net_pv": present_value(fund_flow, d),
        "to_fund": flows.to_fund.sum(axis=-1),
        "guarantee": flows.guarantee.sum(axis=-1),
    }


def break_even_year(inputs: ModelInputs, flows: CashFlows) -> np.ndarray:
    """First calendar year from which cumulative undiscounted public net stays ≥ 0 (NaN if none).

    Vectorised: a suffix minimum of the cumulative sum.
    """
    cum = np.cumsum(flows.public, axis=-1)
    tol = 1e-6 * np.maximum(1.0, np.abs(flows.public).sum(axis=-1, keepdims=True))
    ok = np.minimum.accumulate(cum[:, ::-1], axis=-1)[:, ::-1] >= -tol
    first = np.argmax(ok, axis=-1)
    return np.where(ok.any(axis=-1), inputs.start_year + first, np.nan)
