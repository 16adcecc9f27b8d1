"""The words of the decision brief (:mod:`sif_models.documents.brief`): title block, ask,
summary, key figures, outcomes, charts, cash flows, financing, risk, the assumptions and unit-cost
tables (the assumptions' row labels are the schema's, :mod:`sif_models.inputs.schema`) and the
method; and the words of the unit-cost table's values: payer, unit, catalogue flag and origin, a
financier's role."""

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ title block
    "doc.target_group": {"da": "Målgruppe", "en": "Target group"},
    "doc.status": {"da": "Status", "en": "Status"},
    "doc.period": {"da": "Periode", "en": "Period"},
    "doc.prices": {"da": "Faste priser", "en": "Constant prices"},
    # ------------------------------------------------------------------ headings
    "heading.ask": {"da": "Hvad rådet bedes beslutte", "en": "What the council is asked to decide"},
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
    # ------------------------------------------------------------------ ask
    "ask.missing": {
        "da": "Forslaget angiver ikke, hvad rådet bedes beslutte.",
        "en": "The proposal does not state what the council is asked to decide.",
    },
    # ------------------------------------------------------------------ key figures
    "kf.central": {"da": "Forventet", "en": "Expected"},
    "kf.range": {"da": "90 %-interval", "en": "90% interval"},
    "kf.participants_value": {
        "da": "{n} borgere, optag {first}–{last}",
        "en": "{n} citizens, starting {first}–{last}",
    },
    "kf.participants_value_one": {
        "da": "{n} borgere, optag {first}",
        "en": "{n} citizens, starting {first}",
    },
    "kf.p_kommune": {
        "da": "Sandsynlighed for kommunal gevinst",
        "en": "Chance that the municipality gains",
    },
    "kf.irr": {"da": "Finansierernes årlige forrentning (IRR)", "en": "Financiers' IRR"},
    "kf.no_break_even_share": {
        "da": "intet break-even i {share} af simuleringerne",
        "en": "no break-even in {share} of the simulations",
    },
    "kf.irr_none": {"da": "Ingen ({reason})", "en": "None ({reason})"},
    "kf.irr_none_share": {
        "da": "ingen IRR i {share} af simuleringerne",
        "en": "no IRR in {share} of the simulations",
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
    "chart.public_net.title": {
        "da": "Fordeling af det offentlige nettoresultat",
        "en": "Distribution of the public-sector net result",
    },
    "chart.public_net.xlabel": {"da": "Nutidsværdi", "en": "Present value"},
    "chart.share_of_draws": {"da": "Andel af simuleringer", "en": "Share of simulations"},
    "chart.expected": {"da": "Forventet", "en": "Expected"},
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
    # ------------------------------------------------------------------ parties
    "party.kommune": {"da": "Kommunen", "en": "Municipality"},
    "party.public": {"da": "Offentlig sektor i alt", "en": "Public sector in total"},
    "party.financiers": {"da": "Finansiererne", "en": "Financiers"},
    "party.fund": {"da": "Fonden", "en": "The fund"},
    # ------------------------------------------------------------------ payers, flags, origins, roles
    "payer.kommune": {"da": "Kommune", "en": "Municipality"},
    "payer.region": {"da": "Region", "en": "Region"},
    "payer.stat": {"da": "Stat", "en": "State"},
    "role.fund": {"da": "fonden", "en": "the fund"},
    "role.investor": {"da": "investor", "en": "investor"},
    "flag.published": {"da": "Offentliggjort", "en": "Published"},
    "flag.uncertain": {"da": "Usikker", "en": "Uncertain"},
    "flag.assumption": {"da": "Antagelse", "en": "Assumption"},
    "origin.catalogue": {"da": "sifs katalog", "en": "sif's catalogue"},
    "origin.proposal": {"da": "forslagets egen", "en": "the proposal's own"},
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
    "as.price_year_value": {"da": "{year}-priser", "en": "{year} prices"},
    "as.discount_rate_long": {
        "da": "{short} (år 0–35), {long} derefter",
        "en": "{short} (years 0–35), {long} after",
    },
    "as.discount_default_source": {
        "da": "Finansministeriets samfundsøkonomiske diskonteringsrente (standard i sif)",
        "en": "The Danish Finance Ministry's social discount rate (sif's default)",
    },
    "as.fixed_cost_value": {"da": "{value} i {years}", "en": "{value} for {years}"},
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
    "as.pay_for.all": {"da": "alle der når målet", "en": "everyone reaching the outcome"},
    "as.pay_for.above_baseline": {
        "da": "kun udfald ud over basisalternativet",
        "en": "only outcomes above the baseline",
    },
    "as.return_cap_value": {"da": "{rate} pr. år", "en": "{rate} a year"},
    "as.guarantee_value": {"da": "{value} fra {guarantor}", "en": "{value} from {guarantor}"},
    "as.none": {"da": "Intet", "en": "None"},
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
    # ------------------------------------------------------------------ method
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
    # ------------------------------------------------------------------ a cost's unit
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
}
