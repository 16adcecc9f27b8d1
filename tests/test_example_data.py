"""The shipped example data: the council's nine investments, the fund and the 2021 meetings.

Every proposal in data/proposals/ must validate and run without warnings, and the published
figures of each investment are pinned here (each with the public source it comes from) so that
the data cannot drift silently. Figures that are not published are assumptions and must say so
in the files' ``sources``. Every source is written in Danish and English (``{da: …, en: …}``; the
catalogue's ``source_da`` column), so the Danish documents show no English source.
"""

from __future__ import annotations

import csv
import datetime
import json
import math
import os
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

import sif_models
from sif_models import cli
from sif_models.errors import SifInputError
from sif_models.fund.loading import load_fund
from sif_models.inputs.catalogue import load_catalogue
from sif_models.inputs.fields import Translated, in_language
from sif_models.inputs.loading import read_yaml
from sif_models.inputs.portfolio import load_meeting
from sif_models.inputs.proposals import load_proposal
from sif_models.model.cohort import intake_by_year, intervention_cost_dkk
from sif_models.text.sources import source_text

DATA = Path(__file__).resolve().parents[1] / "data"
PROPOSALS = sorted((DATA / "proposals").glob("*.yaml"))
EXAMPLES = sorted((DATA / "examples").glob("*.yaml"))
MEETINGS = sorted((DATA / "meetings").glob("*.yaml"))
IDS = [p.stem for p in PROPOSALS]

# Public sources the data may cite. A `sources` text that names none of them must start with
# "assumption" (in Danish "skøn").
PUBLISHED_SOURCES = (
    "aarhus.dk",
    "dsi.dk",
    "fundats.dk",
    "GO Lab INDIGO",
    "ipscenterdanmark.dk",
    "lauritzenfonden.com",
    "socialeinvesteringer.nu",
    "dknyt.dk",
    "lindfoundation.com",
    "studentpulse.io",
    "Danmarks Statistik",
    "Social- og Boligstyrelsen",
    "VIVE",
    "Benchmarkingenheden",
    "Beskæftigelsesministeriet",
    "Region Hovedstaden",
    "secondary website",
    "sekundær hjemmeside",
)


def _load(stem: str):
    return sif_models.load_proposal(DATA / "proposals" / f"{stem}.yaml")


def _capital_dkk(proposal) -> float:
    """Σ_t C_t, undiscounted: the intervention cost the financiers put in."""
    iv = proposal.intervention
    intake = intake_by_year(proposal.cohort.intake, proposal.horizon_years)
    return float(
        intervention_cost_dkk(
            intake,
            iv.cost_per_participant_dkk,
            iv.delivery_years,
            iv.fixed_cost_dkk_per_year,
            iv.fixed_cost_years,
        ).sum()
    )


def _share(proposal, role: str, name: str | None = None) -> float:
    return sum(
        f.share
        for f in proposal.contract.financing
        if f.role == role and (name is None or f.name == name)
    )


def _intake_years(proposal) -> list[int]:
    return [proposal.start_year + i for i, n in enumerate(proposal.cohort.intake) if n > 0]


# ------------------------------------------------------------------ every proposal
def test_nine_investments_ten_files():
    # aarhus.dk, the council's pages: nine investments; Housing First is two contracts (files).
    assert len(PROPOSALS) == 9
    assert {p.stem for p in PROPOSALS} == {
        "housing-first-mest-udsatte",
        "housing-first-job",
        "ungifokus",
        "dialog-mod-vold",
        "type-2-diabetes",
        "laer-for-livet",
        "din-vej-i-job",
        "ips-plus",
        "sosu-oestjylland",
    }


@pytest.mark.parametrize("path", PROPOSALS, ids=IDS)
def test_proposal_validates_and_runs_deterministically(path):
    proposal = sif_models.load_proposal(path)
    assert proposal.id == path.stem  # file name = <id>.yaml
    first = sif_models.run(path)
    second = sif_models.run(path)
    assert first.warnings == ()
    assert first.to_dict() == second.to_dict()
    d = first.to_dict()["deterministic"]
    assert d["intervention_cost"] > 0
    assert all(math.isfinite(v) for v in d["savings"].values())
    assert d["benefit_cost_ratio"] is not None and d["benefit_cost_ratio"] > 0


