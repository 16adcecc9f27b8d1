"""One business case: load a proposal, run the model, report the figures (docs/model.md §5, §9).

>>> from sif_models import load_proposal, run          # doctest: +SKIP
>>> case = run(load_proposal("data/examples/worked-example.yaml"))
>>> case.to_dict()["deterministic"]["public_net"]  # docs/model.md §8
1338935.99
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.limits import DEFAULT_DRAWS, DEFAULT_SEED, draws_problem  # noqa: F401
from sif_models.inputs.proposals import load_proposal
from sif_models.inputs.schema import PAYERS, Proposal
from sif_models.model.breakeven import (
    SwitchingValue,
    break_even_effect_share,
    break_even_success_rates,
)
from sif_models.model.build import ModelInputs, build_inputs
from sif_models.model.codes import ModelWarning, Reason
from sif_models.model.figures import (
    Figures,
    break_even_year,
    figures,
    savings_by_budget_area_pv_dkk,
)
from sif_models.model.irr import irr
from sif_models.model.simulate import CashFlows, central_draws, simulate


@dataclass(frozen=True)
class BusinessCase:
    """The deterministic business case of one proposal, and its risk when drawn."""

    proposal: Proposal
    inputs: ModelInputs
    flows: CashFlows  # D = 1, central values
    figures: Figures  # one draw, as floats: the central case
    break_even_year: int | None
    break_even_effect_share: SwitchingValue
    break_even_success_rates: dict[str, SwitchingValue]
    irr: float | None
    irr_reason: Reason | None  # why there is no IRR (a code; words in sif_models.text)
    irr_roots: tuple[float, ...] | None  # the rates, when several make the NPV zero
    risk: Any = None  # sif_models.risk.montecarlo.Risk when draws > 0
    source_file: str | None = None
    warnings: tuple[ModelWarning, ...] = field(default=())

    @property
    def participants(self) -> int:
        return self.proposal.participants

    @property
    def savings_by_budget_area(self) -> dict[str, float]:
        """PV(S^area) of the central case per budget area, "" = not assigned (docs/model.md §5)."""
        areas = savings_by_budget_area_pv_dkk(self.inputs, self.flows)
        return {area: float(pv[0]) for area, pv in areas.items()}

    def to_dict(self) -> dict[str, Any]:
        """The summary in exactly the shape of docs/model.md §9 (money in DKK, rounded to øre)."""
        f = self.figures
        return {
            "id": self.proposal.id,
            "title": self.proposal.title,
            "participants": self.participants,
            "start_year": self.proposal.start_year,
            "horizon_years": self.proposal.horizon_years,
            "deterministic": {
                "intervention_cost": _money(f.intervention_cost_pv_dkk),
                "savings": {p: _money(f.savings_pv_dkk(p)) for p in PAYERS},
                "outcome_payments": _money(f.outcome_payments_pv_dkk),
                "kommune_net": _money(f.kommune_net_pv_dkk),
                "public_net": _money(f.public_net_pv_dkk),
                "benefit_cost_ratio": _num(f.benefit_cost_ratio),
                "break_even_year": self.break_even_year,
                "break_even_effect_share": _num(self.break_even_effect_share.value),
                "financiers": {
                    "capital": _money(f.financiers_capital_dkk),
                    "received": _money(f.financiers_received_dkk),
                    "multiple": _num(f.financiers_multiple),
                    "irr": self.irr,
                },
                "fund": {"net_pv": _money(f.fund_net_pv_dkk)},
                "transaction_costs": _money(f.transaction_costs_pv_dkk),
                "outcome_payments_by_payer": {
                    p: _money(f.outcome_payments_by_payer_pv_dkk(p)) for p in PAYERS
                },
                "kommune_savings_cashable": _money(f.kommune_savings_cashable_pv_dkk),
                "kommune_savings_by_budget_area": {
                    area: _money(pv) for area, pv in self.savings_by_budget_area.items()
                },
            },
            "risk": self._risk_dict(),
        }

    def _risk_dict(self) -> dict[str, Any] | None:
        if self.risk is None:
            return None
        from sif_models.case.decisions import evpi_summary

        return {**self.risk.to_dict(), "evpi": evpi_summary(self)}

    def with_changes(self, **changes: Any) -> BusinessCase:
        """This case run again with changed assumptions, on the same draws and seed
        (:func:`sif_models.case.whatif.with_changes`), e.g.
        ``case.with_changes(success_rate={"housed": 0.45}, unit_costs={"shelter-night": 1600})``."""
        from sif_models.case.whatif import with_changes

        return with_changes(self, **changes)

    def deal_zone(self, hurdle_rate: float | None = None):
        """The deal zone on this case's draws (:func:`sif_models.case.decisions.deal_zone_of`)."""
        from sif_models.case.decisions import deal_zone_of

        return deal_zone_of(self, hurdle_rate)

    def value_of_information(self):
        """EVPI and ranked EVPPI (:func:`sif_models.case.decisions.value_of_information_of`)."""
        from sif_models.case.decisions import value_of_information_of

        return value_of_information_of(self)

    def structures(self):
        """The financing as written, the fund alone and with an investor taking half."""
        from sif_models.case.decisions import structures_of

        return structures_of(self)

    def cash_flows(self) -> pd.DataFrame:
        """Tidy yearly cash flows: one row per year × party × item (undiscounted and PV)."""
        return cash_flow_frame(self.proposal, self.inputs, self.flows)

    def financiers(self) -> pd.DataFrame:
        """Each financier: share, capital, received, profit, multiple, IRR (all undiscounted)."""
        f = self.figures
        rows = []
        for name, role, share in zip(
            self.inputs.financier_names,
            self.inputs.financier_roles,
            self.inputs.financier_shares,
            strict=True,
        ):
            rows.append(
                {
                    "name": name,
                    "role": role,
                    "share": float(share),
                    "capital_dkk": share * f.financiers_capital_dkk,
                    "received_dkk": share * f.financiers_received_dkk,
                    "profit_dkk": share * f.financiers_profit_dkk,
                    "multiple": f.financiers_multiple,
                    "irr": self.irr,
                }
            )
        import pandas as pd

        return pd.DataFrame(rows)


