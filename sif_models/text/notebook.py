"""The words of the notebook displays (a case, its risk, the fund's outlook in Jupyter)."""

from __future__ import annotations

from sif_models.text.labels import check_lang

WORDS: dict[str, dict[str, str]] = {
    "participants": {"da": "Deltagere", "en": "Participants"},
    "cost": {"da": "Indsatsens udgift (nutidsværdi)", "en": "Intervention cost (PV)"},
    "public_net": {"da": "Det offentliges nettogevinst", "en": "Public net"},
    "kommune_net": {"da": "Kommunens nettogevinst", "en": "Kommune net"},
    "bcr": {"da": "Gevinst pr. investeret krone", "en": "Benefit-cost ratio"},
    "break_even": {"da": "Tjener sig hjem i", "en": "Break-even year"},
    "none": {"da": "ikke i perioden", "en": "not in the period"},
    "fund_net": {"da": "Fondens nettogevinst (nutidsværdi)", "en": "Fund net (PV)"},
    "central": {"da": "Centralt skøn", "en": "Central estimate"},
    "expected": {"da": "Forventet", "en": "Expected"},
    "band": {"da": "90 %-interval", "en": "90% interval"},
    "p_public": {"da": "Sandsynlighed for offentlig gevinst", "en": "P(public net > 0)"},
    "p_fund_loss": {"da": "Sandsynlighed for at fonden taber", "en": "P(fund loses money)"},
    "draws": {"da": "{n} simuleringer", "en": "{n} draws"},
    "cumulative": {
        "da": "Akkumuleret nettogevinst pr. år (centralt skøn)",
        "en": "Cumulative net by year (central estimate)",
    },
    "public": {"da": "Det offentlige", "en": "Public"},
    "kommune": {"da": "Kommunen", "en": "Kommune"},
    "distribution": {
        "da": "Det offentliges nettogevinst i simuleringerne",
        "en": "Public net over the draws",
    },
    "balance": {"da": "Fondens saldo ved årets udgang", "en": "The fund's balance at year end"},
    "p_active": {
        "da": "Sandsynlighed for at fonden er aktiv i {n} år",
        "en": "P(the fund is active {n} years)",
    },
    "p_active_no_shock": {"da": "… uden fælles stød", "en": "… without the common shock"},
    "capacity": {"da": "Ledig kapacitet", "en": "Capacity left"},
    "year": {"da": "År", "en": "Year"},
    "mio": {"da": "mio. kr.", "en": "DKK m"},
}


def word(key: str, lang: str, **values: object) -> str:
    check_lang(lang)
    text = WORDS[key][lang]
    return text.format(**values) if values else text
