"""The limits every accepted input stays within, so that no input can make sif hang or exhaust
memory. Each is far above what a real proposal or meeting needs; going over one is an input error
(exit 2) that names the limit. README: "Limits and guarantees".
"""

from __future__ import annotations

# Files
MAX_YAML_BYTES = 1_000_000  # a proposal, fund or meeting file
MAX_CSV_BYTES = 5_000_000  # a data table: catalogue, price index, results file

# A proposal
MAX_OUTCOMES = 50  # outcomes of one proposal
MAX_CONSEQUENCES = 50  # consequences of one outcome
MAX_FINANCIERS = 20
MAX_UNIT_COSTS = 200  # a proposal's own unit costs
MAX_TRANSACTION_COSTS = 50
MAX_OUTCOME_PAYERS = 10

# A run
DEFAULT_DRAWS = 10_000  # Monte Carlo draws unless told otherwise
DEFAULT_SEED = 20200429  # the fund's founding date
MAX_DRAWS = 1_000_000  # Monte Carlo draws of one run (the default is 10,000)
# draws × contract years: the per-draw yearly arrays a fund outlook keeps (8 bytes each)
MAX_DRAW_YEARS = 30_000_000


def draws_problem(draws: int, years: int = 1) -> str | None:
    """Why ``draws`` (over ``years`` contract years) is too many, or None.

    >>> draws_problem(10_000), draws_problem(2_000_000)
    (None, 'must be at most 1,000,000, got 2,000,000')
    >>> draws_problem(1_000_000, 70)
    'times the 70 contract years must be at most 30,000,000; use at most 428,571 draws'
    """
    if draws < 0:
        return f"must be 0 or more, got {draws:,}"
    if draws > MAX_DRAWS:
        return f"must be at most {MAX_DRAWS:,}, got {draws:,}"
    if draws * max(years, 1) > MAX_DRAW_YEARS:
        most = MAX_DRAW_YEARS // max(years, 1)
        return (
            f"times the {years} contract years must be at most {MAX_DRAW_YEARS:,}; "
            f"use at most {most:,} draws"
        )
    return None
