"""The words of the fund brief (:mod:`sif_models.documents.fund_brief`): title block, summary,
the portfolio table and the method."""

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ the portfolio table
    "fp.proposal": {"da": "Investering", "en": "Investment"},
    "fp.start": {"da": "Start", "en": "Start"},
    "fp.status": {"da": "Status", "en": "Status"},
    "fp.share": {"da": "Fondens andel", "en": "Fund's share"},
    "fp.put": {"da": "Fonden lægger ind", "en": "Fund puts in"},
    "fp.back": {"da": "Forventet tilbage", "en": "Expected back"},
    "fp.net": {"da": "Netto for fonden", "en": "Net for the fund"},
    "fp.new": {"da": "nyt forslag", "en": "new proposal"},
    "fp.new_status": {"da": "Nyt forslag", "en": "New proposal"},
    "fp.note": {
        "da": "Forventede beløb i hver investerings faste priser, ikke tilbagediskonteret. "
        "Fondens andel er den andel af kapitalen, fonden står for i kontrakten.",
        "en": "Expected amounts in each investment's constant prices, undiscounted. The fund's "
        "share is its share of the capital in the contract.",
    },
    # ------------------------------------------------------------------ title block and summary
    "fund.title": {
        "da": "Fondens økonomi de næste {n} år",
        "en": "The fund over the next {n} years",
    },
    "fund.start": {"da": "Stiftet", "en": "Founded"},
    "fund.start_value": {"da": "{date} med {capital}", "en": "{date} with {capital}"},
    "fund.portfolio": {"da": "Portefølje", "en": "Portfolio"},
    "fund.portfolio_value": {"da": "{n} investeringer", "en": "{n} investments"},
    "fund.new": {"da": "Nye forslag", "en": "New proposals"},
    "fund.already": {
        "da": "{names} er allerede i porteføljen og indgår i tallene",
        "en": "{names} is in the portfolio already and counts in the figures",
    },
    "fund.heading.yearly": {"da": "Fonden år for år", "en": "The fund year by year"},
    "fund.heading.yearly_new": {
        "da": "Fonden år for år med de nye forslag",
        "en": "The fund year by year with the new proposals",
    },
    "fund.heading.portfolio": {"da": "Investeringerne", "en": "The investments"},
    "fund.sum.p_active": {
        "da": "Med den nuværende portefølje er der {p} sandsynlighed for, at fondens saldo er "
        "positiv i alle de første {n} år ({first}–{last}).",
        "en": "With the current portfolio there is a {p} chance that the fund's balance stays "
        "positive in each of the first {n} years ({first}–{last}).",
    },
    "fund.sum.dry": {
        "da": "I det forventede forløb løber fonden tør i {year}.",
        "en": "On the expected path the fund runs dry in {year}.",
    },
    "fund.sum.never": {
        "da": "I det forventede forløb løber fonden ikke tør inden {last}.",
        "en": "On the expected path the fund does not run dry by {last}.",
    },
    "fund.sum.capacity": {
        "da": "Fonden har plads til at binde yderligere {capacity} fra {year} og stadig være "
        "mindst 90 % sikker på at holde i ti år.",
        "en": "The fund has room to commit another {capacity} from {year} and still be at "
        "least 90% sure of lasting ten years.",
    },
    "fund.sum.with_new": {
        "da": "Med {names} bliver sandsynligheden {p}, og pladsen til nye investeringer bliver "
        "{capacity}.",
        "en": "With {names} the chance becomes {p}, and the room for new investments {capacity}.",
    },
    "fund.sum.with_new_dry": {
        "da": "Med de nye forslag løber fonden tør i {year} i det forventede forløb.",
        "en": "With the new proposals the fund runs dry in {year} on the expected path.",
    },
    "fund.sum.with_new_never": {
        "da": "Heller ikke med de nye forslag løber fonden tør inden {last} i det forventede "
        "forløb.",
        "en": "With the new proposals, too, the fund does not run dry by {last} on the "
        "expected path.",
    },
    "fund.method": {
        "da": "Fondens saldo er startkapitalen minus den kapital, fonden lægger i "
        "investeringerne, plus det, den får tilbage (resultatbetalinger, garantier og andele "
        "af kommunens gevinst), minus driften og direkte tilskud. Hver investering regnes med "
        "sin egen business case og sine egne usikkerheder; investeringerne simuleres "
        "uafhængigt af hinanden (der er ingen fælles stød), hvilket er en forenkling. Samme "
        "seed giver de samme tal, og en ny investering ændrer ikke simuleringerne af de "
        "øvrige. Fonden skal være aktiv i mindst {n} år.",
        "en": "The fund's balance is its start capital minus the capital it puts into the "
        "investments, plus what it gets back (outcome payments, guarantees and shares of the "
        "municipality's gain), minus running costs and direct grants. Each investment is "
        "computed with its own business case and uncertainties; the investments are simulated "
        "independently of each other (no common shock), a simplification. The same seed gives "
        "the same figures, and a new investment does not change the simulations of the "
        "others. The fund is to stay active for at least {n} years.",
    },
}
