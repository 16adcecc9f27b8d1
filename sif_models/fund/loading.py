"""Reading ``data/fund.yaml`` with the checks that need the proposals and the model.

:func:`load_fund` validates the fund file (:class:`sif_models.inputs.portfolio.Fund`) and checks
each portfolio entry against its proposal: it exists, has a financier with role ``fund``, starts
in the entry's year and, where ``committed_dkk`` is given, has the fund put in that much.
"""

from __future__ import annotations

from pathlib import Path

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.portfolio import (
    COMMITTED_TOLERANCE_DKK,
    Fund,
    proposal_file_problem,
    validate_file,
)
from sif_models.inputs.proposals import load_proposal
from sif_models.model import cohort
from sif_models.resources import input_path


def _fund_capital_dkk(proposal) -> float:
    """The fund's share of the capital, Σ_t share · C_t (undiscounted), of one proposal."""

    share = sum(f.share for f in proposal.contract.financing if f.role == "fund")
    iv = proposal.intervention
    intake = cohort.intake_by_year(proposal.cohort.intake, proposal.horizon_years)
    capital = cohort.intervention_cost_dkk(
        intake,
        iv.cost_per_participant_dkk,
        iv.delivery_years,
        iv.fixed_cost_dkk_per_year,
        iv.fixed_cost_years,
    ).sum()
    return float(share * capital)


def load_fund(path: str | Path, check_proposals: bool = True) -> Fund:
    """Read and validate ``fund.yaml``; problems read ``file: field: problem``.

    Checks that every portfolio file exists. With ``check_proposals`` (the default) each one is
    also loaded as a proposal, which must have a financier with role ``fund``, start in the
    portfolio's ``start_year`` and, where ``committed_dkk`` is given, put in that much capital
    from the fund (share × Σ C_t, within 1 kr.).
    """
    name = str(path)
    path = input_path(path)
    fund = validate_file(path, Fund)
    base = Path(path).resolve().parent
    fund._base_dir = base
    problems: list[Problem] = []
    seen_paths: dict[Path, int] = {}
    seen_ids: dict[str, int] = {}
    for i, (entry, resolved) in enumerate(zip(fund.portfolio, fund.proposal_paths(), strict=True)):
        field = f"portfolio[{i}]"
        missing = proposal_file_problem(
            name, f"{field}.proposal", entry.proposal, resolved, fund.data_root()
        )
        if missing:
            problems.append(missing)
            continue
        if resolved in seen_paths:
            problems.append(
                Problem(
                    name,
                    f"{field}.proposal",
                    f"is the same file as portfolio[{seen_paths[resolved]}]; name it once",
                )
            )
            continue
        seen_paths[resolved] = i
        if not check_proposals:
            continue
        try:
            proposal = load_proposal(resolved)
        except SifInputError as exc:
            problems.extend(exc.problems)
            continue
        if proposal.id in seen_ids:
            problems.append(
                Problem(
                    name,
                    f"{field}.proposal",
                    f"proposal '{proposal.id}' is also portfolio[{seen_ids[proposal.id]}]; "
                    "a proposal may be in the portfolio once",
                )
            )
            continue
        seen_ids[proposal.id] = i
        if not any(f.role == "fund" for f in proposal.contract.financing):
            problems.append(
                Problem(
                    name,
                    f"{field}.proposal",
                    f"proposal '{proposal.id}' has no financier with role fund",
                )
            )
            continue
        if entry.start_year != proposal.start_year:
            problems.append(
                Problem(
                    name,
                    f"{field}.start_year",
                    f"is {entry.start_year} but proposal '{proposal.id}' starts in "
                    f"{proposal.start_year}",
                )
            )
        if entry.committed_dkk is not None:
            capital = _fund_capital_dkk(proposal)
            if abs(capital - entry.committed_dkk) > COMMITTED_TOLERANCE_DKK:
                problems.append(
                    Problem(
                        name,
                        f"{field}.committed_dkk",
                        f"is {entry.committed_dkk:,.0f} but proposal '{proposal.id}' has the "
                        f"fund put in {capital:,.0f} (its share × the intervention cost)",
                    )
                )
    if problems:
        raise SifInputError(problems)
    return fund
