"""Layer 1, inputs: reading and validating what the analyst and the secretariat write.

Safe YAML (:mod:`.loading`), the proposal schema (:mod:`.schema`), proposal files
(:mod:`.proposals`), the unit-cost catalogue and price index (:mod:`.catalogue`), the fund and
meeting files (:mod:`.portfolio`). Imports only the base modules (``sif_models.errors``,
``sif_models.resources``).
"""
