"""The worked example v2 of docs/model.md §11: every published figure, to the øre.

``TestWorkedExampleV2`` runs ``sif run data/examples/worked-example-v2.yaml --json --draws 0``
and the cash flows, and checks the reference values in ``tests/results/worked_examples.py``.
"""

from __future__ import annotations

from tests.results.check import CheckBusinessCase
from tests.results.worked_examples import WorkedExampleV2


class TestWorkedExampleV2(CheckBusinessCase):
    results = WorkedExampleV2
