"""The text layer: every code the model returns has words in both languages."""

from __future__ import annotations

import pytest

from sif_models.model.codes import ModelWarning, Reason, WarningCode
from sif_models.text.labels import LANGS
from sif_models.text.reasons import REASONS, WARNINGS, reason_text, warning_text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", list(Reason))
def test_every_reason_has_words(code, lang):
    assert code in REASONS
    assert reason_text(code, lang).strip()
    assert reason_text(code, lang, full=True).strip()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", list(WarningCode))
def test_every_warning_has_words(code, lang):
    values = {
        "cohort_year": 2024,
        "last_year": 2030,
        "outcome": "housed",
        "label": "Legal work",
        "year": 2031,
    }
    text = warning_text(ModelWarning.of(code, **values), lang)
    assert text.strip() and "{" not in text
    assert set(WARNINGS[code]) == set(LANGS)


def test_the_terminal_words_are_those_sif_always_printed():
    # the English sentences `sif run` printed before the codes existed
    assert reason_text(Reason.NO_INFLOW, "en", full=True) == (
        "nothing comes back: every cash flow is an outlay"
    )
    assert reason_text(Reason.NO_COSTS_AVOIDED, "en", full=True) == (
        "the effects avoid no public costs"
    )
    w = ModelWarning.of(WarningCode.COSTS_AFTER_HORIZON, cohort_year=2029, last_year=2030)
    assert warning_text(w, "en") == (
        "intervention costs of the cohort starting in 2029 fall after the horizon (2030) "
        "and are not counted; lengthen horizon_years"
    )
    assert reason_text(None, "da") == ""


def test_formats_are_the_strings_sif_always_printed():
    """Babel's locale data, normalised: plain spaces, hyphen-minus, Python's rounding, '–'."""
    import datetime as dt

    from sif_models.text.formatting import dkk, long_date, mio, number, percent

    cases = [
        (dkk(1234567), "1.234.567 kr."),
        (dkk(1234567, "en"), "DKK 1,234,567"),
        (dkk(-1234.4, "en"), "DKK -1,234"),
        (percent(0.125), "12,5 %"),
        (percent(0.125, lang="en"), "12.5%"),
        (percent(-0.55), "-55,0 %"),
        (mio(15_900_000), "15,9 mio. kr."),
        (mio(15_900_000, "en"), "DKK 15.9m"),
        (mio(2_345_600_000), "2.345,6 mio. kr."),
        (number(-0.04, 1), "0,0"),
        (number(2.675, 2, "en"), "2.67"),
        (long_date(dt.date(2026, 3, 5), "da"), "5. marts 2026"),
        (long_date(dt.date(2026, 3, 5), "en"), "5 March 2026"),
        (dkk(None), "–"),
        (percent(float("nan")), "–"),
    ]
    for got, want in cases:
        assert got == want
