"""Layer 2, model: the deterministic business-case model (docs/model.md §1–5).

One module per concept (discounting, cohort, outcomes, avoided costs, contract, IRR, break-even),
plain functions over numpy arrays whose first axis is the draw. :mod:`.build` turns a proposal into
:class:`~.build.ModelInputs`, :mod:`.simulate` runs any number of draws at once, :mod:`.figures`
condenses the cash flows. Imports ``inputs`` and the base modules.
"""
