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
    "meet.col.no": {"da": "Nr.", "en": "No."},
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
}
