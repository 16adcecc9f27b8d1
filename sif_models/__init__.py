"""sif_models: business cases for social impact investments.

The two calls an analyst needs::

    import sif_models
    proposal = sif_models.load_proposal("data/examples/worked-example.yaml")
    case = sif_models.run(proposal)            # deterministic; run(proposal, draws=10_000) adds risk
    case.to_dict(); case.cash_flows()

The package is layered (see ARCHITECTURE.md): ``inputs`` → ``model`` → ``risk`` → ``case`` →
``fund`` → ``text`` → ``documents`` → ``publish`` → ``cli``; a layer imports only the layers
before it and the base modules ``errors`` and ``resources``. The names below are loaded on first
use, so ``import sif_models`` (and a quick ``sif check``) stays light.
"""

__version__ = "0.2.0"

_EXPORTS = {
    "DEFAULT_DRAWS": "sif_models.inputs.limits",
    "DEFAULT_SEED": "sif_models.inputs.limits",
    "BusinessCase": "sif_models.case.business_case",
    "run": "sif_models.case.business_case",
    "Problem": "sif_models.errors",
    "SifInputError": "sif_models.errors",
    "load_proposal": "sif_models.inputs.proposals",
    "Proposal": "sif_models.inputs.schema",
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'sif_models' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
