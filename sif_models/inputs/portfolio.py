"""The fund file and the council's meeting agendas as pydantic models (docs/model.md §7).

``data/fund.yaml`` describes the fund: its start capital and founding date, the yearly running
costs it pays (the council's fees), the proposals it has joined (its portfolio) and any direct
grants that do not come back. ``data/meetings/<YYYY-MM-DD>.yaml`` is one meeting's agenda: a date,
a title and items that each point at a proposal file.

Paths to proposals are written relative to the file that names them (``proposals/x.yaml`` in
``data/fund.yaml``, ``../proposals/x.yaml`` in a meeting file). :func:`load_fund` and
:func:`load_meeting` check that every referenced file exists (a missing one is reported as
``file: portfolio[2].proposal: ...``) and, unless told not to, that it is a valid proposal.
The loaded model keeps the paths as written; :meth:`Fund.proposal_paths` and
:meth:`Meeting.proposal_paths` give them resolved.

The fund's share of a proposal is not repeated here: it is the ``share`` of the financier with
role ``fund`` in the proposal's ``contract.financing``. ``committed_dkk`` in the portfolio is an
optional statement of the fund's capital (share × Σ C_t, undiscounted); when it is given,
:func:`load_fund` checks that it agrees with the proposal, so the two files cannot drift apart.

Amounts are DKK as the files state them; the fund's balance path is computed elsewhere
(``sif_models.fund.balance``) from these models and the proposals' cash flows.
"""

from __future__ import annotations

import datetime
import posixpath
from pathlib import Path
from typing import Annotated, Literal

import numpy as np
from pydantic import AfterValidator, Field, PrivateAttr, model_validator

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.catalogue import data_dir
from sif_models.inputs.fields import Correlation, SourceText, described
from sif_models.inputs.files import file_kind_problem
from sif_models.inputs.loading import read_yaml, validate
from sif_models.inputs.schema import Money, Sources, Text, Year, _Block

RelativePath = Annotated[str, Field(min_length=1, max_length=1000)]
COMMITTED_TOLERANCE_DKK = 1.0


def _not_absolute(value: str) -> str:
    if Path(value).is_absolute():
        raise ValueError(f"must be a path relative to this file, got the absolute path {value!r}")
    return value


ProposalPath = Annotated[RelativePath, AfterValidator(_not_absolute)]


def _repeated(values: list[str]) -> list[str]:
    """The values that stand more than once, sorted; paths compare as normalised
    (``./proposals/x.yaml`` is ``proposals/x.yaml``).

    >>> _repeated(["b", "a", "b", "c", "./a"])
    ['a', 'b']
    """
    norm = [posixpath.normpath(v.replace("\\", "/")) for v in values]
    return sorted({v for v in norm if norm.count(v) > 1})


class _Model(_Block):
    """The base of the fund's and the meeting's models: the proposal schema's strict, frozen
    base (unknown fields are errors; ``sources`` may only name the model's own fields)."""


class RunningCost(_Model):
    """A yearly cost the fund pays, from ``from_year`` to ``to_year`` (null: no end)."""

    label: Text
    dkk_per_year: Money
    from_year: Year
    to_year: Year | None = None
    source: SourceText

    @model_validator(mode="after")
    def _years_in_order(self):
        if self.to_year is not None and self.to_year < self.from_year:
            raise ValueError(
                f"to_year ({self.to_year}) must not be before from_year ({self.from_year})"
            )
        return self

    def dkk(self, years: np.ndarray) -> np.ndarray:
        """The cost in each calendar year of ``years``: dkk_per_year where it runs, else 0.

        Examples
        --------
        >>> cost = RunningCost(label="Honorar", dkk_per_year=100.0, from_year=2021, to_year=2022,
        ...                    source="example")
        >>> cost.dkk(np.arange(2020, 2024))
        array([  0., 100., 100.,   0.])
        """
        years = np.asarray(years)
        last = self.to_year if self.to_year is not None else np.iinfo(np.int64).max
        return np.where((years >= self.from_year) & (years <= last), self.dkk_per_year, 0.0)


