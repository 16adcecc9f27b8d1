"""The words of the fund brief (:mod:`sif_models.documents.fund_brief`): title block, summary,
the portfolio table and the method; and (``pk.``) what the three fund documents — the fund
brief, the meeting overview and the yearly report — share beyond :mod:`.common`: the fund's
expected path and its central estimate, the common shock, chances at their ends."""

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ shared by the fund documents
    "pk.chance.below": {"da": "under {p}", "en": "below {p}"},
    "pk.chance.above": {"da": "over {p}", "en": "above {p}"},
    "pk.and": {"da": "og", "en": "and"},
    "pk.est.mean": {"da": "forventet", "en": "expected"},
    "pk.est.central": {"da": "centralt skøn", "en": "central estimate"},
    "pk.p_active_no_shock": {
        "da": "Samme sandsynlighed uden fælles stød (investeringerne uafhængige)",
        "en": "The same chance without the common shock (investments independent)",
    },
    "pk.run_dry_year_central": {
        "da": "År hvor fonden løber tør (centralt skøn)",
        "en": "Year the fund runs dry (central estimate)",
    },
    "pk.lowest_central": {
        "da": "Laveste saldo (centralt skøn)",
        "en": "Lowest balance (central estimate)",
    },
    "pk.balance_10_central": {
        "da": "Saldo ultimo {year} (centralt skøn)",
        "en": "Balance at the end of {year} (central estimate)",
    },
    "pk.capacity_central": {
        "da": "Plads til nye investeringer fra {year} (centralt skøn)",
        "en": "Room for new investments from {year} (central estimate)",
    },
    "pk.chart.central": {"da": "{label}: centralt skøn", "en": "{label}: central estimate"},
    "pk.chart.note_central": {
        "da": "Hver linje viser forslagenes egne tal (centralt skøn); uden simuleringer er der "
        "intet bånd. Den lodrette streg markerer slutningen af fondens første {n} år.",
        "en": "Each line shows the proposals' own figures (central estimate); without "
        "simulations there is no band. The vertical line marks the end of the fund's first "
        "{n} years.",
    },
    "pk.fy.transaction": {"da": "Transaktionsomkostninger", "en": "Transaction costs"},
    "pk.fy.transaction_explain": {
        "da": "Transaktionsomkostninger: fondens andel af kontrakternes udgifter til jura, "
        "evaluering og validering af resultater; de trækkes også fra saldoen.",
        "en": "Transaction costs: the fund's share of the contracts' costs of legal work, "
        "evaluation and validating results; they are taken from the balance too.",
    },
    "pk.fy.explain_central": {
        "da": "Lagt ind: fondens andel af kapitalen til indsatserne. Modtaget: fondens andel af "
        "resultatbetalinger og garantier plus den andel af kommunens gevinst, der går tilbage "
        "til fonden. Drift: honorarer til rådet. Saldo = startkapital − lagt ind + modtaget − "
        "drift − tilskud, år for år, med forslagenes egne tal (centralt skøn).",
        "en": "Put in: the fund's share of the capital for the interventions. Received: the "
        "fund's share of outcome payments and guarantees plus the share of the municipality's "
        "gain returned to the fund. Running costs: the council's fees. Balance = start capital "
        "− put in + received − running costs − grants, year by year, with the proposals' own "
        "figures (central estimate).",
    },
    "pk.outlook_note": {
        "da": "Forventet: gennemsnittet af {draws} simuleringer af alle investeringer på én "
        "gang. 90 %-interval: 9 ud af 10 simuleringer ligger inden for. Centralt skøn: "
        "forslagenes egne tal uden usikkerhed. Pladsen til nye investeringer: det største "
        "beløb, fonden kan binde i det år uden at få noget tilbage og stadig være mindst 90 % "
        "sikker på en positiv saldo i hvert af de første {n} år.",
        "en": "Expected: the mean of {draws} simulations of all investments at once. 90% "
        "interval: 9 in 10 simulations lie within it. Central estimate: the proposals' own "
        "figures without uncertainty. The room for new investments is the largest sum the "
        "fund could commit in that year, getting nothing back, and still be at least 90% sure "
        "of a positive balance in each of the first {n} years.",
    },
    "pk.outlook_note_central": {
        "da": "Uden simuleringer viser tabellen forslagenes egne tal (centralt skøn); "
        "sandsynligheder og intervaller kræver simuleringer. Pladsen til nye investeringer er "
        "det største beløb, fonden kan binde i det år uden at få noget tilbage og stadig have "
        "en positiv saldo i hvert af de første {n} år.",
        "en": "Without simulations the table shows the proposals' own figures (central "
        "estimate); chances and intervals need simulations. The room for new investments is "
        "the largest sum the fund could commit in that year, getting nothing back, and still "
        "have a positive balance in each of the first {n} years.",
    },
    "pk.prov.seed": {"da": "Startværdi for tilfældige tal", "en": "Random seed"},
    # ------------------------------------------------------------------ the portfolio table
    "fp.proposal": {"da": "Investering", "en": "Investment"},
    "fp.start": {"da": "Start", "en": "Start"},
    "fp.status": {"da": "Status", "en": "Status"},
    "fp.share": {"da": "Fondens andel", "en": "Fund's share"},
    "fp.put": {"da": "Fonden lægger ind", "en": "Fund puts in"},
    "fp.back": {"da": "Tilbage, centralt skøn", "en": "Back, central estimate"},
    "fp.net": {"da": "Netto for fonden, centralt skøn", "en": "Net for the fund, central estimate"},
    "fp.new": {"da": "nyt forslag", "en": "new proposal"},
    "fp.new_status": {"da": "Nyt forslag", "en": "New proposal"},
    "fp.note": {
        "da": "Beløbene er investeringernes egne tal (centralt skøn, uden usikkerhed) i hver "
        "investerings faste priser og ikke tilbagediskonteret. Fondens andel er den andel af "
        "kapitalen, fonden står for i kontrakten. Det forventede forløb (gennemsnittet af "
        "simuleringerne) står i tabellen år for år.",
        "en": "The amounts are the investments' own figures (central estimate, without "
        "uncertainty) in each investment's constant prices, undiscounted. The fund's share is "
        "its share of the capital in the contract. The expected path (the mean of the "
        "simulations) is in the year-by-year table.",
    },
    # ------------------------------------------------------------------ title block and summary
    "fund.title": {
        "da": "Fondens økonomi og dens første {n} år",
        "en": "The fund's finances and its first {n} years",
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
    "fund.path.mean": {"da": "I det forventede forløb", "en": "On the expected path"},
    "fund.path.central": {
        "da": "Med forslagenes egne tal (centralt skøn)",
        "en": "With the proposals' own figures (central estimate)",
    },
    "fund.sum.p_active": {
        "da": "Med den nuværende portefølje er der {p} sandsynlighed for, at fondens saldo vil "
        "være positiv i hvert af de første {n} år ({first}–{last}).",
        "en": "With the current portfolio the chance that the fund's balance will stay positive "
        "in each of the first {n} years ({first}–{last}) is {p}.",
    },
    "fund.sum.shock": {
        "da": "Tallet tager højde for et fælles stød: et svagt arbejdsmarked ville ramme alle "
        "investeringernes beskæftigelsesresultater på én gang. Uden det fælles stød, altså "
        "hvis investeringerne gik godt eller skidt uafhængigt af hinanden, ville "
        "sandsynligheden være {p}.",
        "en": "The figure allows for a common shock: a weak labour market would hit every "
        "investment's employment outcomes at once. Without the common shock, that is if the "
        "investments did well or badly independently of each other, the chance would be {p}.",
    },
    "fund.sum.shock_same": {
        "da": "Tallet tager højde for et fælles stød: et svagt arbejdsmarked ville ramme alle "
        "investeringernes beskæftigelsesresultater på én gang. Uden det fælles stød, altså "
        "hvis investeringerne gik godt eller skidt uafhængigt af hinanden, ville "
        "sandsynligheden også være {p}.",
        "en": "The figure allows for a common shock: a weak labour market would hit every "
        "investment's employment outcomes at once. Without the common shock, that is if the "
        "investments did well or badly independently of each other, the chance would also be "
        "{p}.",
    },
    "fund.sum.balance": {
        "da": "Saldoen ultimo {year} forventes at blive {balance} (90 %-interval {low} – {high}).",
        "en": "The balance at the end of {year} is expected to be {balance} (90% interval {low} "
        "– {high}).",
    },
    "fund.sum.balance_central": {
        "da": "Med forslagenes egne tal (centralt skøn) ville den blive {balance}.",
        "en": "With the proposals' own figures (central estimate) it would be {balance}.",
    },
    "fund.sum.balance_central_only": {
        "da": "Med forslagenes egne tal (centralt skøn) vil saldoen ultimo {year} være {balance}.",
        "en": "With the proposals' own figures (central estimate) the balance at the end of "
        "{year} will be {balance}.",
    },
    "fund.sum.dry": {
        "da": "{path} vil fonden løbe tør i {year}.",
        "en": "{path} the fund will run dry in {year}.",
    },
    "fund.sum.never": {
        "da": "{path} vil fonden ikke løbe tør inden udgangen af {last}.",
        "en": "{path} the fund will not run dry by {last}.",
    },
    "fund.sum.capacity": {
        "da": "Fonden vil kunne binde yderligere {capacity} fra {year} og stadig være mindst "
        "90 % sikker på at holde i {n} år.",
        "en": "The fund could commit another {capacity} from {year} and still be at least 90% "
        "sure of lasting {n} years.",
    },
    "fund.sum.with_new": {
        "da": "Med {names} vil sandsynligheden være {p} (uden fælles stød {p0}), og pladsen "
        "til nye investeringer vil være {capacity}.",
        "en": "With {names} the chance would be {p} ({p0} without the common shock), and the "
        "room for new investments would be {capacity}.",
    },
    "fund.sum.with_new_dry": {
        "da": "{path} vil fonden med de nye forslag løbe tør i {year}.",
        "en": "{path} the fund with the new proposals would run dry in {year}.",
    },
    "fund.sum.with_new_never": {
        "da": "{path} vil fonden heller ikke med de nye forslag løbe tør inden udgangen af {last}.",
        "en": "{path} the fund with the new proposals would not run dry by {last} either.",
    },
    "fund.method": {
        "da": "Fondens saldo er startkapitalen minus den kapital, fonden lægger i "
        "investeringerne, plus det, den får tilbage (resultatbetalinger, garantier og andele "
        "af kommunens gevinst), minus driften, fondens transaktionsomkostninger og direkte "
        "tilskud. Hver investering regnes med sine egne tal og sine egne usikkerheder, i "
        "{draws} simuleringer. {shock} Forventet betyder gennemsnittet af simuleringerne; "
        "centralt skøn betyder forslagenes egne tal uden usikkerhed. Samme startværdi for "
        "tilfældige tal giver de samme tal, og en ny investering ændrer ikke simuleringerne af "
        "de øvrige. Fonden skal være aktiv i mindst {n} år.",
        "en": "The fund's balance is its start capital minus the capital it puts into the "
        "investments, plus what it gets back (outcome payments, guarantees and shares of the "
        "municipality's gain), minus running costs, the fund's transaction costs and direct "
        "grants. Each investment is computed with its own figures and its own uncertainties, "
        "in {draws} simulations. {shock} Expected means the mean of the simulations; central "
        "estimate means the proposals' own figures without uncertainty. The same random seed "
        "gives the same figures, and a new investment does not change the simulations of the "
        "others. The fund is to stay active for at least {n} years.",
    },
    "fund.method.shock": {
        "da": "Investeringerne er ikke uafhængige: et fælles stød (korrelation {rho}) lader et "
        "svagt arbejdsmarked ramme alle beskæftigelsesresultater på én gang. Sandsynligheden "
        "for at holde i {n} år er også regnet uden det fælles stød, så man kan se, hvad det "
        "betyder.",
        "en": "The investments are not independent: a common shock (correlation {rho}) lets a "
        "weak labour market hit every employment outcome at once. The chance of lasting {n} "
        "years is also computed without the common shock, to show what it costs.",
    },
    "fund.method.no_shock": {
        "da": "Fondsfilen angiver intet fælles stød, så investeringerne simuleres uafhængigt af "
        "hinanden; et svagt arbejdsmarked, der rammer alle på én gang, er ikke med.",
        "en": "The fund file gives no common shock, so the investments are simulated "
        "independently; a weak labour market hitting all of them at once is not included.",
    },
}