@pytest.mark.parametrize("path", PROPOSALS, ids=IDS)
def test_proposal_is_written_for_the_council(path):
    proposal = sif_models.load_proposal(path)
    assert proposal.status in ("approved", "running")
    assert proposal.ask and proposal.ask.startswith("Rådet")
    assert proposal.description
    # The fund is a financier of every investment; the national fund, where it takes part, is
    # an investor.
    assert _share(proposal, "fund") > 0
    for financier in proposal.contract.financing:
        if financier.name == "Den Sociale Investeringsfond":
            assert financier.role == "investor"


def test_sif_check_passes_on_all_proposals(capsys):
    assert cli.main(["check", *map(str, PROPOSALS)]) == 0
    out = capsys.readouterr().out
    assert sum(line.startswith("ok") for line in out.splitlines()) == len(PROPOSALS)


@pytest.mark.parametrize("path", PROPOSALS, ids=IDS)
def test_sif_run_draws_0_prints_no_warning(path, capsys):
    assert cli.main(["run", str(path), "--draws", "0", "--json"]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err
    summary = json.loads(captured.out)
    assert summary["id"] == path.stem
    assert summary["risk"] is None


# ------------------------------------------------------------------ published figures
def test_housing_first_published_terms():
    vulnerable, job = _load("housing-first-mest-udsatte"), _load("housing-first-job")
    # aarhus.dk, the council's pages: 81 young people out of homelessness, 36 of them in the
    # most vulnerable group.
    assert vulnerable.participants == 36
    assert vulnerable.participants + job.participants == 81
    # dsi.dk investment page: 15.9 mio. kr. for the group of 36.
    assert _capital_dkk(vulnerable) == pytest.approx(15_900_000, abs=1)
    # dsi.dk investment page / aarhus.dk news January 2021: about 23.2 mio. kr. in all, of it
    # 11.6 mio. kr. from the national fund (DSI).
    total = _capital_dkk(vulnerable) + _capital_dkk(job)
    assert total == pytest.approx(23_200_000, abs=1)
    dsi = sum(
        _capital_dkk(p) * _share(p, "investor", "Den Sociale Investeringsfond")
        for p in (vulnerable, job)
    )
    assert dsi == pytest.approx(11_600_000, abs=1)
    # fundats.dk: Bikubenfonden's deficit guarantee of 3 mio. kr. for the programme.
    assert vulnerable.contract.guarantee_dkk + job.contract.guarantee_dkk == 3_000_000
    assert vulnerable.contract.guarantor == job.contract.guarantor == "Bikubenfonden"
    # dsi.dk investment page: 20,000 kr. per achieved self-mastery goal per measurement point.
    for proposal in (vulnerable, job):
        rates = [o.price_dkk for o in proposal.outcomes if o.id.startswith("selvmestring")]
        assert rates and all(r == 20_000 for r in rates)
    # socialeinvesteringer.nu: measurements at 12 to 48 months for the most vulnerable group.
    assert {o.lag_years for o in vulnerable.outcomes if o.id.startswith("bolig")} == {1, 2, 3, 4}
    # socialeinvesteringer.nu / the contract: three years of delivery, four of repayment.
    assert job.horizon_years == 7 and len(job.cohort.intake) == 3


def test_ungifokus_published_terms():
    proposal = _load("ungifokus")
    # aarhus.dk, the council's pages: 500 vulnerable young people into job or education.
    assert proposal.participants == 500
    # lindfoundation.com: launched in 2021, running to 2025.
    assert _intake_years(proposal) == [2021, 2022, 2023, 2024, 2025]


def test_dialog_mod_vold_published_terms():
    proposal = _load("dialog-mod-vold")
    # aarhus.dk, the council's pages: 15 families (dsi.dk says 25).
    assert proposal.participants == 15
    # dsi.dk investment page: 4.8 mio. kr., 50 % from DSI and 50 % from the council.
    assert _capital_dkk(proposal) == pytest.approx(4_800_000, abs=1)
    assert _share(proposal, "investor", "Den Sociale Investeringsfond") == 0.5
    assert _share(proposal, "fund") == 0.5
    # dknyt.dk: 2.4 mio. kr. each.
    assert _capital_dkk(proposal) * _share(proposal, "fund") == pytest.approx(2_400_000, abs=1)
    # dsi.dk investment page: the gains fall in kommune, region and stat.
    case = sif_models.run(proposal)
    savings = case.to_dict()["deterministic"]["savings"]
    assert all(savings[payer] > 0 for payer in ("kommune", "region", "stat"))


def test_type_2_diabetes_published_terms():
    proposal = _load("type-2-diabetes")
    # aarhus.dk, the council's pages: 300 citizens with type-2 diabetes.
    assert proposal.participants == 300
    # dsi.dk investment page: 13.3 mio. kr. from DSI and the council.
    assert _capital_dkk(proposal) == pytest.approx(13_300_000, abs=1)
    assert _share(proposal, "investor", "Den Sociale Investeringsfond") > 0
    assert _share(proposal, "fund") > 0
    outcomes = {o.id: o for o in proposal.outcomes}
    # dsi.dk investment page: at least 36 % complete; at least 31 % of the completers cut HbA1c
    # by at least 8.5 % at 12, 24 and 36 months.
    assert outcomes["fuldfoerer"].success_rate == 0.36
    hba1c = [o for o in proposal.outcomes if o.id.startswith("hba1c")]
    assert sorted(o.lag_years for o in hba1c) == [1, 2, 3]
    assert all(o.success_rate == pytest.approx(0.36 * 0.31) for o in hba1c)


def test_laer_for_livet_published_terms():
    proposal = _load("laer-for-livet")
    # aarhus.dk, the council's pages and fundats.dk: 80 placed or vulnerable children.
    assert proposal.participants == 80
    # fundats.dk: 18.4 mio. kr.; DSI and the council just under 8.7 mio. kr. each.
    capital = _capital_dkk(proposal)
    assert capital == pytest.approx(18_400_000, abs=1)
    for share in (
        _share(proposal, "fund"),
        _share(proposal, "investor", "Den Sociale Investeringsfond"),
    ):
        assert 8_600_000 <= share * capital <= 8_700_000
    # fundats.dk: the return is capped at 4.6 % a year.
    assert proposal.contract.return_cap_rate == 0.046
    # lauritzenfonden.com: Lauritzen Fonden's deficit guarantee of 4 mio. kr.
    assert proposal.contract.guarantee_dkk == 4_000_000
    assert proposal.contract.guarantor == "Lauritzen Fonden"
    # fundats.dk: a 13-year programme; lauritzenfonden.com: six years per child.
    assert proposal.horizon_years == 13
    assert proposal.intervention.delivery_years == 6


def test_din_vej_i_job_published_terms():
    proposal = _load("din-vej-i-job")
    # ipscenterdanmark.dk: 60 citizens over 30 on cash benefit, 2023-2024.
    assert proposal.participants == 60
    assert _intake_years(proposal) == [2023, 2024]
    # aarhus.dk news, November 2022: the council invests 3 mio. kr.
    assert _capital_dkk(proposal) * _share(proposal, "fund") == pytest.approx(3_000_000, abs=1)


def test_ips_plus_published_terms():
    proposal = _load("ips-plus")
    # aarhus.dk, the council's pages: 300 young people aged 16-29 over four years.
    assert proposal.participants == 300
    assert len(proposal.cohort.intake) == 4
    # aarhus.dk news, November 2022: the council invests 3 mio. kr.
    assert _capital_dkk(proposal) * _share(proposal, "fund") == pytest.approx(3_000_000, abs=1)
    # ipscenterdanmark.dk: IPS, 60 % in job or education after 18 months vs 47 % for controls.
    (outcome,) = proposal.outcomes
    assert (outcome.success_rate, outcome.baseline_rate) == (0.60, 0.47)


def test_sosu_oestjylland_published_terms():
    proposal = _load("sosu-oestjylland")
    # aarhus.dk, the council's pages: 150 students stay in education.
    assert proposal.participants == 150
    # aarhus.dk news, May 2023: the council invests just under 5 mio. kr.
    fund_capital = _capital_dkk(proposal) * _share(proposal, "fund")
    assert 4_500_000 <= fund_capital < 5_000_000


def test_citizens_add_up_to_the_councils_count():
    # aarhus.dk, the council's pages: 81 + 500 + 15 + 300 + 80 + 360 + 150, "more than 1,450".
    total = sum(sif_models.load_proposal(p).participants for p in PROPOSALS)
    assert total == 81 + 500 + 15 + 300 + 80 + 360 + 150
    assert total > 1450
    # 360 citizens with mental illness: Din vej i job and IPS-PLUS together.
    assert _load("din-vej-i-job").participants + _load("ips-plus").participants == 360


# ------------------------------------------------------------------ sources in the files
def _source_texts(proposal) -> list[tuple[str, str]]:
    """(where, text) for every `sources` entry and consequence `source` of a proposal."""
    out = [(f"sources.{k}", v) for k, v in proposal.sources.items()]
    out += [(f"cohort.sources.{k}", v) for k, v in proposal.cohort.sources.items()]
    out += [(f"intervention.sources.{k}", v) for k, v in proposal.intervention.sources.items()]
    out += [(f"contract.sources.{k}", v) for k, v in proposal.contract.sources.items()]
    for i, o in enumerate(proposal.outcomes):
        out += [(f"outcomes[{i}].sources.{k}", v) for k, v in o.sources.items()]
        for j, c in enumerate(o.consequences):
            out.append((f"outcomes[{i}].consequences[{j}].source", c.source or ""))
    for j, t in enumerate(proposal.contract.transaction_costs):
        out.append((f"contract.transaction_costs[{j}].source", t.source or ""))
    return out


def _names_a_publication(text: str) -> bool:
    return any(s in text for s in PUBLISHED_SOURCES)


def _is_marked(source: str | Translated) -> bool:
    """A source names a public source or is marked as the analyst's own estimate, in each of its
    languages: "assumption: …" in English and "skøn: …" in Danish, both or neither."""
    if isinstance(source, Translated):
        en, da = source.en, source.da
        assumed = en.startswith("assumption")
        return (
            _is_marked(en)
            and (da.startswith("skøn") or _names_a_publication(da))
            and da.startswith("skøn") == assumed
        )
    return source.startswith("assumption") or _names_a_publication(source)


def _is_assumption(source: str | Translated | None) -> bool:
    """Marked as an assumption in both languages: "assumption: …" / "skøn: …"."""
    return (in_language(source, "en") or "").startswith("assumption:") and (
        source_text(source, "da") or ""
    ).startswith("skøn:")


@pytest.mark.parametrize("path", PROPOSALS, ids=IDS)
def test_every_source_is_published_or_marked_assumption(path):
    proposal = sif_models.load_proposal(path)
    unmarked = [where for where, text in _source_texts(proposal) if not _is_marked(text)]
    assert unmarked == []


@pytest.mark.parametrize("path", PROPOSALS, ids=IDS)
def test_every_parameter_says_where_it_comes_from(path):
    p = sif_models.load_proposal(path)
    missing = [f"sources.{k}" for k in ("start_year", "horizon_years") if k not in p.sources]
    missing += [] if "intake" in p.cohort.sources else ["cohort.sources.intake"]
    for key in ("cost_per_participant_dkk", "fixed_cost_dkk_per_year", "delivery_years"):
        if key not in p.intervention.sources:
            missing.append(f"intervention.sources.{key}")
    for key in ("financing", "pay_for", "payment_cap_dkk", "guarantee_dkk"):
        if key not in p.contract.sources:
            missing.append(f"contract.sources.{key}")
    if p.contract.return_cap_rate is not None and "return_cap_rate" not in p.contract.sources:
        missing.append("contract.sources.return_cap_rate")
    # v2 (docs/model.md §4, §6): the fields a file sets say where they come from
    for key in ("outcome_payers", "transaction_costs"):
        if key in p.contract.model_fields_set and key not in p.contract.sources:
            missing.append(f"contract.sources.{key}")
    if "success_correlation" in p.model_fields_set and "success_correlation" not in p.sources:
        missing.append("sources.success_correlation")
    for i, o in enumerate(p.outcomes):
        needed = ["baseline_rate", "success_rate", "lag_years", "price_dkk"]
        if o.success_interval is not None:
            needed.append("success_interval")
        if o.consequences:
            needed.append("persistence_years")
        missing += [f"outcomes[{i}].sources.{k}" for k in needed if k not in o.sources]
        missing += [
            f"outcomes[{i}].consequences[{j}].source"
            for j, c in enumerate(o.consequences)
            if not c.source
        ]
    assert missing == []


def test_catalogue_rows_have_sources_and_honest_flags():
    rows = list(csv.DictReader((DATA / "unit_costs.csv").open(encoding="utf-8")))
    assert rows, "the catalogue is empty"
    for row in rows:
        source, source_da = row["source"].strip(), row["source_da"].strip()
        assert source and source_da, f"{row['id']}: no source in English and in Danish"
        assert _is_marked(source) or source.startswith("derived"), f"{row['id']}: {source}"
        marked_da = source_da.startswith(("skøn:", "beregnet")) or _names_a_publication(source_da)
        assert marked_da, f"{row['id']}: {source_da}"
        assert source.startswith("derived") == source_da.startswith("beregnet"), row["id"]
        is_assumption = source.startswith("assumption")
        assert (row["flag"] == "assumption") == is_assumption, row["id"]
        assert source_da.startswith("skøn:") == is_assumption, row["id"]
    # Every cost the nine proposals use comes from the shared catalogue.
    catalogue = load_catalogue()
    used = {
        c.cost
        for path in PROPOSALS
        for o in sif_models.load_proposal(path).outcomes
        for c in o.consequences
    }
    assert used <= set(catalogue)


# ------------------------------------------------------------------ sources in two languages
# Words that mark a Danish source as left in English. Publication names and titles stay as they
# are (GO Lab INDIGO impact bond dataset, godtigang-housingfirst.dk) and contain none of them.
ENGLISH_WORDS = re.compile(
    r"\b(the|of|and|is|are|assumption|assumed|derived|published|per|with|from|not|each|about|"
    r"years?|months?|council)\b",
    re.IGNORECASE,
)
# Catalogue rows whose source is only a publication reference, which reads the same in Danish and
# English: their `source_da` repeats `source`.
SAME_IN_BOTH_LANGUAGES = {
    "transition-housing-icm-course",  # VIVE 2019
    "foster-care-year",  # Benchmarkingenheden, via nb-okonomi.dk
    "residential-care-year",  # Benchmarkingenheden, via nb-okonomi.dk
    "psychiatric-special-place-day",  # Region Hovedstaden Psykiatri, takster 2022
}
SHIPPED = [*PROPOSALS, *sorted((DATA / "examples").glob("*.yaml"))]


def _all_sources(model: BaseModel, where: str = "") -> list[tuple[str, object]]:
    """(where, source) for every source a loaded file gives: each block's `sources` map and every
    `source` field (consequences, unit costs, transaction costs, running costs, grants)."""
    out: list[tuple[str, object]] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        here = f"{where}.{name}" if where else name
        if name == "sources":
            out += [(f"{here}.{key}", text) for key, text in value.items()]
        elif name == "source":
            if value is not None:
                out.append((here, value))
        elif isinstance(value, BaseModel):
            out += _all_sources(value, here)
        elif isinstance(value, list | tuple):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    out += _all_sources(item, f"{here}[{i}]")
    return out


def _not_in_two_languages(sources: list[tuple[str, object]]) -> list[str]:
    """The sources that are not a Danish and an English text, each in its own language, with
    "skøn:" in Danish exactly where the English says "assumption:"."""
    bad = []
    for where, source in sources:
        if not isinstance(source, Translated):
            bad.append(f"{where}: one text, give {{da: …, en: …}}")
        elif source.da == source.en or ENGLISH_WORDS.search(source.da):
            bad.append(f"{where}: the Danish text is not Danish: {source.da}")
        elif source.en.startswith("assumption:") != source.da.startswith("skøn:"):
            bad.append(f"{where}: 'assumption:' in English is 'skøn:' in Danish")
    return bad


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_source_has_a_danish_and_an_english_text(path):
    sources = _all_sources(sif_models.load_proposal(path))
    assert sources
    assert _not_in_two_languages(sources) == []
    # the Danish documents show the Danish text, the English ones the English text
    for _, source in sources:
        assert source_text(source, "da") == source.da
        assert source_text(source, "en") == source.en


def test_every_fund_source_has_a_danish_and_an_english_text():
    fund = load_fund(DATA / "fund.yaml")
    sources = _all_sources(fund)
    # running costs, the fund's own sources map (grants is empty)
    assert len(sources) == len(fund.running_costs) + len(fund.sources)
    assert _not_in_two_languages(sources) == []


def test_every_catalogue_row_has_a_danish_source():
    for cid, item in load_catalogue().items():
        assert item.source_da, cid
        assert (item.source_in("da"), item.source_in("en")) == (item.source_da, item.source)
        if cid in SAME_IN_BOTH_LANGUAGES:
            assert item.source_da == item.source, cid
        else:
            assert item.source_da != item.source, cid
            assert not ENGLISH_WORDS.search(item.source_da), f"{cid}: {item.source_da}"


# ------------------------------------------------------------------ version 2 in the data
# aarhus.dk, the municipality's organisation: the six magistratsafdelinger (budget areas).
AARHUS_BUDGET_AREAS = {
    "Borgmesterens Afdeling",
    "Sociale Forhold og Beskæftigelse",
    "Børn og Unge",
    "Sundhed og Omsorg",
    "Teknik og Miljø",
    "Kultur og Borgerservice",
}
TRANSFER_PAYMENTS = (
    "cash-benefit-30plus-month",
    "cash-benefit-30plus-children-month",
    "education-benefit-under30-month",
)


def _catalogue_rows() -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in csv.DictReader((DATA / "unit_costs.csv").open(encoding="utf-8"))}


