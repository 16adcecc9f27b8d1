"""The per-draw figures of a business case (docs/model.md §5) and the break-even year.

:func:`figures` condenses :class:`~sif_models.model.simulate.CashFlows` into one value per draw
for each figure; :func:`break_even_year` finds, per draw, the first year from which the
cumulative undiscounted public net stays at or above zero.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from sif_models.model.build import ModelInputs
from sif_models.model.discounting import present_value
from sif_models.model.simulate import CashFlows


def _safe_ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den != 0, num / np.where(den != 0, den, 1.0), np.nan)


@dataclass(frozen=True)
class Figures:
    """The figures of docs/model.md §5, one value per draw.

    Each field is an array of shape (D,) (or a float, for one draw taken with :meth:`at`).
    Names end in ``_pv_dkk`` for present values in DKK, ``_dkk`` for undiscounted sums over the
    contract years in DKK; ratios have no unit.

    Examples
    --------
    >>> f = Figures(*(np.arange(2.0) for _ in range(len(FIGURE_NAMES))))
    >>> f.at(1).public_net_pv_dkk, f.draws
    (1.0, 2)
    """

    intervention_cost_pv_dkk: np.ndarray  # PV(C)
    savings_kommune_pv_dkk: np.ndarray  # PV(S_kommune)
    savings_region_pv_dkk: np.ndarray  # PV(S_region)
    savings_stat_pv_dkk: np.ndarray  # PV(S_stat)
    outcome_payments_pv_dkk: np.ndarray  # PV(Paid)
    kommune_net_pv_dkk: np.ndarray  # PV(S_kommune − Paid^kommune − to_fund − T^kommune)
    public_net_pv_dkk: np.ndarray  # PV(S − C − T)
    benefit_cost_ratio: np.ndarray  # PV(S) / PV(C + T)
    financiers_capital_dkk: np.ndarray  # Σ C
    financiers_received_dkk: np.ndarray  # Σ (Paid + guarantee)
    financiers_multiple: np.ndarray  # received / capital
    financiers_profit_dkk: np.ndarray  # received − capital
    financiers_net_pv_dkk: np.ndarray  # PV(−C + Paid + guarantee)
    fund_net_dkk: np.ndarray  # Σ the fund's net cash flow
    fund_net_pv_dkk: np.ndarray  # PV of the fund's net cash flow
    to_fund_dkk: np.ndarray  # Σ savings returned to the fund
    guarantee_dkk: np.ndarray  # Σ guarantee paid
    # version 2 (docs/model.md §3–5)
    transaction_costs_pv_dkk: np.ndarray  # PV(T)
    transaction_costs_kommune_pv_dkk: np.ndarray  # PV(T^kommune)
    transaction_costs_fund_pv_dkk: np.ndarray  # PV(T^fund)
    outcome_payments_kommune_pv_dkk: np.ndarray  # PV(Paid^kommune)
    outcome_payments_region_pv_dkk: np.ndarray  # PV(Paid^region)
    outcome_payments_stat_pv_dkk: np.ndarray  # PV(Paid^stat)
    kommune_savings_cashable_pv_dkk: np.ndarray  # PV(S^cash)

    @property
    def draws(self) -> int:
        """D, the number of draws."""
        return int(np.size(self.public_net_pv_dkk))

    def at(self, draw: int) -> Figures:
        """The figures of one draw, as floats."""
        return Figures(*(float(np.asarray(getattr(self, n))[draw]) for n in FIGURE_NAMES))

    def savings_pv_dkk(self, payer: str) -> np.ndarray:
        """PV of the avoided costs of ``payer`` (kommune, region or stat)."""
        return getattr(self, f"savings_{payer}_pv_dkk")

    def outcome_payments_by_payer_pv_dkk(self, payer: str) -> np.ndarray:
        """PV(Paid^P) of ``payer`` (kommune, region or stat) (docs/model.md §5 v2)."""
        return getattr(self, f"outcome_payments_{payer}_pv_dkk")

    @classmethod
    def empty(cls, draws: int) -> Figures:
        """Uninitialised (D,) arrays, to be filled chunk by chunk (:meth:`fill`)."""
        return cls(*(np.empty(draws) for _ in FIGURE_NAMES))

    def fill(self, first: int, chunk: Figures) -> None:
        """Copy ``chunk``'s draws into rows ``first`` … of these arrays."""
        n = chunk.draws
        for name in FIGURE_NAMES:
            getattr(self, name)[first : first + n] = getattr(chunk, name)

    def as_dict(self) -> dict[str, np.ndarray]:
        """{field name: values}, e.g. for a DataFrame of the draws."""
        return {name: getattr(self, name) for name in FIGURE_NAMES}


FIGURE_NAMES = tuple(f.name for f in fields(Figures))


