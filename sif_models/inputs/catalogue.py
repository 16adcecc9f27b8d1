"""The unit-cost catalogue and the price index (docs/model.md §1, §3).

The catalogue ``data/unit_costs.csv`` holds one row per cost item (id, Danish and English label,
unit, price, price year, payer, ± range, source, flag). A proposal's own ``unit_costs`` add to it
or override rows with the same id. Prices are converted to the proposal's price year with
``data/price_index.csv``: ``price · index[price_year] / index[cost_year]``.

The data folder is found in this order: the ``SIF_DATA_DIR`` environment variable, the ``data/``
folder of the source checkout this package runs from (or its installed copy, see
:mod:`sif_models.resources`), and ``./data``.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import os
from dataclasses import dataclass
from pathlib import Path

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.files import read_csv_rows
from sif_models.inputs.schema import MAX_DKK, PAYERS, Proposal, UnitCost
from sif_models.resources import resource

CATALOGUE_COLUMNS = (
    "id",
    "label_da",
    "label_en",
    "unit",
    "price_dkk",
    "price_year",
    "payer",
    "range",
    "source",
    "flag",
)
FLAGS = ("published", "uncertain", "assumption")
# A price index is around 100 (2015 = 100); these bounds keep every price factor finite.
MIN_INDEX, MAX_INDEX = 1e-3, 1e6


def data_dir() -> Path:
    """The folder that holds ``unit_costs.csv`` and ``price_index.csv``."""
    env = os.environ.get("SIF_DATA_DIR")
    if env:
        folder = Path(env)
        if folder.exists() and not folder.is_dir():
            raise SifInputError(
                Problem("SIF_DATA_DIR", "", f"{env} is not a folder; point it at the data folder")
            )
        return folder
    shipped = resource("data")
    if (shipped / "unit_costs.csv").is_file():
        return shipped
    return Path.cwd() / "data"


@dataclass(frozen=True)
class CatalogueItem:
    """One unit cost as the model uses it, in the catalogue's own price year."""

    id: str
    label_da: str
    label_en: str
    unit: str
    price_dkk: float
    price_year: int
    payer: str
    range: float
    source: str
    flag: str
    origin: str  # "catalogue" or "proposal"