def test_transfer_payments_carry_the_states_reimbursement():
    # Beskæftigelsesministeriet, refusionsreformen (2016): 20 % refunded after 52 weeks on
    # benefit, so kommune 0.8 and stat 0.2 for the long-term recipients the cases target.
    catalogue, rows = load_catalogue(), _catalogue_rows()
    for cid in TRANSFER_PAYMENTS:
        assert catalogue[cid].shares == (0.8, 0.0, 0.2), cid
        assert rows[cid]["payer"] == "", cid  # payer_shares instead of payer
        source = rows[cid]["source"]
        assert "refusionsreformen" in source and "Beskæftigelsesministeriet" in source, cid
        assert "after 52 weeks is assumed" in source, cid  # the step chosen is named
        source_da = rows[cid]["source_da"]
        assert "refusionsreformen" in source_da and "Beskæftigelsesministeriet" in source_da, cid
        assert "efter 52 uger er et skøn" in source_da, cid
        assert rows[cid]["flag"] == "uncertain", cid  # the shares rest on a secondary summary


def test_every_kommune_cost_names_its_budget_area_and_whether_it_is_cash():
    rows = _catalogue_rows()
    for cid, item in load_catalogue().items():
        assert rows[cid]["cashable"] in ("true", "false"), cid  # stated, not left to the default
        if item.shares[0] > 0:
            assert item.budget_area in AARHUS_BUDGET_AREAS, cid
        else:
            assert item.budget_area == "", cid  # the area concerns the kommune's share only
    # freed staff hours are capacity, not cash (docs/model.md §3)
    assert load_catalogue()["home-care-hour"].cashable is False


