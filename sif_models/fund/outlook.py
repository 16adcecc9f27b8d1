"""The fund's outlook: its portfolio's Monte Carlo draws on one calendar (docs/model.md §7).

Each proposal the fund has joined (and each named new one) is simulated with its own random
stream; the fund's capital put in and what it receives are placed on a calendar grid from the
fund's founding year and summed. Streams are spawned from one seed in a fixed order, portfolio
first, so a portfolio's draws are the same with and without a new proposal: the difference
between the two outlooks is the new proposal's, not noise. Proposals are drawn independently of
one another (no common shock): a stated simplification.
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
from sif_models.risk.montecarlo import sample_draws


@dataclass(frozen=True)
class Holding:
    """One proposal in the fund's outlook and when it starts."""

    proposal: Proposal
    start_year: int
    path: str
    new: bool = False  # named with --with, not yet in the portfolio
    stream: int = (
        0  # which random stream: its position in fund.yaml, then after them the --with files
    )


def _fund_flows(holding: Holding, draws: int, rng: np.random.Generator | None):
    """The fund's capital put in and what it receives, (D, H) each, for one proposal."""
    inputs = build_inputs(holding.proposal, file=holding.path)
    d = central_draws(inputs) if rng is None else sample_draws(inputs, draws, rng)
    flows = simulate(inputs, d)
    share = inputs.fund_share
    put_in = share * flows.intervention_cost
    received = share * (flows.paid + flows.guarantee) + flows.to_fund
    return put_in, received


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
    for i, (entry, path) in enumerate(zip(fund.portfolio, fund.proposal_paths(), strict=True)):
        proposal = load_proposal(path)
        proposal = replace.get(proposal.id, proposal)
        if proposal.id not in without:
            out.append(Holding(proposal, entry.start_year, str(path), stream=i))
    have = {h.proposal.id for h in out}
    for j, path in enumerate(with_files):
        proposal = load_proposal(path)
        if proposal.id not in have:
            stream = len(fund.portfolio) + j
            out.append(Holding(proposal, proposal.start_year, str(path), new=True, stream=stream))
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
            "min_active_years": self.min_active_years,
            "capacity_left": round(self.capacity_left_dkk, 2),
            "capacity_from_year": self.capacity_from_year,
        }


def fund_outlook(
    fund: Fund,
    draws: int = 10_000,
    seed: int = 20200429,
    with_files: list[str | Path] = (),
    without: set[str] = frozenset(),
    capacity_from_year: int | None = None,
    replace: dict[str, Proposal] | None = None,
) -> FundOutlook:
    """The fund's balance path, central and over ``draws`` Monte Carlo draws (docs/model.md §7)."""
    items = holdings(fund, with_files, without, replace)
    first = fund.start_year
    last = max(
        [first + fund.min_active_years - 1]
        + [h.start_year + h.proposal.horizon_years - 1 for h in items]
    )
    years = np.arange(first, last + 1)
    Y = years.size
    # One stream per portfolio entry (by its position in fund.yaml), then one per new file.
    streams = np.random.SeedSequence(seed).spawn(len(fund.portfolio) + len(with_files) + 1)
    paths: dict[str, list[np.ndarray]] = {"c_in": [], "c_out": [], "d_in": [], "d_out": []}
    for h in items:
        c_put, c_got = _fund_flows(h, 1, None)
        paths["c_out"].append(place_on_calendar(c_put, h.start_year, first, Y))
        paths["c_in"].append(place_on_calendar(c_got, h.start_year, first, Y))
        if draws > 0:
            rng = np.random.default_rng(streams[h.stream])
            d_put, d_got = _fund_flows(h, draws, rng)
            paths["d_out"].append(place_on_calendar(d_put, h.start_year, first, Y))
            paths["d_in"].append(place_on_calendar(d_got, h.start_year, first, Y))
    running = fund.running_costs_dkk(years)
    grants = fund.grants_dkk(years)

    def total(key: str, d: int) -> np.ndarray:
        return np.sum(paths[key], axis=0) if paths[key] else np.zeros((d, Y))

    central = FundPath(
        years, fund.start_capital_dkk, total("c_out", 1), total("c_in", 1), running, grants
    )
    mc = (
        FundPath(
            years,
            fund.start_capital_dkk,
            total("d_out", draws),
            total("d_in", draws),
            running,
            grants,
        )
        if draws > 0
        else None
    )
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
    )


__all__ = ["FundOutlook", "Holding", "fund_balance_dkk", "fund_outlook", "holdings"]
