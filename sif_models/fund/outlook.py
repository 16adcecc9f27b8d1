"""The fund's outlook: its portfolio's Monte Carlo draws on one calendar (docs/model.md §7).

Each proposal the fund has joined (and each named new one) is simulated; the fund's capital put
in, what it receives and the transaction costs it bears are placed on a calendar grid from the
fund's founding year and summed.

Random streams (docs/model.md §7 v2). One seed gives a root seed sequence. Each proposal's
streams hang under a stream keyed by its id (``proposal:<id>``), so adding or leaving out a
proposal moves no other proposal's draws, and the portfolio's order in ``fund.yaml`` does not
matter (the sums are also taken in the order of the ids, so the numbers are the same to the
last bit). The common shock Z_c comes from the fund's own stream (``fund:common_shock``): with
``common_shock`` ρ_f every proposal's outcomes load √ρ_f on it
(:class:`sif_models.risk.sampling.CommonShock`). The outlook is drawn twice, with ρ_f and with
ρ_f = 0, so the council sees how much the shared shock costs in P(active ten years).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sif_models.fund.balance import (
    FundPath,
    capacity_left_dkk,
    fund_balance_dkk,
    p_active,
    place_on_calendar,
    run_dry_year,
)
from sif_models.inputs.portfolio import Fund
from sif_models.inputs.proposals import load_proposal
from sif_models.inputs.schema import Proposal
from sif_models.model.build import build_inputs
from sif_models.model.simulate import central_draws, simulate
from sif_models.risk.sampling import CommonShock, keyed_stream, sample_draws

SHOCK_STREAM = "fund:common_shock"


@dataclass(frozen=True)
class Holding:
    """One proposal in the fund's outlook and when it starts."""

    proposal: Proposal
    start_year: int
    path: str
    new: bool = False  # named with --with, not yet in the portfolio


def proposal_stream(root: np.random.SeedSequence, proposal_id: str) -> np.random.SeedSequence:
    """The root of one proposal's streams in the fund's outlook, keyed by its id."""
    return keyed_stream(root, f"proposal:{proposal_id}")