class PortfolioEntry(_Model):
    """A proposal the fund has joined: its file, its start year and (optionally) the capital."""

    proposal: ProposalPath
    start_year: Year
    committed_dkk: Money | None = None
    note: Text | None = None


class Grant(_Model):
    """A direct grant from the fund that does not come back."""

    label: Text
    year: Year
    dkk: Money
    source: SourceText


class Fund(_Model):
    """The fund (docs/model.md §7): start capital, running costs, portfolio and grants, and the
    common shock ρ_f that correlates its proposals in the outlook (v2).

    Balance per year (computed in ``sif_models.fund.balance``) = start capital − capital put in + what
    comes back − running costs − grants.
    """

    name: Text
    start_date: datetime.date
    start_capital_dkk: Money
    min_active_years: int = Field(default=10, ge=1, le=100)
    common_shock: Correlation = described(
        0.25,
        description="ρ_f: how strongly the portfolio's outcomes move together through a shared "
        "shock (e.g. the labour market) in the fund's outlook; 0 ≤ ρ_f < 1 (docs/model.md §7)",
        unit="share",
    )
    running_costs: list[RunningCost] = Field(default_factory=list)
    portfolio: list[PortfolioEntry] = Field(default_factory=list)
    grants: list[Grant] = Field(default_factory=list)
    sources: Sources = Field(default_factory=dict)
    _base_dir: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _consistent(self):
        founded = self.start_date.year
        repeated = _repeated([entry.proposal for entry in self.portfolio])
        if repeated:
            raise ValueError(f"portfolio names a proposal more than once: {', '.join(repeated)}")
        dated = (
            ("portfolio", self.portfolio, "start_year"),
            ("grants", self.grants, "year"),
            ("running_costs", self.running_costs, "from_year"),
        )
        for name, rows, year_field in dated:
            for i, row in enumerate(rows):
                year = getattr(row, year_field)
                if year < founded:
                    raise ValueError(
                        f"{name}[{i}].{year_field} {year} is before the fund was founded "
                        f"({self.start_date.isoformat()})"
                    )
        return self

    @property
    def start_year(self) -> int:
        """The calendar year the fund was founded."""
        return self.start_date.year

    def running_costs_dkk(self, years: np.ndarray) -> np.ndarray:
        """Sum of the running costs in each calendar year of ``years``.

        Examples
        --------
        >>> fund = Fund(name="F", start_date=datetime.date(2020, 4, 29), start_capital_dkk=1e6,
        ...             running_costs=[RunningCost(label="a", dkk_per_year=10.0, from_year=2020,
        ...                                        source="example")])
        >>> fund.running_costs_dkk(np.array([2020, 2021]))
        array([10., 10.])
        """
        years = np.asarray(years)
        total = np.zeros(years.shape)
        for cost in self.running_costs:  # a handful of rows; vectorised over years
            total += cost.dkk(years)
        return total

    def grants_dkk(self, years: np.ndarray) -> np.ndarray:
        """Sum of the direct grants paid in each calendar year of ``years``.

        Examples
        --------
        >>> fund = Fund(name="F", start_date=datetime.date(2020, 4, 29), start_capital_dkk=1e6,
        ...             grants=[Grant(label="g", year=2021, dkk=5.0, source="example")])
        >>> fund.grants_dkk(np.array([2020, 2021, 2022]))
        array([0., 5., 0.])
        """
        years = np.asarray(years)
        total = np.zeros(years.shape)
        for grant in self.grants:
            total += np.where(years == grant.year, grant.dkk, 0.0)
        return total

    def proposal_paths(self) -> list[Path]:
        """The portfolio's proposal files, resolved against the fund file's folder."""
        base = self._base_dir or Path.cwd()
        return [(base / entry.proposal).resolve() for entry in self.portfolio]

    def data_root(self) -> Path:
        """The folder the portfolio's files must stay inside: the fund file's own folder."""
        return (self._base_dir or Path.cwd()).resolve()


