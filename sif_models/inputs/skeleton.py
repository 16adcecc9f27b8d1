"""A new proposal from the council's template, and the placeholders still to fill in.

``sif new ID`` writes :func:`skeleton`: a proposal file whose sections and Danish comments follow
the council's "Skabelon – forslag til Rådet" (the intervention and its partners, the target group,
what it is expected to cost, where the kommune expects to spend less) and whose unknown values are
placeholders ``"<udfyld: …>"``. While any placeholder is left, :func:`placeholders` lists them and
``sif check`` reports that short list — "still to fill in" — instead of schema errors.

>>> text = skeleton("ny-indsats", 2027)
>>> import yaml
>>> [path for path, _ in placeholders(yaml.safe_load(text))][:3]
['title', 'description', 'partners[0]']
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

PLACEHOLDER = re.compile(r"^\s*<\s*udfyld\s*(?::\s*(?P<hint>.*?))?\s*>\s*$", re.IGNORECASE)
TEMPLATE = "new-proposal.yaml"


def skeleton(proposal_id: str, start_year: int) -> str:
    """The text of a new proposal file with ``proposal_id`` and ``start_year`` filled in."""
    text = resources.files("sif_models.inputs").joinpath("templates", TEMPLATE).read_text("utf-8")
    return text.replace("{id}", proposal_id).replace("{start_year}", str(int(start_year)))


def placeholders(data: Any, path: str = "") -> list[tuple[str, str]]:
    """(field path, hint) of every ``"<udfyld: hint>"`` value left in ``data``, in file order."""
    out: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out += placeholders(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += placeholders(value, f"{path}[{i}]")
    elif isinstance(data, str):
        m = PLACEHOLDER.match(data)
        if m:
            out.append((path, (m.group("hint") or "").strip()))
    return out
