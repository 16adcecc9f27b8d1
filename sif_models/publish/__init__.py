"""Layer 8, publish: executing notebooks and rendering them into files.

The Jupyter kernel session, papermill execution, the renderers (Quarto, or pandoc + Typst), atomic
publishing, and the pipelines behind ``sif brief``, ``sif meeting``, ``sif fund`` and
``sif annual-report``. Imports ``documents`` and everything below; never ``cli``.
"""