class AgendaItem(_Model):
    """One item on a meeting's agenda: a proposal and what the council does with it."""

    proposal: ProposalPath
    title: Text
    title_en: Text | None = None  # the title in English documents (default: the title)
    kind: Literal["decision", "discussion", "status"] = "discussion"


class Meeting(_Model):
    """One meeting of the council: date, title and agenda items."""

    date: datetime.date
    title: Text
    title_en: Text | None = None  # the title in English documents (default: the title)
    note: Text | None = None
    note_en: Text | None = None  # the note in English documents (default: the note)
    items: list[AgendaItem] = Field(min_length=1)
    _base_dir: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _unique(self):
        repeated = _repeated([item.proposal for item in self.items])
        if repeated:
            raise ValueError(f"the agenda names a proposal more than once: {', '.join(repeated)}")
        return self

    def proposal_paths(self) -> list[Path]:
        """The items' proposal files, resolved against the meeting file's folder."""
        base = self._base_dir or Path.cwd()
        return [(base / item.proposal).resolve() for item in self.items]

    def data_root(self) -> Path:
        """The folder the agenda's files must stay inside: the one holding the meeting file's
        folder (``data/`` for ``data/meetings/<date>.yaml``)."""
        return (self._base_dir or Path.cwd()).resolve().parent


def _friendlier(problems: list[Problem]) -> list[Problem]:
    """Pydantic's date message in plain words."""
    out = []
    for p in problems:
        if p.message.startswith("Input should be a valid date"):
            p = Problem(p.file, p.field, "must be a date written as YYYY-MM-DD (without quotes)")
        out.append(p)
    return out


def validate_file(path: str | Path, model: type[_Model]) -> _Model:
    """Read the YAML file ``path`` and validate it as ``model`` (:class:`Fund`,
    :class:`Meeting`), without looking at the files it names; problems read
    ``file: field: problem`` and raise :class:`SifInputError`."""
    try:
        return validate(read_yaml(path), model, str(path))
    except SifInputError as exc:
        raise SifInputError(_friendlier(exc.problems)) from None


def proposal_file_problem(
    file: str, field: str, written: str, resolved: Path, root: Path
) -> Problem | None:
    """What is wrong with a proposal file named in a fund or meeting file, or None.

    The path, with symlinks resolved, must lie inside ``root`` (the naming file's data folder)
    or the data folder sif uses; a path outside is refused before anything is read from it.
    """
    inside = [root.resolve(), data_dir().resolve()]
    if not any(resolved.is_relative_to(r) for r in inside):
        return Problem(
            file,
            field,
            f"{written} lies outside the data folder {root}; proposal files must be inside it",
        )
    what = file_kind_problem(resolved)
    if what is None:
        return None
    return Problem(file, field, f"{what}: {written} (looked for {resolved})")


def load_meeting(path: str | Path, check_proposals: bool = True) -> Meeting:
    """Read and validate one meeting file; every item's proposal must exist (and, with
    ``check_proposals``, be a valid proposal). Problems read ``file: field: problem``."""
    from sif_models.inputs.proposals import load_proposal

    name = str(path)
    meeting = validate_file(path, Meeting)
    meeting._base_dir = Path(path).resolve().parent
    problems: list[Problem] = []
    for i, (item, resolved) in enumerate(zip(meeting.items, meeting.proposal_paths(), strict=True)):
        missing = proposal_file_problem(
            name, f"items[{i}].proposal", item.proposal, resolved, meeting.data_root()
        )
        if missing:
            problems.append(missing)
            continue
        if check_proposals:
            try:
                load_proposal(resolved)
            except SifInputError as exc:
                problems.extend(exc.problems)
    if problems:
        raise SifInputError(problems)
    return meeting