def test_housing_first_counts_support_in_own_home_as_an_added_cost():
    # Social- og Boligstyrelsen via godtigang-housingfirst.dk: support in own home costs
    # 40,000-130,000 kr. a year; a young person who stays housed after the programme needs it.
    for stem, outcomes in (
        ("housing-first-mest-udsatte", {"bolig-36m", "bolig-48m"}),
        ("housing-first-job", {"bolig-12m"}),
    ):
        proposal = _load(stem)
        for o in proposal.outcomes:
            added = [c for c in o.consequences if c.cost == "housing-first-support-year"]
            if o.id in outcomes:
                assert len(added) == 1 and added[0].quantity_per_year < 0, (stem, o.id)
                assert _is_assumption(added[0].source), (stem, o.id)
            else:
                assert not added, (stem, o.id)


def test_the_national_fund_co_pays_the_youth_homelessness_contract():
    # The project's public figures: DSI co-pays outcomes in the Aarhus youth-homelessness
    # contract (three years of delivery, four of repayment); its share is an assumption.
    proposal = _load("housing-first-job")
    payers = {p.name: p for p in proposal.contract.payers()}
    dsi = payers["Den Sociale Investeringsfond"]
    assert dsi.payer == "stat" and 0 < dsi.share < 1
    assert _is_assumption(proposal.contract.sources["outcome_payers"])
    case = sif_models.run(proposal)
    by_payer = case.to_dict()["deterministic"]["outcome_payments_by_payer"]
    assert by_payer["stat"] > 0 and by_payer["kommune"] > 0