def _read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a data table as {column: text} (see :func:`~sif_models.inputs.files.read_csv_rows`)."""
    return [row for _, row in read_csv_rows(path, ())]


def load_price_index(path: str | Path | None = None) -> dict[int, float]:
    """Read ``price_index.csv`` (columns year, index, source) into {year: index}.

    Examples
    --------
    >>> index = load_price_index()
    >>> index[2021] > index[2015]
    True
    """
    path = Path(path) if path else data_dir() / "price_index.csv"
    index: dict[int, float] = {}
    first_line: dict[int, int] = {}
    problems: list[Problem] = []
    for n, row in read_csv_rows(path, ("year", "index")):
        try:
            year = int(row["year"])
            value = float(row["index"])
        except (TypeError, ValueError):
            problems.append(
                Problem(str(path), f"line {n}", "needs a whole-number year and a numeric index")
            )
            continue
        if not (math.isfinite(value) and MIN_INDEX <= value <= MAX_INDEX):
            problems.append(
                Problem(
                    str(path),
                    f"line {n}",
                    f"index must be a number from {MIN_INDEX:g} to {MAX_INDEX:,.0f}, "
                    f"got {row['index'].strip()}",
                )
            )
            continue
        if year in first_line:
            problems.append(
                Problem(
                    str(path),
                    f"line {n}",
                    f"year {year} is given twice (also on line {first_line[year]}); "
                    "keep one row per year",
                )
            )
            continue
        first_line[year] = n
        index[year] = value
    if problems:
        raise SifInputError(problems)
    return index


def load_catalogue(path: str | Path | None = None) -> dict[str, CatalogueItem]:
    """Read ``unit_costs.csv`` into {id: CatalogueItem}, checking every row.

    Examples
    --------
    >>> catalogue = load_catalogue()
    >>> catalogue["shelter-stay-year"].payer
    'kommune'
    """
    path = Path(path) if path else data_dir() / "unit_costs.csv"
    rows = _read_csv(path)
    if rows:
        missing = [c for c in CATALOGUE_COLUMNS if c not in rows[0]]
        if missing:
            raise SifInputError(Problem(str(path), "", f"missing columns: {', '.join(missing)}"))
    items: dict[str, CatalogueItem] = {}
    problems: list[Problem] = []
    for n, row in enumerate(rows, start=2):
        where = f"line {n} ({row.get('id', '?')})"
        try:
            item = CatalogueItem(
                id=row["id"].strip(),
                label_da=row["label_da"].strip(),
                label_en=row["label_en"].strip(),
                unit=row["unit"].strip(),
                price_dkk=float(row["price_dkk"]),
                price_year=int(row["price_year"]),
                payer=row["payer"].strip(),
                range=float(row["range"] or 0.0),
                source=row["source"].strip(),
                flag=row["flag"].strip(),
                origin="catalogue",
            )
        except (TypeError, ValueError, AttributeError):
            problems.append(
                Problem(str(path), where, "price_dkk, price_year and range must be numbers")
            )
            continue
        if item.payer not in PAYERS:
            problems.append(Problem(str(path), where, f"payer must be one of {PAYERS}"))
        if not (math.isfinite(item.price_dkk) and 0 <= item.price_dkk <= MAX_DKK):
            problems.append(
                Problem(str(path), where, f"price_dkk must be from 0 to {MAX_DKK:,.0f}")
            )
        if not 1900 <= item.price_year <= 2200:
            problems.append(Problem(str(path), where, "price_year must be from 1900 to 2200"))
        if not 0 <= item.range <= 1:
            problems.append(Problem(str(path), where, "range must be between 0 and 1"))
        if item.flag not in FLAGS:
            problems.append(Problem(str(path), where, f"flag must be one of {FLAGS}"))
        if not item.source:
            problems.append(Problem(str(path), where, "source must not be empty"))
        if item.id in items:
            problems.append(Problem(str(path), where, f"id '{item.id}' is given twice"))
        items[item.id] = item
    if problems:
        raise SifInputError(problems)
    return items


def _from_proposal(cost: UnitCost) -> CatalogueItem:
    flag = "assumption" if cost.source.lower().startswith("assumption") else "published"
    return CatalogueItem(
        id=cost.id,
        label_da=cost.label,
        label_en=cost.label_en or cost.label,
        unit=cost.unit,
        price_dkk=cost.price_dkk,
        price_year=cost.price_year,
        payer=cost.payer,
        range=cost.range or 0.0,
        source=cost.source,
        flag=flag,
        origin="proposal",
    )


def price_factor(index: dict[int, float], to_year: int, from_year: int) -> float:
    """index[to_year] / index[from_year] (docs/model.md §1); KeyError if a year is missing.

    Examples
    --------
    >>> price_factor({2020: 100.0, 2021: 102.0}, 2021, 2020)
    1.02
    """
    return index[to_year] / index[from_year]


@dataclass(frozen=True)
class ResolvedCost:
    """A unit cost converted to the proposal's price year."""

    item: CatalogueItem
    price_dkk: float  # in the proposal's price year
    factor: float  # price-index factor applied


def resolve_costs(
    proposal: Proposal,
    file: str = "<proposal>",
    catalogue: dict[str, CatalogueItem] | None = None,
    index: dict[int, float] | None = None,
) -> dict[str, ResolvedCost]:
    """The unit costs a proposal uses, in its price year; unknown ids suggest close matches."""
    catalogue = dict(catalogue if catalogue is not None else load_catalogue())
    index = index if index is not None else load_price_index()
    for cost in proposal.unit_costs:
        catalogue[cost.id] = _from_proposal(cost)
    problems: list[Problem] = []
    resolved: dict[str, ResolvedCost] = {}
    for k, outcome in enumerate(proposal.outcomes):
        for c, consequence in enumerate(outcome.consequences):
            field = f"outcomes[{k}].consequences[{c}].cost"
            item = catalogue.get(consequence.cost)
            if item is None:
                close = difflib.get_close_matches(
                    consequence.cost, list(catalogue), n=3, cutoff=0.5
                )
                hint = f"; did you mean {', '.join(repr(x) for x in close)}?" if close else ""
                problems.append(Problem(file, field, f"unknown cost id '{consequence.cost}'{hint}"))
                continue
            if item.id in resolved:
                continue
            try:
                factor = price_factor(index, proposal.price_year, item.price_year)
            except KeyError as exc:
                problems.append(
                    Problem(
                        file,
                        field,
                        f"no price index for year {exc.args[0]} in price_index.csv "
                        f"(needed to move '{item.id}' from {item.price_year} to "
                        f"{proposal.price_year} prices)",
                    )
                )
                continue
            resolved[item.id] = ResolvedCost(
                item=item, price_dkk=item.price_dkk * factor, factor=factor
            )
    if problems:
        raise SifInputError(problems)
    return resolved


def sha256_file(path: str | Path) -> str:
    """SHA-256 of a file's bytes, for provenance."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def price_index_source() -> str:
    """The source named in ``price_index.csv`` (the first row's)."""
    for _, row in read_csv_rows(data_dir() / "price_index.csv", ()):
        return row.get("source", "").strip()
    return ""
