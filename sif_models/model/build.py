"""From a validated proposal to the model's inputs: plain arrays at central values.

:func:`build_inputs` resolves a proposal and the unit-cost catalogue into :class:`ModelInputs`
(docs/model.md §1–4): the intake and the intervention cost per year, the outcomes' rates and
arrivals, the consequences as a (K, M) quantity matrix over the unit costs, the contract terms and
the financiers. Horizon warnings are codes (:mod:`sif_models.model.codes`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sif_models.inputs.catalogue import ResolvedCost, resolve_costs
from sif_models.inputs.schema import Proposal
from sif_models.model import avoided_costs, cohort
from sif_models.model.codes import ModelWarning, WarningCode
from sif_models.model.discounting import discount_factors


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
    warnings: tuple[ModelWarning, ...] = ()

    @property
    def years(self) -> np.ndarray:
        """Calendar years of the contract."""
        return self.start_year + np.arange(self.horizon_years)

    @property
    def fund_share(self) -> float:
        """Share of the capital put in by financiers with role ``fund``."""
        roles = np.array(self.financier_roles)
        return float(self.financier_shares[roles == "fund"].sum()) if roles.size else 0.0


def _horizon_warnings(p: Proposal) -> list[ModelWarning]:
    """What falls after the horizon and is not counted (docs/model.md §2), as codes."""
    H = p.horizon_years
    out = []
    last_start = max(i for i, n in enumerate(p.cohort.intake) if n > 0)
    cohort_year = p.start_year + last_start
    if last_start + p.intervention.delivery_years > H:
        out.append(
            ModelWarning.of(
                WarningCode.COSTS_AFTER_HORIZON,
                cohort_year=cohort_year,
                last_year=p.start_year + H - 1,
            )
        )
    if p.intervention.fixed_cost_years > H:
        out.append(ModelWarning.of(WarningCode.FIXED_COSTS_AFTER_HORIZON))
    for o in p.outcomes:
        if last_start + o.lag_years >= H:
            out.append(
                ModelWarning.of(
                    WarningCode.OUTCOME_AFTER_HORIZON, outcome=o.id, cohort_year=cohort_year
                )
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
