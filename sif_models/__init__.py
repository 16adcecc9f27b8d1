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


# In Jupyter, a case, its risk and the fund's outlook show their key figures and a small chart
# (sif_models.documents.notebook); registered by name, so nothing heavy is imported until shown.
_DISPLAYS = (
    ("sif_models.case.business_case", "BusinessCase", "case_html"),
    ("sif_models.risk.montecarlo", "Risk", "risk_html"),
    ("sif_models.fund.outlook", "FundOutlook", "outlook_html"),
)


def _display(function: str):
    def show(obj) -> str:
        from sif_models.documents import notebook

        return getattr(notebook, function)(obj)

    return show


def _register_displays() -> None:
    import sys

    if "IPython" not in sys.modules:
        return
    try:
        shell = sys.modules["IPython"].get_ipython()
    except Exception:  # noqa: BLE001 - not in IPython after all
        return
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["text/html"]
    for module, name, function in _DISPLAYS:
        formatter.for_type_by_name(module, name, _display(function))


_register_displays()


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