@pytest.mark.parametrize("path", PROPOSALS, ids=IDS)
def test_transaction_costs_are_marked_assumptions(path):
    # GO Lab's work on transaction costs gives no Danish figures: every amount is an assumption.
    proposal = sif_models.load_proposal(path)
    assert proposal.contract.transaction_costs
    for cost in proposal.contract.transaction_costs:
        assert _is_assumption(cost.source), cost.label
        assert cost.year < proposal.horizon_years
    assert sif_models.run(path).to_dict()["deterministic"]["transaction_costs"] > 0


def test_proposals_with_repeated_measurements_correlate_their_outcomes():
    # the same citizens measured again: their outcomes move together (docs/model.md §6)
    for stem in ("housing-first-mest-udsatte", "housing-first-job", "dialog-mod-vold"):
        proposal = _load(stem)
        assert proposal.success_correlation > 0.5
        assert _is_assumption(proposal.sources["success_correlation"])


# ------------------------------------------------------------------ the fund
def test_fund_file_loads_with_the_published_terms():
    fund = load_fund(DATA / "fund.yaml")
    # aarhus.dk, the council's pages: 40 mio. kr., founded 29 April 2020.
    assert fund.start_capital_dkk == 40_000_000
    assert fund.start_date == datetime.date(2020, 4, 29)
    # aarhus.dk, the council's terms of reference: an active fund for at least ten years.
    assert fund.min_active_years == 10
    # aarhus.dk, the terms of reference: chair 100,000 kr., two members 25,000 kr. each a year.
    assert fund.running_costs_dkk([2021])[0] == 150_000
    # docs/model.md §7 v2: the common shock, an assumption at the specification's default
    assert fund.common_shock == 0.25
    assert _is_assumption(fund.sources["common_shock"])
    # The portfolio is exactly the nine investments.
    assert sorted(p.name for p in fund.proposal_paths()) == sorted(p.name for p in PROPOSALS)