def _fund_flows(
    holding: Holding,
    draws: int,
    root: np.random.SeedSequence | None,
    shock: CommonShock | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The fund's capital put in, what it receives and the transaction costs it bears, (D, H)
    each, for one proposal; central values when ``root`` is None."""
    inputs = build_inputs(holding.proposal, file=holding.path)
    if root is None:
        d = central_draws(inputs)
    else:
        d = sample_draws(inputs, draws, proposal_stream(root, holding.proposal.id), shock)
    flows = simulate(inputs, d)
    share = inputs.fund_share
    put_in = share * flows.intervention_cost
    received = share * (flows.paid + flows.guarantee) + flows.to_fund
    return put_in, received, np.array(flows.transaction_fund)


def holdings(
    fund: Fund,
    with_files: list[str | Path] = (),
    without: set[str] = frozenset(),
    replace: dict[str, Proposal] | None = None,
) -> list[Holding]:
    """The fund's portfolio (less the proposal ids in ``without``) plus the files in ``with_files``.

    ``replace`` maps proposal ids to updated proposals (e.g. updated with measured results) to
    use instead of what the files say.
    """
    out = []
    replace = replace or {}
    for entry, path in zip(fund.portfolio, fund.proposal_paths(), strict=True):
        proposal = load_proposal(path)
        proposal = replace.get(proposal.id, proposal)
        if proposal.id not in without:
            out.append(Holding(proposal, entry.start_year, str(path)))
    have = {h.proposal.id for h in out}
    for path in with_files:
        proposal = load_proposal(path)
        if proposal.id not in have:
            out.append(Holding(proposal, proposal.start_year, str(path), new=True))
            have.add(proposal.id)
    return out


@dataclass(frozen=True)
class FundOutlook:
    """Central and Monte Carlo balance paths and the figures the council reads."""

    name: str
    years: np.ndarray
    min_active_years: int
    central: FundPath  # D = 1
    draws: FundPath | None  # D draws, or None when draws = 0
    holdings: tuple[Holding, ...]
    seed: int
    capacity_from_year: int
    common_shock: float = 0.0  # ρ_f (docs/model.md §7 v2)
    draws_without_shock: FundPath | None = None  # the same draws with ρ_f = 0

    @property
    def _paths(self) -> FundPath:
        return self.draws if self.draws is not None else self.central

    @property
    def central_balance_dkk(self) -> np.ndarray:
        return self.central.balance_dkk[0]

    @property
    def central_run_dry_year(self) -> int | None:
        y = run_dry_year(self.central.balance_dkk, self.years)[0]
        return None if np.isnan(y) else int(y)

    @property
    def p_active(self) -> float:
        """P(balance ≥ 0 in each of the first ``min_active_years`` years)."""
        return p_active(self._paths.balance_dkk, self.min_active_years)

    @property
    def p_active_without_shock(self) -> float:
        """P(active) as if the proposals had no common shock (ρ_f = 0; docs/model.md §7 v2)."""
        paths = self.draws_without_shock or self._paths
        return p_active(paths.balance_dkk, self.min_active_years)

    @property
    def p_run_dry_in_horizon(self) -> float:
        """P(the balance goes below zero in some year of the grid)."""
        return float(np.mean(~np.isnan(run_dry_year(self._paths.balance_dkk, self.years))))

    @property
    def capacity_left_dkk(self) -> float:
        """Largest new commitment (paid out in ``capacity_from_year``) keeping P(active) ≥ 90 %."""
        idx = int(self.capacity_from_year - self.years[0])
        return capacity_left_dkk(self._paths.balance_dkk, idx, self.min_active_years, 0.9)

    def band(self) -> dict[str, np.ndarray]:
        """Yearly balance: central, and mean/p5/p50/p95 over the draws."""
        out = {"central": self.central_balance_dkk}
        out.update(self._paths.band())
        return out

    def table(self):
        """Tidy yearly table: year, put in, received, running costs, grants, balance (central),
        and the p5/p95 band of the balance."""
        import pandas as pd

        c = self.central
        band = self.band()
        return pd.DataFrame(
            {
                "year": self.years,
                "put_in_dkk": c.put_in_dkk[0],
                "received_dkk": c.received_dkk[0],
                "transaction_costs_dkk": c.transaction_costs[0],
                "running_costs_dkk": c.running_costs_dkk,
                "grants_dkk": c.grants_dkk,
                "balance_dkk": band["central"],
                "balance_p5_dkk": band["p5"],
                "balance_p50_dkk": band["p50"],
                "balance_p95_dkk": band["p95"],
            }
        )

    def to_dict(self) -> dict:
        """A JSON-ready summary."""
        return {
            "fund": self.name,
            "years": [int(y) for y in self.years],
            "proposals": [h.proposal.id for h in self.holdings],
            "new_proposals": [h.proposal.id for h in self.holdings if h.new],
            "draws": 0 if self.draws is None else int(self.draws.put_in_dkk.shape[0]),
            "seed": self.seed,
            "balance_central": [round(float(x), 2) for x in self.central_balance_dkk],
            "balance_p5": [round(float(x), 2) for x in self.band()["p5"]],
            "balance_p95": [round(float(x), 2) for x in self.band()["p95"]],
            "run_dry_year": self.central_run_dry_year,
            "p_active_first_years": self.p_active,
            "common_shock": self.common_shock,
            "p_active_first_years_without_common_shock": self.p_active_without_shock,
            "min_active_years": self.min_active_years,
            "capacity_left": round(self.capacity_left_dkk, 2),
            "capacity_from_year": self.capacity_from_year,
        }


def _calendar_paths(
    items: list[Holding],
    years: np.ndarray,
    draws: int,
    root: np.random.SeedSequence | None,
    shock: CommonShock | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Put in, received and T^fund of every holding on the calendar, summed: (D, Y) each.

    Summed in the order of the proposal ids, so the portfolio's order changes nothing."""
    d = 1 if root is None else draws
    totals = [np.zeros((d, years.size)) for _ in range(3)]
    for h in sorted(items, key=lambda h: (h.proposal.id, h.path)):
        for total, flow in zip(totals, _fund_flows(h, draws, root, shock), strict=True):
            total += place_on_calendar(flow, h.start_year, int(years[0]), years.size)
    return totals[0], totals[1], totals[2]


def fund_outlook(
    fund: Fund,
    draws: int = 10_000,
    seed: int = 20200429,
    with_files: list[str | Path] = (),
    without: set[str] = frozenset(),
    capacity_from_year: int | None = None,
    replace: dict[str, Proposal] | None = None,
) -> FundOutlook:
    """The fund's balance path, central and over ``draws`` Monte Carlo draws (docs/model.md §7).

    The draws carry the fund's common shock ρ_f (``fund.common_shock``); ``draws_without_shock``
    holds the same draws with ρ_f = 0, for P(active ten years) beside it.
    """
    items = holdings(fund, with_files, without, replace)
    first = fund.start_year
    last = max(
        [first + fund.min_active_years - 1]
        + [h.start_year + h.proposal.horizon_years - 1 for h in items]
    )
    years = np.arange(first, last + 1)
    running = fund.running_costs_dkk(years)
    grants = fund.grants_dkk(years)

    def path(flows: tuple[np.ndarray, np.ndarray, np.ndarray]) -> FundPath:
        put_in, received, costs = flows
        return FundPath(years, fund.start_capital_dkk, put_in, received, running, grants, costs)

    central = path(_calendar_paths(items, years, 1, None))
    mc = independent = None
    if draws > 0:
        root = np.random.SeedSequence(seed)
        independent = path(_calendar_paths(items, years, draws, root))
        mc = independent
        if fund.common_shock > 0:
            shock = CommonShock(fund.common_shock, keyed_stream(root, SHOCK_STREAM))
            mc = path(_calendar_paths(items, years, draws, root, shock))
    if capacity_from_year is None:
        capacity_from_year = max([first] + [h.start_year for h in items])
    capacity_from_year = int(min(max(capacity_from_year, first), first + fund.min_active_years - 1))
    return FundOutlook(
        name=fund.name,
        years=years,
        min_active_years=fund.min_active_years,
        central=central,
        draws=mc,
        holdings=tuple(items),
        seed=seed,
        capacity_from_year=capacity_from_year,
        common_shock=float(fund.common_shock),
        draws_without_shock=independent,
    )


__all__ = ["FundOutlook", "Holding", "fund_balance_dkk", "fund_outlook", "holdings"]
