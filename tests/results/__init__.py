"""Reference values of published cases, and the checks that compare sif with them.

The statsmodels ``results`` pattern: each published case is one small class of plain numbers
(``worked_examples.py``), each number with a comment naming where it is published; the mixin
:class:`tests.results.check.CheckBusinessCase` runs the proposal file the class names and
compares every value it holds. A test of a published case is then one line::

    class TestWorkedExample(CheckBusinessCase):
        results = WorkedExample
"""

import pytest

# The checks live outside test modules: let pytest rewrite their asserts for readable failures.
pytest.register_assert_rewrite("tests.results.check")
