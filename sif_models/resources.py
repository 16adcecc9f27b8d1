"""Where sif's own files are: the notebooks and the shipped data.

In a source checkout (``pip install -e .``, or running from the repository) they are the
checkout's ``notebooks/`` and ``data/``. A plain ``pip install`` copies them to
``<prefix>/share/sif/`` (see ``[tool.setuptools.data-files]`` in pyproject.toml); sif looks there
next. ``SIF_DATA_DIR`` overrides the data folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
SHARE = Path(sys.prefix) / "share" / "sif"


def resource(relative: str) -> Path:
    """The checkout's file or folder ``relative`` if it exists, else the installed copy.

    Examples
    --------
    >>> resource("notebooks/business_case.ipynb").name
    'business_case.ipynb'
    """
    here = CHECKOUT / relative
    if here.exists():
        return here
    installed = SHARE / relative
    return installed if installed.exists() else here


def input_path(path: str | Path) -> Path:
    """An input file as the user wrote it: relative to the current folder if it is there, else
    relative to sif's project folder (the checkout or its installed copy), so that
    ``load_proposal("data/examples/worked-example.yaml")`` works from ``notebooks/`` too.

    >>> input_path("data/examples/worked-example.yaml").is_file()
    True
    """
    given = Path(path)
    if given.is_absolute() or given.exists():
        return given
    shipped = resource(str(given))
    return shipped if shipped.exists() else given
