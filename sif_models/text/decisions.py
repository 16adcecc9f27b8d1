"""Words for the decision tools (docs/model.md §10): why a deal zone is empty and what would open
it, the financing structures and the value of information's method, in Danish and English.

>>> from sif_models.risk.deal import EMPTY_NO_OVERLAP
>>> empty_zone_text(EMPTY_NO_OVERLAP, "en", m_low=2.1, m_high=0.3)
'the financiers need at least 2.10 times the rate card but the municipality can pay at most 0.30 times it'
"""

from __future__ import annotations

from sif_models.risk.deal import EMPTY_FINANCIERS, EMPTY_KOMMUNE, EMPTY_NO_OVERLAP
from sif_models.risk.structures import AS_WRITTEN, FUND_ALONE, HALF_INVESTOR
from sif_models.text.formatting import dkk, number, percent
from sif_models.text.labels import check_lang

EMPTY: dict[str, dict[str, str]] = {
    EMPTY_KOMMUNE: {
        "da": "kommunen taber i gennemsnit, selv hvis den intet betaler for resultaterne",
        "en": "the municipality loses on average even if it pays nothing for the outcomes",
    },
    EMPTY_FINANCIERS: {
        "da": "finansiererne taber i gennemsnit selv ved {m_max} gange takstbladet (lofterne "
        "binder)",
        "en": "the financiers lose on average even at {m_max} times the rate card (the caps bind)",
    },
    EMPTY_NO_OVERLAP: {
        "da": "finansiererne skal have mindst {m_low} gange takstbladet, men kommunen kan højst "
        "betale {m_high} gange det",
        "en": "the financiers need at least {m_low} times the rate card but the municipality can pay "
        "at most {m_high} times it",
    },
}

LEVERS: dict[str, str] = {
    "da": "Det kan åbnes af en større effekt (balancen nås ved {effect} af den antagne effekt), "
    "en underskudsgaranti på omkring {guarantee} eller et lavere afkastkrav ({hurdle}).",
    "en": "It could be opened by a larger effect (break-even at {effect} of the assumed effect), "
    "a deficit guarantee of about {guarantee} or a lower required return ({hurdle}).",
}

STRUCTURES: dict[str, dict[str, str]] = {
    AS_WRITTEN: {"da": "Som foreslået", "en": "As proposed"},
    FUND_ALONE: {"da": "Fonden alene", "en": "The fund alone"},
    HALF_INVESTOR: {
        "da": "Ekstern investor tager halvdelen",
        "en": "An external investor takes half",
    },
}

VOI_METHOD: dict[str, str] = {
    "da": "gennemsnit af nettogevinsten i 50 lige store grupper af hver forudsætnings "
    "simulerede værdier (Strong, Oakley & Brennan 2014)",
    "en": "means of the net benefit over 50 equal-count bins of each input's simulated values "
    "(Strong, Oakley & Brennan 2014)",
}


def _factor(m: float | None, lang: str) -> str:
    return "–" if m is None else number(m, 2, lang)


def empty_zone_text(
    code: str, lang: str, m_low: float | None = None, m_high: float | None = None, m_max: float = 20
) -> str:
    """Why the deal zone is empty, in ``lang``."""
    check_lang(lang)
    return EMPTY[code][lang].format(
        m_low=_factor(m_low, lang), m_high=_factor(m_high, lang), m_max=_factor(m_max, lang)
    )


def lever_text(
    lang: str, effect_share: float | None, shortfall_dkk: float | None, hurdle: float | None
) -> str:
    """Which lever would open an empty zone, with the numbers that say how far."""
    check_lang(lang)
    return LEVERS[lang].format(
        effect=percent(effect_share, 0, lang) if effect_share is not None else "–",
        guarantee=dkk(shortfall_dkk, lang) if shortfall_dkk is not None else "–",
        hurdle=percent(hurdle, 1, lang) if hurdle is not None else "–",
    )


def structure_name(name: str, lang: str) -> str:
    check_lang(lang)
    return STRUCTURES[name][lang]
