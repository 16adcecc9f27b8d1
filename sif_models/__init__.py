"""sif_models: business cases for social impact investments.

The two calls an analyst needs::

    import sif_models
    proposal = sif_models.load_proposal("data/examples/worked-example.yaml")
    case = sif_models.run(proposal)            # deterministic; run(proposal, draws=10_000) adds risk
    case.to_dict(); case.cash_flows()

The package is layered (see ARCHITECTURE.md): ``inputs`` → ``model`` → ``risk`` → ``case`` →
``fund`` → ``text`` → ``documents`` → ``publish`` → ``cli``; a layer imports only the layers
before it and the base modules ``errors`` and ``resources``.
"""

__version__ = "0.1.0"

from sif_models.case.business_case import DEFAULT_DRAWS, DEFAULT_SEED, BusinessCase, run  # noqa: E402
from sif_models.errors import Problem, SifInputError  # noqa: E402
from sif_models.inputs.proposals import load_proposal  # noqa: E402
from sif_models.inputs.schema import Proposal  # noqa: E402

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