def test_fund_portfolio_agrees_with_the_proposals():
    fund = load_fund(DATA / "fund.yaml")
    for entry, path in zip(fund.portfolio, fund.proposal_paths(), strict=True):
        proposal = sif_models.load_proposal(path)
        assert entry.start_year == proposal.start_year, path.name
        committed = _capital_dkk(proposal) * _share(proposal, "fund")
        assert entry.committed_dkk == pytest.approx(committed, abs=1), path.name
    for source in [c.source for c in fund.running_costs] + list(fund.sources.values()):
        assert _is_marked(source)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


FUND_HEAD = (
    "name: Test\nstart_date: 2020-04-29\nstart_capital_dkk: 40000000\n"
    "running_costs: []\ngrants: []\n"
)


def test_fund_missing_proposal_names_the_field(tmp_path):
    fund = _write(
        tmp_path / "fund.yaml",
        FUND_HEAD + "portfolio:\n  - {proposal: proposals/nope.yaml, start_year: 2021}\n",
    )
    with pytest.raises(SifInputError) as err:
        load_fund(fund)
    (problem,) = err.value.problems
    assert problem.field == "portfolio[0].proposal"
    assert "no such file" in problem.message


def test_fund_disagreeing_with_a_proposal_is_an_error(tmp_path):
    # IPS-PLUS starts in 2023 and the fund puts in 3 mio. kr.; this fund file says otherwise.
    proposal = (DATA / "proposals" / "ips-plus.yaml").resolve()
    relative = Path(os.path.relpath(proposal, tmp_path)).as_posix()
    fund = _write(
        tmp_path / "fund.yaml",
        FUND_HEAD
        + f"portfolio:\n  - {{proposal: {relative}, start_year: 2022, committed_dkk: 2500000}}\n",
    )
    with pytest.raises(SifInputError) as err:
        load_fund(fund)
    fields = sorted(p.field for p in err.value.problems)
    assert fields == ["portfolio[0].committed_dkk", "portfolio[0].start_year"]


