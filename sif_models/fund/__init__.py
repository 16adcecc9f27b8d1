"""Layer 5, fund: the council's fund over time (docs/model.md §7).

The fund's balance on a calendar (:mod:`.balance`), its portfolio's Monte Carlo placed on that
calendar (:mod:`.outlook`), the fund file with its cross-checks (:mod:`.loading`) and the yearly
report's figures (:mod:`.annual`). Imports ``case`` and the layers below it.
"""
