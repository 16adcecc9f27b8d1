"""The unit-cost catalogue and the price index (docs/model.md §1, §3).

The catalogue ``data/unit_costs.csv`` holds one row per cost item (id, Danish and English label,
unit, price, price year, payer, ± range, source, flag) and, optionally (docs/model.md §3 v2), the
columns ``payer_shares`` (instead of ``payer``, written ``kommune: 0.8; stat: 0.2``),
``budget_area`` (the kommune's magistratsafdeling; empty: not assigned) and ``cashable``
(``true``/``false``; empty: true). A catalogue without the v2 columns is read as before. A
proposal's own ``unit_costs`` add to it or override rows with the same id. Prices are converted to the proposal's price year with
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
from sif_models.inputs.fields import in_language, payer_shares_problem
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
OPTIONAL_COLUMNS = ("payer_shares", "budget_area", "cashable", "source_da")  # v2; Danish source
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
    """One unit cost as the model uses it, in the catalogue's own price year.

    ``shares`` is share_P for P = kommune, region, stat (docs/model.md §3); ``payer`` names the
    payer with the largest share (the first of them in that order on a tie), so a table with
    one payer column can still show one. ``budget_area`` is "" when not assigned.
    """

    id: str
    label_da: str
    label_en: str
    unit: str
    price_dkk: float
    price_year: int
    payer: str
    range: float
    source: str  # as written (the catalogue's column ``source``), or the English of {da, en}
    flag: str
    origin: str  # "catalogue" or "proposal"
    shares: tuple[float, float, float] = (1.0, 0.0, 0.0)
    budget_area: str = ""
    cashable: bool = True
    source_da: str = ""  # the Danish source, where one is given (column ``source_da``)

    def source_in(self, lang: str) -> str:
        """The source in ``lang``: the Danish one when there is one and ``lang`` is da."""
        return self.source_da if lang == "da" and self.source_da else self.source

    @property
    def has_shared_payers(self) -> bool:
        """True when more than one payer bears part of the cost."""
        return sum(s > 0 for s in self.shares) > 1


def main_payer(shares: tuple[float, float, float]) -> str:
    """The payer with the largest share (kommune before region before stat on a tie).

    >>> main_payer((0.2, 0.0, 0.8))
    'stat'
    """
    return PAYERS[max(range(len(PAYERS)), key=lambda i: (shares[i], -i))]


def parse_payer_shares(text: str) -> dict[str, float]:
    """``kommune: 0.8; stat: 0.2`` → {"kommune": 0.8, "stat": 0.2}; ValueError in plain words.

    >>> parse_payer_shares("kommune: 0.8; stat: 0.2")
    {'kommune': 0.8, 'stat': 0.2}
    """
    shares: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, sep, value = part.partition(":")
        try:
            if not sep:
                raise ValueError
            share = float(value)
        except ValueError:
            raise ValueError(
                f"payer_shares must read like 'kommune: 0.8; stat: 0.2', got {text!r}"
            ) from None
        if name.strip() in shares:
            raise ValueError(f"payer_shares names {name.strip()} twice")
        shares[name.strip()] = share
    problem = payer_shares_problem(shares)
    if problem:
        raise ValueError(f"payer_shares: {problem}")
    return shares


def _cashable(text: str) -> bool:
    value = text.strip().lower()
    if value in ("", "true", "yes"):
        return True
    if value in ("false", "no"):
        return False
    raise ValueError(f"cashable must be true or false, got {text!r}")


def _payer_columns(row: dict[str, str]) -> tuple[str, tuple[float, float, float]]:
    """(main payer, shares) from a row's ``payer`` or ``payer_shares`` (exactly one of them)."""
    payer = (row.get("payer") or "").strip()
    shares_text = (row.get("payer_shares") or "").strip()
    if bool(payer) == bool(shares_text):
        both = "not both" if payer else "one of them is required"
        raise ValueError(f"give payer or payer_shares, {both}")
    if payer:
        if payer not in PAYERS:
            raise ValueError(f"payer must be one of {PAYERS}")
        return payer, tuple(1.0 if p == payer else 0.0 for p in PAYERS)
    parsed = parse_payer_shares(shares_text)
    shares = tuple(float(parsed.get(p, 0.0)) for p in PAYERS)
    return main_payer(shares), shares


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
            payer, shares = _payer_columns(row)
            cashable = _cashable(row.get("cashable") or "")
        except ValueError as exc:
            problems.append(Problem(str(path), where, str(exc)))
            continue
        try:
            item = CatalogueItem(
                id=row["id"].strip(),
                label_da=row["label_da"].strip(),
                label_en=row["label_en"].strip(),
                unit=row["unit"].strip(),
                price_dkk=float(row["price_dkk"]),
                price_year=int(row["price_year"]),
                payer=payer,
                range=float(row["range"] or 0.0),
                source=row["source"].strip(),
                source_da=(row.get("source_da") or "").strip(),
                flag=row["flag"].strip(),
                origin="catalogue",
                shares=shares,
                budget_area=(row.get("budget_area") or "").strip(),
                cashable=cashable,
            )
        except (TypeError, ValueError, AttributeError):
            problems.append(
                Problem(str(path), where, "price_dkk, price_year and range must be numbers")
            )
            continue
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
    source = in_language(cost.source, "en")
    flag = "assumption" if source.lower().startswith("assumption") else "published"
    shares = cost.shares()
    return CatalogueItem(
        id=cost.id,
        label_da=cost.label,
        label_en=cost.label_en or cost.label,
        unit=cost.unit,
        price_dkk=cost.price_dkk,
        price_year=cost.price_year,
        payer=cost.payer or main_payer(shares),
        range=cost.range or 0.0,
        source=source,
        source_da=in_language(cost.source, "da") if not isinstance(cost.source, str) else "",
        flag=flag,
        origin="proposal",
        shares=shares,
        budget_area=cost.budget_area or "",
        cashable=cost.cashable,
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
