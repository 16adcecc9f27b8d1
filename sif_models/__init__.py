"""sif_models: business cases for social impact investments.

The two calls an analyst needs::

    import sif_models
    proposal = sif_models.load_proposal("data/proposals/worked-example.yaml")
    case = sif_models.run(proposal)            # deterministic; run(proposal, draws=10_000) adds risk
    case.to_dict(); case.cash_flows()
"""

from .case import DEFAULT_DRAWS, DEFAULT_SEED, BusinessCase, load_proposal, run
from .errors import Problem, SifInputError
from .schema import Proposal

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_DRAWS",
    "DEFAULT_SEED",
    "BusinessCase",
    "Problem",
    "Proposal",
    "SifInputError",
    "load_proposal",
    "run",
    "__version__",
]