RATIO_DECIMALS = 12  # a ratio in the JSON: no float noise (0.6000000000000005 is 0.6)


def _money(x: float) -> float | None:
    """DKK rounded to the øre; never −0.0."""
    return None if x is None or not math.isfinite(x) else round(float(x), 2) + 0.0


def _num(x: float) -> float | None:
    """A ratio rounded to :data:`RATIO_DECIMALS`; never −0.0."""
    return None if x is None or not math.isfinite(x) else round(float(x), RATIO_DECIMALS) + 0.0


def _fund_name(inputs: ModelInputs) -> str:
    roles = zip(inputs.financier_names, inputs.financier_roles, strict=True)
    return next((n for n, r in roles if r == "fund"), "Fonden")


def _outcome_payer_series(proposal: Proposal, paid: np.ndarray) -> list[tuple]:
    """(party, role, item, values) of every outcome payer: −share · Paid (docs/model.md §4)."""
    return [
        (
            "Kommune" if payer.payer == "kommune" else payer.name,
            payer.payer,
            "outcome_payments",
            -payer.share * paid,
        )
        for payer in proposal.contract.payers()
    ]


def cash_flow_frame(
    proposal: Proposal, inputs: ModelInputs, flows: CashFlows, draw: int = 0
) -> pd.DataFrame:
    """Tidy cash flows of one draw: columns year, t, party, role, item, amount_dkk, pv_dkk.

    The kommune's rows add up to kommune_net; avoided costs less delivery and transaction costs
    to public_net; the fund's rows to the fund's net flow (docs/model.md §5).
    """
    import pandas as pd

    years = inputs.years
    d = inputs.discount_factor
    C = flows.intervention_cost[draw]
    paid = flows.paid[draw]
    G = flows.guarantee[draw]
    to_fund = flows.to_fund[draw]
    series: list[tuple[str, str, str, np.ndarray]] = [
        ("Leverandør", "provider", "delivery", C),
        ("Kommune", "kommune", "avoided_costs", flows.avoided[draw, 0]),
        *_outcome_payer_series(proposal, paid),
        ("Region", "region", "avoided_costs", flows.avoided[draw, 1]),
        ("Stat", "stat", "avoided_costs", flows.avoided[draw, 2]),
    ]
    if inputs.savings_share_to_fund > 0:
        series.append(("Kommune", "kommune", "savings_to_fund", -to_fund))
    if np.any(inputs.transaction_costs_kommune_dkk):
        series.append(("Kommune", "kommune", "transaction_costs", -flows.transaction_kommune[draw]))
    fund_name = _fund_name(inputs)
    for name, role, share in zip(
        inputs.financier_names, inputs.financier_roles, inputs.financier_shares, strict=True
    ):
        series.append((name, role, "capital", -share * C))
        series.append((name, role, "outcome_payments", share * paid))
        if inputs.guarantee_dkk > 0:
            series.append((name, role, "guarantee", share * G))
    if inputs.savings_share_to_fund > 0:
        series.append((fund_name, "fund", "savings_share", to_fund))
    if np.any(inputs.transaction_costs_fund_dkk):
        series.append((fund_name, "fund", "transaction_costs", -flows.transaction_fund[draw]))
    if inputs.guarantee_dkk > 0:
        series.append((proposal.contract.guarantor or "Garant", "guarantor", "guarantee", -G))
    frames = [
        pd.DataFrame(
            {
                "year": years,
                "t": np.arange(inputs.horizon_years),
                "party": party,
                "role": role,
                "item": item,
                "amount_dkk": values,
                "pv_dkk": values * d,
            }
        )
        for party, role, item, values in series
    ]
    frame = pd.concat(frames, ignore_index=True)
    # several outcome payers of one type in one party (e.g. two kommune lines) are one row
    keys = ["year", "t", "party", "role", "item"]
    return frame.groupby(keys, sort=False, as_index=False)[["amount_dkk", "pv_dkk"]].sum()


