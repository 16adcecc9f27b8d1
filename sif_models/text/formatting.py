"""Number, money and date formats for people: Danish by default (1.234.567 kr.; 12,5 %; 5. marts
2026), English on request (DKK 1,234,567; 12.5%; 5 March 2026).

The locale data are CLDR's, through Babel (``da_DK`` and ``en_GB``): the decimal and grouping
signs, where the currency symbol and the percent sign go and with what spacing, the currency's
symbol and the long date. Four things are sif's own, so that the documents read as they always
have, whatever CLDR version Babel brings:

- rounding is Python's (``f"{x:.1f}"``, the nearest value of the float, ties to even), never
  Babel's decimal rounding of the float's shortest repr, and a zero has no minus (``0,0``);
- a negative amount keeps its minus on the number (``DKK -1,234``, not ``-DKK1,234``);
- no-break and narrow no-break spaces become plain spaces and a minus sign is the hyphen-minus
  (:func:`sif_models.text.markdown.md_value` makes the spaces that must not break no-break
  again, where a document needs them); a space separates an alphabetic currency symbol from the
  digits (CLDR's currency spacing, which Babel leaves out);
- the word for millions (:data:`MILLIONS`: ``mio.``, ``m``), which CLDR's English has written
  both ``M`` and ``m`` across versions.

A missing or non-finite value is ``–``.

These are the strings the terminal prints. A document (HTML, PDF) prints its figures with
:class:`DocumentFormats`: the same strings with the true minus sign (U+2212, ``−1.234 kr.``) and a
value that rounds to zero written ``0`` (never ``-0``, ``−0,0`` or ``0,0 %``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, parse_pattern

LOCALES = {"da": "da_DK", "en": "en_GB"}
CURRENCY = "DKK"
MISSING = "–"
# after the number of millions, before the currency's own suffix: 15,9 mio. kr.; DKK 15.9m
MILLIONS = {"da": " mio.", "en": "m"}

# the minus sign of a document's figures
MINUS = "\u2212"
# Babel's spaces and minus as sif prints them
_PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2212": "-"})
# the digits of a CLDR number pattern: "#,##0.###", "#,##0", "0"
_DIGITS = re.compile(r"[#0,]+(?:\.[#0]+)?")


@cache
def _locale(lang: str) -> Locale:
    """The CLDR locale of a language: ``da`` is Danish, anything else British English."""
    return Locale.parse(LOCALES["da" if lang == "da" else "en"])


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def _plain(text: str) -> str:
    return text.translate(_PLAIN)


def _rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded as Python's format rounds it, exactly, and without a minus on zero.

    >>> _rounded(2.675, 2), _rounded(-0.04, 1)
    (Decimal('2.67'), Decimal('0.0'))
    """
    exact = Decimal(f"{value:.{decimals}f}")
    return abs(exact) if exact == 0 else exact


def _unquote(affix: str) -> str:
    """A CLDR pattern affix as text: ``'.'`` is a literal dot, ``''`` a quote."""
    return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", affix)


@cache
def _affixes(kind: str, lang: str) -> tuple[str, str]:
    """The prefix and suffix around a figure in the locale's positive pattern of ``kind``
    (``currency`` or ``percent``): the currency symbol and the percent sign where the locale puts
    them, and a space between an alphabetic currency symbol and the digits.

    >>> _affixes("currency", "da"), _affixes("currency", "en"), _affixes("percent", "da")
    (('', ' kr.'), ('DKK ', ''), ('', ' %'))
    """
    loc = _locale(lang)
    pattern = loc.currency_formats["standard"] if kind == "currency" else loc.percent_formats[None]
    parsed = parse_pattern(pattern.pattern)
    symbol = loc.currency_symbols.get(CURRENCY, CURRENCY)
    signs = {"¤": symbol, "%": loc.number_symbols["latn"]["percentSign"]}
    prefix, suffix = (_unquote(a[0]) for a in (parsed.prefix, parsed.suffix))
    if prefix.endswith("¤") and symbol[-1].isalpha():
        prefix += " "
    if suffix.startswith("¤") and symbol[0].isalpha():
        suffix = " " + suffix
    return tuple(_plain("".join(signs.get(ch, ch) for ch in a)) for a in (prefix, suffix))


def _number_pattern(pattern: str, decimals: int) -> str:
    """``pattern`` (a CLDR number pattern) with exactly ``decimals`` decimals.

    >>> _number_pattern("#,##0.###", 0), _number_pattern("#,##0.###", 2)
    ('#,##0', '#,##0.00')
    """

    def digits(match: re.Match) -> str:
        whole = match.group(0).split(".")[0]
        return whole + ("." + "0" * decimals if decimals > 0 else "")

    return _DIGITS.sub(digits, pattern, count=1)


@cache
def _digits(lang: str, decimals: int) -> NumberPattern:
    """The locale's number pattern with exactly ``decimals`` decimals, parsed."""
    return parse_pattern(_number_pattern(_locale(lang).decimal_formats[None].pattern, decimals))


def number(value: float | None, decimals: int = 0, lang: str = "da") -> str:
    """A number with thousands separators in the reader's language.

    Examples
    --------
    >>> number(1234567.891), number(1234567.891, 2, "en"), number(-0.5, 1)
    ('1.234.568', '1,234,567.89', '-0,5')
    >>> number(-0.04, 1), number(2.675, 2, "en"), number(0.125, 2)
    ('0,0', '2.67', '0,12')
    >>> number(None), number(float("nan"))
    ('–', '–')
    """
    if _missing(value):
        return MISSING
    return _plain(_digits(lang, decimals).apply(_rounded(value, decimals), _locale(lang)))