def test_fund_quoted_date_reads_in_plain_words(tmp_path):
    fund = _write(
        tmp_path / "fund.yaml",
        FUND_HEAD.replace("2020-04-29", '"29-04-2020"') + "portfolio: []\n",
    )
    with pytest.raises(SifInputError) as err:
        load_fund(fund)
    (problem,) = err.value.problems
    assert problem.field == "start_date"
    assert "YYYY-MM-DD" in problem.message


# ------------------------------------------------------------------ the meetings
def test_the_2021_meetings():
    # aarhus.dk, the council's pages: the 2021 meeting dates.
    assert [p.stem for p in MEETINGS] == [
        "2021-02-11",
        "2021-04-13",
        "2021-06-11",
        "2021-08-27",
        "2021-10-28",
        "2021-12-16",
    ]
    on_agenda = set()
    for path in MEETINGS:
        meeting = load_meeting(path)
        assert meeting.date.isoformat() == path.stem
        assert meeting.title
        on_agenda |= {p.name for p in meeting.proposal_paths()}
        assert all(p.is_file() for p in meeting.proposal_paths())
    # The first meeting is the demo: two to four proposals.
    assert 2 <= len(load_meeting(MEETINGS[0]).items) <= 4
    # Every investment is on at least one agenda.
    assert on_agenda == {p.name for p in PROPOSALS}


