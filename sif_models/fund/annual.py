"""The yearly report to the city council: status, measured results, updated cases, the fund.

Measured results live in ``data/results/*.csv``, one row per outcome × cohort × measurement:

    proposal, outcome, cohort_start_year, measured_year, participants, successes, source

A report for year Y counts the rows measured in or before Y. For each outcome the success-rate
estimate is updated with them (Beta-binomial, :mod:`sif_models.risk.updating`): the prior is the Beta
the Monte Carlo uses (centred on the success rate, its spread from the 90 % interval or the trial
evidence: docs/model.md §6); an outcome given
without uncertainty gets a weak prior worth :data:`WEAK_PRIOR_TRIALS` participants centred on its
success rate. The updated business case replaces each success rate by its posterior mean and
its interval by the posterior 90 % interval.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from sif_models.case.business_case import BusinessCase, run
from sif_models.errors import Problem, SifInputError
from sif_models.fund.outlook import FundOutlook, fund_outlook
from sif_models.inputs.portfolio import Fund
from sif_models.inputs.proposals import load_proposal
from sif_models.inputs.results import RESULT_COLUMNS, read_results  # noqa: F401  (re-exported)
from sif_models.inputs.schema import Outcome, Proposal
from sif_models.inputs.uncertainty import success_beta
from sif_models.risk.updating import BetaEstimate, update_beta

WEAK_PRIOR_TRIALS = 10.0


def prior_for(outcome: Outcome) -> BetaEstimate:
    """The Beta prior of an outcome's success rate (see the module docstring).

    Examples
    --------
    >>> from sif_models.inputs.schema import Outcome
    >>> o = Outcome(id="x", label="X", baseline_rate=0.1, success_rate=0.3)
    >>> prior_for(o)
    BetaEstimate(alpha=3.0, beta=7.0)
    """
    trials = outcome.success_evidence.trials if outcome.success_evidence is not None else None
    interval = tuple(outcome.success_interval) if outcome.success_interval is not None else None
    beta = success_beta(outcome.success_rate, interval, trials)
    if beta is not None:
        return BetaEstimate(*beta)
    p = min(max(outcome.success_rate, 0.01), 0.99)
    return BetaEstimate(WEAK_PRIOR_TRIALS * p, WEAK_PRIOR_TRIALS * (1.0 - p))


def check_results(proposal: Proposal, rows: pd.DataFrame) -> None:
    """Rows must name the proposal's outcomes and cohorts, with no more participants than started."""
    problems = []
    ids = {o.id: o for o in proposal.outcomes}
    intake = {proposal.start_year + i: n for i, n in enumerate(proposal.cohort.intake)}
    for rec in rows.itertuples():
        where = f"line {rec.line}"
        if rec.outcome not in ids:
            problems.append(
                Problem(
                    rec.file,
                    f"{where}: outcome",
                    f"'{rec.outcome}' is not an outcome of {proposal.id}",
                )
            )
            continue
        started = intake.get(rec.cohort_start_year, 0)
        if rec.participants > started:
            problems.append(
                Problem(
                    rec.file,
                    f"{where}: participants",
                    f"{rec.participants} measured but {started} started in {rec.cohort_start_year}",
                )
            )
    if problems:
        raise SifInputError(problems)


@dataclass(frozen=True)
class InvestmentStatus:
    """One investment in the yearly report."""

    proposal: Proposal
    path: str
    status: str  # "not started", "running", "ended"
    contract_year: int | None  # 1-based year of the contract in the report year
    outcomes: pd.DataFrame  # one row per outcome: measured vs expected, prior and updated estimate
    original: BusinessCase
    updated: BusinessCase
    updated_proposal: Proposal


def _status(proposal: Proposal, start_year: int, year: int) -> tuple[str, int | None]:
    if year < start_year:
        return "not started", None
    k = year - start_year + 1
    if k > proposal.horizon_years:
        return "ended", None
    return "running", k


