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
    # ------------------------------------------------------------------ the estimates chart
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
}