def test_meeting_missing_proposal_names_the_field(tmp_path):
    meeting = _write(
        tmp_path / "2021-02-11.yaml",
        "date: 2021-02-11\ntitle: Møde\nitems:\n"
        "  - {proposal: ../proposals/ungifokus.yaml, title: UngiFokus}\n",
    )
    with pytest.raises(SifInputError) as err:
        load_meeting(meeting)
    (problem,) = err.value.problems
    assert (problem.file, problem.field) == (str(meeting), "items[0].proposal")


def test_meeting_files_are_plain_yaml():
    for path in MEETINGS:
        data = read_yaml(path)
        assert set(data) <= {"date", "title", "title_en", "note", "note_en", "items"}
        # the English pack has its own words for the meeting and every item
        assert {"title_en", "note_en"} <= set(data) and all("title_en" in i for i in data["items"])


def test_shipped_proposals_have_their_own_words_in_english():
    """An English brief of a shipped proposal shows no Danish title, target group, ask or
    description (title_en, target_group_en, ask_en, description_en) and no Danish
    transaction-cost label (label_en)."""
    for path in PROPOSALS:
        proposal = load_proposal(path)
        assert not proposal.quoted_in_danish("en"), path.name
        assert all(tc.label_en for tc in proposal.contract.transaction_costs), path.name
