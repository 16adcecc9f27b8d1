"""Every word of the decision brief, in Danish (the default) and English, in one place.

The brief's text is looked up here by key; nothing else in the brief code holds prose. Keys are
grouped by where they appear. ``text(key, lang, **values)`` fills ``{placeholders}`` with
``str.format``; values are inserted as given, so callers escape proposal text *before* passing it
(see :func:`sif_models.brief_content.escape_md`).

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
        "succesrate, hvor det offentlige netop går i nul (de øvrige effekter som forventet).",
        "en": "Additional citizens are those who reach the outcome because of the "
        "intervention: participants times the difference between the success rate and the "
        "baseline. The break-even success rate is the rate at which the public sector just "
        "breaks even (the other outcomes as expected).",
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
    # ------------------------------------------------------------------ months
    "month.1": {"da": "januar", "en": "January"},
    "month.2": {"da": "februar", "en": "February"},
    "month.3": {"da": "marts", "en": "March"},
    "month.4": {"da": "april", "en": "April"},
    "month.5": {"da": "maj", "en": "May"},
    "month.6": {"da": "juni", "en": "June"},
    "month.7": {"da": "juli", "en": "July"},
    "month.8": {"da": "august", "en": "August"},
    "month.9": {"da": "september", "en": "September"},
    "month.10": {"da": "oktober", "en": "October"},
    "month.11": {"da": "november", "en": "November"},
    "month.12": {"da": "december", "en": "December"},
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
    # ------------------------------------------------------------------ reasons (no IRR etc.)
    "reason.zero": {"da": "alle pengestrømme er nul", "en": "all cash flows are zero"},
    "reason.no_inflow": {
        "da": "der kommer intet tilbage",
        "en": "nothing comes back",
    },
    "reason.no_outlay": {"da": "der lægges intet ind", "en": "no money is put in"},
    "reason.no_root": {
        "da": "ingen rente giver en nutidsværdi på nul",
        "en": "no rate makes the net present value zero",
    },
    "reason.several": {
        "da": "flere renter giver en nutidsværdi på nul",
        "en": "several rates make the net present value zero",
    },
    "reason.not_finite": {
        "da": "pengestrømmene er ikke endelige",
        "en": "the flows are not finite",
    },
    "reason.no_effect_needed": {
        "da": "gevinst selv uden effekt",
        "en": "a gain even with no effect",
    },
    "reason.no_costs_avoided": {
        "da": "effekterne sparer ingen offentlige udgifter",
        "en": "the effects avoid no public costs",
    },
    "reason.never": {
        "da": "underskud ved enhver rimelig effekt",
        "en": "a deficit at any plausible effect",
    },
    "reason.outcome_no_costs": {"da": "ingen besparelse", "en": "no saving"},
    "reason.positive_any": {
        "da": "gevinst ved enhver succesrate",
        "en": "a gain at any success rate",
    },
    "reason.negative_any": {
        "da": "over 100 %",
        "en": "above 100%",
    },
    # ------------------------------------------------------------------ tornado inputs
    "tornado.success_rate": {"da": "Succesrate: {label}", "en": "Success rate: {label}"},
    "tornado.intervention_cost": {
        "da": "Indsatsens udgift (nutidsværdi)",
        "en": "Intervention cost (PV)",
    },
    "tornado.unit_cost": {"da": "Enhedspris: {label}", "en": "Unit cost: {label}"},
}

# English reason texts from the model (irr.py, breakeven.py) -> label keys. Matched by prefix.
REASONS = {
    "all cash flows are zero": "reason.zero",
    "nothing comes back": "reason.no_inflow",
    "no money is put in": "reason.no_outlay",
    "no rate above": "reason.no_root",
    "several rates": "reason.several",
    "the cash flows are not finite": "reason.not_finite",
    "cash flows are not finite": "reason.not_finite",
    "public net is not negative even with no effect": "reason.no_effect_needed",
    "the effects avoid no public costs": "reason.no_costs_avoided",
    "this outcome avoids no public costs": "reason.outcome_no_costs",
    "public net stays negative for any plausible effect": "reason.never",
    "public net is positive at any success rate": "reason.positive_any",
    "public net stays negative even at 100": "reason.negative_any",
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


def reason(message: str | None, lang: str = "da") -> str:
    """A reason from the model (why there is no IRR, no switching value) in ``lang``.

    Unknown messages are returned unchanged (they are English).

    >>> reason("nothing comes back: every cash flow is an outlay", "da")
    'der kommer intet tilbage'
    """
    if not message:
        return ""
    for prefix, key in REASONS.items():
        if message.startswith(prefix):
            return text(key, lang)
    return message


def status(name: str, lang: str = "da") -> str:
    """The proposal's status in ``lang``."""
    key = f"status.{name}"
    return text(key, lang) if key in TEXT else name
