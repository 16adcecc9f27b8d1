"""With or without an external investor (docs/model.md §10): the financing as written beside the
council's fund carrying the proposal alone, and beside an external investor taking half.

The council's own pages describe both structures: the fund finances an intervention alone, or
an investor (a foundation, a pension fund, the national investment fund) takes part of the
capital and of the risk. Who finances does not change what the kommune pays or saves, only how
the financiers' flows −C + Paid + G are split; each structure is the same Monte Carlo draws
(common random numbers) with other financing shares.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from sif_models.model.build import ModelInputs
from sif_models.model.figures import figures
from sif_models.model.simulate import central_draws, simulate
from sif_models.risk.montecarlo import LOSS_TOLERANCE_DKK, sample_draws

AS_WRITTEN, FUND_ALONE, HALF_INVESTOR = "as_written", "fund_alone", "half_investor"


@dataclass(frozen=True)
class Structure:
    """One way of financing a proposal and what it means for the fund and the kommune."""

    name: str  # AS_WRITTEN, FUND_ALONE or HALF_INVESTOR
    fund_share: float
    fund_capital_dkk: float  # the fund's capital at risk: its share of Σ C (undiscounted, central)
    fund_net_mean_dkk: float  # E[the fund's undiscounted net]
    p_fund_loss: float  # P(the fund's net < 0)
    kommune_net_mean_pv_dkk: float  # E[kommune_net] (the same in every structure)

    def to_dict(self) -> dict:
        return {
            "structure": self.name,
            "fund_share": self.fund_share,
            "fund_capital_at_risk": round(self.fund_capital_dkk, 2),
            "fund_net_mean": round(self.fund_net_mean_dkk, 2),
            "p_fund_loss": self.p_fund_loss,
            "kommune_net_mean": round(self.kommune_net_mean_pv_dkk, 2),
        }


def _with_shares(inputs: ModelInputs, fund_share: float) -> ModelInputs:
    """The inputs with the fund putting in ``fund_share`` and one investor the rest."""
    if fund_share >= 1.0:
        return replace(
            inputs,
            financier_names=("Fonden",),
            financier_roles=("fund",),
            financier_shares=np.array([1.0]),
        )
    return replace(
        inputs,
        financier_names=("Fonden", "Investor"),
        financier_roles=("fund", "investor"),
        financier_shares=np.array([fund_share, 1.0 - fund_share]),
    )


def structures(inputs: ModelInputs, draws: int, seed: int) -> list[Structure]:
    """The financing as written, the fund alone (share 1) and — where the proposal has no
    external investor — an external investor taking half; on the same draws."""
    sampled = (
        sample_draws(inputs, draws, np.random.default_rng(seed))
        if draws > 0
        else central_draws(inputs)
    )
    flows = simulate(inputs, sampled)  # financing does not enter the flows, only their split
    central = simulate(inputs, central_draws(inputs))
    capital = float(central.intervention_cost.sum())
    kommune = figures(inputs, flows).kommune_net_pv_dkk
    shares = [(AS_WRITTEN, inputs.fund_share), (FUND_ALONE, 1.0)]
    if inputs.fund_share >= 1.0:
        shares.append((HALF_INVESTOR, 0.5))
    out = []
    for name, share in shares:
        fund_net = figures(_with_shares(inputs, share), flows).fund_net_dkk
        out.append(
            Structure(
                name=name,
                fund_share=float(share),
                fund_capital_dkk=share * capital,
                fund_net_mean_dkk=float(np.mean(fund_net)),
                p_fund_loss=float(np.mean(fund_net < -LOSS_TOLERANCE_DKK)),
                kommune_net_mean_pv_dkk=float(np.mean(kommune)),
            )
        )
    return out
