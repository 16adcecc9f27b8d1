"""The words for the model's codes (:mod:`sif_models.model.codes`), in Danish and English.

:func:`reason_text` says why a figure has no value — short, for a table cell, or in full, for the
terminal; :func:`warning_text` words a warning with its values. Every code has both languages
(a test holds this).

Examples
--------
>>> from sif_models.model.codes import ModelWarning, Reason, WarningCode
>>> reason_text(Reason.NO_INFLOW, "da"), reason_text(Reason.NO_INFLOW, "en", full=True)
('der kommer intet tilbage', 'nothing comes back: every cash flow is an outlay')
>>> reason_text(Reason.SEVERAL, "en", roots=(1.0, 0.25), full=True)
'several rates make the net present value zero (25.0%, 100.0%)'
>>> w = ModelWarning.of(WarningCode.OUTCOME_AFTER_HORIZON, outcome="housed", cohort_year=2024)
>>> warning_text(w, "da")
"effekten 'housed' for holdet, der starter i 2024, måles efter tidshorisonten og tælles ikke med; forlæng horizon_years"
"""

from __future__ import annotations

from collections.abc import Sequence

from sif_models.model.codes import ModelWarning, Reason, WarningCode
from sif_models.text.labels import check_lang

# code: (short da, short en, full en) — the full English text is what the terminal prints
REASONS: dict[Reason, tuple[str, str, str]] = {
    Reason.ZERO: (
        "alle pengestrømme er nul",
        "all cash flows are zero",
        "all cash flows are zero",
    ),
    Reason.NO_INFLOW: (
        "der kommer intet tilbage",
        "nothing comes back",
        "nothing comes back: every cash flow is an outlay",
    ),
    Reason.NO_OUTLAY: (
        "der lægges intet ind",
        "no money is put in",
        "no money is put in: every cash flow is a receipt",
    ),
    Reason.NO_ROOT: (
        "ingen rente giver en nutidsværdi på nul",
        "no rate makes the net present value zero",
        "no rate above −100 % makes the net present value zero",
    ),
    Reason.SEVERAL: (
        "flere renter giver en nutidsværdi på nul",
        "several rates make the net present value zero",
        "several rates make the net present value zero",
    ),
    Reason.NOT_FINITE: (
        "pengestrømmene er ikke endelige",
        "the flows are not finite",
        "the cash flows are not all finite numbers",
    ),
    Reason.NO_EFFECT_NEEDED: (
        "gevinst selv uden effekt",
        "a gain even with no effect",
        "public net is not negative even with no effect",
    ),
    Reason.NO_COSTS_AVOIDED: (
        "effekterne sparer ingen offentlige udgifter",
        "the effects avoid no public costs",
        "the effects avoid no public costs",
    ),
    Reason.OUTCOME_NO_COSTS: (
        "ingen besparelse",
        "no saving",
        "this outcome avoids no public costs",
    ),
    Reason.NEVER: (
        "underskud ved enhver rimelig effekt",
        "a deficit at any plausible effect",
        "public net stays negative for any plausible effect",
    ),
    Reason.NO_DEPENDENCE: (
        "det offentliges nettogevinst afhænger ikke af denne forudsætning",
        "public net does not depend on this input",
        "public net does not depend on this input",
    ),
    Reason.ALWAYS_POSITIVE: (
        "gevinst i hele det afsøgte interval",
        "a gain over the whole range searched",
        "public net stays positive over the whole range searched",
    ),
    Reason.ALWAYS_NEGATIVE: (
        "underskud i hele det afsøgte interval",
        "a deficit over the whole range searched",
        "public net stays negative over the whole range searched",
    ),
}

WARNINGS: dict[WarningCode, dict[str, str]] = {
    WarningCode.COSTS_AFTER_HORIZON: {
        "da": "indsatsens udgifter for holdet, der starter i {cohort_year}, falder efter "
        "tidshorisonten ({last_year}) og tælles ikke med; forlæng horizon_years",
        "en": "intervention costs of the cohort starting in {cohort_year} fall after the "
        "horizon ({last_year}) and are not counted; lengthen horizon_years",
    },
    WarningCode.FIXED_COSTS_AFTER_HORIZON: {
        "da": "de faste udgifter løber ud over tidshorisonten og tælles ikke alle med",
        "en": "fixed costs run past the horizon and are not all counted",
    },
    WarningCode.OUTCOME_AFTER_HORIZON: {
        "da": "effekten '{outcome}' for holdet, der starter i {cohort_year}, måles efter "
        "tidshorisonten og tælles ikke med; forlæng horizon_years",
        "en": "outcome '{outcome}' of the cohort starting in {cohort_year} is measured after "
        "the horizon and is not counted; lengthen horizon_years",
    },
    WarningCode.TRANSACTION_COST_AFTER_HORIZON: {
        "da": "transaktionsomkostningen '{label}' i {year} falder efter tidshorisonten "
        "({last_year}) og tælles ikke med; flyt den ind i kontraktens år eller forlæng "
        "horizon_years",
        "en": "the transaction cost '{label}' in {year} falls after the horizon ({last_year}) "
        "and is not counted; move it into the contract's years or lengthen horizon_years",
    },
}


def _percent_en(x: float) -> str:
    return f"{x:.1%}"


def reason_text(
    code: Reason | str | None,
    lang: str = "da",
    roots: Sequence[float] | None = None,
    full: bool = False,
) -> str:
    """Why a figure has no value, in ``lang``: short (a table cell) or ``full`` (the terminal;
    English). ``roots`` are the rates of :attr:`Reason.SEVERAL`, listed in brackets when
    ``full``. None gives ''."""
    check_lang(lang)
    if code is None:
        return ""
    short_da, short_en, long_en = REASONS[Reason(code)]
    if not full:
        return short_da if lang == "da" else short_en
    text = long_en if lang == "en" else short_da
    if roots:
        text += " (" + ", ".join(_percent_en(r) for r in sorted(roots)) + ")"
    return text


def warning_text(warning: ModelWarning, lang: str = "da") -> str:
    """A model warning in ``lang``, its values filled in."""
    check_lang(lang)
    return WARNINGS[warning.code][lang].format(**warning.values)
