"""Every word of the decision brief, in Danish (the default) and English, in one place.

The brief's text is looked up here by key; nothing else in the brief code holds prose. Keys are
grouped by where they appear. ``text(key, lang, **values)`` fills ``{placeholders}`` with
``str.format``; values are inserted as given, so callers escape proposal text *before* passing it
(see :func:`sif_models.text.markdown.escape_md`).

Examples
--------
>>> text("heading.key_figures", "da"), text("heading.key_figures", "en")
('Nøgletal', 'Key figures')
>>> text("value.years", "da", n=3)
'3 år'
>>> payer("stat", "en")
'State'
"""

from __future__ import annotations

LANGS = ("da", "en")

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ document
    "doc.kind": {"da": "Beslutningsgrundlag", "en": "Decision brief"},
    "doc.for_council": {
        "da": "til Rådet for Sociale Investeringer",
        "en": "for the Council for Social Investments",
    },
    "doc.target_group": {"da": "Målgruppe", "en": "Target group"},
    "doc.status": {"da": "Status", "en": "Status"},
    "doc.period": {"da": "Periode", "en": "Period"},
    "doc.prices": {"da": "Faste priser", "en": "Constant prices"},
    "doc.made": {"da": "Udarbejdet", "en": "Prepared"},
    "doc.description": {"da": "Om indsatsen", "en": "About the intervention"},
    "doc.page": {"da": "Side", "en": "Page"},
    "doc.of": {"da": "af", "en": "of"},
    # ------------------------------------------------------------------ headings
    "heading.ask": {"da": "Hvad rådet bedes beslutte", "en": "What the council is asked to decide"},
    "heading.summary": {"da": "Kort fortalt", "en": "In brief"},
    "heading.key_figures": {"da": "Nøgletal", "en": "Key figures"},
    "heading.charts": {"da": "Økonomien i billeder", "en": "The economics in charts"},
    "heading.risk": {"da": "Usikkerhed", "en": "Uncertainty"},
    "heading.cash_flows": {"da": "Pengestrømme år for år", "en": "Cash flows year by year"},
    "heading.financiers": {"da": "Finansiering", "en": "Financing"},
    "heading.assumptions": {"da": "Forudsætninger og kilder", "en": "Assumptions and sources"},
    "heading.unit_costs": {
        "da": "Enhedsomkostninger, der indgår",
        "en": "Unit costs used",
    },
    "heading.outcomes": {"da": "Effekter", "en": "Outcomes"},
    "heading.warnings": {"da": "Bemærk", "en": "Please note"},
    "heading.provenance": {"da": "Dokumentation", "en": "Provenance"},
    "heading.method": {"da": "Sådan er tallene regnet", "en": "How the figures are computed"},
    # ------------------------------------------------------------------ ask
    "ask.missing": {
        "da": "Forslaget angiver ikke, hvad rådet bedes beslutte.",
        "en": "The proposal does not state what the council is asked to decide.",
    },
    # ------------------------------------------------------------------ key figures
    "kf.figure": {"da": "Nøgletal", "en": "Figure"},
    "kf.central": {"da": "Forventet", "en": "Expected"},
    "kf.range": {"da": "90 %-interval", "en": "90% interval"},
    "kf.participants": {"da": "Deltagere", "en": "Participants"},
    "kf.participants_value": {
        "da": "{n} borgere, optag {first}–{last}",
        "en": "{n} citizens, starting {first}–{last}",
    },
    "kf.participants_value_one": {
        "da": "{n} borgere, optag {first}",
        "en": "{n} citizens, starting {first}",
    },
    "kf.cost": {"da": "Indsatsens udgift (nutidsværdi)", "en": "Cost of the intervention (PV)"},
    "kf.cost_total": {
        "da": "Indsatsens udgift i alt (ikke tilbagediskonteret)",
        "en": "Cost of the intervention, undiscounted",
    },
    "kf.additional": {
        "da": "Ekstra borgere: {label}",
        "en": "Additional citizens: {label}",
    },
    "kf.public_net": {
        "da": "Offentligt nettoresultat (nutidsværdi)",
        "en": "Public-sector net result (PV)",
    },
    "kf.kommune_net": {
        "da": "Kommunens nettoresultat (nutidsværdi)",
        "en": "Municipality's net result (PV)",
    },
    "kf.bcr": {
        "da": "Undgåede udgifter pr. investeret krone",
        "en": "Avoided costs per krone invested (benefit-cost ratio)",
    },
    "kf.break_even_year": {
        "da": "Break-even år (offentlige kasser)",
        "en": "Break-even year (public purse)",
    },
    "kf.break_even_rate": {
        "da": "Break-even succesrate: {label}",
        "en": "Break-even success rate: {label}",
    },
    "kf.break_even_rate_value": {
        "da": "{value} (forventet {expected})",
        "en": "{value} (expected {expected})",
    },
    "kf.p_public": {
        "da": "Sandsynlighed for offentlig gevinst",
        "en": "Chance that the public purse gains",
    },
    "kf.p_kommune": {
        "da": "Sandsynlighed for kommunal gevinst",
        "en": "Chance that the municipality gains",
    },
    "kf.multiple": {
        "da": "Finansierernes tilbagebetaling pr. krone (multiple)",
        "en": "Financiers' money back per krone (multiple)",
    },
    "kf.irr": {"da": "Finansierernes årlige forrentning (IRR)", "en": "Financiers' IRR"},
    "kf.p_fin_loss": {
        "da": "Sandsynlighed for tab hos finansiererne",
        "en": "Chance that the financiers lose money",
    },
    "kf.fund_in": {"da": "Fonden lægger ind", "en": "The fund puts in"},
    "kf.fund_back": {"da": "Fonden kan få tilbage", "en": "The fund may get back"},
    "kf.p_fund_loss": {
        "da": "Sandsynlighed for tab hos fonden",
        "en": "Chance that the fund loses money",
    },
    "kf.no_break_even": {"da": "Intet inden for perioden", "en": "None within the horizon"},
    "kf.no_break_even_share": {
        "da": "intet break-even i {share} af simuleringerne",
        "en": "no break-even in {share} of the simulations",
    },
    "kf.irr_none": {"da": "Ingen ({reason})", "en": "None ({reason})"},
    "kf.irr_none_share": {
        "da": "ingen IRR i {share} af simuleringerne",
        "en": "no IRR in {share} of the simulations",
    },
    "kf.no_risk": {
        "da": "Intervaller og sandsynligheder kræver simuleringer (draws > 0).",
        "en": "Intervals and probabilities need simulations (draws > 0).",
    },
    "kf.interval_note": {
        "da": "90 %-intervallet går fra 5. til 95. percentil af {draws} simuleringer.",
        "en": "The 90% interval runs from the 5th to the 95th percentile of {draws} simulations.",
    },
    # ------------------------------------------------------------------ outcomes table
    "out.intro": {
        "da": "Ekstra borgere er dem, der når målet på grund af indsatsen: deltagere gange "
        "forskellen mellem succesraten og basisalternativet. Break-even succesraten er den "
        "succesrate, hvor det offentlige netop går i nul, når alle effekter skaleres lige meget.",
        "en": "Additional citizens are those who reach the outcome because of the "
        "intervention: participants times the difference between the success rate and the "
        "baseline. The break-even success rate is the rate at which the public sector just "
        "breaks even when every effect is scaled alike.",
    },
    "out.outcome": {"da": "Effekt", "en": "Outcome"},
    "out.additional": {"da": "Ekstra borgere", "en": "Additional citizens"},
    "out.baseline": {"da": "Uden indsats", "en": "Without"},
    "out.expected": {"da": "Med indsats", "en": "With"},
    "out.break_even": {"da": "Break-even succesrate", "en": "Break-even success rate"},
    # ------------------------------------------------------------------ summary sentences
    "sum.public_gain": {
        "da": "Forventet sparer det offentlige {value} mere, end indsatsen koster "
        "(nutidsværdi over {years} år).",
        "en": "The public sector is expected to save {value} more than the intervention costs "
        "(present value over {years} years).",
    },
    "sum.public_loss": {
        "da": "Forventet koster indsatsen det offentlige {value} mere, end den sparer "
        "(nutidsværdi over {years} år).",
        "en": "The intervention is expected to cost the public sector {value} more than it "
        "saves (present value over {years} years).",
    },
    "sum.p_public": {
        "da": "I {p} af simuleringerne ender de offentlige kasser med en gevinst.",
        "en": "In {p} of the simulations the public purse ends up ahead.",
    },
    "sum.break_even": {
        "da": "Indsatsen har tjent sig hjem i {year}.",
        "en": "The intervention has paid for itself by {year}.",
    },
    "sum.no_break_even": {
        "da": "Indsatsen tjener sig ikke hjem inden {year}.",
        "en": "The intervention does not pay for itself by {year}.",
    },
    "sum.switch": {
        "da": "Det offentlige går i nul, hvis effekterne bliver {share} af det forventede.",
        "en": "The public sector breaks even if the effects are {share} of those expected.",
    },
    "sum.fund": {
        "da": "Fonden lægger {put} ind og forventes at få {back} tilbage; risikoen for tab er {p}.",
        "en": "The fund puts in {put} and is expected to get {back} back; "
        "the chance of a loss is {p}.",
    },
    "sum.fund_no_risk": {
        "da": "Fonden lægger {put} ind og forventes at få {back} tilbage.",
        "en": "The fund puts in {put} and is expected to get {back} back.",
    },
    # ------------------------------------------------------------------ charts
    "chart.cumulative.title": {
        "da": "Akkumuleret nettoresultat pr. part",
        "en": "Cumulative net result by party",
    },
    "chart.cumulative.ylabel": {"da": "Akkumuleret", "en": "Cumulative"},
    "chart.cumulative.break_even": {"da": "Break-even {year}", "en": "Break-even {year}"},
    "chart.cumulative.note": {
        "da": "Linjerne viser, hvad hver part samlet har vundet eller tabt til og med hvert år "
        "(faste {price_year}-priser, ikke tilbagediskonteret).",
        "en": "The lines show what each party has gained or lost in total up to each year "
        "(constant {price_year} prices, undiscounted).",
    },
    "chart.year": {"da": "År", "en": "Year"},
    "chart.public_net.title": {
        "da": "Fordeling af det offentlige nettoresultat",
        "en": "Distribution of the public-sector net result",
    },
    "chart.public_net.xlabel": {"da": "Nutidsværdi", "en": "Present value"},
    "chart.share_of_draws": {"da": "Andel af simuleringer", "en": "Share of simulations"},
    "chart.expected": {"da": "Forventet", "en": "Expected"},
    "chart.zero": {"da": "Nul", "en": "Zero"},
    "chart.p_positive": {"da": "Gevinst i {p}", "en": "Gain in {p}"},
    "chart.p_loss": {"da": "Tab i {p}", "en": "Loss in {p}"},
    "chart.p_zero": {"da": "Hverken gevinst eller tab: {p}", "en": "Neither gain nor loss: {p}"},
    "chart.public_net.note": {
        "da": "Hver søjle viser, hvor ofte nettoresultatet lander i det interval "
        "({draws} simuleringer). Til højre for nul-linjen vinder de offentlige kasser.",
        "en": "Each bar shows how often the net result lands in that range "
        "({draws} simulations). Right of the zero line the public purse gains.",
    },
    "chart.tornado.title": {
        "da": "Hvad betyder mest for det offentlige nettoresultat?",
        "en": "What matters most for the public-sector net result?",
    },
    "chart.tornado.xlabel": {
        "da": "Offentligt nettoresultat (nutidsværdi)",
        "en": "Public-sector net result (PV)",
    },
    "chart.tornado.low": {"da": "Lav værdi (5 %)", "en": "Low value (5%)"},
    "chart.tornado.high": {"da": "Høj værdi (95 %)", "en": "High value (95%)"},
    "chart.tornado.note": {
        "da": "Hver søjle viser nettoresultatet, når én forudsætning sættes til sin lave og "
        "høje værdi (5. og 95. percentil), mens resten holdes på det forventede.",
        "en": "Each bar shows the net result when one assumption is set to its low and high "
        "value (5th and 95th percentile) with the rest at their expected values.",
    },
    "chart.tornado.none": {
        "da": "Ingen forudsætninger har en angivet usikkerhed, så der er intet at variere.",
        "en": "No assumption has a stated uncertainty, so there is nothing to vary.",
    },
    "chart.financiers.title": {
        "da": "Finansierernes gevinst eller tab",
        "en": "The financiers' gain or loss",
    },
    "chart.financiers.xlabel": {
        "da": "Modtaget minus indskudt, ikke tilbagediskonteret",
        "en": "Received minus put in, undiscounted",
    },
    "chart.financiers.note": {
        "da": "Til venstre for nul-linjen får finansiererne mindre tilbage, end de har lagt ind. "
        "Tilbagebetaling pr. krone: {p5}–{p95} (90 %-interval).",
        "en": "Left of the zero line the financiers get back less than they put in. "
        "Money back per krone: {p5}–{p95} (90% interval).",
    },
    "chart.no_draws": {
        "da": "Fordelingerne kræver simuleringer; briefen er lavet uden (draws = 0).",
        "en": "The distributions need simulations; this brief was made without (draws = 0).",
    },
    "chart.alt": {"da": "Diagram: {title}", "en": "Chart: {title}"},
    # ------------------------------------------------------------------ parties and items
    "party.kommune": {"da": "Kommunen", "en": "Municipality"},
    "party.region": {"da": "Regionen", "en": "Region"},
    "party.stat": {"da": "Staten", "en": "State"},
    "party.public": {"da": "Offentlig sektor i alt", "en": "Public sector in total"},
    "party.financiers": {"da": "Finansiererne", "en": "Financiers"},
    "party.fund": {"da": "Fonden", "en": "The fund"},
    "party.provider": {"da": "Indsatsens udgift", "en": "Intervention cost"},
    "payer.kommune": {"da": "Kommune", "en": "Municipality"},
    "payer.region": {"da": "Region", "en": "Region"},
    "payer.stat": {"da": "Stat", "en": "State"},
    "role.fund": {"da": "fonden", "en": "the fund"},
    "role.investor": {"da": "investor", "en": "investor"},
    # ------------------------------------------------------------------ cash-flow table
    "cf.unit": {
        "da": "Beløb i 1.000 kr., faste {price_year}-priser. Positive tal er en gevinst for "
        "parten, negative en udgift.",
        "en": "Amounts in DKK thousand, constant {price_year} prices. Positive figures are a "
        "gain for the party, negative figures a cost.",
    },
    "cf.year": {"da": "År", "en": "Year"},
    "cf.cost": {"da": "Indsats", "en": "Intervention"},
    "cf.kommune": {"da": "Kommune", "en": "Municipality"},
    "cf.region": {"da": "Region", "en": "Region"},
    "cf.stat": {"da": "Stat", "en": "State"},
    "cf.public": {"da": "Offentlig i alt", "en": "Public total"},
    "cf.cumulative": {"da": "Offentlig akk.", "en": "Public cum."},
    "cf.financiers": {"da": "Finansierere", "en": "Financiers"},
    "cf.fund": {"da": "Fonden", "en": "Fund"},
    "cf.total": {"da": "I alt", "en": "Total"},
    "cf.pv": {"da": "Nutidsværdi", "en": "Present value"},
    "cf.explain": {
        "da": "Indsats: hvad leverandøren får for indsatsen. Kommune: undgåede kommunale "
        "udgifter minus resultatbetalinger{to_fund}. Region og stat: undgåede udgifter. "
        "Offentlig i alt: alle undgåede udgifter minus indsatsens udgift.",
        "en": "Intervention: what the provider is paid. Municipality: avoided municipal costs "
        "minus outcome payments{to_fund}. Region and state: avoided costs. Public total: all "
        "avoided costs minus the intervention cost.",
    },
    "cf.explain_to_fund": {
        "da": " og andelen af besparelsen til fonden",
        "en": " and the share of the savings paid to the fund",
    },
    # ------------------------------------------------------------------ financiers table
    "fin.name": {"da": "Finansierer", "en": "Financier"},
    "fin.share": {"da": "Andel", "en": "Share"},
    "fin.capital": {"da": "Indskud", "en": "Puts in"},
    "fin.received": {"da": "Modtager (forventet)", "en": "Receives (expected)"},
    "fin.profit": {"da": "Gevinst/tab (forventet)", "en": "Gain/loss (expected)"},
    # ------------------------------------------------------------------ risk table
    "risk.figure": {"da": "Nøgletal", "en": "Figure"},
    "risk.mean": {"da": "Gennemsnit", "en": "Mean"},
    "risk.p5": {"da": "5 %", "en": "5%"},
    "risk.p50": {"da": "Median", "en": "Median"},
    "risk.p95": {"da": "95 %", "en": "95%"},
    "risk.fund_net": {
        "da": "Fondens gevinst/tab (ikke tilbagediskonteret)",
        "en": "The fund's gain/loss (undiscounted)",
    },
    "risk.intro": {
        "da": "Tallene er beregnet {draws} gange med tilfældigt trukne succesrater og "
        "udgifter inden for deres usikkerhed (seed {seed}).",
        "en": "The figures were computed {draws} times with success rates and costs drawn at "
        "random within their uncertainty (seed {seed}).",
    },
    # ------------------------------------------------------------------ assumptions table
    "as.assumption": {"da": "Forudsætning", "en": "Assumption"},
    "as.value": {"da": "Værdi", "en": "Value"},
    "as.source": {"da": "Kilde", "en": "Source"},
    "as.uncertainty": {"da": "Usikkerhed", "en": "Uncertainty"},
    "as.no_source": {"da": "Ikke angivet", "en": "Not stated"},
    "as.fixed": {"da": "Fast", "en": "Fixed"},
    "as.group.general": {"da": "Generelt", "en": "General"},
    "as.group.intervention": {"da": "Indsatsen", "en": "The intervention"},
    "as.group.outcome": {"da": "Effekt: {label}", "en": "Outcome: {label}"},
    "as.group.contract": {"da": "Kontrakten", "en": "The contract"},
    "as.horizon": {"da": "Tidshorisont", "en": "Horizon"},
    "as.start_year": {"da": "Første år", "en": "First year"},
    "as.price_year": {"da": "Prisniveau", "en": "Price level"},
    "as.price_year_value": {"da": "{year}-priser", "en": "{year} prices"},
    "as.discount_rate": {"da": "Diskonteringsrente", "en": "Discount rate"},
    "as.discount_rate_long": {
        "da": "{short} (år 0–35), {long} derefter",
        "en": "{short} (years 0–35), {long} after",
    },
    "as.discount_default_source": {
        "da": "Finansministeriets samfundsøkonomiske diskonteringsrente (standard i sif)",
        "en": "The Danish Finance Ministry's social discount rate (sif's default)",
    },
    "as.intake": {"da": "Nye deltagere pr. år", "en": "New participants per year"},
    "as.cost_per_participant": {"da": "Udgift pr. deltager", "en": "Cost per participant"},
    "as.delivery_years": {"da": "Indsatsen varer", "en": "Delivery period"},
    "as.fixed_cost": {"da": "Faste udgifter pr. år", "en": "Fixed cost per year"},
    "as.fixed_cost_value": {"da": "{value} i {years}", "en": "{value} for {years}"},
    "as.baseline_rate": {
        "da": "Andel der når målet uden indsatsen (basisalternativ)",
        "en": "Share reaching the outcome without the intervention (baseline)",
    },
    "as.success_rate": {
        "da": "Andel der når målet med indsatsen",
        "en": "Share reaching the outcome with the intervention",
    },
    "as.lag_years": {"da": "Tid fra start til målt effekt", "en": "Time from start to outcome"},
    "as.persistence_years": {"da": "Effekten varer", "en": "The effect lasts"},
    "as.annual_decay": {"da": "Effekten aftager pr. år", "en": "Annual decay of the effect"},
    "as.price_dkk": {
        "da": "Resultatbetaling pr. verificeret udfald",
        "en": "Outcome payment per verified outcome",
    },
    "as.consequence": {
        "da": "Undgår pr. ekstra borger pr. år: {label}",
        "en": "Avoided per additional citizen per year: {label}",
    },
    "as.consequence_value": {
        "da": "{quantity} × {price} pr. {unit}",
        "en": "{quantity} × {price} per {unit}",
    },
    "as.interval": {"da": "90 %-interval {low}–{high}", "en": "90% interval {low}–{high}"},
    "as.evidence": {
        "da": "Forsøgsdata: {successes} af {trials}",
        "en": "Trial evidence: {successes} of {trials}",
    },
    "as.range": {"da": "± {share}", "en": "± {share}"},
    "as.pay_for": {"da": "Der betales for", "en": "Payment is for"},
    "as.pay_for.all": {"da": "alle der når målet", "en": "everyone reaching the outcome"},
    "as.pay_for.above_baseline": {
        "da": "kun udfald ud over basisalternativet",
        "en": "only outcomes above the baseline",
    },
    "as.payment_cap": {"da": "Loft over resultatbetalinger", "en": "Cap on outcome payments"},
    "as.return_cap": {
        "da": "Loft over finansierernes afkast",
        "en": "Cap on the financiers' return",
    },
    "as.return_cap_value": {"da": "{rate} pr. år", "en": "{rate} a year"},
    "as.guarantee": {"da": "Underskudsgaranti", "en": "Deficit guarantee"},
    "as.guarantee_value": {"da": "{value} fra {guarantor}", "en": "{value} from {guarantor}"},
    "as.savings_share": {
        "da": "Andel af kommunens besparelse til fonden",
        "en": "Share of the municipality's savings to the fund",
    },
    "as.financing": {"da": "Finansiering", "en": "Financing"},
    "as.none": {"da": "Intet", "en": "None"},
    "as.sources_general": {"da": "Kilde for forslaget", "en": "Source of the proposal"},
    # ------------------------------------------------------------------ unit costs table
    "uc.item": {"da": "Udgift", "en": "Cost item"},
    "uc.payer": {"da": "Betaler", "en": "Payer"},
    "uc.price": {"da": "Pris (prisår)", "en": "Price (price year)"},
    "uc.price_now": {"da": "Pris i {year} (indeks)", "en": "Price in {year} (index)"},
    "uc.price_now_value": {"da": "{price} (× {factor})", "en": "{price} (× {factor})"},
    "uc.range": {"da": "Usikkerhed", "en": "Uncertainty"},
    "uc.source": {"da": "Kilde", "en": "Source"},
    "uc.flag": {"da": "Status", "en": "Status"},
    "uc.per": {"da": "pr. {unit}", "en": "per {unit}"},
    "uc.index_note": {
        "da": "Priserne er omregnet til {year}-priser: pris × (prisindeks {year} / prisindeks "
        "i prisåret), tallet i parentes. Prisindeks: {source}.",
        "en": "Prices are converted to {year} prices: price × (price index {year} / price "
        "index of the price year), the figure in brackets. Price index: {source}.",
    },
    "flag.published": {"da": "Offentliggjort", "en": "Published"},
    "flag.uncertain": {"da": "Usikker", "en": "Uncertain"},
    "flag.assumption": {"da": "Antagelse", "en": "Assumption"},
    "origin.catalogue": {"da": "sifs katalog", "en": "sif's catalogue"},
    "origin.proposal": {"da": "forslagets egen", "en": "the proposal's own"},
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
    "prov.seed": {"da": "Seed", "en": "Seed"},
    "prov.draws": {"da": "Antal simuleringer", "en": "Number of simulations"},
    "prov.date": {"da": "Dato", "en": "Date"},
    "prov.note": {
        "da": "Samme forslagsfil, katalog, seed og antal simuleringer giver de samme tal.",
        "en": "The same proposal file, catalogue, seed and number of simulations give the same "
        "figures.",
    },
    "method.text": {
        "da": "Alle beløb er i faste priser. Nutidsværdier er tilbagediskonteret med "
        "diskonteringsrenten; år 0 tilbagediskonteres ikke. Offentligt nettoresultat er de "
        "undgåede udgifter i kommune, region og stat minus indsatsens udgift. Kommunens "
        "nettoresultat er kommunens undgåede udgifter minus resultatbetalingerne. Kun effekter "
        "ud over basisalternativet tæller som gevinst.",
        "en": "All amounts are in constant prices. Present values are discounted at the "
        "discount rate; year 0 is not discounted. The public-sector net result is the costs "
        "avoided by municipality, region and state minus the intervention cost. The "
        "municipality's net result is its avoided costs minus the outcome payments. Only "
        "effects above the baseline count as gains.",
    },
    # ------------------------------------------------------------------ status values
    "status.proposal": {"da": "Forslag", "en": "Proposal"},
    "status.approved": {"da": "Godkendt", "en": "Approved"},
    "status.running": {"da": "I gang", "en": "Running"},
    "status.ended": {"da": "Afsluttet", "en": "Ended"},
    "status.rejected": {"da": "Afvist", "en": "Rejected"},
    # ------------------------------------------------------------------ values
    "value.years": {"da": "{n} år", "en": "{n} years"},
    "value.year_one": {"da": "1 år", "en": "1 year"},
    "value.period": {"da": "{first}–{last}", "en": "{first}–{last}"},
    "value.none": {"da": "Ingen", "en": "None"},
    "value.yes": {"da": "Ja", "en": "Yes"},
    "value.no": {"da": "Nej", "en": "No"},
    # ------------------------------------------------------------------ units
    "unit.year": {"da": "år", "en": "year"},
    "unit.month": {"da": "måned", "en": "month"},
    "unit.week": {"da": "uge", "en": "week"},
    "unit.day": {"da": "dag", "en": "day"},
    "unit.night": {"da": "nat", "en": "night"},
    "unit.course": {"da": "forløb", "en": "course"},
    "unit.case": {"da": "sag", "en": "case"},
    "unit.person": {"da": "person", "en": "person"},
    "unit.visit": {"da": "besøg", "en": "visit"},
    "unit.hour": {"da": "time", "en": "hour"},
    "unit.stay": {"da": "ophold", "en": "stay"},
    "unit.placement": {"da": "anbringelse", "en": "placement"},
    "unit.conviction": {"da": "dom", "en": "conviction"},
    "unit.contact": {"da": "kontakt", "en": "contact"},
    "unit.call-out": {"da": "udrykning", "en": "call-out"},
    "unit.unit": {"da": "enhed", "en": "unit"},
    # ------------------------------------------------------------------ tornado inputs
    "tornado.success_rate": {"da": "Succesrate: {label}", "en": "Success rate: {label}"},
    "tornado.intervention_cost": {
        "da": "Indsatsens udgift (nutidsværdi)",
        "en": "Intervention cost (PV)",
    },
    "tornado.unit_cost": {"da": "Enhedspris: {label}", "en": "Unit cost: {label}"},
    # ------------------------------------------------------------------ other documents
    "doc.kind_fund": {"da": "Fondens økonomi", "en": "Fund outlook"},
    "doc.kind_meeting": {"da": "Mødepakke", "en": "Meeting pack"},
    "doc.kind_annual": {"da": "Årsrapport", "en": "Annual report"},
    "doc.from_council": {
        "da": "fra Rådet for Sociale Investeringer",
        "en": "from the Council for Social Investments",
    },
    # ------------------------------------------------------------------ the fund's outlook
    "fo.figure": {"da": "Nøgletal", "en": "Figure"},
    "fo.portfolio": {"da": "Porteføljen", "en": "Portfolio"},
    "fo.with_new": {"da": "Med de nye forslag", "en": "With the new proposals"},
    "fo.p_active": {
        "da": "Sandsynlighed for at saldoen er positiv i alle de første {n} år ({first}–{last})",
        "en": "Chance that the balance stays positive in each of the first {n} years "
        "({first}–{last})",
    },
    "fo.run_dry_year": {
        "da": "År hvor fonden løber tør (forventet forløb)",
        "en": "Year the fund runs dry (expected path)",
    },
    "fo.never": {"da": "Ikke inden {last}", "en": "Not by {last}"},
    "fo.p_run_dry": {
        "da": "Sandsynlighed for at løbe tør inden {last}",
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
        "da": "Plads til nye investeringer fra {year} (90 %-sikkerhed for ti år)",
        "en": "Room for new investments from {year} (90% sure of ten years)",
    },
    "fo.note": {
        "da": "Forventet forløb: alle forudsætninger på deres forventede værdi. Sandsynligheder "
        "og intervaller: {draws} simuleringer af alle investeringer på én gang. Pladsen til "
        "nye investeringer er det største beløb, fonden kan binde i det år uden at få noget "
        "tilbage, og stadig med mindst 90 % sandsynlighed have en positiv saldo i de første "
        "ti år.",
        "en": "Expected path: every assumption at its expected value. Chances and intervals: "
        "{draws} simulations of all investments at once. The room for new investments is the "
        "largest sum the fund could commit in that year, getting nothing back, and still be "
        "at least 90% sure of a positive balance in each of the first ten years.",
    },
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
    "chart.fund.title": {
        "da": "Fondens saldo år for år",
        "en": "The fund's balance year by year",
    },
    "chart.fund.ylabel": {"da": "Saldo ultimo året", "en": "Balance at year end"},
    "chart.fund.band": {"da": "{label}: 90 %-interval", "en": "{label}: 90% interval"},
    "chart.fund.central": {"da": "{label}: forventet", "en": "{label}: expected"},
    "chart.fund.ten_years": {"da": "De første {n} år", "en": "The first {n} years"},
    "chart.fund.note": {
        "da": "Linjen er det forventede forløb; det skraverede bånd rummer 90 % af {draws} "
        "simuleringer. Den lodrette streg markerer slutningen af fondens første {n} år. Under "
        "nul-linjen er fonden løbet tør.",
        "en": "The line is the expected path; the shaded band holds 90% of {draws} "
        "simulations. The vertical line marks the end of the fund's first {n} years. Below "
        "the zero line the fund has run dry.",
    },
    "chart.fund.note_no_draws": {
        "da": "Linjen er det forventede forløb (uden simuleringer er der intet bånd). Den "
        "lodrette streg markerer slutningen af fondens første {n} år.",
        "en": "The line is the expected path (without simulations there is no band). The "
        "vertical line marks the end of the fund's first {n} years.",
    },
    # ------------------------------------------------------------------ the fund brief
    "fund.title": {
        "da": "Fondens økonomi de næste {n} år",
        "en": "The fund over the next {n} years",
    },
    "fund.name": {"da": "Fond", "en": "Fund"},
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
    # ------------------------------------------------------------------ meeting pack
    "meet.title": {"da": "Mødepakke: {title}", "en": "Meeting pack: {title}"},
    "meet.date": {"da": "Mødedato", "en": "Meeting date"},
    "meet.items": {"da": "Punkter", "en": "Items"},
    "meet.link.overview_pdf": {"da": "Oversigten som PDF", "en": "This overview as PDF"},
    "meet.link.pack_pdf": {
        "da": "Hele mødepakken som én PDF",
        "en": "The whole pack as one PDF",
    },
    "meet.link.fund": {"da": "Fondens økonomi", "en": "The fund's outlook"},
    "meet.pdf.overview": {"da": "Oversigt", "en": "Overview"},
    "meet.heading.agenda": {"da": "Dagsorden", "en": "Agenda"},
    "meet.heading.compare": {"da": "Forslagene side om side", "en": "The proposals side by side"},
    "meet.heading.problems": {
        "da": "Punkter uden beslutningsgrundlag",
        "en": "Items without a brief",
    },
    "meet.heading.fund": {
        "da": "Fondens økonomi før og efter mødets forslag",
        "en": "The fund before and after the meeting's proposals",
    },
    "meet.heading.balance": {
        "da": "Saldo år for år før og efter",
        "en": "Balance year by year, before and after",
    },
    "meet.col.no": {"da": "Nr.", "en": "No."},
    "meet.col.item": {"da": "Punkt", "en": "Item"},
    "meet.col.kind": {"da": "Type", "en": "Type"},
    "meet.col.proposal": {"da": "Forslag", "en": "Proposal"},
    "meet.col.brief": {"da": "Beslutningsgrundlag", "en": "Brief"},
    "meet.kind.decision": {"da": "Beslutning", "en": "Decision"},
    "meet.kind.discussion": {"da": "Drøftelse", "en": "Discussion"},
    "meet.kind.status": {"da": "Status", "en": "Status"},
    "meet.state.invalid": {
        "da": "Fejl i forslaget, se nedenfor",
        "en": "Errors in the proposal, see below",
    },
    "meet.state.failed": {
        "da": "Kunne ikke beregnes, se nedenfor",
        "en": "Could not be computed, see below",
    },
    "meet.state.invalid_short": {"da": "fejl i forslaget", "en": "errors in the proposal"},
    "meet.state.failed_short": {"da": "kunne ikke beregnes", "en": "could not be computed"},
    "meet.fund_broken": {
        "da": "Ikke med i tallene, fordi forslaget ikke kunne behandles: {names}.",
        "en": "Not in the figures, because the proposal could not be processed: {names}.",
    },
    "meet.row.kind": {"da": "Punktets type", "en": "Type of item"},
    "meet.row.fund_share": {"da": "Fondens andel af kapitalen", "en": "Fund's share of capital"},
    "meet.participants_value": {
        "da": "{n} borgere, {first}–{last}",
        "en": "{n} citizens, {first}–{last}",
    },
    "meet.compare_note": {
        "da": "Nutidsværdier over hver indsats' egen periode og i dens egne faste priser; "
        "sandsynlighederne bygger på {draws} simuleringer pr. forslag. Tallene er de samme "
        "som i forslagenes beslutningsgrundlag.",
        "en": "Present values over each intervention's own period and in its own constant "
        "prices; the chances come from {draws} simulations per proposal. The figures are "
        "those of the proposals' briefs.",
    },
    "meet.compare_note_no_draws": {
        "da": "Nutidsværdier over hver indsats' egen periode. Sandsynligheder kræver "
        "simuleringer (draws > 0).",
        "en": "Present values over each intervention's own period. Chances need simulations "
        "(draws > 0).",
    },
    "meet.none_usable": {
        "da": "Ingen af dagsordenens forslag kunne beregnes.",
        "en": "None of the agenda's proposals could be computed.",
    },
    "meet.problems_intro": {
        "da": "Disse punkter har intet beslutningsgrundlag, fordi forslagsfilen har fejl eller "
        "ikke kunne beregnes. Fejlene står som fil: felt: problem. De øvrige punkter er "
        "behandlet som normalt.",
        "en": "These items have no brief because the proposal file has errors or could not be "
        "computed. Each error reads file: field: problem. The other items were processed as "
        "usual.",
    },
    "meet.item_no": {"da": "Punkt {n}", "en": "Item {n}"},
    "meet.file": {"da": "fil", "en": "file"},
    "meet.before": {"da": "Før mødet", "en": "Before the meeting"},
    "meet.after": {"da": "Med mødets forslag", "en": "With the meeting's proposals"},
    "meet.fund_intro": {
        "da": "Før mødet: fondens portefølje uden de forslag, mødet beslutter eller drøfter "
        "({names}). Med mødets forslag: porteføljen med dem. Statuspunkter er allerede i "
        "porteføljen og tæller med i begge.",
        "en": "Before the meeting: the fund's portfolio without the proposals the meeting "
        "decides or discusses ({names}). With the meeting's proposals: the portfolio with "
        "them. Status items are in the portfolio already and count in both.",
    },
    "meet.fund_new": {
        "da": "Ikke i porteføljen endnu, regnet med fra deres forslagsfil: {names}.",
        "en": "Not yet in the portfolio, counted from their proposal files: {names}.",
    },
    "meet.fund_unchanged": {
        "da": "Mødet har ingen forslag til beslutning eller drøftelse, så fondens udsigter er "
        "de samme før og efter.",
        "en": "The meeting has no proposals for decision or discussion, so the fund's outlook "
        "is the same before and after.",
    },
    "meet.seed_value": {
        "da": "forslagenes egne; fonden {fund}",
        "en": "the proposals' own; the fund {fund}",
    },
    "meet.method": {
        "da": "Hvert forslag er regnet som i sit beslutningsgrundlag (samme antal simuleringer "
        "og seed). Fondens udsigter er regnet som i fondens egen oversigt, med pladsen til nye "
        "investeringer målt fra mødets år.",
        "en": "Each proposal is computed as in its brief (same number of simulations and "
        "seed). The fund's outlook is computed as in the fund's own brief, with the room for "
        "new investments measured from the meeting's year.",
    },
    # ------------------------------------------------------------------ yearly report
    "ann.title": {"da": "Årsrapport {year}", "en": "Annual report {year}"},
    "ann.period": {"da": "Periode", "en": "Period"},
    "ann.period_value": {
        "da": "til og med 31. december {year}",
        "en": "up to 31 December {year}",
    },
    "ann.illustrative": {
        "da": "Eksempeldata: De målte resultater i denne rapport er opdigtede tal, der kun "
        "viser, hvordan rapporten ser ud (data/results). De er ikke målinger fra "
        "investeringerne.",
        "en": "Example data: the measured results in this report are invented figures that "
        "only show what the report looks like (data/results). They are not measurements from "
        "the investments.",
    },
    "ann.sum.count": {
        "da": "Fonden har {n} investeringer: {running} i gang, {waiting} ikke startet og "
        "{ended} afsluttet.",
        "en": "The fund has {n} investments: {running} running, {waiting} not started and "
        "{ended} ended.",
    },
    "ann.sum.measured": {
        "da": "{n} af dem har målte resultater til og med {year}.",
        "en": "{n} of them have measured results up to {year}.",
    },
    "ann.sum.public_net": {
        "da": "Med de målte resultater er det samlede offentlige nettoresultat {updated} "
        "(planlagt {planned}, nutidsværdier).",
        "en": "With the measured results the total public-sector net result is {updated} "
        "(planned {planned}, present values).",
    },
    "ann.sum.balance": {
        "da": "Fondens saldo ultimo {year} er {balance} efter planen; sandsynligheden for en "
        "positiv saldo i alle de første {n} år er {p}.",
        "en": "The fund's balance at the end of {year} is {balance} on plan; the chance of a "
        "positive balance in each of the first {n} years is {p}.",
    },
    "ann.heading.investments": {"da": "Investeringerne", "en": "The investments"},
    "ann.heading.results": {
        "da": "Målte resultater og opdaterede forventninger",
        "en": "Measured results and updated expectations",
    },
    "ann.heading.fund": {"da": "Fondens økonomi", "en": "The fund's economy"},
    "ann.heading.outlook": {"da": "Fondens udsigter", "en": "The fund's outlook"},
    "ann.heading.yearly": {"da": "Fonden år for år", "en": "The fund year by year"},
    "ann.col.investment": {"da": "Investering", "en": "Investment"},
    "ann.col.status": {"da": "Status", "en": "Status"},
    "ann.col.participants": {"da": "Deltagere", "en": "Participants"},
    "ann.col.measured": {"da": "Målt", "en": "Measured"},
    "ann.col.planned": {
        "da": "Offentligt netto, planlagt",
        "en": "Public net, planned",
    },
    "ann.col.updated": {
        "da": "Offentligt netto, opdateret",
        "en": "Public net, updated",
    },
    "ann.col.change": {"da": "Ændring", "en": "Change"},
    "ann.col.outcome": {"da": "Effekt", "en": "Outcome"},
    "ann.col.observed": {"da": "Målt", "en": "Measured"},
    "ann.col.observed_rate": {"da": "Målt rate", "en": "Observed rate"},
    "ann.col.expected_rate": {"da": "Forventet rate", "en": "Expected rate"},
    "ann.col.expected_n": {"da": "Forventet antal", "en": "Expected number"},
    "ann.col.prior": {"da": "Skøn før", "en": "Estimate before"},
    "ann.col.updated_rate": {"da": "Opdateret skøn", "en": "Updated estimate"},
    "ann.col.updated_band": {"da": "90 %-interval", "en": "90% interval"},
    "ann.col.planned_short": {"da": "Planlagt", "en": "Planned"},
    "ann.col.updated_short": {"da": "Opdateret", "en": "Updated"},
    "ann.col.amount": {"da": "Beløb", "en": "Amount"},
    "ann.row.payments": {
        "da": "Resultatbetalinger (nutidsværdi)",
        "en": "Outcome payments (PV)",
    },
    "ann.of": {"da": "{s} af {n}", "en": "{s} of {n}"},
    "ann.status.running": {"da": "I gang, år {k} af {h}", "en": "Running, year {k} of {h}"},
    "ann.status.waiting": {"da": "Starter {year}", "en": "Starts {year}"},
    "ann.status.ended": {"da": "Afsluttet", "en": "Ended"},
    "ann.investments_note": {
        "da": "Offentligt nettoresultat som nutidsværdi over investeringens periode: planlagt "
        "er forslagets tal; opdateret bruger de opdaterede succesrater. Målt: antal deltagere "
        "med en måling (en deltager kan være målt på flere effekter).",
        "en": "Public-sector net result as present value over the investment's period: "
        "planned is the proposal's figure; updated uses the updated success rates. Measured: "
        "participants with a measurement (one participant may be measured on several "
        "outcomes).",
    },
    "ann.results_intro": {
        "da": "For hver effekt: hvor mange af de målte deltagere der nåede målet, hvad "
        "forslaget forventede, og succesraten opdateret med målingerne. Skøn før er "
        "forslagets forventning som fordeling; det opdaterede skøn lægger målingerne til "
        "(Beta-binomial, se metoden bagest). Få målinger flytter skønnet lidt, mange flytter "
        "det meget.",
        "en": "For each outcome: how many of the measured participants reached it, what the "
        "proposal expected, and the success rate updated with the measurements. The estimate "
        "before is the proposal's expectation as a distribution; the updated estimate adds "
        "the measurements (Beta-binomial, see the method at the end). Few measurements move "
        "the estimate a little, many move it a lot.",
    },
    "ann.case_caption": {
        "da": "Business casen med forslagets og med de opdaterede succesrater:",
        "en": "The business case with the proposal's and with the updated success rates:",
    },
    "ann.sources": {"da": "Kilde: {sources}", "en": "Source: {sources}"},
    "ann.no_results": {
        "da": "Ingen målinger endnu til og med {year}: {names}.",
        "en": "No measurements yet up to {year}: {names}.",
    },
    "ann.econ.start": {"da": "Startkapital", "en": "Start capital"},
    "ann.econ.committed": {
        "da": "Kapital, fonden har forpligtet sig til (investeringer startet til og med {year})",
        "en": "Capital the fund has committed (investments started by {year})",
    },
    "ann.econ.paid_out": {"da": "Udbetalt til og med {year}", "en": "Paid out up to {year}"},
    "ann.econ.received": {"da": "Modtaget til og med {year}", "en": "Received up to {year}"},
    "ann.econ.running": {"da": "Drift til og med {year}", "en": "Running costs up to {year}"},
    "ann.econ.grants": {"da": "Tilskud til og med {year}", "en": "Grants up to {year}"},
    "ann.econ.balance": {"da": "Saldo ultimo {year}", "en": "Balance at the end of {year}"},
    "ann.econ_note": {
        "da": "Udbetalt og modtaget er beregnet efter kontrakternes plan og de opdaterede "
        "forventninger, ikke bogført efter fondens regnskab. Fonden får penge tilbage "
        "undervejs, så den samlet kan forpligte sig til mere end startkapitalen.",
        "en": "Paid out and received follow the contracts' plan and the updated expectations; "
        "they are not the fund's booked accounts. Money comes back along the way, so the "
        "fund can commit more in total than its start capital.",
    },
    "ann.outlook_intro": {
        "da": "Planlagt: forslagenes egne forventninger. Opdateret: med succesraterne "
        "opdateret efter målingerne. Pladsen til nye investeringer er målt fra {year}.",
        "en": "Planned: the proposals' own expectations. Updated: with the success rates "
        "updated by the measurements. The room for new investments is measured from {year}.",
    },
    "ann.planned": {"da": "Planlagt", "en": "Planned"},
    "ann.updated": {"da": "Opdateret", "en": "Updated"},
    "ann.method": {
        "da": "En succesrate beskrives som en Beta-fordeling. Skøn før er den fordeling, "
        "forslagets 90 %-interval (eller forsøgsdata) giver; en effekt uden angivet usikkerhed "
        "får en svag fordeling svarende til ti deltagere. Med s succeser blandt n målte "
        "deltagere bliver fordelingen Beta(α + s, β + n − s): det opdaterede skøn er dens "
        "middelværdi, og 90 %-intervallet går fra dens 5. til 95. percentil. Den opdaterede "
        "business case bruger de opdaterede skøn i stedet for forslagets succesrater; alt "
        "andet er uændret.",
        "en": "A success rate is described by a Beta distribution. The estimate before is the "
        "distribution the proposal's 90% interval (or trial evidence) gives; an outcome "
        "without stated uncertainty gets a weak distribution worth ten participants. With s "
        "successes among n measured participants the distribution becomes "
        "Beta(α + s, β + n − s): the updated estimate is its mean, and the 90% interval runs "
        "from its 5th to its 95th percentile. The updated business case uses the updated "
        "estimates instead of the proposal's success rates; everything else is unchanged.",
    },
    "chart.estimates.title": {
        "da": "Succesrater: forventet, målt og opdateret",
        "en": "Success rates: expected, measured and updated",
    },
    "chart.estimates.band": {"da": "Opdateret 90 %-interval", "en": "Updated 90% interval"},
    "chart.estimates.updated": {"da": "Opdateret skøn", "en": "Updated estimate"},
    "chart.estimates.expected": {"da": "Forventet i forslaget", "en": "Expected in proposal"},
    "chart.estimates.observed": {"da": "Målt", "en": "Measured"},
    "chart.estimates.note": {
        "da": "Krydset er den målte andel, ruden forslagets forventning, og prikken med "
        "båndet det opdaterede skøn med 90 %-interval. n er antallet af målte deltagere.",
        "en": "The cross is the measured share, the diamond the proposal's expectation, and "
        "the dot with the band the updated estimate with its 90% interval. n is the number "
        "of measured participants.",
    },
    # ------------------------------------------------------------------ provenance (more)
    "prov.fund_file": {"da": "Fondsfil", "en": "Fund file"},
    "prov.fund_sha": {"da": "SHA-256 af fondsfilen", "en": "SHA-256 of the fund file"},
    "prov.meeting_file": {"da": "Mødefil", "en": "Meeting file"},
    "prov.meeting_sha": {"da": "SHA-256 af mødefilen", "en": "SHA-256 of the meeting file"},
    "prov.results_file": {"da": "Resultatfil", "en": "Results file"},
    "prov.results_sha": {"da": "SHA-256 af resultatfilen", "en": "SHA-256 of the results file"},
}


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is a supported language, else raise ValueError.

    >>> check_lang("da")
    'da'
    """
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, got {lang!r}")
    return lang


def text(key: str, lang: str = "da", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``.

    >>> text("sum.break_even", "en", year=2024)
    'The intervention has paid for itself by 2024.'
    """
    check_lang(lang)
    template = TEXT[key][lang]
    return template.format(**values) if values else template


def payer(name: str, lang: str = "da") -> str:
    """The payer (kommune, region, stat) in the reader's language."""
    return text(f"payer.{name}", lang)


def flag(name: str, lang: str = "da") -> str:
    """A catalogue flag (published, uncertain, assumption) in the reader's language.

    >>> flag("uncertain", "da")
    'Usikker'
    """
    key = f"flag.{name}"
    return text(key, lang) if key in TEXT else name


def unit(name: str, lang: str = "da") -> str:
    """A cost unit (year, night, …) in the reader's language; unknown units are kept as given.

    >>> unit("night"), unit("bed-week")
    ('nat', 'bed-week')
    """
    key = f"unit.{name.strip().lower()}"
    return text(key, lang) if key in TEXT else name


def status(name: str, lang: str = "da") -> str:
    """The proposal's status in ``lang``."""
    key = f"status.{name}"
    return text(key, lang) if key in TEXT else name
