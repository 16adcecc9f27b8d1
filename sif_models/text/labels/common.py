"""The words that more than one document shows: the title block and front matter, the shared
headings and key figures, the fund's outlook (the tables and the fan chart of
:mod:`sif_models.documents.common`), provenance rows, a proposal's status and small values."""

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ title block
    "doc.kind": {"da": "Beslutningsgrundlag", "en": "Decision brief"},
    "doc.for_council": {
        "da": "til Rådet for Sociale Investeringer",
        "en": "for the Council for Social Investments",
    },
    "doc.council": {
        "da": "Rådet for Sociale Investeringer",
        "en": "Council for Social Investments",
    },
    "doc.made": {"da": "Udarbejdet", "en": "Prepared"},
    "doc.page": {"da": "Side", "en": "Page"},
    "doc.of": {"da": "af", "en": "of"},
    "doc.kind_fund": {"da": "Fondens økonomi", "en": "Fund outlook"},
    "doc.kind_meeting": {"da": "Mødepakke", "en": "Meeting pack"},
    "doc.kind_annual": {"da": "Årsrapport", "en": "Annual report"},
    "doc.from_council": {
        "da": "fra Rådet for Sociale Investeringer",
        "en": "from the Council for Social Investments",
    },
    # ------------------------------------------------------------------ headings
    "heading.summary": {"da": "Kort fortalt", "en": "In brief"},
    "heading.key_figures": {"da": "Nøgletal", "en": "Key figures"},
    "heading.provenance": {"da": "Dokumentation", "en": "Provenance"},
    "heading.method": {"da": "Sådan er tallene regnet", "en": "How the figures are computed"},
    # ------------------------------------------------------------------ key figures
    "kf.figure": {"da": "Nøgletal", "en": "Figure"},
    "kf.participants": {"da": "Deltagere", "en": "Participants"},
    "kf.p_public": {
        "da": "Sandsynlighed for offentlig gevinst",
        "en": "Chance that the public purse gains",
    },
    "kf.p_fin_loss": {
        "da": "Sandsynlighed for tab hos finansiererne",
        "en": "Chance that the financiers lose money",
    },
    "kf.p_fund_loss": {
        "da": "Sandsynlighed for tab hos fonden",
        "en": "Chance that the fund loses money",
    },
    # ------------------------------------------------------------------ charts
    "chart.year": {"da": "År", "en": "Year"},
    "chart.alt": {"da": "Diagram: {title}", "en": "Chart: {title}"},
    # ------------------------------------------------------------------ cash-flow table
    "cf.total": {"da": "I alt", "en": "Total"},
    # ------------------------------------------------------------------ provenance
    "prov.item": {"da": "Hvad", "en": "What"},
    "prov.value": {"da": "Værdi", "en": "Value"},
    "prov.proposal_file": {"da": "Forslagsfil", "en": "Proposal file"},
    "prov.proposal_sha": {"da": "SHA-256 af forslagsfilen", "en": "SHA-256 of the proposal file"},
    "prov.catalogue_sha": {
        "da": "SHA-256 af enhedsomkostningskataloget",
        "en": "SHA-256 of the unit-cost catalogue",
    },
    "prov.index_sha": {"da": "SHA-256 af prisindekset", "en": "SHA-256 of the price index"},
    "prov.version": {"da": "sif-version", "en": "sif version"},
    "prov.seed": {"da": "Startværdi for tilfældige tal", "en": "Random seed"},
    "prov.draws": {"da": "Antal simuleringer", "en": "Number of simulations"},
    "prov.date": {"da": "Dato", "en": "Date"},
    "prov.note": {
        "da": "Samme forslagsfil, katalog, startværdi og antal simuleringer giver de samme tal.",
        "en": "The same proposal file, catalogue, seed and number of simulations give the same "
        "figures.",
    },
    "prov.fund_file": {"da": "Fondsfil", "en": "Fund file"},
    "prov.fund_sha": {"da": "SHA-256 af fondsfilen", "en": "SHA-256 of the fund file"},
    "prov.meeting_file": {"da": "Mødefil", "en": "Meeting file"},
    "prov.meeting_sha": {"da": "SHA-256 af mødefilen", "en": "SHA-256 of the meeting file"},
    "prov.results_file": {"da": "Resultatfil", "en": "Results file"},
    "prov.results_sha": {"da": "SHA-256 af resultatfilen", "en": "SHA-256 of the results file"},
    # ------------------------------------------------------------------ a proposal's status
    "status.proposal": {"da": "Forslag", "en": "Proposal"},
    "status.approved": {"da": "Godkendt", "en": "Approved"},
    "status.running": {"da": "I gang", "en": "Running"},
    "status.ended": {"da": "Afsluttet", "en": "Ended"},
    "status.rejected": {"da": "Afvist", "en": "Rejected"},
    # ------------------------------------------------------------------ values
    "value.years": {"da": "{n} år", "en": "{n} years"},
    "value.year_one": {"da": "1 år", "en": "1 year"},
    "value.period": {"da": "{first}–{last}", "en": "{first}–{last}"},
    # ------------------------------------------------------------------ the fund's outlook
    "fo.figure": {"da": "Nøgletal", "en": "Figure"},
    "fo.portfolio": {"da": "Porteføljen", "en": "Portfolio"},
    "fo.with_new": {"da": "Med de nye forslag", "en": "With the new proposals"},
    "fo.p_active": {
        "da": "Sandsynlighed for, at saldoen er positiv i hvert af de første {n} år "
        "({first}–{last})",
        "en": "Chance that the balance stays positive in each of the first {n} years "
        "({first}–{last})",
    },
    "fo.run_dry_year": {
        "da": "År hvor fonden løber tør (forventet forløb)",
        "en": "Year the fund runs dry (expected path)",
    },
    "fo.never": {"da": "Ikke inden udgangen af {last}", "en": "Not by {last}"},
    "fo.p_run_dry": {
        "da": "Sandsynlighed for at løbe tør inden udgangen af {last}",
        "en": "Chance of running dry by {last}",
    },
    "fo.lowest": {
        "da": "Laveste saldo (forventet forløb)",
        "en": "Lowest balance (expected path)",
    },
    "fo.value_in_year": {"da": "{value} ({year})", "en": "{value} ({year})"},
    "fo.balance_10": {
        "da": "Saldo ultimo {year} (forventet)",
        "en": "Balance at the end of {year} (expected)",
    },
    "fo.balance_10_band": {
        "da": "Saldo ultimo {year}, 90 %-interval",
        "en": "Balance at the end of {year}, 90% interval",
    },
    "fo.capacity": {
        "da": "Plads til nye investeringer fra {year} (mindst 90 % sikker på at holde i {n} år)",
        "en": "Room for new investments from {year} (at least 90% sure of lasting {n} years)",
    },
    # ------------------------------------------------------------------ the fund year by year
    "fy.unit": {
        "da": "Beløb i 1.000 kr., faste priser, ikke tilbagediskonteret; saldo ultimo året.",
        "en": "Amounts in DKK thousand, constant prices, undiscounted; balance at year end.",
    },
    "fy.year": {"da": "År", "en": "Year"},
    "fy.put_in": {"da": "Lagt ind", "en": "Put in"},
    "fy.received": {"da": "Modtaget", "en": "Received"},
    "fy.running": {"da": "Drift", "en": "Running costs"},
    "fy.grants": {"da": "Tilskud", "en": "Grants"},
    "fy.balance": {"da": "Saldo", "en": "Balance"},
    "fy.band": {"da": "Saldo, 90 %-interval", "en": "Balance, 90% interval"},
    "fy.balance_other": {"da": "Saldo, {label}", "en": "Balance, {label}"},
    "fy.balance_of": {"da": "{label}: saldo", "en": "{label}: balance"},
    "fy.band_of": {"da": "{label}: 90 %-interval", "en": "{label}: 90% interval"},
    "fy.explain": {
        "da": "Lagt ind: fondens andel af kapitalen til indsatserne. Modtaget: fondens andel af "
        "resultatbetalinger og garantier plus den andel af kommunens gevinst, der går tilbage "
        "til fonden. Drift: honorarer til rådet. Saldo = startkapital − lagt ind + modtaget − "
        "drift − tilskud, år for år (forventet forløb).",
        "en": "Put in: the fund's share of the capital for the interventions. Received: the "
        "fund's share of outcome payments and guarantees plus the share of the municipality's "
        "gain returned to the fund. Running costs: the council's fees. Balance = start capital "
        "− put in + received − running costs − grants, year by year (expected path).",
    },
    # ------------------------------------------------------------------ the fund's chart
    "chart.fund.title": {
        "da": "Fondens saldo år for år",
        "en": "The fund's balance year by year",
    },
    "chart.fund.ylabel": {"da": "Saldo ultimo året", "en": "Balance at year end"},
    "chart.fund.band": {"da": "{label}: 90 %-interval", "en": "{label}: 90% interval"},
    "chart.fund.central": {"da": "{label}: forventet", "en": "{label}: expected"},
    "chart.fund.ten_years": {"da": "De første {n} år", "en": "The first {n} years"},
    "chart.fund.note": {
        "da": "Hver linje er et forventet forløb (gennemsnittet af simuleringerne); hvert "
        "skraveret bånd rummer 90 % af {draws} simuleringer. Den lodrette streg markerer "
        "slutningen af fondens første {n} år. Under nul-linjen ville fonden være løbet tør.",
        "en": "Each line is an expected path (the mean of the simulations); each shaded band "
        "holds 90% of {draws} simulations. The vertical line marks the end of the fund's first {n} years. Below "
        "the zero line the fund would have run dry.",
    },
    # ------------------------------------------------------------------ title block and summary
    "fund.name": {"da": "Fond", "en": "Fund"},
}
