"""The words of the Excel workbook (``sif export``), in Danish (the default) and English."""

from __future__ import annotations

from sif_models.text.labels import check_lang

WORDS: dict[str, dict[str, str]] = {
    "sheet.key_figures": {"da": "Nøgletal", "en": "Key figures"},
    "sheet.cash_flows": {"da": "Pengestrømme", "en": "Cash flows"},
    "sheet.assumptions": {"da": "Forudsætninger", "en": "Assumptions"},
    "sheet.risk": {"da": "Usikkerhed", "en": "Uncertainty"},
    "sheet.deal": {"da": "Forhandlingsrum", "en": "Deal zone"},
    "sheet.voi": {"da": "Værdi af information", "en": "Value of information"},
    "col.figure": {"da": "Nøgletal", "en": "Figure"},
    "col.central": {"da": "Centralt skøn", "en": "Central estimate"},
    "col.mean": {"da": "Forventet (gennemsnit)", "en": "Expected (mean)"},
    "col.p5": {"da": "5 %-fraktil", "en": "5th percentile"},
    "col.p50": {"da": "Median", "en": "Median"},
    "col.p95": {"da": "95 %-fraktil", "en": "95th percentile"},
    "col.party": {"da": "Part", "en": "Party"},
    "col.item": {"da": "Post", "en": "Item"},
    "col.pv": {"da": "Nutidsværdi", "en": "Present value"},
    "col.group": {"da": "Gruppe", "en": "Group"},
    "col.assumption": {"da": "Forudsætning", "en": "Assumption"},
    "col.value": {"da": "Værdi", "en": "Value"},
    "col.uncertainty": {"da": "Usikkerhed", "en": "Uncertainty"},
    "col.source": {"da": "Kilde", "en": "Source"},
    "col.factor": {"da": "Faktor på takstbladet", "en": "Factor on the rate card"},
    "col.kommune_net": {"da": "Kommunens forventede nettogevinst", "en": "Kommune's expected net"},
    "col.financiers_npv": {
        "da": "Finansierernes forventede nutidsværdi",
        "en": "Financiers' expected NPV",
    },
    "col.p_kommune_gain": {"da": "Sandsynlighed for kommunal gevinst", "en": "P(kommune gains)"},
    "col.p_financiers_loss": {
        "da": "Sandsynlighed for at finansiererne taber",
        "en": "P(financiers lose)",
    },
    "col.perspective": {"da": "Perspektiv", "en": "Perspective"},
    "col.input": {"da": "Forudsætning", "en": "Input"},
    "col.evppi": {"da": "Værdi af at kende den (EVPPI)", "en": "Value of knowing it (EVPPI)"},
    "fig.participants": {"da": "Deltagere", "en": "Participants"},
    "fig.intervention_cost": {
        "da": "Indsatsens udgift (nutidsværdi)",
        "en": "Intervention cost (PV)",
    },
    "fig.savings_kommune": {"da": "Sparede udgifter, kommune", "en": "Avoided costs, kommune"},
    "fig.savings_region": {"da": "Sparede udgifter, region", "en": "Avoided costs, region"},
    "fig.savings_stat": {"da": "Sparede udgifter, stat", "en": "Avoided costs, state"},
    "fig.outcome_payments": {"da": "Resultatbetalinger", "en": "Outcome payments"},
    "fig.kommune_net": {"da": "Kommunens nettogevinst", "en": "Kommune net"},
    "fig.public_net": {"da": "Det offentliges nettogevinst", "en": "Public net"},
    "fig.benefit_cost_ratio": {"da": "Gevinst pr. investeret krone", "en": "Benefit-cost ratio"},
    "fig.break_even_year": {"da": "Tjener sig hjem i år", "en": "Break-even year"},
    "fig.financiers_capital": {"da": "Finansierernes kapital", "en": "Financiers' capital"},
    "fig.financiers_received": {"da": "Finansiererne får tilbage", "en": "Financiers receive"},
    "fig.financiers_multiple": {"da": "Tilbagebetalingsgrad", "en": "Multiple"},
    "fig.irr": {"da": "Intern rente", "en": "IRR"},
    "fig.fund_net_pv": {"da": "Fondens nettogevinst (nutidsværdi)", "en": "Fund net (PV)"},
    "fig.draws": {"da": "Simuleringer", "en": "Draws"},
    "fig.seed": {"da": "Startværdi for tilfældige tal", "en": "Random seed"},
    "fig.p_public": {"da": "Sandsynlighed for offentlig gevinst", "en": "P(public net > 0)"},
    "fig.p_kommune": {"da": "Sandsynlighed for kommunal gevinst", "en": "P(kommune net > 0)"},
    "fig.p_fin_loss": {
        "da": "Sandsynlighed for at finansiererne taber",
        "en": "P(financiers lose)",
    },
    "fig.p_fund_loss": {"da": "Sandsynlighed for at fonden taber", "en": "P(fund loses)"},
    "fig.evpi": {
        "da": "Værdi af fuld information (EVPI)",
        "en": "Value of perfect information (EVPI)",
    },
    "fig.hurdle": {"da": "Finansierernes afkastkrav", "en": "Financiers' hurdle rate"},
    "fig.m_low": {
        "da": "Mindste faktor finansiererne kan acceptere",
        "en": "Least factor the financiers accept",
    },
    "fig.m_high": {
        "da": "Største faktor kommunen kan betale",
        "en": "Largest factor the municipality can pay",
    },
    "fig.zone_empty": {"da": "Intet forhandlingsrum", "en": "No deal zone"},
    "persp.public": {"da": "Det offentlige", "en": "The public sector"},
    "persp.kommune": {"da": "Kommunen", "en": "The kommune"},
    "item.delivery": {"da": "Levering af indsatsen", "en": "Delivery"},
    "item.avoided_costs": {"da": "Sparede udgifter", "en": "Avoided costs"},
    "item.outcome_payments": {"da": "Resultatbetalinger", "en": "Outcome payments"},
    "item.savings_to_fund": {
        "da": "Andel af besparelsen til fonden",
        "en": "Savings share to the fund",
    },
    "item.savings_share": {
        "da": "Andel af besparelsen fra kommunen",
        "en": "Savings share from the municipality",
    },
    "item.capital": {"da": "Kapital", "en": "Capital"},
    "item.guarantee": {"da": "Underskudsgaranti", "en": "Deficit guarantee"},
    "note.illustrative": {
        "da": "Beløb i kr. i faste priser; nutidsværdier med forslagets diskonteringsrente.",
        "en": "Amounts in DKK at constant prices; present values at the proposal's discount rate.",
    },
}


def word(key: str, lang: str) -> str:
    """The workbook's word for ``key`` in ``lang``; an unknown item key is shown as it is."""
    check_lang(lang)
    entry = WORDS.get(key)
    return entry[lang] if entry else key.split(".", 1)[-1]
