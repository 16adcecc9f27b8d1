"""The brief's table of assumptions, generated from the proposal schema.

Every input field that has a ``label`` in :mod:`sif_models.inputs.schema` (see
:func:`~sif_models.inputs.schema.described`) becomes a row — in the order of the schema, with its
Danish or English label, its value, its uncertainty and its source from the block's ``sources``
map — so a new input needs only its schema line (and its concept module) to be listed. How a
value is shown is chosen by the field's ``show`` name (a formatter in :data:`FORMATTERS`), by
its name where the schema's unit would mislead (:data:`BY_NAME`: a correlation is a number, not
a percentage), or else by its ``unit``. Sources are shown in the reader's language
(:func:`sif_models.text.sources.source_text`: ``assumption:`` reads ``skøn:`` in Danish).

Two lists of the contract (version 2) have no label in the schema, because each of their items
is a row of its own: the outcome payers and the transaction costs. They head the contract's
rows, with labels from the text layer (:func:`_contract_lists`). A negative consequence is an
added cost and reads as one.

>>> from sif_models.case.business_case import run
>>> rows = assumption_rows(run("data/examples/worked-example.yaml"), "en")
>>> rows[0]
('General', 'Horizon', '5 years (2021–2025)', '', None)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from sif_models.case.business_case import BusinessCase
from sif_models.inputs.fields import text_in
from sif_models.inputs.schema import OUTCOME_PAYERS_DEFAULT, assumption_fields
from sif_models.text.formatting import DocumentFormats
from sif_models.text.labels import payer, text, unit
from sif_models.text.sources import source_text

# (group, label, value, uncertainty, source); "" uncertainty = fixed, None source = not stated
Row = tuple[str, str, str, str, str | None]


@dataclass(frozen=True)
class Field:
    """One labelled input field of one block, as a formatter sees it."""

    case: BusinessCase
    lang: str
    block: BaseModel
    name: str
    meta: dict[str, Any]

    @property
    def value(self) -> Any:
        return getattr(self.block, self.name)

    @property
    def label(self) -> str:
        return self.meta["label"][self.lang]

    def source(self, *names: str) -> str | None:
        """The first source given in the block's ``sources`` for ``names`` (default: this
        field), in the reader's language."""
        sources = getattr(self.block, "sources", {}) or {}
        for n in names or (self.name,):
            if sources.get(n):
                return source_text(sources[n], self.lang)
        return None

    @property
    def fmt(self) -> DocumentFormats:
        return DocumentFormats(self.lang)

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)


# (value, uncertainty, source) of one row; None: the field has no row here
Shown = tuple[str, str, str | None] | None


def share(x: float | None, lang: str, decimals: int = 1) -> str:
    return DocumentFormats(lang).percent(x, decimals)


def exact_share(x: float, lang: str) -> str:
    """A share as written: whole percent when whole, else with the decimals it needs (47,28 %).

    >>> exact_share(0.5, "da"), exact_share(0.4728, "da")
    ('50 %', '47,28 %')
    """
    for decimals in range(0, 4):
        if abs(round(100 * x, decimals) - 100 * x) < 1e-9:
            return share(x, lang, decimals)
    return share(x, lang, 2)


def years(n: int, lang: str) -> str:
    return text("value.year_one", lang) if n == 1 else text("value.years", lang, n=n)


def _range_text(f: Field, spread: float | None) -> str:
    return f.t("as.range", share=share(spread, f.lang, 0)) if spread else ""


# ---------------------------------------------------------------------------- formatters
def _by_unit(f: Field) -> Shown:
    u = f.meta.get("unit", "")
    v = f.value
    if u.startswith("DKK"):
        return f.fmt.dkk(v), "", f.source()
    if u.startswith("share"):
        return share(v, f.lang), "", f.source()
    if u == "years":
        return years(v, f.lang), "", f.source()
    return str(v), "", f.source()


def _percent0(f: Field) -> Shown:
    return share(f.value, f.lang, 0), "", f.source()


def _percent_if_set(f: Field) -> Shown:
    if f.value > 0 or f.source() is not None:
        return _percent0(f)
    return None


