"""The words of the yearly report (:mod:`sif_models.documents.annual_report`): title block,
summary, investments, measured results and updated estimates, the fund's economy, the method."""

TEXT: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ the yearly report
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
        "da": "Fonden har {n} investeringer: {parts}.",
        "en": "The fund has {n} investments: {parts}.",
    },
    "ann.sum.all": {
        "da": "Alle fondens {n} investeringer er {state}.",
        "en": "All {n} of the fund's investments are {state}.",
    },
    "ann.sum.one": {
        "da": "Fondens ene investering er {state}.",
        "en": "The fund's one investment is {state}.",
    },
    "ann.state.running": {"da": "i gang", "en": "running"},
    "ann.state.waiting": {"da": "endnu ikke startet", "en": "not yet started"},
    "ann.state.ended": {"da": "afsluttet", "en": "ended"},
    "ann.sum.measured": {
        "da": "{n} af dem har målte resultater til og med {year}.",
        "en": "{n} of them have measured results up to {year}.",
    },
    "ann.sum.measured_none": {
        "da": "Ingen af dem har målte resultater til og med {year}.",
        "en": "None of them has measured results up to {year}.",
    },
    "ann.sum.public_net": {
        "da": "Med de målte resultater vil det offentliges samlede nettogevinst blive {updated} "
        "mod {planned} før målingerne (investeringernes egne tal, centralt skøn, "
        "nutidsværdier).",
        "en": "With the measured results the total public net gain would be {updated}, against "
        "{planned} before the measurements (the investments' own figures, central estimate, "
        "present values).",
    },
    "ann.sum.public_loss": {
        "da": "Med de målte resultater vil det offentlige samlet tabe {updated} mod {planned} "
        "før målingerne (investeringernes egne tal, centralt skøn, nutidsværdier).",
        "en": "With the measured results the public purse would lose {updated} in total, against "
        "{planned} before the measurements (the investments' own figures, central estimate, "
        "present values).",
    },
    "ann.sum.balance": {
        "da": "Fondens saldo ultimo {year} er {balance} efter kontrakternes plan (ikke fondens "
        "regnskab).",
        "en": "The fund's balance at the end of {year} is {balance} on the contracts' plan (not "
        "the fund's accounts).",
    },
    "ann.sum.p_active": {
        "da": "Der er {p} sandsynlighed for, at saldoen vil være positiv i hvert af de første "
        "{n} år ({first}–{last}); uden fælles stød ville sandsynligheden være {p0}.",
        "en": "The chance that the balance will stay positive in each of the first {n} years "
        "({first}–{last}) is {p}; without the common shock it would be {p0}.",
    },
    "ann.sum.p_active_same": {
        "da": "Der er {p} sandsynlighed for, at saldoen vil være positiv i hvert af de første "
        "{n} år ({first}–{last}); det gælder også uden fælles stød.",
        "en": "The chance that the balance will stay positive in each of the first {n} years "
        "({first}–{last}) is {p}, with or without the common shock.",
    },
    "ann.heading.investments": {"da": "Investeringerne", "en": "The investments"},
    "ann.heading.results": {
        "da": "Målte resultater og opdaterede skøn",
        "en": "Measured results and updated estimates",
    },
    "ann.heading.fund": {"da": "Fondens økonomi", "en": "The fund's economy"},
    "ann.heading.outlook": {"da": "Fondens udsigter", "en": "The fund's outlook"},
    "ann.heading.yearly": {"da": "Fonden år for år", "en": "The fund year by year"},
    "ann.col.investment": {"da": "Investering", "en": "Investment"},
    "ann.col.status": {"da": "Status", "en": "Status"},
    "ann.col.participants": {"da": "Deltagere", "en": "Participants"},
    "ann.col.measured": {"da": "Målt", "en": "Measured"},
    "ann.col.planned": {
        "da": "Offentlig nettogevinst, planlagt",
        "en": "Public net gain, planned",
    },
    "ann.col.updated": {
        "da": "Offentlig nettogevinst, opdateret",
        "en": "Public net gain, updated",
    },
    "ann.col.change": {"da": "Ændring", "en": "Change"},
    "ann.col.outcome": {"da": "Effekt", "en": "Outcome"},
    "ann.col.observed": {"da": "Nåede målet", "en": "Reached it"},
    "ann.col.observed_rate": {"da": "Målt andel", "en": "Measured share"},
    "ann.col.expected_rate": {"da": "Forslagets skøn", "en": "Proposal's estimate"},
    "ann.col.expected_n": {
        "da": "Antal efter forslagets skøn",
        "en": "Number at the proposal's estimate",
    },
    "ann.col.prior": {"da": "Skøn før", "en": "Estimate before"},
    "ann.col.updated_rate": {"da": "Opdateret skøn", "en": "Updated estimate"},
    "ann.col.updated_band": {"da": "90 %-interval", "en": "90% interval"},
    "ann.col.planned_short": {"da": "Planlagt", "en": "Planned"},
    "ann.col.updated_short": {"da": "Opdateret", "en": "Updated"},
    "ann.col.amount": {"da": "Beløb", "en": "Amount"},
    "ann.row.public_net": {
        "da": "Det offentliges nettogevinst (nutidsværdi)",
        "en": "Public net gain (present value)",
    },
    "ann.row.kommune_net": {
        "da": "Kommunens nettogevinst (nutidsværdi)",
        "en": "Municipality's net gain (present value)",
    },
    "ann.row.bcr": {"da": "Gevinst pr. investeret krone", "en": "Gain per krone invested"},
    "ann.row.break_even": {
        "da": "Det år, indsatsen tjener sig hjem",
        "en": "Year the intervention pays for itself",
    },
    "ann.no_break_even": {"da": "Ikke inden udgangen af {last}", "en": "Not by {last}"},
    "ann.source_illustrative": {
        "da": "eksempeldata (opdigtede tal, ikke målinger)",
        "en": "example data (invented figures, not measurements)",
    },
    "ann.row.payments": {
        "da": "Resultatbetalinger (nutidsværdi)",
        "en": "Outcome payments (present value)",
    },
    "ann.of": {"da": "{s} af {n}", "en": "{s} of {n}"},
    "ann.status.running": {"da": "I gang, år {k} af {h}", "en": "Running, year {k} of {h}"},
    "ann.status.waiting": {"da": "Starter {year}", "en": "Starts {year}"},
    "ann.status.ended": {"da": "Afsluttet", "en": "Ended"},
    "ann.investments_note": {
        "da": "Det offentliges nettogevinst som nutidsværdi over investeringens periode, med "
        "investeringens egne tal (centralt skøn): planlagt er forslagets tal; opdateret bruger "
        "de opdaterede succesrater. Målt: antal deltagere "
        "med en måling (en deltager kan være målt på flere effekter).",
        "en": "Public net gain as present value over the investment's period, with the "
        "investment's own figures (central estimate): planned is the proposal's figure; updated uses the updated success rates. Measured: "
        "participants with a measurement (one participant may be measured on several "
        "outcomes).",
    },
    "ann.results_intro": {
        "da": "For hver effekt: hvor mange af de målte deltagere der nåede målet, forslagets "
        "skøn, og succesraten opdateret med målingerne. Skøn før er forslagets skøn som "
        "fordeling (vist, hvor dens middelværdi afviger fra forslagets tal); det opdaterede skøn lægger målingerne til "
        "(Beta-binomial, se metoden bagest). Få målinger flytter skønnet lidt, mange flytter "
        "det meget.",
        "en": "For each outcome: how many of the measured participants reached it, the "
        "proposal's estimate, and the success rate updated with the measurements. The estimate "
        "before is the proposal's estimate as a distribution (shown where its mean differs from "
        "the proposal's figure); the updated estimate adds "
        "the measurements (Beta-binomial, see the method at the end). Few measurements move "
        "the estimate a little, many move it a lot.",
    },
    "ann.case_caption": {
        "da": "Beregningen med forslagets (planlagt) og de opdaterede succesrater (opdateret), "
        "centralt skøn",
        "en": "The figures with the proposal's (planned) and the updated success rates "
        "(updated), central estimate",
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
        "succesrater (centralt skøn), ikke bogført efter fondens regnskab. Fonden får penge tilbage "
        "undervejs, så den samlet kan forpligte sig til mere end startkapitalen.",
        "en": "Paid out and received follow the contracts' plan and the updated success "
        "rates (central estimate); "
        "they are not the fund's booked accounts. Money comes back along the way, so the "
        "fund can commit more in total than its start capital.",
    },
    "ann.outlook_intro": {
        "da": "Planlagt: forslagenes egne skøn. Opdateret: med succesraterne "
        "opdateret efter målingerne. Pladsen til nye investeringer er målt fra {year}.",
        "en": "Planned: the proposals' own estimates. Updated: with the success rates "
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
        "beregning bruger de opdaterede skøn i stedet for forslagets succesrater; alt "
        "andet er uændret.",
        "en": "A success rate is described by a Beta distribution. The estimate before is the "
        "distribution the proposal's 90% interval (or trial evidence) gives; an outcome "
        "without stated uncertainty gets a weak distribution worth ten participants. With s "
        "successes among n measured participants the distribution becomes "
        "Beta(α + s, β + n − s): the updated estimate is its mean, and the 90% interval runs "
        "from its 5th to its 95th percentile. The updated figures use the updated "
        "estimates instead of the proposal's success rates; everything else is unchanged.",
    },
    # ------------------------------------------------------------------ the estimates chart
    "chart.estimates.title": {
        "da": "Succesrater: forslagets skøn, målt og opdateret",
        "en": "Success rates: the proposal's estimate, measured and updated",
    },
    "chart.estimates.band": {"da": "Opdateret 90 %-interval", "en": "Updated 90% interval"},
    "chart.estimates.updated": {"da": "Opdateret skøn", "en": "Updated estimate"},
    "chart.estimates.expected": {"da": "Forslagets skøn", "en": "Proposal's estimate"},
    "chart.estimates.observed": {"da": "Målt", "en": "Measured"},
    "chart.estimates.note": {
        "da": "Krydset er den målte andel, ruden forslagets skøn, og prikken med "
        "båndet det opdaterede skøn med 90 %-interval. n er antallet af målte deltagere.",
        "en": "The cross is the measured share, the diamond the proposal's estimate, and "
        "the dot with the band the updated estimate with its 90% interval. n is the number "
        "of measured participants.",
    },
}
