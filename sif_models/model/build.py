"""From a validated proposal to the model's inputs: plain arrays at central values.

:func:`build_inputs` resolves a proposal and the unit-cost catalogue into :class:`ModelInputs`
(docs/model.md §1–4): the intake and the intervention cost per year, the outcomes' rates and
arrivals, the consequences as a (K, M) quantity matrix over the unit costs with who bears each
cost (payer shares, the kommune's budget areas and cashable items: §3 v2), the contract terms
(thresholds, outcome payers, transaction costs: §4 v2) and the financiers. Horizon warnings are
codes (:mod:`sif_models.model.codes`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

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
    payer_share: np.ndarray  # (M, 3) share_P(c), P = kommune, region, stat
    cashable: np.ndarray  # (M,) bool: a saving on the kommune's share is cash
    budget_areas: tuple[str, ...]  # the kommune's budget areas of the items used; "" = none
    budget_area_index: np.ndarray  # (M,) index into budget_areas; -1 if the kommune bears none
    pay_for: str
    payment_threshold_rate: np.ndarray  # (K,) θ_k; 0 = no threshold
    payment_cap_dkk: float | None
    return_cap_rate: float | None
    guarantee_dkk: float
    savings_share_to_fund: float
    outcome_payer_share: np.ndarray  # (3,) share of Paid per payer type
    transaction_costs_kommune_dkk: np.ndarray  # (H,) T^kommune
    transaction_costs_fund_dkk: np.ndarray  # (H,) T^fund
    success_correlation: float  # ρ of the Gaussian copula (docs/model.md §6)
    financier_names: tuple[str, ...]
    financier_roles: tuple[str, ...]
    financier_shares: np.ndarray  # (F,)
    costs: dict[str, ResolvedCost] = field(repr=False)
    warnings: tuple[ModelWarning, ...] = ()

    @property
    def years(self) -> np.ndarray:
        """Calendar years of the contract."""
        return self.start_year + np.arange(self.horizon_years)

    @cached_property
    def splits_kommune(self) -> tuple[bool, bool]:
        """(cashable, areas): whether S^cash, and S^area, differ from S_kommune and so need
        their own columns in :attr:`value_weights`. S^cash = S_kommune when every item the
        kommune bears is cashable; S^area has the one area S_kommune when all are in one area."""
        kommune = self.payer_share[:, 0] > 0
        return bool(np.any(kommune & ~self.cashable)), len(self.budget_areas) > 1

    @cached_property
    def value_weights(self) -> np.ndarray:
        """(M, G) weights of each unit cost's value: share_P for the three payers, then — where
        they differ from S_kommune (:attr:`splits_kommune`) — the kommune's share where the item
        is cashable and the kommune's share in each budget area (docs/model.md §3). One matrix
        product gives S_P, S^cash and S^area together."""
        kommune = self.payer_share[:, 0]
        columns = [self.payer_share]
        cash, by_area = self.splits_kommune
        if cash:
            columns.append((kommune * self.cashable)[:, None])
        if by_area:
            areas = np.zeros((kommune.size, len(self.budget_areas)))
            assigned = self.budget_area_index >= 0
            areas[np.flatnonzero(assigned), self.budget_area_index[assigned]] = kommune[assigned]
            columns.append(areas)
        return np.concatenate(columns, axis=1)

    @property
    def transaction_costs_dkk(self) -> np.ndarray:
        """T_t = T^kommune_t + T^fund_t (H,) in DKK (docs/model.md §4 v2)."""
        return self.transaction_costs_kommune_dkk + self.transaction_costs_fund_dkk

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


def _transaction_costs(p: Proposal) -> tuple[np.ndarray, np.ndarray, list[ModelWarning]]:
    """T^kommune and T^fund by contract year (H,) each; costs at or after the horizon are left
    out with a warning (docs/model.md §4 v2)."""
    H = p.horizon_years
    series = {"kommune": np.zeros(H), "fund": np.zeros(H)}
    warnings = []
    for cost in p.contract.transaction_costs:
        if cost.year >= H:
            warnings.append(
                ModelWarning.of(
                    WarningCode.TRANSACTION_COST_AFTER_HORIZON,
                    label=cost.label,
                    year=p.start_year + cost.year,
                    last_year=p.start_year + H - 1,
                )
            )
            continue
        series[cost.borne_by][cost.year] += cost.dkk
    return series["kommune"], series["fund"], warnings


def _budget_areas(costs: dict[str, ResolvedCost]) -> tuple[tuple[str, ...], np.ndarray]:
    """The kommune's budget areas of the items (in order of first use, "" — not assigned —
    last) and each item's index among them; -1 for an item the kommune bears no share of."""
    kommune = [c for c in costs.values() if c.item.shares[0] > 0]
    named = list(dict.fromkeys(c.item.budget_area for c in kommune if c.item.budget_area))
    areas = tuple(named + ([""] if any(not c.item.budget_area for c in kommune) else []))
    index = [
        areas.index(c.item.budget_area) if c.item.shares[0] > 0 else -1 for c in costs.values()
    ]
    return areas, np.array(index, dtype=int)


def _uncertainty(p: Proposal) -> tuple[np.ndarray, np.ndarray]:
    """(K, 2) arrays of each outcome's 90 % interval [low, high] and its evidence [successes,
    trials]; NaN where the outcome has none."""
    interval = [o.success_interval if o.success_interval else (np.nan, np.nan) for o in p.outcomes]
    evidence = [
        (o.success_evidence.successes, o.success_evidence.trials)
        if o.success_evidence
        else (np.nan, np.nan)
        for o in p.outcomes
    ]
    return (
        np.array(interval, dtype=float).reshape(-1, 2),
        np.array(evidence, dtype=float).reshape(-1, 2),
    )


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
    areas, area_index = _budget_areas(costs)
    t_kommune, t_fund, t_warnings = _transaction_costs(p)
    interval, evidence = _uncertainty(p)
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
        success_interval=interval,
        success_evidence=evidence,
        outcome_labels=tuple(o.label for o in p.outcomes),
        price_dkk=np.array([o.price_dkk for o in p.outcomes]),
        arrivals=arrivals,
        exposure=expo,
        cost_ids=cost_ids,
        quantity=quantity,
        unit_cost_dkk=np.array([costs[c].price_dkk for c in cost_ids]),
        unit_cost_range=np.array([costs[c].item.range for c in cost_ids]),
        payer_share=np.array([costs[c].item.shares for c in cost_ids], dtype=float).reshape(
            -1, len(avoided_costs.PAYERS)
        ),
        cashable=np.array([costs[c].item.cashable for c in cost_ids], dtype=bool),
        budget_areas=areas,
        budget_area_index=area_index,
        pay_for=p.contract.pay_for,
        payment_threshold_rate=np.array([o.payment_threshold_rate for o in p.outcomes]),
        payment_cap_dkk=p.contract.payment_cap_dkk,
        return_cap_rate=p.contract.return_cap_rate,
        guarantee_dkk=p.contract.guarantee_dkk,
        savings_share_to_fund=p.contract.savings_share_to_fund,
        outcome_payer_share=np.array(p.contract.payer_shares()),
        transaction_costs_kommune_dkk=t_kommune,
        transaction_costs_fund_dkk=t_fund,
        success_correlation=p.success_correlation,
        financier_names=tuple(f.name for f in p.contract.financing),
        financier_roles=tuple(f.role for f in p.contract.financing),
        financier_shares=np.array([f.share for f in p.contract.financing]),
        costs=costs,
        warnings=tuple(_horizon_warnings(p) + t_warnings),
    )
