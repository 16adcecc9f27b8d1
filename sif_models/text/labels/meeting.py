"""The words of a meeting pack (:mod:`sif_models.documents.meeting_overview` and
:mod:`sif_models.publish.meeting`): the overview's title block, agenda, the proposals side by
side, the items with errors, the fund before and after the meeting."""

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ the meeting pack
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
    "meet.col.item": {"da": "Punkt", "en": "Item"},
    "meet.col.kind": {"da": "Type", "en": "Type"},
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
        "da": "Forventet: gennemsnittet af {draws} simuleringer pr. forslag, de samme som i "
        "forslagenes beslutningsgrundlag. Centralt skøn: forslagets egne tal uden usikkerhed, "
        "vist hvor det afviger mærkbart fra det forventede. Nutidsværdier over hver indsats' "
        "egen periode og i dens egne faste priser.",
        "en": "Expected: the mean of {draws} simulations per proposal, the same as in the "
        "proposals' briefs. Central estimate: the proposal's own figures without uncertainty, "
        "shown where it differs markedly from the expected. Present values over each "
        "intervention's own period and in its own constant prices.",
    },
    "meet.compare_note_no_draws": {
        "da": "Uden simuleringer viser tabellen forslagenes egne tal (centralt skøn); "
        "sandsynligheder og værdien af bedre viden kræver simuleringer. Nutidsværdier over "
        "hver indsats' egen periode.",
        "en": "Without simulations the table shows the proposals' own figures (central "
        "estimate); chances and the value of information need simulations. Present values "
        "over each intervention's own period.",
    },
    "meet.tools_note": {
        "da": "Forhandlingsrummet er de takstblade, både kommunen og finansiererne kan "
        "acceptere: kommunens forventede nettogevinst er ikke negativ, og finansierernes "
        "forventede nutidsværdi ved deres afkastkrav er ikke negativ. Det måles i gange "
        "forslagets resultatpriser (1 er takstbladet som foreslået). Værdien af bedre viden er "
        "det højeste, det offentlige kunne vinde ved at kende en forudsætning sikkert, før "
        "rådet beslutter.",
        "en": "The deal zone is the rate cards both the municipality and the financiers could "
        "accept: the municipality's expected net gain is not negative, and the financiers' "
        "expected present value at their required return is not negative. It is measured in "
        "multiples of the proposal's outcome prices (1 is the rate card as proposed). The value "
        "of information is the most the public purse could gain by knowing an assumption for "
        "certain before the council decides.",
    },
    "meet.row.cost": {
        "da": "Indsatsens udgift, {est} (nutidsværdi)",
        "en": "Cost of the intervention, {est} (present value)",
    },
    "meet.row.public_net": {
        "da": "Det offentliges nettogevinst, {est} (nutidsværdi)",
        "en": "Public net gain, {est} (present value)",
    },
    "meet.row.kommune_net": {
        "da": "Kommunens nettogevinst, {est} (nutidsværdi)",
        "en": "Municipality's net gain, {est} (present value)",
    },
    "meet.row.p_kommune": {
        "da": "Sandsynlighed for gevinst for kommunen",
        "en": "Chance that the municipality gains",
    },
    "meet.row.bcr": {
        "da": "Gevinst pr. investeret krone, {est}",
        "en": "Gain per krone invested, {est}",
    },
    "meet.row.break_even": {
        "da": "Det år, indsatsen tjener sig hjem (centralt skøn)",
        "en": "Year the intervention pays for itself (central estimate)",
    },
    "meet.no_break_even": {"da": "Ikke inden udgangen af {last}", "en": "Not by {last}"},
    "meet.row.fund_in": {
        "da": "Fonden lægger ind (forslagets beløb)",
        "en": "The fund puts in (as proposed)",
    },
    "meet.row.fund_back": {"da": "Fonden får tilbage, {est}", "en": "The fund gets back, {est}"},
    "meet.row.multiple": {
        "da": "Finansierernes tilbagebetalingsgrad, {est}",
        "en": "Financiers' money back per krone, {est}",
    },
    "meet.row.deal": {
        "da": "Ligger takstbladet i forhandlingsrummet?",
        "en": "Is the rate card inside the deal zone?",
    },
    "meet.heading.tools": {
        "da": "Forhandlingsrum og værdien af bedre viden",
        "en": "Deal zone and the value of information",
    },
    "meet.col.proposal": {"da": "Forslag", "en": "Proposal"},
    "meet.row.voi": {"da": "Mest værd at vide mere om", "en": "Most worth learning about"},
    "meet.row.weak": {"da": "Advarsel", "en": "Warning"},
    "meet.near_mean": {"da": "tæt på det forventede", "en": "close to the expected"},
    "meet.deal.inside": {
        "da": "Ja: forhandlingsrummet går fra {low} til {high} gange takstbladet",
        "en": "Yes: the deal zone runs from {low} to {high} times the rate card",
    },
    "meet.deal.inside_open": {
        "da": "Ja: forhandlingsrummet går fra {low} gange takstbladet og op",
        "en": "Yes: the deal zone runs from {low} times the rate card upwards",
    },
    "meet.deal.below": {
        "da": "Nej: finansiererne skal have mindst {low} gange takstbladet",
        "en": "No: the financiers need at least {low} times the rate card",
    },
    "meet.deal.above": {
        "da": "Nej: kommunen kan højst betale {high} gange takstbladet",
        "en": "No: the municipality can pay at most {high} times the rate card",
    },
    "meet.deal.empty": {
        "da": "Nej, der er intet forhandlingsrum: {reason}",
        "en": "No, there is no deal zone: {reason}",
    },
    "meet.voi.success_rate": {
        "da": "succesraten for »{outcome}«",
        "en": "the success rate of “{outcome}”",
    },
    "meet.voi.unit_cost": {"da": "enhedsprisen for {item}", "en": "the unit cost of {item}"},
    "meet.voi.cost": {"da": "indsatsens udgift", "en": "the cost of the intervention"},
    "meet.voi.top": {
        "da": "{input} (værdien af bedre viden: op til {value})",
        "en": "{input} (value of information: up to {value})",
    },
    "meet.voi.none": {
        "da": "Intet: usikkerheden vil ikke ændre beslutningen",
        "en": "Nothing: the uncertainty would not change the decision",
    },
    "meet.voi.no_draws": {"da": "Kræver simuleringer", "en": "Needs simulations"},
    "meet.weak.yes": {"da": "Ja, se nedenfor", "en": "Yes, see below"},
    "meet.weak.no": {"da": "Ingen", "en": "None"},
    "meet.weak.head": {"da": "Advarsel om »{title}«:", "en": "Warning about “{title}”:"},
    "meet.weak.fund_loss": {
        "da": "Der er {p} risiko for, at fonden ikke vil få alle pengene tilbage.",
        "en": "The risk that the fund will not get all its money back is {p}.",
    },
    "meet.weak.public_loss": {
        "da": "Det offentlige forventes at tabe {amount} (nutidsværdi): de sparede udgifter "
        "vil ikke dække indsatsens udgift.",
        "en": "The public purse is expected to lose {amount} (present value): the avoided costs "
        "would not cover the cost of the intervention.",
    },
    "meet.weak.public_loss_central": {
        "da": "Med forslagets egne tal (centralt skøn) vil det offentlige tabe {amount} "
        "(nutidsværdi).",
        "en": "With the proposal's own figures (central estimate) the public purse would lose "
        "{amount} (present value).",
    },
    "meet.weak.no_deal": {
        "da": "Intet takstblad kan gøre både kommunen og finansiererne skadesløse.",
        "en": "No rate card could make both the municipality and the financiers whole.",
    },
    "meet.balance_note": {
        "da": "Saldo: det forventede forløb (gennemsnittet af simuleringerne). 90 %-interval: "
        "9 ud af 10 simuleringer ligger inden for.",
        "en": "Balance: the expected path (the mean of the simulations). 90% interval: 9 in 10 "
        "simulations lie within it.",
    },
    "meet.balance_note_central": {
        "da": "Saldo med forslagenes egne tal (centralt skøn); uden simuleringer er der intet "
        "interval.",
        "en": "Balance with the proposals' own figures (central estimate); without simulations "
        "there is no interval.",
    },
    "meet.none_usable": {
        "da": "Ingen af dagsordenens forslag kunne beregnes.",
        "en": "None of the agenda's proposals could be computed.",
    },
    "meet.problems_intro": {
        "da": "Disse punkter har intet beslutningsgrundlag, fordi forslagsfilen har fejl eller "
        "ikke kunne beregnes. Fejlene står som fil: felt: problem og er skrevet til "
        "analytikeren, der retter filen; de står derfor på engelsk, ligesom når sif check viser "
        "dem. De øvrige punkter er behandlet som normalt.",
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
        "({names}). Med mødets forslag: porteføljen med dem.",
        "en": "Before the meeting: the fund's portfolio without the proposals the meeting "
        "decides or discusses ({names}). With the meeting's proposals: the portfolio with "
        "them.",
    },
    "meet.fund_status": {
        "da": "Statuspunkter er allerede i porteføljen og tæller med i begge.",
        "en": "Status items are in the portfolio already and count in both.",
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
        "og samme startværdi for tilfældige tal). Fondens udsigter er regnet som i fondens egen oversigt, med pladsen til nye "
        "investeringer målt fra mødets år.",
        "en": "Each proposal is computed as in its brief (same number of simulations and "
        "random seed). The fund's outlook is computed as in the fund's own brief, with the room for "
        "new investments measured from the meeting's year.",
    },
}
