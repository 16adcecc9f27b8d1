"""Number formats for people: Danish by default (1.234.567 kr.; 12,5 %), English on request."""

from __future__ import annotations

import math


def number(value: float | None, decimals: int = 0, lang: str = "da") -> str:
    """A number with thousands separators in the reader's language.

    Examples
    --------
    >>> number(1234567.891), number(1234567.891, 2, "en"), number(-0.5, 1)
    ('1.234.568', '1,234,567.89', '-0,5')
    >>> number(None)
    '–'
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]
    if lang == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def dkk(value: float | None, lang: str = "da", decimals: int = 0) -> str:
    """An amount in kroner.

    Examples
    --------
    >>> dkk(1234567), dkk(1234567, "en")
    ('1.234.567 kr.', 'DKK 1,234,567')
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if lang == "da":
        return f"{number(value, decimals, lang)} kr."
    return f"DKK {number(value, decimals, lang)}"


def mio(value: float | None, lang: str = "da", decimals: int = 1) -> str:
    """An amount in millions of kroner.

    Examples
    --------
    >>> mio(15_900_000), mio(15_900_000, "en")
    ('15,9 mio. kr.', 'DKK 15.9m')
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if lang == "da":
        return f"{number(value / 1e6, decimals, lang)} mio. kr."
    return f"DKK {number(value / 1e6, decimals, lang)}m"


def percent(value: float | None, decimals: int = 1, lang: str = "da") -> str:
    """A share as a percentage.

    Examples
    --------
    >>> percent(0.125), percent(0.125, lang="en")
    ('12,5 %', '12.5%')
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = number(100 * value, decimals, lang)
    return f"{text} %" if lang == "da" else f"{text}%"
