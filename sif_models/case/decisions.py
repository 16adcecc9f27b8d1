"""The decision tools of a business case (docs/model.md §10) on the case's own Monte Carlo draws.

:func:`deal_zone_of`, :func:`value_of_information_of` and :func:`structures_of` run the tools of
:mod:`sif_models.risk.deal`, :mod:`sif_models.risk.voi` and :mod:`sif_models.risk.structures` with
the draws and the seed of a :class:`~sif_models.case.business_case.BusinessCase` (common random
numbers with ``sif run``): a case run without draws gives the deterministic answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sif_models.risk.deal import DealZone, deal_zone
from sif_models.risk.structures import Structure, structures
from sif_models.risk.voi import ValueOfInformation, evpi, value_of_information

if TYPE_CHECKING:
    from sif_models.case.business_case import BusinessCase


def _draws_and_seed(case: BusinessCase) -> tuple[int, int]:
    from sif_models.case.business_case import DEFAULT_SEED

    if case.risk is not None:
        return int(case.risk.draws), int(case.risk.seed)
    seed = case.proposal.seed if case.proposal.seed is not None else DEFAULT_SEED
    return 0, int(seed)


def deal_zone_of(case: BusinessCase, hurdle_rate: float | None = None) -> DealZone:
    """The deal zone; the hurdle defaults to the proposal's discount rate."""
    draws, seed = _draws_and_seed(case)
    hurdle = case.proposal.discount_rate if hurdle_rate is None else float(hurdle_rate)
    return deal_zone(case.inputs, draws, seed, hurdle)


def value_of_information_of(case: BusinessCase) -> dict[str, ValueOfInformation]:
    """EVPI and ranked EVPPI, public and kommune (docs/model.md §10)."""
    draws, seed = _draws_and_seed(case)
    return value_of_information(case.inputs, draws, seed)


def structures_of(case: BusinessCase) -> list[Structure]:
    """As written, the fund alone, and an external investor taking half."""
    draws, seed = _draws_and_seed(case)
    return structures(case.inputs, draws, seed)


def evpi_summary(case: BusinessCase) -> dict[str, float] | None:
    """``risk.evpi`` of ``sif run --json``: EVPI of the public and the kommune's net (DKK)."""
    if case.risk is None:
        return None
    f = case.risk.figures
    return {
        "public": round(evpi(f.public_net_pv_dkk), 2),
        "kommune": round(evpi(f.kommune_net_pv_dkk), 2),
    }
