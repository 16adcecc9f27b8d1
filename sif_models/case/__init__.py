"""Layer 4, case: one proposal's business case, the model and its risk together.

:func:`~.business_case.run` and :class:`~.business_case.BusinessCase` (what ``sif run`` and the
Python API return). Imports ``risk``, ``model``, ``inputs`` and the base modules.
"""