def _horizon(f: Field) -> Shown:
    p = f.block
    last = p.start_year + p.horizon_years - 1
    value = f"{years(p.horizon_years, f.lang)} ({p.start_year}–{last})"
    return value, "", f.source("horizon_years", "start_year")


def _price_year(f: Field) -> Shown:
    return f.t("as.price_year_value", year=f.value), "", f.source()


def _discount_rate(f: Field) -> Shown:
    p = f.block
    rate = share(p.discount_rate, f.lang)
    if p.horizon_years > 36:
        rate = f.t("as.discount_rate_long", short=rate, long=share(p.discount_rate_long, f.lang))
    src = f.source()
    if src is None and math.isclose(p.discount_rate, 0.035):
        src = f.t("as.discount_default_source")
    return rate, "", src


def _intake(f: Field) -> Shown:
    start = f.case.proposal.start_year
    value = ", ".join(f"{start + i}: {n}" for i, n in enumerate(f.value) if n > 0)
    return value, "", f.source()


def _dkk_with_range(f: Field) -> Shown:
    return f.fmt.dkk(f.value), _range_text(f, f.block.range), f.source(f.name, "range")


def _fixed_cost(f: Field) -> Shown:
    iv = f.block
    if not (iv.fixed_cost_dkk_per_year > 0 and iv.fixed_cost_years > 0):
        return None
    value = f.t(
        "as.fixed_cost_value",
        value=f.fmt.dkk(iv.fixed_cost_dkk_per_year),
        years=years(iv.fixed_cost_years, f.lang),
    )
    return value, _range_text(f, iv.range), f.source()


def _success_rate(f: Field) -> Shown:
    o = f.block
    if o.success_interval is not None:
        low, high = o.success_interval
        unc = f.t("as.interval", low=share(low, f.lang), high=share(high, f.lang))
    elif o.success_evidence is not None:
        ev = o.success_evidence
        unc = f.t("as.evidence", successes=ev.successes, trials=ev.trials)
    else:
        unc = ""
    src = f.source("success_rate")
    interval_src = f.source("success_interval")
    if interval_src and interval_src != src:
        src = f"{src}; {interval_src}" if src else interval_src
    return share(o.success_rate, f.lang), unc, src


def _pay_for(f: Field) -> Shown:
    return f.t(f"as.pay_for.{f.value}"), "", f.source()


def _dkk_or_none(f: Field) -> Shown:
    return (f.fmt.dkk(f.value) if f.value is not None else f.t("as.none")), "", f.source()


def _return_cap(f: Field) -> Shown:
    if f.value is None:
        return f.t("as.none"), "", f.source()
    return f.t("as.return_cap_value", rate=share(f.value, f.lang)), "", f.source()


def _guarantee(f: Field) -> Shown:
    ct = f.block
    if ct.guarantee_dkk > 0:
        value = f.t(
            "as.guarantee_value", value=f.fmt.dkk(ct.guarantee_dkk), guarantor=ct.guarantor or "–"
        )
    else:
        value = f.t("as.none")
    return value, "", f.source("guarantee_dkk", "guarantor")


def _financing(f: Field) -> Shown:
    value = "; ".join(f"{x.name} {exact_share(x.share, f.lang)}" for x in f.value)
    return value, "", f.source()


def _correlation(f: Field) -> Shown:
    """A correlation is a number between 0 and 1 (0,5), not a percentage."""
    return f.fmt.number(f.value, 2).rstrip("0").rstrip(",.") or "0", "", f.source()


FORMATTERS: dict[str, Callable[[Field], Shown]] = {
    "percent0": _percent0,
    "percent_if_set": _percent_if_set,
    "horizon": _horizon,
    "price_year": _price_year,
    "discount_rate": _discount_rate,
    "intake": _intake,
    "dkk_with_range": _dkk_with_range,
    "fixed_cost": _fixed_cost,
    "success_rate": _success_rate,
    "pay_for": _pay_for,
    "dkk_or_none": _dkk_or_none,
    "return_cap": _return_cap,
    "guarantee": _guarantee,
    "financing": _financing,
    "correlation": _correlation,
}

