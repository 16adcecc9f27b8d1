"""The building blocks of the input schemas: value types with plain-words validators, and
:func:`described`, which describes a field once for everything that shows it.

:mod:`sif_models.inputs.schema` (the proposal) and :mod:`sif_models.inputs.portfolio` (the fund and
the meetings) are made of these. Every validator raises ``ValueError`` with words an analyst can
act on; :mod:`sif_models.inputs.loading` turns them into ``file: field: problem`` lines.
"""

from __future__ import annotations

import difflib
import math
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticUndefined

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PAYERS = ("kommune", "region", "stat")
# Upper bounds far above any real proposal; they keep every product in the model finite
# (a price of 1e308 DKK would overflow to inf and leave the figures undefined).
MAX_DKK = 1e12  # a thousand billion kroner
MAX_QUANTITY = 1e6  # units of one cost avoided (or added) per success per year
MAX_INTAKE_PER_YEAR = 10_000_000
MAX_TRIALS = 10**9
SHARE_TOLERANCE = 1e-9  # shares that must sum to 1 may miss it by this much (rounding)


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(f"must be a finite number, got {value}")
    return value


def _rate(value: float) -> float:
    _finite(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"must be between 0 and 1, got {value:g}")
    return value


def _non_negative(value: float) -> float:
    _finite(value)
    if value < 0:
        raise ValueError(f"must be 0 or more, got {value:g}")
    return value


def _money(value: float) -> float:
    _non_negative(value)
    if value > MAX_DKK:
        raise ValueError(f"must be at most {MAX_DKK:,.0f} DKK, got {value:g}")
    return value


def _quantity(value: float) -> float:
    """Units a year: positive avoided, negative added (docs/model.md §3 v2); |q| ≤ 10⁶."""
    _finite(value)
    if abs(value) > MAX_QUANTITY:
        raise ValueError(
            f"must be between {-MAX_QUANTITY:,.0f} and {MAX_QUANTITY:,.0f} units a year, "
            f"got {value:g}"
        )
    return value


def _correlation(value: float) -> float:
    """A correlation ρ with 0 ≤ ρ < 1 (docs/model.md §6, §7 v2)."""
    _finite(value)
    if not 0.0 <= value < 1.0:
        raise ValueError(
            f"must be at least 0 and below 1 (at 1 the outcomes would move as one), got {value:g}"
        )
    return value


def payer_shares_problem(shares: dict[str, float]) -> str | None:
    """What is wrong with a {payer: share} mapping, in words; None when it is fine.

    The payers are kommune, region and stat; each share is between 0 and 1 and together they
    sum to 1 (docs/model.md §3 v2).

    Examples
    --------
    >>> payer_shares_problem({"kommune": 0.8, "stat": 0.2}) is None
    True
    >>> payer_shares_problem({"kommune": 0.8, "stat": 0.1})
    'shares must sum to 1, got 0.9'
    >>> payer_shares_problem({"county": 1.0})
    "'county' is not a payer; the payers are kommune, region and stat"
    """
    if not shares:
        return "must name at least one payer (kommune, region or stat) with its share"
    for name, share in shares.items():
        if name not in PAYERS:
            return f"'{name}' is not a payer; the payers are kommune, region and stat"
        if not (math.isfinite(share) and 0.0 <= share <= 1.0):
            return f"the share of {name} must be between 0 and 1, got {share:g}"
    total = math.fsum(shares.values())
    if abs(total - 1.0) > SHARE_TOLERANCE:
        return f"shares must sum to 1, got {total:g}"
    return None


def _payer_shares(value: dict[str, float]) -> dict[str, float]:
    problem = payer_shares_problem(value)
    if problem:
        raise ValueError(problem)
    return value


