"""Every word of the documents, in Danish (the default) and English, one table per document.

The words are looked up by key with :func:`text`, from one table merged of the documents' tables:
:mod:`.common` (what more than one document shows), :mod:`.brief`, :mod:`.fund`, :mod:`.meeting`
and :mod:`.annual`. A key is in exactly one of them (merging checks it); the tests hold that every
key has both languages, is used by the code and that every key the code asks for exists. Keys are
grouped by where they appear (``kf.`` key figures, ``fo.`` the fund's outlook, ``meet.`` the
meeting pack, …). ``text(key, lang, **values)`` fills ``{placeholders}`` with ``str.format``;
values are inserted as given, so callers escape proposal text *before* passing it (see
:func:`sif_models.text.markdown.escape_md`). Numbers and dates are
:mod:`sif_models.text.formatting`'s.

Examples
--------
>>> text("heading.key_figures", "da"), text("heading.key_figures", "en")
('Nøgletal', 'Key figures')
>>> text("value.years", "da", n=3)
'3 år'
>>> payer("stat", "en")
'State'
"""

from __future__ import annotations

from types import ModuleType

from sif_models.text.labels import annual, brief, common, fund, meeting

LANGS = ("da", "en")

PARTS: tuple[ModuleType, ...] = (common, brief, fund, meeting, annual)


def _merged(parts: tuple[ModuleType, ...]) -> dict[str, dict[str, str]]:
    """The documents' tables as one; a key in two of them is a mistake."""
    table: dict[str, dict[str, str]] = {}
    for part in parts:
        for key, words in part.TEXT.items():
            if key in table:
                raise ValueError(f"the label {key!r} is in two tables ({part.__name__})")
            table[key] = words
    return table


TEXT: dict[str, dict[str, str]] = _merged(PARTS)


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is a supported language, else raise ValueError.

    >>> check_lang("da")
    'da'
    """
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, got {lang!r}")
    return lang


def text(key: str, lang: str = "da", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``.

    >>> text("sum.break_even", "en", year=2024)
    "With the proposal's own figures the intervention would pay for itself by 2024."
    """
    check_lang(lang)
    template = TEXT[key][lang]
    return template.format(**values) if values else template


def payer(name: str, lang: str = "da") -> str:
    """The payer (kommune, region, stat) in the reader's language."""
    return text(f"payer.{name}", lang)


def flag(name: str, lang: str = "da") -> str:
    """A catalogue flag (published, uncertain, assumption) in the reader's language.

    >>> flag("uncertain", "da")
    'Usikker'
    """
    key = f"flag.{name}"
    return text(key, lang) if key in TEXT else name


def unit(name: str, lang: str = "da") -> str:
    """A cost unit (year, night, …) in the reader's language; unknown units are kept as given.

    >>> unit("night"), unit("bed-week")
    ('nat', 'bed-week')
    """
    key = f"unit.{name.strip().lower()}"
    return text(key, lang) if key in TEXT else name


def status(name: str, lang: str = "da") -> str:
    """The proposal's status in ``lang``."""
    key = f"status.{name}"
    return text(key, lang) if key in TEXT else name