# fields whose unit would show them wrongly: field name -> formatter name
BY_NAME: dict[str, str] = {"success_correlation": "correlation"}


def _consequence_rows(f: Field) -> Iterator[tuple[str, str, str, str | None]]:
    """One row per consequence of an outcome: units avoided a year × the unit cost; a negative
    quantity is a cost the success adds, and says so (docs/model.md §3 v2)."""
    costs = f.case.inputs.costs
    for c in f.value:
        item = costs[c.cost].item
        name = item.label_en if f.lang == "en" else item.label_da
        q = c.quantity_per_year
        value = f.t(
            "as.consequence_value",
            quantity=f.fmt.number(abs(q), 0 if float(q).is_integer() else 1),
            price=f.fmt.dkk(costs[c.cost].price_dkk),
            unit=unit(item.unit, f.lang),
        )
        label = f.label.format(label=name) if q >= 0 else f.t("as.added_cost", label=name)
        yield label, value, "", source_text(c.source, f.lang)


def payer_name(op, lang: str, stated: bool) -> str:
    """An outcome payer's name: the proposal's own, or — for the default (none stated: the
    kommune alone, which the schema names in Danish) — the kommune in the reader's language."""
    if not stated and op in OUTCOME_PAYERS_DEFAULT:
        return text("tc.by.kommune", lang)
    return op.name


def _contract_lists(case: BusinessCase, lang: str) -> Iterator[tuple[str, str, str, str | None]]:
    """The outcome payers (one row) and each transaction cost (a row each) of the contract,
    which the schema lists without a label (docs/model.md §4 v2)."""
    ct = case.proposal.contract
    fmt = DocumentFormats(lang)
    sources = ct.sources or {}
    stated = ct.outcome_payers is not None
    payers = "; ".join(
        f"{payer_name(op, lang, stated)} {exact_share(op.share, lang)}"
        if any(payer(op.payer, other).lower() in op.name.lower() for other in ("da", "en"))
        else f"{op.name} ({payer(op.payer, lang).lower()}) {exact_share(op.share, lang)}"
        for op in ct.payers()
    )
    src = sources.get("outcome_payers")
    shown = source_text(src, lang) if src else None
    if shown is None and not stated:
        shown = text("as.payers_default_source", lang)
    yield text("as.outcome_payers", lang), payers, "", shown
    for tc in ct.transaction_costs:
        value = text(
            "as.transaction_value",
            lang,
            value=fmt.dkk(tc.dkk),
            year=case.proposal.start_year + tc.year,
            by=text(f"tc.by.{tc.borne_by}", lang).lower(),
        )
        src = tc.source or sources.get("transaction_costs")
        yield (
            text("as.transaction_cost", lang, label=text_in(tc, "label", lang)),
            value,
            "",
            source_text(src, lang) if src else None,
        )


# ---------------------------------------------------------------------------- the table
def _blocks(case: BusinessCase, lang: str) -> Iterator[tuple[str, BaseModel]]:
    """(group heading, block) in the order the table shows them."""
    p = case.proposal
    general = text("as.group.general", lang)
    yield general, p
    yield general, p.cohort
    yield text("as.group.intervention", lang), p.intervention
    for o in p.outcomes:
        label = (o.label_en or o.label) if lang == "en" else o.label
        yield text("as.group.outcome", lang, label=label), o
    yield text("as.group.contract", lang), p.contract


def assumption_rows(case: BusinessCase, lang: str) -> list[Row]:
    """Every labelled input of the proposal as (group, label, value, uncertainty, source)."""
    rows: list[Row] = []
    for group, block in _blocks(case, lang):
        if block is case.proposal.contract:
            rows += [(group, *row) for row in _contract_lists(case, lang)]
        for name, meta in assumption_fields(type(block)):
            f = Field(case, lang, block, name, meta)
            if meta.get("show") == "consequences":
                rows += [(group, *row) for row in _consequence_rows(f)]
                continue
            show = meta.get("show") or BY_NAME.get(name, "")
            shown = FORMATTERS.get(show, _by_unit)(f)
            if shown is not None:
                rows.append((group, f.label, *shown))
    return rows