def figures(inputs: ModelInputs, flows: CashFlows) -> Figures:
    """The per-draw figures of docs/model.md §5 from the cash flows of D draws.

    Parameters
    ----------
    inputs : ModelInputs
        The proposal as arrays (discount factors, the fund's share).
    flows : CashFlows
        Undiscounted yearly cash flows, (D, H) per item.

    Returns
    -------
    Figures
        Each figure as a (D,) array; PV(x) = Σ_t x_t · d(t) (docs/model.md §1, §5).
    """
    d = inputs.discount_factor
    S_pv = present_value(flows.avoided, d)  # (D, 3)
    C_pv = present_value(flows.intervention_cost, d)
    draws = flows.paid.shape[0]
    # the same in every draw: discounted once
    T_kommune_pv = np.full(draws, float(present_value(flows.transaction_kommune[0], d)))
    T_fund_pv = np.full(draws, float(present_value(flows.transaction_fund[0], d)))
    paid_pv = present_value(flows.paid, d)
    capital = flows.intervention_cost.sum(axis=-1)
    received = (flows.paid + flows.guarantee).sum(axis=-1)
    fund_flow = flows.fund(inputs.fund_share)
    share = inputs.outcome_payer_share
    cash_split, _ = inputs.splits_kommune  # S^cash differs from S_kommune
    return Figures(
        intervention_cost_pv_dkk=C_pv,
        savings_kommune_pv_dkk=S_pv[:, 0],
        savings_region_pv_dkk=S_pv[:, 1],
        savings_stat_pv_dkk=S_pv[:, 2],
        outcome_payments_pv_dkk=paid_pv,
        kommune_net_pv_dkk=present_value(flows.kommune, d),
        public_net_pv_dkk=present_value(flows.public, d),
        benefit_cost_ratio=_safe_ratio(S_pv.sum(axis=1), C_pv + T_kommune_pv + T_fund_pv),
        financiers_capital_dkk=capital,
        financiers_received_dkk=received,
        financiers_multiple=_safe_ratio(received, capital),
        financiers_profit_dkk=received - capital,
        financiers_net_pv_dkk=present_value(flows.financiers, d),
        fund_net_dkk=fund_flow.sum(axis=-1),
        fund_net_pv_dkk=present_value(fund_flow, d),
        to_fund_dkk=flows.to_fund.sum(axis=-1),
        guarantee_dkk=flows.guarantee.sum(axis=-1),
        transaction_costs_pv_dkk=T_kommune_pv + T_fund_pv,
        transaction_costs_kommune_pv_dkk=T_kommune_pv,
        transaction_costs_fund_pv_dkk=T_fund_pv,
        outcome_payments_kommune_pv_dkk=share[0] * paid_pv,
        outcome_payments_region_pv_dkk=share[1] * paid_pv,
        outcome_payments_stat_pv_dkk=share[2] * paid_pv,
        kommune_savings_cashable_pv_dkk=(
            present_value(flows.kommune_cashable, d) if cash_split else S_pv[:, 0].copy()
        ),
    )


def savings_by_budget_area_pv_dkk(inputs: ModelInputs, flows: CashFlows) -> dict[str, np.ndarray]:
    """PV(S^area_a) per draw for each of the kommune's budget areas (docs/model.md §5 v2).

    Parameters
    ----------
    inputs : ModelInputs
        The proposal as arrays; ``budget_areas`` names the areas ("" = not assigned).
    flows : CashFlows
        The cash flows of D draws; ``kommune_by_area`` is (D, A, H).

    Returns
    -------
    dict of str to numpy.ndarray
        Area → (D,) present values in DKK, in the order of ``inputs.budget_areas``; they sum to
        PV(S_kommune).

    Examples
    --------
    >>> from sif_models.inputs.proposals import load_proposal
    >>> from sif_models.model.build import build_inputs
    >>> from sif_models.model.simulate import central_draws, simulate
    >>> inputs = build_inputs(load_proposal("data/examples/worked-example-v2.yaml"))
    >>> pv = savings_by_budget_area_pv_dkk(inputs, simulate(inputs, central_draws(inputs)))
    >>> {area: round(float(v[0]), 2) for area, v in pv.items()}  # docs/model.md §11
    {'Sociale Forhold og Beskæftigelse': 2478839.68, 'Borgmesterens Afdeling': 826279.89, '': -330511.96}
    """
    pv = present_value(flows.kommune_by_area, inputs.discount_factor)  # (D, A)
    return {area: pv[:, a] for a, area in enumerate(inputs.budget_areas)}


def break_even_year(inputs: ModelInputs, flows: CashFlows) -> np.ndarray:
    """First calendar year from which cumulative undiscounted public net stays ≥ 0 (NaN if none).

    Public net by year is S − C − T (docs/model.md §5, transaction costs from v2).

    Vectorised: a suffix minimum of the cumulative sum.
    """
    cum = np.cumsum(flows.public, axis=-1)
    tol = 1e-6 * np.maximum(1.0, np.abs(flows.public).sum(axis=-1, keepdims=True))
    ok = np.minimum.accumulate(cum[:, ::-1], axis=-1)[:, ::-1] >= -tol
    first = np.argmax(ok, axis=-1)
    return np.where(ok.any(axis=-1), inputs.start_year + first, np.nan)