def outcome_table(
    proposal: Proposal, rows: pd.DataFrame, year: int
) -> tuple[pd.DataFrame, Proposal]:
    """Measured against expected per outcome, and the proposal with updated success rates."""
    seen = rows[rows.measured_year <= year]
    records = []
    new_outcomes = []
    for o in proposal.outcomes:
        mine = seen[seen.outcome == o.id]
        n = int(mine.participants.sum())
        s = int(mine.successes.sum())
        prior = prior_for(o)
        post = update_beta(prior, s, n)
        lo, hi = post.interval()
        records.append(
            {
                "outcome": o.id,
                "label": o.label,
                "measured": n,
                "successes": s,
                "observed_rate": s / n if n else math.nan,
                "expected_rate": o.success_rate,
                "expected_successes": n * o.success_rate,
                "baseline_rate": o.baseline_rate,
                "prior_mean": prior.mean,
                "updated_rate": post.mean if n else o.success_rate,
                "updated_low": lo,
                "updated_high": hi,
                "sources": "; ".join(sorted(set(mine.source))),
            }
        )
        if n:
            low, high = round(lo, 6), round(hi, 6)
            mean = round(post.mean, 6)
            low, high = min(low, mean), max(high, mean)
            new_outcomes.append(
                o.model_copy(
                    update={
                        "success_rate": mean,
                        "success_interval": [low, high],
                        "success_evidence": None,
                    }
                )
            )
        else:
            new_outcomes.append(o)  # no observations: the estimate stays as it was
    updated = proposal.model_copy(update={"outcomes": new_outcomes})
    return pd.DataFrame(records), updated


@dataclass(frozen=True)
class AnnualReport:
    """The yearly report's content: every investment and the fund's economy."""

    year: int
    investments: tuple[InvestmentStatus, ...]
    fund: Fund
    outlook_planned: FundOutlook
    outlook_updated: FundOutlook

    def economy(self) -> dict[str, float]:
        """Capital committed, paid out and received to the end of the year, balance, outlook."""
        o = self.outlook_updated
        through = o.years <= self.year
        c = o.central
        committed = sum(
            (e.committed_dkk or 0.0) for e in self.fund.portfolio if e.start_year <= self.year
        )
        return {
            "start_capital_dkk": self.fund.start_capital_dkk,
            "committed_dkk": committed,
            "paid_out_dkk": float(c.put_in_dkk[0, through].sum()),
            "received_dkk": float(c.received_dkk[0, through].sum()),
            "running_costs_dkk": float(c.running_costs_dkk[through].sum()),
            "grants_dkk": float(c.grants_dkk[through].sum()),
            "balance_dkk": float(o.central_balance_dkk[through][-1])
            if through.any()
            else self.fund.start_capital_dkk,
            "p_active": o.p_active,
            "run_dry_year": o.central_run_dry_year,
            "capacity_left_dkk": o.capacity_left_dkk,
        }

    def overview(self) -> pd.DataFrame:
        """One row per investment: status, measured, public net planned and updated."""
        rows = []
        for inv in self.investments:
            rows.append(
                {
                    "id": inv.proposal.id,
                    "title": inv.proposal.title,
                    "status": inv.status,
                    "contract_year": inv.contract_year,
                    "participants": inv.proposal.participants,
                    "measured": int(inv.outcomes.measured.sum()),
                    "public_net_planned_dkk": inv.original.figures.public_net_pv_dkk,
                    "public_net_updated_dkk": inv.updated.figures.public_net_pv_dkk,
                    "kommune_net_updated_dkk": inv.updated.figures.kommune_net_pv_dkk,
                    "bcr_updated": inv.updated.figures.benefit_cost_ratio,
                }
            )
        return pd.DataFrame(rows)


def annual_report(
    year: int,
    fund: Fund,
    results_dir: str | Path,
    draws: int = 2_000,
    seed: int = 20200429,
) -> AnnualReport:
    """Build the yearly report for ``year`` from the fund's portfolio and the results files."""
    results = read_results(results_dir)
    known = set()
    investments = []
    replace = {}
    for entry, path in zip(fund.portfolio, fund.proposal_paths(), strict=True):
        proposal = load_proposal(path)
        known.add(proposal.id)
        rows = results[results.proposal == proposal.id]
        check_results(proposal, rows)
        table, updated = outcome_table(proposal, rows, year)
        replace[proposal.id] = updated
        status, k = _status(proposal, entry.start_year, year)
        investments.append(
            InvestmentStatus(
                proposal=proposal,
                path=str(path),
                status=status,
                contract_year=k,
                outcomes=table,
                original=run(proposal),
                updated=run(updated),
                updated_proposal=updated,
            )
        )
    unknown = sorted(set(results.proposal) - known)
    if unknown:
        first = results[results.proposal == unknown[0]].iloc[0]
        raise SifInputError(
            Problem(
                first.file,
                f"line {first.line}: proposal",
                f"'{unknown[0]}' is not in the fund's portfolio",
            )
        )
    planned = fund_outlook(fund, draws=draws, seed=seed, capacity_from_year=year + 1)
    updated = fund_outlook(
        fund, draws=draws, seed=seed, capacity_from_year=year + 1, replace=replace
    )
    return AnnualReport(year, tuple(investments), fund, planned, updated)