def dkk(value: float | None, lang: str = "da", decimals: int = 0) -> str:
    """An amount in kroner.

    Examples
    --------
    >>> dkk(1234567), dkk(1234567, "en")
    ('1.234.567 kr.', 'DKK 1,234,567')
    >>> dkk(-1234.4), dkk(-1234.4, "en"), dkk(None)
    ('-1.234 kr.', 'DKK -1,234', '–')
    """
    if _missing(value):
        return MISSING
    prefix, suffix = _affixes("currency", lang)
    return prefix + number(value, decimals, lang) + suffix


def mio(value: float | None, lang: str = "da", decimals: int = 1) -> str:
    """An amount in millions of kroner (always millions, however large or small).

    Examples
    --------
    >>> mio(15_900_000), mio(15_900_000, "en")
    ('15,9 mio. kr.', 'DKK 15.9m')
    >>> mio(1_500_000_000), mio(-400_000, "en")
    ('1.500,0 mio. kr.', 'DKK -0.4m')
    """
    if _missing(value):
        return MISSING
    prefix, suffix = _affixes("currency", lang)
    millions = MILLIONS["da" if lang == "da" else "en"]
    return prefix + number(value / 1e6, decimals, lang) + millions + suffix


def percent(value: float | None, decimals: int = 1, lang: str = "da") -> str:
    """A share as a percentage.

    Examples
    --------
    >>> percent(0.125), percent(0.125, lang="en")
    ('12,5 %', '12.5%')
    >>> percent(-0.55), percent(0.5, 0, "en"), percent(None)
    ('-55,0 %', '50%', '–')
    """
    if _missing(value):
        return MISSING
    prefix, suffix = _affixes("percent", lang)
    return prefix + number(100 * value, decimals, lang) + suffix


def long_date(day: dt.date, lang: str = "da") -> str:
    """A date the way a reader writes it (the locale's long date).

    >>> long_date(dt.date(2026, 3, 5), "da"), long_date(dt.date(2026, 3, 5), "en")
    ('5. marts 2026', '5 March 2026')
    """
    return _plain(format_date(day, format="long", locale=_locale(lang)))


# ---------------------------------------------------------------------------- documents
def typeset(figure: str) -> str:
    """A formatted figure with the true minus sign: every hyphen-minus of a figure is a minus.

    Only for the strings of this module (a figure has no other hyphen); never for words.

    >>> typeset("-1.234 kr."), typeset("DKK -0.4m")
    ('−1.234 kr.', 'DKK −0.4m')
    """
    return figure.replace("-", MINUS)


@dataclass(frozen=True)
class DocumentFormats:
    """Figures as a document prints them, in ``lang``: :func:`number`, :func:`dkk`,
    :func:`mio` and :func:`percent` with the true minus sign (U+2212), and a value that rounds to
    zero written as a plain ``0`` with its unit, so no table shows ``-0``, ``−0,0`` or
    ``0,0 %``.

    Examples
    --------
    >>> f = DocumentFormats("da")
    >>> f.dkk(-1234.4), f.number(-0.004, 2), f.percent(0.0), f.percent(-0.125)
    ('−1.234 kr.', '0', '0 %', '−12,5 %')
    >>> f.mio(-2_345_000), f.mio(-30_000), f.mio(0.0), DocumentFormats("en").mio(12_600)
    ('−2,3 mio. kr.', '−30.000 kr.', '0 kr.', 'DKK 13,000')
    >>> f.ratio(1.0049), f.dkk(None)
    ('1,00', '–')
    """

    lang: str = "da"

    def number(self, value: float | None, decimals: int = 0) -> str:
        if _is_zero(value, decimals):
            return number(0.0, 0, self.lang)
        return typeset(number(value, decimals, self.lang))

    def dkk(self, value: float | None, decimals: int = 0) -> str:
        if _is_zero(value, decimals):
            return dkk(0.0, self.lang)
        return typeset(dkk(value, self.lang, decimals))

    def mio(self, value: float | None, decimals: int = 1) -> str:
        """Millions of kroner; an amount that would show as 0,0 mio. is written in kroner,
        rounded to the thousand (``30.000 kr.``)."""
        if not _missing(value) and abs(value) < 0.5 * 10 ** (6 - decimals):
            return self.dkk(round(value, -3))
        return typeset(mio(value, self.lang, decimals))

    def percent(self, value: float | None, decimals: int = 1) -> str:
        if _is_zero(value, decimals + 2):
            return percent(0.0, 0, self.lang)
        return typeset(percent(value, decimals, self.lang))

    def ratio(self, value: float | None) -> str:
        """A ratio (kroner back per krone) with two decimals."""
        return self.number(value, 2)


def _is_zero(value: float | None, decimals: int) -> bool:
    """Whether ``value`` rounds to zero at ``decimals`` decimals (False when missing)."""
    return not _missing(value) and _rounded(float(value), decimals) == 0


__all__ = [
    "LOCALES",
    "MILLIONS",
    "MINUS",
    "DocumentFormats",
    "dkk",
    "long_date",
    "mio",
    "number",
    "percent",
    "typeset",
]
