"""The words of the decision brief (:mod:`sif_models.documents.brief`): title block, ask,
summary, key figures, outcomes, charts, who saves and who pays, the deal zone, the financing, the
value of information, cash flows, the assumptions and unit-cost tables (the assumptions' row
labels are the schema's, :mod:`sif_models.inputs.schema`) and the method; and the words of the
unit-cost table's values: payer, unit, catalogue flag and origin, a financier's role.

The Danish follows docs/style-da.md: *forventet* only for the mean of the simulations, *centralt
skøn* for the proposal's own values, forecasts in the future or conditional tense, no English
terms (break-even, IRR, multiple, seed, Monte Carlo)."""

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ title block
    "doc.target_group": {"da": "Målgruppe", "en": "Target group"},
    "doc.participants": {"da": "Deltagere", "en": "Participants"},
    "doc.status": {"da": "Status", "en": "Status"},
    "doc.agenda_decision": {"da": "Til beslutning", "en": "For decision"},
    "doc.agenda_discussion": {"da": "Til drøftelse", "en": "For discussion"},
    "doc.period": {"da": "Periode", "en": "Period"},
    "doc.prices": {"da": "Faste priser", "en": "Constant prices"},
    # ------------------------------------------------------------------ headings
    "heading.ask": {"da": "Hvad rådet bedes beslutte", "en": "What the council is asked to decide"},
    "heading.charts": {"da": "Økonomien i billeder", "en": "The economics in charts"},
    "heading.cash_flows": {"da": "Pengestrømme år for år", "en": "Cash flows year by year"},
    "heading.financiers": {"da": "Finansiering", "en": "Financing"},
    "heading.structures": {
        "da": "Med eller uden ekstern investor",
        "en": "With or without an external investor",
    },
    "heading.parties": {"da": "Hvem sparer, og hvem betaler", "en": "Who saves and who pays"},
    "heading.areas": {
        "da": "Kommunens besparelser pr. magistratsafdeling",
        "en": "The municipality's savings by budget area",
    },
    "heading.outcome_payers": {
        "da": "Hvem betaler resultaterne",
        "en": "Who pays for the outcomes",
    },
    "heading.transaction_costs": {"da": "Transaktionsomkostninger", "en": "Transaction costs"},
    "heading.deal": {"da": "Forhandlingsrum", "en": "Deal zone"},
    "heading.information": {
        "da": "Hvad er værd at vide før beslutningen",
        "en": "What is worth knowing before deciding",
    },
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
    "ask.quoted_da": {
        "da": "Forslagets egen tekst (titel, målgruppe, beslutning og beskrivelse) er gengivet "
        "på dansk, som den er indsendt.",
        "en": "Where the proposal file has no English text, its own words (title, target "
        "group, decision asked for, description) are quoted in Danish, as submitted.",
    },
    # ------------------------------------------------------------------ chances
    "p.none": {"da": "ingen af simuleringerne", "en": "none of the simulations"},
    "p.all": {"da": "alle simuleringerne", "en": "all the simulations"},
    "p.below": {"da": "under {p}", "en": "less than {p}"},
    "p.above": {"da": "over {p}", "en": "more than {p}"},
    # ------------------------------------------------------------------ key figures
    "bkf.figure": {"da": "Nøgletal", "en": "Figure"},
    "bkf.expected": {"da": "Forventet", "en": "Expected"},
    "bkf.range": {"da": "90 %-interval", "en": "90% interval"},
    "bkf.central": {"da": "Centralt skøn", "en": "Central estimate"},
    "bkf.participants_value": {
        "da": "{n} borgere, optag {first}–{last}",
        "en": "{n} citizens, starting {first}–{last}",
    },
    "bkf.participants_value_one": {
        "da": "{n} borgere, optag {first}",
        "en": "{n} citizens, starting {first}",
    },
    "bkf.cost": {"da": "Indsatsens udgift (nutidsværdi)", "en": "Cost of the intervention (PV)"},
    "bkf.public_net": {
        "da": "Det offentliges nettogevinst (nutidsværdi)",
        "en": "Public net benefit (PV)",
    },
    "bkf.p_public": {
        "da": "Sandsynlighed for gevinst for det offentlige",
        "en": "Chance of a gain for the public sector",
    },
    "bkf.kommune_net": {
        "da": "Kommunens nettogevinst (nutidsværdi)",
        "en": "The municipality's net benefit (PV)",
    },
    "bkf.p_kommune": {
        "da": "Sandsynlighed for gevinst for kommunen",
        "en": "Chance of a gain for the municipality",
    },
    "bkf.bcr": {"da": "Gevinst pr. investeret krone", "en": "Benefit per krone invested"},
    "bkf.break_even_year": {
        "da": "Det år, indsatsen tjener sig hjem (det offentlige)",
        "en": "Year the intervention pays for itself (public sector)",
    },
    "bkf.break_even_share": {
        "da": "senest i {last} i {p} af simuleringerne",
        "en": "by {last} in {p} of the simulations",
    },
    "bkf.break_even_share.none": {
        "da": "senest i {last} i ingen af simuleringerne",
        "en": "by {last} in none of the simulations",
    },
    "bkf.break_even_share.all": {
        "da": "senest i {last} i alle simuleringerne",
        "en": "by {last} in all the simulations",
    },
    "bkf.no_break_even": {"da": "ikke inden udgangen af {last}", "en": "not by {last}"},
    "bkf.after_last": {"da": "efter {last}", "en": "after {last}"},
    "bkf.multiple": {
        "da": "Finansierernes tilbagebetalingsgrad (kr. tilbage pr. indskudt krone)",
        "en": "Financiers' money back per krone put in",
    },
    "bkf.irr": {"da": "Finansierernes interne rente", "en": "Financiers' internal rate of return"},
    "bkf.irr_none": {"da": "ingen ({reason})", "en": "none ({reason})"},
    "bkf.irr_none_share": {
        "da": "kan ikke beregnes i {p} af simuleringerne",
        "en": "cannot be computed in {p} of the simulations",
    },
    "bkf.irr_none_share.all": {
        "da": "kan ikke beregnes i nogen af simuleringerne",
        "en": "cannot be computed in any of the simulations",
    },
    "bkf.p_fin_loss": {
        "da": "Sandsynlighed for tab hos finansiererne",
        "en": "Chance that the financiers lose money",
    },
    "bkf.fund_in": {"da": "Fonden lægger ind", "en": "The fund puts in"},
    "bkf.fund_back": {"da": "Fonden får tilbage", "en": "The fund gets back"},
    "bkf.fund_net": {
        "da": "Fondens gevinst eller tab (ikke tilbagediskonteret)",
        "en": "The fund's gain or loss (undiscounted)",
    },
    "bkf.p_fund_loss": {
        "da": "Sandsynlighed for tab hos fonden",
        "en": "Chance that the fund loses money",
    },
    "bkf.note": {
        "da": "Forventet: gennemsnittet af {draws} simuleringer af de usikre forudsætninger. "
        "90 %-interval: 9 ud af 10 simuleringer ligger inden for. Den interne rente har intet "
        "meningsfuldt gennemsnit og vises med sit interval; den kan ikke beregnes, hvis "
        "finansiererne fx intet får tilbage.",
        "en": "Expected: the mean of {draws} simulations of the uncertain assumptions. 90% "
        "interval: 9 in 10 simulations fall inside it. The internal rate of return has no "
        "meaningful mean and is shown with its interval; it cannot be computed if, say, the "
        "financiers get nothing back.",
    },
    "bkf.note_central": {
        "da": "Centralt skøn: resultatet med forslagets egne tal uden usikkerhed. Det vises kun, "
        "hvor det afviger væsentligt fra det forventede; det sker, når lofter, tærskler og "
        "garantier gør betalingerne skæve.",
        "en": "Central estimate: the result with the proposal's own figures, without "
        "uncertainty. It is shown only where it differs materially from the expected value; "
        "that happens when caps, thresholds and guarantees make the payments uneven.",
    },
    "bkf.note_no_central": {
        "da": "Det centrale skøn (forslagets egne tal uden usikkerhed) afviger ikke væsentligt "
        "fra det forventede.",
        "en": "The central estimate (the proposal's own figures without uncertainty) does not "
        "differ materially from the expected values.",
    },
    "bkf.note_no_draws": {
        "da": "Centralt skøn: forslagets egne tal uden usikkerhed. Forventede værdier, "
        "intervaller og sandsynligheder kræver simuleringer.",
        "en": "Central estimate: the proposal's own figures without uncertainty. Expected "
        "values, intervals and chances need simulations.",
    },
    # ------------------------------------------------------------------ outcomes table
    "out.intro": {
        "da": "Ekstra borgere er dem, der når målet på grund af indsatsen: deltagere gange "
        "forskellen mellem succesraten med indsatsen og basisalternativet (forslagets egne "
        "tal). Den sidste kolonne er den succesrate, hvor det offentlige netop går i nul, når "
        "alle effekter skaleres lige meget.",
        "en": "Additional citizens are those who reach the outcome because of the "
        "intervention: participants times the difference between the success rate with the "
        "intervention and the baseline (the proposal's own figures). The last column is the "
        "success rate at which the public sector just breaks even when every effect is scaled "
        "alike.",
    },
    "out.outcome": {"da": "Effekt", "en": "Outcome"},
    "out.additional": {"da": "Ekstra borgere", "en": "Additional citizens"},
    "out.baseline": {"da": "Uden indsats", "en": "Without"},
    "out.with": {"da": "Med indsats", "en": "With"},
    "out.break_even": {
        "da": "Succesrate, hvor det offentlige går i nul",
        "en": "Success rate at which the public sector breaks even",
    },
    "out.threshold": {"da": "Betalingstærskel", "en": "Payment threshold"},
    "out.threshold_met": {"da": "Nås tærsklen?", "en": "Is it met?"},
    "out.break_even_out_of_reach": {
        "da": "kan ikke nås (kræver {rate})",
        "en": "out of reach (needs {rate})",
    },
    "out.no_threshold": {"da": "ingen", "en": "none"},
    "out.met_central": {"da": "ja i det centrale skøn", "en": "yes in the central estimate"},
    "out.not_met_central": {"da": "nej i det centrale skøn", "en": "no in the central estimate"},
    "out.met_share": {
        "da": "nås i {p} af simuleringerne",
        "en": "met in {p} of the simulations",
    },
    "out.met_share.none": {
        "da": "nås i ingen af simuleringerne",
        "en": "met in none of the simulations",
    },
    "out.met_share.all": {
        "da": "nås i alle simuleringerne",
        "en": "met in all the simulations",
    },
    # ------------------------------------------------------------------ warnings
    "warn.costs_after_horizon": {
        "da": "Indsatsens udgifter for holdet, der starter i {cohort_year}, falder efter "
        "periodens sidste år ({last_year}) og tælles ikke med.",
        "en": "The intervention costs of the cohort starting in {cohort_year} fall after the "
        "last year of the period ({last_year}) and are not counted.",
    },
    "warn.fixed_costs_after_horizon": {
        "da": "De faste udgifter løber ud over perioden og tælles ikke alle med.",
        "en": "The fixed costs run past the period and are not all counted.",
    },
    "warn.outcome_after_horizon": {
        "da": "Effekten »{outcome}« for holdet, der starter i {cohort_year}, måles efter "
        "periodens udløb og tælles ikke med.",
        "en": "The outcome “{outcome}” of the cohort starting in {cohort_year} is measured "
        "after the period ends and is not counted.",
    },
    "warn.transaction_cost_after_horizon": {
        "da": "Transaktionsomkostningen »{label}« i {year} falder efter periodens sidste år "
        "({last_year}) og tælles ikke med.",
        "en": "The transaction cost “{label}” in {year} falls after the last year of the period "
        "({last_year}) and is not counted.",
    },
    # ------------------------------------------------------------------ summary sentences
    "sum.central_in": {"da": "; centralt skøn: {value}", "en": "; central estimate: {value}"},
    "sum.central_back": {
        "da": " (centralt skøn: {value} tilbage)",
        "en": " (central estimate: {value} back)",
    },
    "sum.public_gain": {
        "da": "Det offentlige forventes at spare {value} mere, end indsatsen koster "
        "(nutidsværdi over {years} år{central}).",
        "en": "The public sector is expected to save {value} more than the intervention costs "
        "(present value over {years} years{central}).",
    },
    "sum.public_loss": {
        "da": "Indsatsen forventes at koste det offentlige {value} mere, end den sparer "
        "(nutidsværdi over {years} år{central}).",
        "en": "The intervention is expected to cost the public sector {value} more than it "
        "saves (present value over {years} years{central}).",
    },
    "sum.public_gain_central": {
        "da": "Med forslagets egne tal (centralt skøn) vil det offentlige spare {value} mere, "
        "end indsatsen koster (nutidsværdi over {years} år).",
        "en": "With the proposal's own figures (central estimate) the public sector would save "
        "{value} more than the intervention costs (present value over {years} years).",
    },
    "sum.public_loss_central": {
        "da": "Med forslagets egne tal (centralt skøn) vil indsatsen koste det offentlige "
        "{value} mere, end den sparer (nutidsværdi over {years} år).",
        "en": "With the proposal's own figures (central estimate) the intervention would cost "
        "the public sector {value} more than it saves (present value over {years} years).",
    },
    "sum.p_public": {
        "da": "I {p} af simuleringerne giver indsatsen det offentlige en gevinst.",
        "en": "In {p} of the simulations the intervention gives the public sector a gain.",
    },
    "sum.p_public.none": {
        "da": "I ingen af simuleringerne giver indsatsen det offentlige en gevinst.",
        "en": "In none of the simulations does the intervention give the public sector a gain.",
    },
    "sum.p_public.all": {
        "da": "I alle simuleringerne giver indsatsen det offentlige en gevinst.",
        "en": "In all the simulations the intervention gives the public sector a gain.",
    },
    "sum.kommune_gain": {
        "da": "Kommunen forventes at få en nettogevinst på {value} (nutidsværdi{central}).",
        "en": "The municipality is expected to gain {value} net (present value{central}).",
    },
    "sum.kommune_loss": {
        "da": "Kommunen forventes at få et nettotab på {value} (nutidsværdi{central}).",
        "en": "The municipality is expected to lose {value} net (present value{central}).",
    },
    "sum.kommune_gain_central": {
        "da": "Med forslagets egne tal vil kommunen få en nettogevinst på {value} (nutidsværdi).",
        "en": "With the proposal's own figures the municipality would gain {value} net "
        "(present value).",
    },
    "sum.kommune_loss_central": {
        "da": "Med forslagets egne tal vil kommunen få et nettotab på {value} (nutidsværdi).",
        "en": "With the proposal's own figures the municipality would lose {value} net "
        "(present value).",
    },
    "sum.p_kommune": {
        "da": "I {p} af simuleringerne får kommunen en gevinst.",
        "en": "In {p} of the simulations the municipality gains.",
    },
    "sum.p_kommune.none": {
        "da": "I ingen af simuleringerne får kommunen en gevinst.",
        "en": "In none of the simulations does the municipality gain.",
    },
    "sum.p_kommune.all": {
        "da": "I alle simuleringerne får kommunen en gevinst.",
        "en": "In all the simulations the municipality gains.",
    },
    "sum.break_even": {
        "da": "Med forslagets egne tal vil indsatsen tjene sig hjem i {year}.",
        "en": "With the proposal's own figures the intervention would pay for itself by {year}.",
    },
    "sum.no_break_even": {
        "da": "Med forslagets egne tal vil indsatsen ikke tjene sig hjem inden udgangen af {last}.",
        "en": "With the proposal's own figures the intervention would not pay for itself by "
        "{last}.",
    },
    "sum.be_share": {
        "da": "I {p} af simuleringerne tjener den sig hjem senest i {last}.",
        "en": "In {p} of the simulations it pays for itself by {last}.",
    },
    "sum.be_share.none": {
        "da": "I ingen af simuleringerne tjener den sig hjem senest i {last}.",
        "en": "In none of the simulations does it pay for itself by {last}.",
    },
    "sum.be_share.all": {
        "da": "I alle simuleringerne tjener den sig hjem senest i {last}.",
        "en": "In all the simulations it pays for itself by {last}.",
    },
    "sum.switch_less": {
        "da": "Det offentlige vil gå i nul, hvis effekterne kun bliver {share} af de antagne.",
        "en": "The public sector would break even if the effects were only {share} of those "
        "assumed.",
    },
    "sum.switch_more": {
        "da": "Det offentlige vil først gå i nul, hvis effekterne bliver {share} af de antagne.",
        "en": "The public sector would only break even if the effects were {share} of those "
        "assumed.",
    },
    "sum.switch_times": {
        "da": "Det offentlige vil først gå i nul, hvis effekterne bliver {times} gange så store "
        "som antaget.",
        "en": "The public sector would only break even if the effects were {times} times those "
        "assumed.",
    },
    "sum.fund_gain": {
        "da": "Fonden lægger {put} ind og forventes at få {back} tilbage, en forventet "
        "gevinst på {net}{central}.",
        "en": "The fund puts in {put} and is expected to get {back} back, an expected gain of "
        "{net}{central}.",
    },
    "sum.fund_loss": {
        "da": "Fonden lægger {put} ind og forventes at få {back} tilbage, et forventet tab "
        "på {net}{central}.",
        "en": "The fund puts in {put} and is expected to get {back} back, an expected loss of "
        "{net}{central}.",
    },
    "sum.fund_even": {
        "da": "Fonden lægger {put} ind og forventes at få det samme tilbage{central}.",
        "en": "The fund puts in {put} and is expected to get the same back{central}.",
    },
    "sum.fund_central": {
        "da": "Med forslagets egne tal vil fonden lægge {put} ind og få {back} tilbage.",
        "en": "With the proposal's own figures the fund would put in {put} and get {back} back.",
    },
    "sum.p_fund": {
        "da": "Der er {p} risiko for, at fonden ikke får alle pengene tilbage.",
        "en": "There is a {p} chance that the fund does not get all its money back.",
    },
    "sum.p_fund.none": {
        "da": "I ingen af simuleringerne taber fonden penge.",
        "en": "In none of the simulations does the fund lose money.",
    },
    "sum.p_fund.all": {
        "da": "I alle simuleringerne taber fonden penge.",
        "en": "In all the simulations the fund loses money.",
    },
    "sum.deal_inside": {
        "da": "Takstbladet ligger i forhandlingsrummet: hverken kommunen eller finansiererne "
        "kan forvente at tabe.",
        "en": "The rate card lies in the deal zone: neither the municipality nor the financiers "
        "can expect to lose.",
    },
    "sum.deal_below": {
        "da": "Med takstbladet, som det er skrevet, kan finansiererne forvente at tabe; de går "
        "først i nul ved {m} gange takstbladet.",
        "en": "With the rate card as written the financiers can expect to lose; they would only "
        "break even at {m} times the rate card.",
    },
    "sum.deal_above": {
        "da": "Med takstbladet, som det er skrevet, kan kommunen forvente at tabe; den går i "
        "nul ved {m} gange takstbladet.",
        "en": "With the rate card as written the municipality can expect to lose; it would "
        "break even at {m} times the rate card.",
    },
    "sum.deal_empty": {
        "da": "Der er intet takstblad, som både kommunen og finansiererne kan forvente ikke at "
        "tabe på (se Forhandlingsrum).",
        "en": "No rate card lets both the municipality and the financiers expect not to lose "
        "(see Deal zone).",
    },
    # ------------------------------------------------------------------ charts
    "chart.cumulative.title": {
        "da": "Akkumuleret nettoresultat pr. part (centralt skøn)",
        "en": "Cumulative net result by party (central estimate)",
    },
    "chart.cumulative.ylabel": {"da": "Akkumuleret", "en": "Cumulative"},
    "chart.cumulative.break_even": {
        "da": "Tjener sig hjem i {year}",
        "en": "Pays for itself by {year}",
    },
    "chart.cumulative.note": {
        "da": "Linjerne viser, hvad hver part samlet vil have vundet eller tabt til og med hvert "
        "år med forslagets egne tal (centralt skøn; faste {price_year}-priser, ikke "
        "tilbagediskonteret).",
        "en": "The lines show what each party would have gained or lost in total up to each "
        "year with the proposal's own figures (central estimate; constant {price_year} prices, "
        "undiscounted).",
    },
    "chart.public_net.title": {
        "da": "Fordeling af det offentliges nettogevinst",
        "en": "Distribution of the public net benefit",
    },
    "chart.public_net.xlabel": {"da": "Nutidsværdi", "en": "Present value"},
    "chart.share_of_draws": {"da": "Andel af simuleringer", "en": "Share of simulations"},
    "chart.expected": {"da": "Forventet", "en": "Expected"},
    "chart.central": {"da": "Centralt skøn", "en": "Central estimate"},
    "chart.p_positive": {"da": "Gevinst i {p}", "en": "Gain in {p}"},
    "chart.p_loss": {"da": "Tab i {p}", "en": "Loss in {p}"},
    "chart.p_zero": {"da": "Hverken gevinst eller tab: {p}", "en": "Neither gain nor loss: {p}"},
    "chart.public_net.note": {
        "da": "Hver søjle viser, hvor stor en andel af de {draws} simuleringer der giver en "
        "nettogevinst i det interval. Til højre for nul-linjen får det offentlige en gevinst.",
        "en": "Each bar shows the share of the {draws} simulations whose net benefit lands in "
        "that range. Right of the zero line the public sector gains.",
    },
    "chart.lines_expected": {
        "da": "Den stiplede linje er det forventede resultat (gennemsnittet).",
        "en": "The dashed line is the expected result (the mean).",
    },
    "chart.lines_both": {
        "da": "Den stiplede linje er det forventede resultat (gennemsnittet), den prikkede linje "
        "under trekanten det centrale skøn.",
        "en": "The dashed line is the expected result (the mean), the dotted line below the "
        "triangle the central estimate.",
    },
    "chart.tornado.title": {
        "da": "Hvad betyder mest for det offentliges nettogevinst?",
        "en": "What matters most for the public net benefit?",
    },
    "chart.tornado.xlabel": {
        "da": "Det offentliges nettogevinst, nutidsværdi",
        "en": "Public net benefit, present value",
    },
    "chart.tornado.low": {"da": "Lav værdi (5 %)", "en": "Low value (5%)"},
    "chart.tornado.high": {"da": "Høj værdi (95 %)", "en": "High value (95%)"},
    "chart.tornado.note": {
        "da": "Hver søjle viser det offentliges nettogevinst, når én forudsætning sættes til "
        "sin lave og høje værdi (5. og 95. percentil), mens resten holdes på forslagets egne "
        "tal. Den sorte lodrette streg er det centrale skøn, den røde prikkede streg nul.",
        "en": "Each bar shows the public net benefit when one assumption is set to its low and "
        "high value (5th and 95th percentile) with the rest at the proposal's own figures. The "
        "black vertical line is the central estimate, the red dotted line zero.",
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
        "Tilbagebetalingsgrad: {p5}–{p95} kr. pr. indskudt krone (90 %-interval).",
        "en": "Left of the zero line the financiers get back less than they put in. Money back "
        "per krone: {p5}–{p95} (90% interval).",
    },
    "chart.no_draws": {
        "da": "Fordelingerne kræver simuleringer; dette beslutningsgrundlag er lavet uden.",
        "en": "The distributions need simulations; this brief was made without them.",
    },
    "chart.deal.title": {
        "da": "Kommunen og finansiererne ved forskellige takstblade",
        "en": "The municipality and the financiers at other rate cards",
    },
    "chart.deal.xlabel": {
        "da": "Faktor på takstbladet (1 = som skrevet)",
        "en": "Factor on the rate card (1 = as written)",
    },
    "chart.deal.ylabel": {"da": "Forventet", "en": "Expected"},
    "chart.deal.kommune": {"da": "Kommunens nettogevinst", "en": "The municipality's net benefit"},
    "chart.deal.financiers": {
        "da": "Finansierernes nettonutidsværdi",
        "en": "The financiers' net present value",
    },
    "chart.deal.zone": {"da": "Forhandlingsrum", "en": "Deal zone"},
    "chart.deal.as_written": {"da": "Som skrevet", "en": "As written"},
    "chart.deal.note_empty": {
        "da": "Over nul-linjen kan parten forvente ikke at tabe. Der er ingen faktor, hvor "
        "begge linjer ligger over nul, og derfor intet forhandlingsrum; den prikkede streg er "
        "takstbladet, som det er skrevet.",
        "en": "Above the zero line a party can expect not to lose. No factor puts both lines "
        "above zero, so there is no deal zone; the dotted line is the rate card as written.",
    },
    "chart.deal.note": {
        "da": "Over nul-linjen kan parten forvente ikke at tabe. Det skraverede felt er "
        "forhandlingsrummet, hvor begge linjer ligger over nul; den prikkede streg er "
        "takstbladet, som det er skrevet.",
        "en": "Above the zero line a party can expect not to lose. The shaded band is the deal "
        "zone, where both lines are above zero; the dotted line is the rate card as written.",
    },
    # ------------------------------------------------------------------ parties
    "party.kommune": {"da": "Kommunen", "en": "Municipality"},
    "party.public": {"da": "Det offentlige i alt", "en": "Public sector in total"},
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
    "flag.assumption": {"da": "Skøn", "en": "Assumption"},
    "origin.catalogue": {"da": "sifs katalog", "en": "sif's catalogue"},
    "origin.proposal": {"da": "forslagets egen", "en": "the proposal's own"},
    # ------------------------------------------------------------------ who saves and who pays
    "sv.intro": {
        "da": "Besparelserne er de udgifter, indsatsen forventes at spare hver offentlig part "
        "(nutidsværdi), efter statens refusion og fratrukket de udgifter, nogle effekter "
        "medfører.",
        "en": "The savings are the costs the intervention is expected to save each public "
        "payer (present value), after the state's reimbursement and less the costs some "
        "outcomes add.",
    },
    "sv.who": {"da": "Hvem sparer", "en": "Who saves"},
    "sv.kommune": {"da": "Kommunen", "en": "The municipality"},
    "sv.region": {"da": "Regionen", "en": "The region"},
    "sv.stat": {"da": "Staten", "en": "The state"},
    "sv.total": {"da": "I alt", "en": "Total"},
    "sv.silent_one": {
        "da": "{payer} sparer intet i nogen simulering og er ikke vist.",
        "en": "{payer} saves nothing in any simulation and is not shown.",
    },
    "sv.silent_two": {
        "da": "{first} og {second} sparer intet i nogen simulering og er ikke vist.",
        "en": "{first} and {second} save nothing in any simulation and are not shown.",
    },
    "sv.silent_all": {
        "da": "Ingen offentlig part sparer noget i nogen simulering.",
        "en": "No public payer saves anything in any simulation.",
    },
    "sv.cashable": {
        "da": "heraf besparelser, der kan hjemtages",
        "en": "of which cashable savings",
    },
    "sv.not_cashable": {
        "da": "heraf frigjort kapacitet, der ikke kan hjemtages",
        "en": "of which freed capacity that is not cash",
    },
    "sv.area": {"da": "Magistratsafdeling", "en": "Budget area"},
    "sv.area_pv": {"da": "Besparelse (nutidsværdi)", "en": "Savings (PV)"},
    "sv.area_cash": {"da": "Kan hjemtages", "en": "Cashable"},
    "sv.area_cash.yes": {"da": "ja", "en": "yes"},
    "sv.area_cash.no": {"da": "nej", "en": "no"},
    "sv.area_cash.partly": {"da": "delvis", "en": "partly"},
    "sv.area_none": {
        "da": "Ikke henført til en magistratsafdeling",
        "en": "Not assigned to a budget area",
    },
    "sv.area_note": {
        "da": "Centralt skøn (forslagets egne tal). Kan hjemtages: pengene kan tages ud af "
        "budgettet; ellers frigøres kun kapacitet, fx medarbejdertid.",
        "en": "Central estimate (the proposal's own figures). Cashable: the money can be taken "
        "out of the budget; otherwise only capacity is freed, such as staff time.",
    },
    "sv.added": {
        "da": "Nogle effekter medfører også en ekstra udgift, som er trukket fra "
        "besparelserne: {items}.",
        "en": "Some outcomes also add a cost, which is taken off the savings: {items}.",
    },
    "op.payer": {"da": "Betaler (type, andel)", "en": "Payer (type, share)"},
    "op.kommune_alone": {
        "da": "Kommunen betaler alle resultatbetalinger: forventet {value} i nutidsværdi{central}.",
        "en": "The municipality pays all outcome payments: {value} expected, in present value"
        "{central}.",
    },
    "op.kommune_alone_central": {
        "da": "Kommunen betaler alle resultatbetalinger: {value} i nutidsværdi (centralt skøn).",
        "en": "The municipality pays all outcome payments: {value} in present value (central "
        "estimate).",
    },
    "tc.what": {"da": "Hvad", "en": "What"},
    "tc.borne_by": {"da": "Betales af", "en": "Paid by"},
    "tc.year": {"da": "År", "en": "Year"},
    "tc.dkk": {"da": "Beløb", "en": "Amount"},
    "tc.by.kommune": {"da": "Kommunen", "en": "The municipality"},
    "tc.by.fund": {"da": "Fonden", "en": "The fund"},
    "tc.after": {"da": "{year} (efter perioden)", "en": "{year} (after the period)"},
    "tc.note": {
        "da": "Transaktionsomkostninger er udgifter til at lave og drive kontrakten, som "
        "leverandørens pris ikke dækker. De er i alt {pv} i nutidsværdi og er trukket fra det "
        "offentliges nettogevinst.",
        "en": "Transaction costs are the costs of setting up and running the contract that the "
        "provider's price does not cover. They come to {pv} in present value and are taken off "
        "the public net benefit.",
    },
    # ------------------------------------------------------------------ the deal zone
    "deal.intro": {
        "da": "Forhandlingsrummet er de takstblade, som både kommunen og finansiererne kan "
        "forvente ikke at tabe på. Alle resultatpriser ganges med den samme faktor; resten af "
        "kontrakten er som skrevet. Kommunens nettogevinst er en nutidsværdi med "
        "diskonteringsrenten ({rate}), finansierernes en nutidsværdi af deres pengestrømme med "
        "et afkastkrav på {hurdle} om året.",
        "en": "The deal zone is the set of rate cards on which both the municipality and the "
        "financiers can expect not to lose. Every outcome price is multiplied by the same "
        "factor; the rest of the contract is as written. The municipality's net benefit is a "
        "present value at the discount rate ({rate}), the financiers' a present value of their "
        "cash flows at a required return of {hurdle} a year.",
    },
    "deal.zone": {
        "da": "Forhandlingsrummet går fra {low} til {high} gange takstbladet.",
        "en": "The deal zone runs from {low} to {high} times the rate card.",
    },
    "deal.zone_open": {
        "da": "Forhandlingsrummet går fra {low} gange takstbladet og opefter (afsøgt op til "
        "{max} gange).",
        "en": "The deal zone runs from {low} times the rate card upwards (searched up to {max} "
        "times).",
    },
    "deal.inside": {
        "da": "Takstbladet, som det er skrevet, ligger i forhandlingsrummet.",
        "en": "The rate card as written lies in the deal zone.",
    },
    "deal.below": {
        "da": "Takstbladet, som det er skrevet, ligger under: finansiererne kan forvente at tabe.",
        "en": "The rate card as written lies below it: the financiers can expect to lose.",
    },
    "deal.above": {
        "da": "Takstbladet, som det er skrevet, ligger over: kommunen kan forvente at tabe.",
        "en": "The rate card as written lies above it: the municipality can expect to lose.",
    },
    "deal.empty": {
        "da": "Der er intet forhandlingsrum: {why}.",
        "en": "There is no deal zone: {why}.",
    },
    "deal.levers": {"da": "Det kan åbnes med {levers}.", "en": "It could be opened by {levers}."},
    "deal.lever.or": {"da": "{first} eller med {last}", "en": "{first} or by {last}"},
    "deal.lever.guarantee": {
        "da": "en underskudsgaranti eller et tilskud til finansiererne på omkring {value} i "
        "nutidsværdi",
        "en": "a deficit guarantee or a grant to the financiers of about {value} in present value",
    },
    "deal.lever.hurdle": {
        "da": "et afkastkrav på højst {rate} om året i stedet for {now}",
        "en": "a required return of at most {rate} a year instead of {now}",
    },
    "deal.lever.hurdle_negative": {
        "da": "et afkastkrav på højst {rate} om året i stedet for {now}, så finansiererne får "
        "mindre tilbage, end de lægger ind",
        "en": "a required return of at most {rate} a year instead of {now}, so that the "
        "financiers get back less than they put in",
    },
    "deal.lever.effect": {
        "da": "en større effekt eller en billigere indsats",
        "en": "a larger effect or a cheaper intervention",
    },
    "deal.col.what": {"da": "Ved faktor", "en": "At factor"},
    "deal.col.low": {"da": "Nedre grænse", "en": "Lower end"},
    "deal.col.as_written": {"da": "Som skrevet", "en": "As written"},
    "deal.col.high": {"da": "Øvre grænse", "en": "Upper end"},
    "deal.col.searched": {"da": "Øvre grænse (afsøgt)", "en": "Upper end (searched)"},
    "deal.row.factor": {"da": "Faktor på takstbladet", "en": "Factor on the rate card"},
    "deal.row.price": {"da": "Pris pr. resultat: {label}", "en": "Price per outcome: {label}"},
    "deal.row.kommune": {
        "da": "Kommunens forventede nettogevinst (nutidsværdi)",
        "en": "The municipality's expected net benefit (PV)",
    },
    "deal.row.financiers": {
        "da": "Finansierernes forventede nettonutidsværdi (afkastkrav {hurdle})",
        "en": "The financiers' expected net present value (required return {hurdle})",
    },
    "deal.row.p_kommune": {
        "da": "Sandsynlighed for gevinst for kommunen",
        "en": "Chance of a gain for the municipality",
    },
    "deal.row.p_financiers": {
        "da": "Sandsynlighed for tab hos finansiererne",
        "en": "Chance that the financiers lose money",
    },
    # ------------------------------------------------------------------ financing
    "fin.name": {"da": "Finansierer", "en": "Financier"},
    "fin.share": {"da": "Andel", "en": "Share"},
    "fin.capital.expected": {"da": "Indskud (forventet)", "en": "Puts in (expected)"},
    "fin.received.expected": {"da": "Får tilbage (forventet)", "en": "Gets back (expected)"},
    "fin.profit.expected": {
        "da": "Gevinst eller tab (forventet)",
        "en": "Gain or loss (expected)",
    },
    "fin.capital.central": {"da": "Indskud (centralt skøn)", "en": "Puts in (central estimate)"},
    "fin.received.central": {
        "da": "Får tilbage (centralt skøn)",
        "en": "Gets back (central estimate)",
    },
    "fin.profit.central": {
        "da": "Gevinst eller tab (centralt skøn)",
        "en": "Gain or loss (central estimate)",
    },
    "fin.note": {
        "da": "Beløbene er ikke tilbagediskonteret. Finansiererne lægger indsatsens udgift ud "
        "og får resultatbetalingerne (og en eventuel garanti) i forhold til deres andel.",
        "en": "The amounts are undiscounted. The financiers pay the intervention's cost up "
        "front and receive the outcome payments (and any guarantee) in proportion to their "
        "share.",
    },
    "st.col.what": {"da": "Finansiering", "en": "Financing"},
    "st.as_written_alone": {
        "da": "Som foreslået (fonden alene)",
        "en": "As proposed (the fund alone)",
    },
    "st.row.share": {"da": "Fondens andel af kapitalen", "en": "The fund's share of the capital"},
    "st.row.capital": {"da": "Fondens kapital på spil", "en": "The fund's capital at risk"},
    "st.row.fund_net.expected": {
        "da": "Fondens forventede gevinst eller tab (ikke tilbagediskonteret)",
        "en": "The fund's expected gain or loss (undiscounted)",
    },
    "st.row.fund_net.central": {
        "da": "Fondens gevinst eller tab, centralt skøn (ikke tilbagediskonteret)",
        "en": "The fund's gain or loss, central estimate (undiscounted)",
    },
    "st.row.p_loss": {
        "da": "Sandsynlighed for tab hos fonden",
        "en": "Chance that the fund loses money",
    },
    "st.row.kommune.expected": {
        "da": "Kommunens forventede nettogevinst (nutidsværdi)",
        "en": "The municipality's expected net benefit (PV)",
    },
    "st.row.kommune.central": {
        "da": "Kommunens nettogevinst, centralt skøn (nutidsværdi)",
        "en": "The municipality's net benefit, central estimate (PV)",
    },
    "st.note": {
        "da": "Hvem der finansierer, ændrer ikke, hvad kommunen betaler og sparer; kun hvor "
        "stor en del af finansierernes gevinst eller tab fonden bærer.",
        "en": "Who finances does not change what the municipality pays and saves; only how "
        "much of the financiers' gain or loss the fund bears.",
    },
    # ------------------------------------------------------------------ value of information
    "voi.intro": {
        "da": "Værdien af bedre viden er det højeste beløb, det kan betale sig at bruge på at få "
        "de usikre forudsætninger afklaret, før rådet beslutter. Den svarer til den forventede "
        "gevinst ved at kunne sige nej netop i de tilfælde, hvor indsatsen giver underskud.",
        "en": "The value of information is the most it could pay to spend on settling the "
        "uncertain assumptions before the council decides. It equals the expected gain from "
        "being able to say no in exactly the cases where the intervention makes a loss.",
    },
    "voi.evpi": {
        "da": "For det offentlige er værdien {public}, for kommunen {kommune}.",
        "en": "For the public sector it is worth {public}, for the municipality {kommune}.",
    },
    "voi.nothing": {
        "da": "Bedre viden ville ikke ændre beslutningen.",
        "en": "Better knowledge would not change the decision.",
    },
    "voi.nothing_gain": {
        "da": "Bedre viden ville ikke ændre beslutningen: i alle simuleringerne giver indsatsen "
        "det offentlige en gevinst.",
        "en": "Better knowledge would not change the decision: in all the simulations the "
        "intervention gives the public sector a gain.",
    },
    "voi.nothing_loss": {
        "da": "Bedre viden ville ikke ændre beslutningen: i ingen af simuleringerne giver "
        "indsatsen det offentlige en gevinst.",
        "en": "Better knowledge would not change the decision: in none of the simulations does "
        "the intervention give the public sector a gain.",
    },
    "voi.best": {
        "da": "Det er mest værd at vide mere om forudsætningen »{label}«: op til {value} for det "
        "offentlige. En undersøgelse eller et forsøg, der koster mere, kan ikke betale sig.",
        "en": "The assumption most worth knowing more about is “{label}”: up to {value} for the "
        "public sector. A study or trial that costs more would not pay.",
    },
    "voi.rest": {
        "da": "Bedre viden om de øvrige forudsætninger ville ikke ændre beslutningen: {inputs}.",
        "en": "Better knowledge of the other assumptions would not change the decision: {inputs}.",
    },
    "voi.col.input": {"da": "Forudsætning", "en": "Assumption"},
    "voi.col.public": {"da": "Værdi for det offentlige", "en": "Value for the public sector"},
    "voi.col.kommune": {"da": "Værdi for kommunen", "en": "Value for the municipality"},
    "voi.method": {"da": "Metode: {method}.", "en": "Method: {method}."},
    "voi.no_draws": {
        "da": "Værdien af bedre viden kræver simuleringer; dette beslutningsgrundlag er lavet "
        "uden.",
        "en": "The value of information needs simulations; this brief was made without them.",
    },
    "input.success_rate": {"da": "Succesrate: {label}", "en": "Success rate: {label}"},
    "input.intervention_cost": {"da": "Indsatsens udgift", "en": "Cost of the intervention"},
    "input.unit_cost": {"da": "Enhedspris: {label}", "en": "Unit cost: {label}"},
    # ------------------------------------------------------------------ cash-flow table
    "cf.unit": {
        "da": "Centralt skøn (forslagets egne tal). Beløb i 1.000 kr., faste {price_year}-"
        "priser, ikke tilbagediskonteret. Positive tal er en gevinst for parten, negative en "
        "udgift.",
        "en": "Central estimate (the proposal's own figures). Amounts in DKK thousand, constant "
        "{price_year} prices, undiscounted. Positive figures are a gain for the party, negative "
        "figures a cost.",
    },
    "cf.year": {"da": "År", "en": "Year"},
    "cf.cost": {"da": "Indsats", "en": "Intervention"},
    "cf.kommune": {"da": "Kommune", "en": "Municipality"},
    "cf.region": {"da": "Region", "en": "Region"},
    "cf.stat": {"da": "Stat", "en": "State"},
    "cf.public": {"da": "Offentlig i alt", "en": "Public total"},
    "cf.cumulative": {"da": "Offentlig akkumuleret", "en": "Public cumulative"},
    "cf.financiers": {"da": "Finansierere", "en": "Financiers"},
    "cf.fund": {"da": "Fonden", "en": "Fund"},
    "cf.pv": {"da": "Nutidsværdi", "en": "Present value"},
    "cf.explain.cost": {
        "da": "Indsats: hvad leverandøren får for indsatsen.",
        "en": "Intervention: what the provider is paid.",
    },
    "cf.explain.kommune": {
        "da": "Kommune: kommunens sparede udgifter minus dens resultatbetalinger{extra}.",
        "en": "Municipality: the municipality's savings minus its outcome payments{extra}.",
    },
    "cf.explain.to_fund": {
        "da": " og den andel af besparelsen, der går til fonden",
        "en": " and the share of the savings paid to the fund",
    },
    "cf.explain.transaction": {
        "da": " og dens transaktionsomkostninger",
        "en": " and its transaction costs",
    },
    "cf.explain.region": {"da": "Region: sparede udgifter.", "en": "Region: savings."},
    "cf.explain.stat": {"da": "Stat: sparede udgifter.", "en": "State: savings."},
    "cf.explain.public": {
        "da": "Offentlig i alt: alle sparede udgifter minus indsatsens udgift{extra}; "
        "resultatbetalingerne går mellem offentlige og private parter og tæller ikke her.",
        "en": "Public total: all savings minus the intervention's cost{extra}; the outcome "
        "payments pass between public and private parties and do not count here.",
    },
    "cf.explain.public_transaction": {
        "da": " og transaktionsomkostningerne",
        "en": " and the transaction costs",
    },
    "cf.explain.financiers": {
        "da": "Finansierere: indskud (negativt) og resultatbetalinger.",
        "en": "Financiers: capital put in (negative) and outcome payments.",
    },
    "cf.explain.fund": {
        "da": "Fonden: fondens andel af finansierernes pengestrømme plus dens andel af "
        "besparelsen minus dens transaktionsomkostninger.",
        "en": "Fund: its share of the financiers' cash flows plus its share of the savings "
        "minus its transaction costs.",
    },
    "cf.explain.hidden_both": {
        "da": "Region og stat sparer intet og er ikke vist.",
        "en": "Region and state save nothing and are not shown.",
    },
    "cf.explain.hidden_one": {
        "da": "{payer} sparer intet og er ikke vist.",
        "en": "{payer} saves nothing and is not shown.",
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
    "as.added_cost": {
        "da": "Medfører ekstra udgift pr. ekstra borger pr. år: {label}",
        "en": "Added cost per additional citizen per year: {label}",
    },
    "as.outcome_payers": {"da": "Hvem betaler resultaterne", "en": "Who pays for the outcomes"},
    "as.payers_default_source": {
        "da": "Ikke angivet; kommunen betaler alene (standard i sif)",
        "en": "Not stated; the municipality pays alone (sif's default)",
    },
    "as.transaction_cost": {
        "da": "Transaktionsomkostning: {label}",
        "en": "Transaction cost: {label}",
    },
    "as.transaction_value": {
        "da": "{value} i {year}, betales af {by}",
        "en": "{value} in {year}, paid by {by}",
    },
    # ------------------------------------------------------------------ unit costs table
    "uc.item": {"da": "Udgift", "en": "Cost item"},
    "uc.payer": {"da": "Betaler", "en": "Payer"},
    "uc.budget": {"da": "Kommunens budget", "en": "The municipality's budget"},
    "uc.no_area": {"da": "ingen magistratsafdeling angivet", "en": "no budget area given"},
    "uc.cashable": {"da": "kan hjemtages", "en": "cashable"},
    "uc.not_cashable": {"da": "kan ikke hjemtages", "en": "not cashable"},
    "uc.price_now": {"da": "Pris i {year}", "en": "Price in {year}"},
    "uc.price_value": {
        "da": "{price} ({original} i {year} × {factor})",
        "en": "{price} ({original} in {year} × {factor})",
    },
    "uc.range": {"da": "Usikkerhed", "en": "Uncertainty"},
    "uc.source": {"da": "Kilde", "en": "Source"},
    "uc.per": {"da": "pr. {unit}", "en": "per {unit}"},
    "uc.index_note": {
        "da": "Priserne er omregnet til {year}-priser: pris i prisåret × (prisindeks {year} / "
        "prisindeks i prisåret), faktoren i parentes. Usikkerhed: det interval, prisen "
        "trækkes i, og om prisen er offentliggjort, usikker eller et skøn. Prisindeks: "
        "{source}.",
        "en": "Prices are converted to {year} prices: price in the price year × (price index "
        "{year} / price index of the price year), the factor in brackets. Uncertainty: the "
        "range the price is drawn in, and whether the price is published, uncertain or an "
        "assumption. Price index: {source}.",
    },
    # ------------------------------------------------------------------ method
    "method.text": {
        "da": "Alle beløb er i faste priser. Nutidsværdier er tilbagediskonteret med "
        "diskonteringsrenten; år 0 tilbagediskonteres ikke. Det offentliges nettogevinst er "
        "de sparede udgifter i kommune, region og stat minus indsatsens udgift og "
        "transaktionsomkostningerne. Kommunens nettogevinst er kommunens sparede udgifter minus "
        "dens del af resultatbetalingerne, dens transaktionsomkostninger og den andel af "
        "besparelsen, der går til fonden. Kun effekter ud over basisalternativet tæller som "
        "gevinst. De usikre forudsætninger (succesrater og udgifter med en usikkerhed) trækkes "
        "tilfældigt i hver simulering; succesraterne for forslagets effekter følger hinanden "
        "(samvariationen i forudsætningerne). Forventet betyder gennemsnittet af "
        "simuleringerne; centralt skøn betyder forslagets egne tal uden usikkerhed.",
        "en": "All amounts are in constant prices. Present values are discounted at the "
        "discount rate; year 0 is not discounted. The public net benefit is the costs saved by "
        "municipality, region and state minus the intervention's cost and the transaction "
        "costs. The municipality's net benefit is its savings minus its part of the outcome "
        "payments, its transaction costs and the share of the savings paid to the fund. Only "
        "effects above the baseline count as gains. The uncertain assumptions (success rates "
        "and costs with an uncertainty) are drawn at random in each simulation; the success "
        "rates of the proposal's outcomes move together (the correlation in the assumptions). "
        "Expected means the mean of the simulations; central estimate means the proposal's own "
        "figures without uncertainty.",
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
}
