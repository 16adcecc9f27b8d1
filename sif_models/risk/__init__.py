"""Layer 3, risk: uncertainty around the model (docs/model.md §6).

The Monte Carlo (:mod:`.montecarlo`), the tornado and switching values (:mod:`.sensitivity`) and
the Beta-binomial update with measured results (:mod:`.updating`). Imports ``model``, ``inputs``
and the base modules.
"""
