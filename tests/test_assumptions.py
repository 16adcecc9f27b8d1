"""The brief's assumptions table comes from the schema: every labelled field, once."""

from __future__ import annotations

from pathlib import Path

from sif_models.case.business_case import run
from sif_models.documents.assumptions import assumption_rows
from sif_models.inputs.schema import Contract, Proposal, assumption_fields, described

REPO = Path(__file__).resolve().parents[1]
WORKED = REPO / "data" / "examples" / "worked-example.yaml"


def test_every_labelled_field_is_described_with_a_unit_or_a_formatter():
    for model in (Proposal, Contract):
        for name, meta in assumption_fields(model):
            info = model.model_fields[name]
            assert info.description, name
            assert set(meta["label"]) == {"da", "en"}, name
            assert "unit" in meta or "show" in meta, name


def test_rows_follow_the_schema_in_both_languages():
    case = run(WORKED)
    for lang in ("da", "en"):
        rows = assumption_rows(case, lang)
        labels = [r[1] for r in rows]
        contract = [meta["label"][lang] for _, meta in assumption_fields(Contract)]
        assert labels[-len(contract) :] == contract
        assert all(r[2] for r in rows)  # every row has a value


def test_a_new_field_needs_only_its_schema_line():
    """A field added to a block with a label appears in the table, formatted by its unit."""

    class ContractWithFee(Contract):
        setup_fee_dkk: float = described(
            25_000.0,
            description="A fee for setting up the contract",
            unit="DKK",
            label=("Etableringsgebyr", "Set-up fee"),
        )

    case = run(WORKED)
    contract = ContractWithFee(**case.proposal.contract.model_dump())
    proposal = case.proposal.model_copy(update={"contract": contract})
    wider = type(case)(**{**case.__dict__, "proposal": proposal})
    rows = assumption_rows(wider, "da")
    assert ("Kontrakten", "Etableringsgebyr", "25.000 kr.", "", None) in rows
