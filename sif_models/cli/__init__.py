"""Layer 9, cli: the ``sif`` command, one module per sub-command. Only orchestrates.

``sif_models.cli:main`` is the console entry point (pyproject.toml).
"""

from sif_models.cli.app import main

__all__ = ["main"]
