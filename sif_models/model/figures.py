"""The per-draw figures of a business case (docs/model.md §5) and the break-even year.

:func:`figures` condenses :class:`~sif_models.model.simulate.CashFlows` into one value per draw
for each figure; :func:`break_even_year` finds, per draw, the first year from which the
cumulative undiscounted public net stays at or above zero.
"""

from __future__ import annotations

import numpy as np

from sif_models.model.build import ModelInputs
from sif_models.model.discounting import present_value
from sif_models.model.simulate import CashFlows


def _safe_ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den != 0, num / np.where(den != 0, den, 1.0), np.nan)


def figures(inputs: ModelInputs, flows: CashFlows) -> dict[str, np.ndarray]:
    """The per-draw figures of docs/model.md §5, each an array of shape (D,). PV unless named."""
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
