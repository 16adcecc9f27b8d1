"""The analyst's workbench (issue 13): `sif new` from the council's template, `sif check` listing
what is still to fill in, and `sif export` to Excel with the numbers of `sif run --json`."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import yaml

from sif_models.cli import main
from sif_models.inputs.skeleton import placeholders

REPO = Path(__file__).resolve().parents[1]
WORKED = REPO / "data" / "examples" / "worked-example.yaml"


def sif(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ---------------------------------------------------------------- sif new
def test_new_writes_the_template_and_check_lists_what_to_fill_in(tmp_path, capsys):
    target = tmp_path / "ny-indsats.yaml"
    code, out, _ = sif(capsys, "new", "ny-indsats", "--out", target, "--start-year", "2027")
    assert code == 0 and target.is_file()
    text = target.read_text(encoding="utf-8")
    for section in (
        "Indsatsen og partnerne",
        "Målgruppen",
        "Hvad indsatsen forventes at koste",
        "Hvor kommunen forventes at få færre udgifter",
    ):
        assert section in text  # the council's template, in its order
    code, out, err = sif(capsys, "check", target)
    assert code == 2 and "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("error ")]
    assert lines and all("still to fill in:" in line for line in lines)
    assert f"{target}: title: still to fill in: indsatsens navn" in err
    assert "must be" not in err  # no schema errors while placeholders are left


def test_a_filled_in_skeleton_checks_clean(tmp_path, capsys):
    target = tmp_path / "ny.yaml"
    sif(capsys, "new", "ny", "--out", target, "--start-year", "2027")
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    answers = {
        "cohort.intake": [20, 20],
        "intervention.cost_per_participant_dkk": 90_000,
        "outcomes[0].id": "i-job",
        "outcomes[0].baseline_rate": 0.2,
        "outcomes[0].success_rate": 0.35,
        "outcomes[0].success_interval": [0.25, 0.45],
        "outcomes[0].price_dkk": 60_000,
        "outcomes[0].consequences[0].cost": "cash-benefit-30plus-month",
        "outcomes[0].consequences[0].quantity_per_year": 12,
    }
    for path, _ in placeholders(data):
        value = answers.get(path, "assumption: udfyldt i testen")
        _set(data, path, value)
    assert not placeholders(data)
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out, err = sif(capsys, "check", target)
    assert code == 0, err


def _set(data, path: str, value) -> None:
    keys = path.replace("]", "").replace("[", ".").split(".")
    node = data
    for k in keys[:-1]:
        node = node[int(k)] if k.isdigit() else node[k]
    last = keys[-1]
    node[int(last) if last.isdigit() else last] = value


def test_new_never_overwrites_and_checks_the_id(tmp_path, capsys):
    target = tmp_path / "x.yaml"
    target.write_text("keep", encoding="utf-8")
    code, _, err = sif(capsys, "new", "x", "--out", target)
    assert code == 2 and "--force" in err and target.read_text() == "keep"
    with pytest.raises(SystemExit):
        main(["new", "../escape"])


# ---------------------------------------------------------------- sif export
@pytest.mark.parametrize("lang", ["da", "en"])
def test_export_gives_the_numbers_of_sif_run(tmp_path, capsys, lang):
    target = tmp_path / "case.xlsx"
    code, _, err = sif(
        capsys, "export", WORKED, "--xlsx", target, "--draws", "1000", "--lang", lang
    )
    assert code == 0, err
    main(["run", str(WORKED), "--draws", "1000", "--json"])
    summary = json.loads(capsys.readouterr().out)
    wb = openpyxl.load_workbook(target)
    sheets = {
        "da": [
            "Nøgletal",
            "Pengestrømme",
            "Forudsætninger",
            "Usikkerhed",
            "Forhandlingsrum",
            "Værdi af information",
        ],
        "en": [
            "Key figures",
            "Cash flows",
            "Assumptions",
            "Uncertainty",
            "Deal zone",
            "Value of information",
        ],
    }[lang]
    assert wb.sheetnames == sheets
    key = wb[sheets[0]]
    rows = {r[0].value: r for r in key.iter_rows(min_row=2) if r[0].value}
    public = rows["Det offentliges nettogevinst" if lang == "da" else "Public net"]
    d, risk = summary["deterministic"], summary["risk"]
    assert public[1].value == d["public_net"] == 1_338_935.99  # docs/model.md §8
    assert public[1].number_format == '#,##0 "kr."'
    assert public[2].value == pytest.approx(risk["public_net"]["mean"], abs=0.01)
    assert public[3].value == pytest.approx(risk["public_net"]["p5"], abs=0.01)
    # the yearly cash flows add up to the figures: S_kommune of docs/model.md §8
    flows = wb[sheets[1]]
    avoided = next(
        r
        for r in flows.iter_rows(min_row=2)
        if r[0].value == "Kommune" and r[1].value in ("Sparede udgifter", "Avoided costs")
    )
    assert [c.value for c in avoided[2:7]] == [0, 600_000, 1_200_000, 1_200_000, 600_000]
    uncertainty = {r[0].value: r[1] for r in wb[sheets[3]].iter_rows(min_row=2) if r[0].value}
    p_key = "Sandsynlighed for offentlig gevinst" if lang == "da" else "P(public net > 0)"
    assert uncertainty[p_key].value == risk["p_public_net_positive"]
    assert uncertainty[p_key].number_format == "0.0%"


def test_export_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "case.xlsx"
    target.write_bytes(b"x")
    code, _, err = sif(capsys, "export", WORKED, "--xlsx", target, "--draws", "0")
    assert code == 2 and "--force" in err


# ---------------------------------------------------------------- Jupyter
def test_the_readme_snippet_works_from_any_folder(monkeypatch):
    import sif_models

    monkeypatch.chdir(REPO / "notebooks")
    proposal = sif_models.load_proposal("data/examples/worked-example.yaml")
    assert sif_models.run(proposal).to_dict()["deterministic"]["public_net"] == 1_338_935.99


def test_what_if_moves_one_assumption_on_the_same_draws():
    import sif_models

    case = sif_models.run(WORKED, draws=2_000)
    moved = case.with_changes(success_rate={"housed": 0.45})
    # docs/model.md §8: PV(S) scales with the effect: 3,305,119.57 × 0.25 / 0.3 − 1,966,183.57
    assert moved.figures.public_net_pv_dkk == pytest.approx(
        3_305_119.57 * 0.25 / 0.3 - 1_966_183.57, abs=0.01
    )
    assert moved.risk.draws == 2_000 and moved.risk.seed == case.risk.seed
    assert (
        moved.risk.summary("public_net_pv_dkk")["mean"]
        < case.risk.summary("public_net_pv_dkk")["mean"]
    )
    cheaper = case.with_changes(unit_costs={"example-cost": 100_000})
    assert cheaper.figures.savings_kommune_pv_dkk == pytest.approx(3_305_119.57 / 2, abs=0.01)
    with pytest.raises(sif_models.SifInputError, match="no outcome 'nope'"):
        case.with_changes(success_rate={"nope": 0.5})


def test_cases_risks_and_outlooks_show_themselves_in_ipython():
    from IPython.core.interactiveshell import InteractiveShell

    import sif_models
    from sif_models.fund.loading import load_fund
    from sif_models.fund.outlook import fund_outlook

    shell = InteractiveShell.instance()
    sif_models._register_displays()
    case = sif_models.run(WORKED, draws=500)
    outlook = fund_outlook(load_fund(REPO / "data" / "fund.yaml"), draws=200, seed=1)
    for obj, text in ((case, "Worked example"), (case.risk, "500"), (outlook, "Aarhus")):
        shown, _ = shell.display_formatter.format(obj)
        assert text in shown["text/html"] and "<svg" in shown["text/html"]
    assert "Det offentliges nettogevinst" in shell.display_formatter.format(case)[0]["text/html"]


def test_the_explorer_follows_a_slider_at_once():
    import time

    import sif_models
    from sif_models.documents.explore import Explorer

    explorer = Explorer(sif_models.run(REPO / "data" / "proposals" / "ips-plus.yaml"))
    keys = [s.key for s in explorer.sliders]
    assert any(k.startswith("unit_cost:") for k in keys) and any(
        k.startswith("intake:") for k in keys
    )
    explorer.update({keys[0]: 0.5})  # warm
    t0 = time.perf_counter()
    case = explorer.update({keys[0]: 0.55, "intake:0": 50})
    html = explorer.html()
    assert time.perf_counter() - t0 < 0.4  # the issue asks about 0.2 s; a loaded CI gets slack
    assert case.proposal.cohort.intake[0] == 50 and "<svg" in html
    widget = explorer.widget()
    assert len(widget.children) == 2  # sliders | figures, timing and the Monte Carlo button


def test_the_explore_notebook_runs():
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(REPO / "notebooks" / "explore.ipynb", as_version=4)
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(REPO / "notebooks")}},
    ).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("text/html" in o.get("data", {}) for o in outputs)