def run(
    proposal: Proposal | str | Path,
    draws: int = 0,
    seed: int | None = None,
    progress: bool = False,
) -> BusinessCase:
    """Run the business case of a proposal (a :class:`Proposal` or a file path).

    ``draws = 0`` gives the deterministic case only; ``draws > 0`` adds the Monte Carlo risk
    (docs/model.md §6) with ``seed`` (or the proposal's ``seed``, or :data:`DEFAULT_SEED`).
    """
    source = None
    if not isinstance(proposal, Proposal):
        source = str(proposal)
        proposal = load_proposal(proposal)
    problem = draws_problem(int(draws), proposal.horizon_years)
    if problem:
        raise SifInputError(Problem(source or "<arguments>", "draws", problem))
    inputs = build_inputs(proposal, file=source or "<proposal>")
    flows = simulate(inputs, central_draws(inputs))
    figs = figures(inputs, flows).at(0)
    bey = break_even_year(inputs, flows)[0]
    result = irr(flows.financiers)
    effect_share = break_even_effect_share(inputs)
    risk = None
    if draws > 0:
        from sif_models.risk.montecarlo import monte_carlo

        used_seed = (
            seed
            if seed is not None
            else (proposal.seed if proposal.seed is not None else DEFAULT_SEED)
        )
        risk = monte_carlo(inputs, draws, used_seed, progress=progress)
    return BusinessCase(
        proposal=proposal,
        inputs=inputs,
        flows=flows,
        figures=figs,
        break_even_year=None if np.isnan(bey) else int(bey),
        break_even_effect_share=effect_share,
        break_even_success_rates=break_even_success_rates(inputs, effect_share),
        irr=None if np.isnan(result.rate[0]) else round(float(result.rate[0]), 12) + 0.0,
        irr_reason=result.reason[0],
        irr_roots=result.roots[0],
        risk=risk,
        source_file=source,
        warnings=inputs.warnings,
    )