Rate = Annotated[float, AfterValidator(_rate)]
Money = Annotated[float, AfterValidator(_money)]
Quantity = Annotated[float, AfterValidator(_quantity)]
Correlation = Annotated[float, AfterValidator(_correlation)]
PayerShares = Annotated[dict[str, float], AfterValidator(_payer_shares)]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, min_length=1, max_length=80)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Year = Annotated[int, Field(ge=1900, le=2200)]
SOURCES_DESCRIPTION = (
    "Where each value of this block comes from: field name → source text "
    "(a publication, or 'assumption: …' for the analyst's own), one text or {da: …, en: …}"
)


def described(
    default: Any = PydanticUndefined,
    *,
    description: str,
    unit: str | None = None,
    label: tuple[str, str] | None = None,
    show: str | None = None,
    **constraints: Any,
) -> Any:
    """A pydantic ``Field`` that describes its input once, for everything that shows it.

    ``description`` (English) reaches ``sif schema`` and editors; ``unit`` says what the number
    counts (``DKK``, ``share``, ``years``, …); ``label`` is the (Danish, English) name of an
    assumption that the brief's assumptions table lists, and ``show`` names how the table shows
    its value (a formatter of :mod:`sif_models.documents.assumptions`; default: by ``unit``).
    A field with a ``label`` appears in the table in the order of the schema.

    Examples
    --------
    >>> from sif_models.inputs.schema import Proposal
    >>> info = Proposal.model_fields["discount_rate"]
    >>> info.json_schema_extra["label"]["da"], info.json_schema_extra["unit"]
    ('Diskonteringsrente', 'share per year')
    """
    extra: dict[str, Any] = {}
    if unit is not None:
        extra["unit"] = unit
    if label is not None:
        extra["label"] = {"da": label[0], "en": label[1]}
    if show is not None:
        extra["show"] = show
    return Field(default, description=description, json_schema_extra=extra or None, **constraints)


class _Block(BaseModel):
    """A block of an input file: strict, frozen, unknown fields are errors, and ``sources`` may
    only name the block's own fields."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    @model_validator(mode="after")
    def _sources_name_fields(self):
        sources = getattr(self, "sources", None) or {}
        names = set(type(self).model_fields) - {"sources"}
        for key in sources:
            if key not in names:
                hint = difflib.get_close_matches(key, sorted(names), n=1)
                more = f"did you mean '{hint[0]}'? " if hint else ""
                raise ValueError(
                    f"sources names '{key}', which is not a field here "
                    f"({more}fields: {', '.join(sorted(names))})"
                )
        return self


class Translated(_Block):
    """A text in Danish and English (``{da: …, en: …}``): a source or a note that the Danish
    documents show in Danish and the English ones in English."""

    da: Text
    en: Text


# A source: one text (shown as written in both languages) or {da: …, en: …}.
SourceText = Annotated[str, Field(min_length=1, max_length=2000)] | Translated
Sources = dict[str, SourceText]


def in_language(value: str | Translated | None, lang: str) -> str | None:
    """A source in ``lang`` (``da`` or ``en``): the text of that language, or the one text.

    >>> in_language(Translated(da="Skøn", en="Assumption"), "en"), in_language("SØM", "da")
    ('Assumption', 'SØM')
    """
    if value is None or isinstance(value, str):
        return value
    return value.da if lang == "da" else value.en


def text_in(block: BaseModel, name: str, lang: str) -> str | None:
    """A free-text field of an input block (a proposal's title, a meeting's note) in ``lang``:
    in an English document its English twin ``<name>_en`` where the file has one, else the
    field as written (in Danish).

    >>> class Item(BaseModel):
    ...     title: str
    ...     title_en: str | None = None
    >>> item = Item(title="Møde", title_en="Meeting")
    >>> text_in(item, "title", "en"), text_in(item, "title", "da")
    ('Meeting', 'Møde')
    >>> text_in(Item(title="Møde"), "title", "en")
    'Møde'
    """
    if lang == "en":
        english = getattr(block, f"{name}_en", None)
        if english:
            return english
    return getattr(block, name)
