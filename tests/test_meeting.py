"""Meeting packs end to end: ``sif meeting`` renders every brief on the agenda in parallel kernels,
an overview page (index.html, overview.pdf) and one merged pack.pdf.

The pack is the first 2021 meeting (data/meetings/2021-02-11.yaml, three proposals) copied into a
temporary folder with one more agenda item pointing at a broken copy of a proposal. Draws are
1,000 to keep it quick. Reference values are what ``sif run FILE --json --draws 1000`` prints for
the same files, formatted with :mod:`sif_models.text.formatting` as the overview shows them.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import stat
import sys
from html.parser import HTMLParser
from pathlib import Path

import danish_text
import nbformat
import papermill
import pytest
import yaml
from pypdf import PdfReader

from sif_models import cli
from sif_models.documents.agenda import agenda_item_record
from sif_models.documents.common import chance
from sif_models.inputs.portfolio import Meeting
from sif_models.publish.briefs import brief_parameters
from sif_models.publish.fund_brief import fund_parameters
from sif_models.publish.meeting import PackResult, make_meeting_pack, meeting_parameters
from sif_models.publish.settings import Settings
from sif_models.text.formatting import dkk, number, percent

REPO = Path(__file__).resolve().parents[1]
MEETING = REPO / "data" / "meetings" / "2021-02-11.yaml"
DRAWS = 1000
BROKEN_ID = "broken-copy"
EMBEDDED = ["--renderer", "embedded"]  # the content tests; tests/test_quarto.py renders with Quarto


def _cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(args)
    return code, out.getvalue(), err.getvalue()


def _run_json(path: Path) -> dict:
    """What ``sif run FILE --json --draws 1000`` prints, parsed."""
    code, out, _ = _cli(["run", str(path), "--json", "--draws", str(DRAWS)])
    assert code == 0
    return json.loads(out)


def _pdf_text(path: Path) -> str:
    """The PDF's text, whitespace folded; Typst's minus sign and hyphen (which pypdf reads as a
    soft hyphen) read as '-'."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    text = text.replace("\u2212", "-").replace("\u00a0", " ").replace("\u00ad", "-")
    return " ".join(text.split())


class _Html(HTMLParser):
    """Links, text and tables (rows of cell texts) of an HTML page."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.text: list[str] = []
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).replace("\u00a0", " ").split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _html(path: Path) -> _Html:
    parser = _Html()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _copy_meeting(folder: Path) -> tuple[Path, dict[str, Path], Path]:
    """The 2021-02-11 meeting and its proposals under ``folder``, plus an item whose proposal
    is a copy of a real one with an impossible success rate."""
    meeting = yaml.safe_load(MEETING.read_text(encoding="utf-8"))
    (folder / "meetings").mkdir()
    (folder / "proposals").mkdir()
    copies = {}
    for item in meeting["items"]:
        src = (MEETING.parent / item["proposal"]).resolve()
        dst = folder / "proposals" / src.name
        shutil.copyfile(src, dst)
        copies[yaml.safe_load(src.read_text(encoding="utf-8"))["id"]] = dst
    broken = yaml.safe_load(copies["dialog-mod-vold"].read_text(encoding="utf-8"))
    broken["id"] = BROKEN_ID
    broken["outcomes"][0]["success_rate"] = 1.4
    broken_path = folder / "proposals" / f"{BROKEN_ID}.yaml"
    broken_path.write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    meeting["items"].append(
        {
            "proposal": f"../proposals/{BROKEN_ID}.yaml",
            "kind": "decision",
            "title": "Et punkt med et forslag, der har en fejl",
        }
    )
    path = folder / "meetings" / MEETING.name
    path.write_text(yaml.safe_dump(meeting, allow_unicode=True, sort_keys=False), "utf-8")
    return path, copies, broken_path


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("meeting")
    meeting_path, copies, broken = _copy_meeting(folder)
    out = folder / "reports"
    code, stdout, stderr = _cli(
        ["meeting", str(meeting_path), "--out", str(out), "--draws", str(DRAWS), *EMBEDDED]
    )
    return {
        "code": code,
        "stdout": stdout,
        "stderr": stderr,
        "dir": out / "2021-02-11",
        "copies": copies,
        "broken": broken,
        "meeting": meeting_path,
    }


def test_a_broken_proposal_does_not_stop_the_pack(pack):
    assert pack["code"] == 2  # invalid input, reported after rendering the rest
    folder = pack["dir"]
    for pid in pack["copies"]:
        assert (folder / f"{pid}.html").is_file() and (folder / f"{pid}.pdf").is_file(), pid
    assert not (folder / f"{BROKEN_ID}.html").exists()
    # the error names the file, the field and the problem, on stderr and on the overview
    expected = f"{pack['broken']}: outcomes[0].success_rate"
    assert expected in pack["stderr"]
    page = " ".join(" ".join(_html(folder / "index.html").text).split())
    assert expected in page and "Et punkt med et forslag, der har en fejl" in page
    assert expected.replace(" ", "") in _pdf_text(folder / "overview.pdf").replace(" ", "")


def test_index_links_every_brief_and_the_fund_section(pack):
    folder = pack["dir"]
    page = _html(folder / "index.html")
    for pid in pack["copies"]:
        assert f"{pid}.html" in page.links and f"{pid}.pdf" in page.links
    assert {"overview.pdf", "pack.pdf", "#fund"} <= set(page.links)
    for link in page.links:
        if not link.startswith("#"):
            assert (folder / link).is_file(), link
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert 'id="fund"' in html
    assert "<script" not in html


def test_pack_pdf_is_the_overview_then_every_brief(pack):
    folder = pack["dir"]
    parts = [folder / "overview.pdf"] + [folder / f"{pid}.pdf" for pid in pack["copies"]]
    pack_pdf = PdfReader(folder / "pack.pdf")
    assert len(pack_pdf.pages) == sum(len(PdfReader(p).pages) for p in parts)
    top = [o for o in pack_pdf.outline if not isinstance(o, list)]
    assert len(top) == len(parts)  # one bookmark per document, in agenda order
    # each with the document's sections under it, its title not repeated as the one child
    sections = [o for o in pack_pdf.outline if isinstance(o, list)]
    assert len(sections) == len(parts)
    for bookmark, children in zip(top, sections, strict=True):
        titles = [c.title for c in children if not isinstance(c, list)]
        assert len(titles) > 1 and bookmark.title not in titles, (bookmark.title, titles)
        first = next(c for c in children if not isinstance(c, list))
        assert pack_pdf.get_destination_page_number(first) >= pack_pdf.get_destination_page_number(
            bookmark
        )
    # the overview's links to the briefs' PDFs jump to their first page inside pack.pdf
    starts, page = {}, 0
    for p in parts:
        starts[p.name] = page
        page += len(PdfReader(p).pages)
    jumps = {}
    for i in range(len(PdfReader(parts[0]).pages)):
        for ref in pack_pdf.pages[i].get("/Annots") or []:
            action = ref.get_object().get("/A", {})
            if action.get("/S") == "/GoTo":
                jumps[pack_pdf.get_page_number(action["/D"][0].get_object())] = True
    assert set(jumps) == {starts[f"{pid}.pdf"] for pid in pack["copies"]}


def _comparison(pack) -> tuple[list[str], dict[str, list[str]]]:
    """The side-by-side table of the overview's HTML: its header and rows by label."""
    page = _html(pack["dir"] / "index.html")
    table = next(t for t in page.tables if any(r[0] == "Punktets type" for r in t))
    return table[0], {r[0]: r for r in table[1:]}


def test_overview_figures_equal_sif_run_json(pack):
    """The side by side shows each proposal's expected (mean) figures and chances, as
    ``sif run --json`` prints them; the fund's capital as proposed."""
    header, rows = _comparison(pack)
    for pid, path in pack["copies"].items():
        s = _run_json(path)
        col = header.index(s["title"])
        d, risk = s["deterministic"], s["risk"]
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        share = sum(f["share"] for f in data["contract"]["financing"] if f.get("role") == "fund")
        last = s["start_year"] + s["horizon_years"] - 1
        expected = {
            "Det offentliges nettogevinst, forventet (nutidsværdi)": dkk(
                risk["public_net"]["mean"]
            ),
            "Sandsynlighed for offentlig gevinst": chance(risk["p_public_net_positive"], "da"),
            "Kommunens nettogevinst, forventet (nutidsværdi)": dkk(risk["kommune_net"]["mean"]),
            "Sandsynlighed for gevinst for kommunen": chance(risk["p_kommune_net_positive"], "da"),
            "Det år, indsatsen tjener sig hjem (centralt skøn)": str(d["break_even_year"])
            if d["break_even_year"] is not None
            else f"Ikke inden udgangen af {last}",
            "Finansierernes tilbagebetalingsgrad, forventet": number(
                risk["financiers_multiple"]["mean"], 2
            ),
            "Fondens andel af kapitalen": percent(share, 0),
            "Fonden lægger ind (forslagets beløb)": dkk(share * d["financiers"]["capital"]),
            "Sandsynlighed for tab hos fonden": chance(risk["p_fund_loss"], "da"),
        }
        for label, value in expected.items():
            assert rows[label][col] == value, (pid, label)
        # the financiers' chance of loss is shown unless it repeats the fund's in every column
        if "Sandsynlighed for tab hos finansiererne" in rows:
            assert rows["Sandsynlighed for tab hos finansiererne"][col] == chance(
                risk["p_financiers_loss"], "da"
            )


def test_overview_repeats_no_row():
    """A row of the side by side that repeats another row of its kind is left out; central
    estimates only where they differ materially from the expected."""
    from sif_models.documents.common import differs_materially
    from sif_models.documents.comparison import without_repeats

    rows = [
        ("loss", "fund", ["69,2 %", "90,3 %"]),
        ("gain", "public", ["69,2 %", "90,3 %"]),
        ("loss", "financiers", ["69,2 %", "90,3 %"]),
        ("loss", "other", ["69,2 %", "90,0 %"]),
    ]
    assert [label for _, label, _ in without_repeats(rows)] == ["fund", "public", "other"]
    assert not differs_materially(10_000_000, 10_100_000)
    assert differs_materially(7_842_000, 7_334_000)


def test_overview_says_the_deal_zone_and_the_input_to_learn_about(pack):
    """For each proposal: whether the rate card as written lies inside its deal zone
    (``case.deal_zone()``) and the input with the largest EVPPI, public perspective, in words."""
    from sif_models.case.business_case import run

    page = _html(pack["dir"] / "index.html")
    table = next(t for t in page.tables if t and t[0][0] == "Forslag")
    assert table[0] == [
        "Forslag",
        "Ligger takstbladet i forhandlingsrummet?",
        "Mest værd at vide mere om",
    ]
    rows = {r[0]: r for r in table[1:]}
    assert len(rows) == len(pack["copies"])
    for pid, path in pack["copies"].items():
        case = run(path, draws=DRAWS)
        _, deal, voi = rows[case.proposal.title]
        zone = case.deal_zone()
        if zone.empty:
            assert deal.startswith("Nej, der er intet forhandlingsrum: "), pid
        elif zone.as_written_inside:
            assert deal.startswith("Ja: "), pid
        else:
            assert deal.startswith("Nej: "), pid
        key, _, value = case.value_of_information()["public"].inputs[0]
        if value < 1.0:
            assert voi == "Intet: usikkerheden vil ikke ændre beslutningen", pid
            continue
        outcome = next(o.label for o in case.proposal.outcomes if f"success_rate:{o.id}" == key)
        assert voi.startswith(f"Succesraten for »{outcome}«"), pid
        assert "værdien af bedre viden" in voi


def test_overview_flags_weak_cases_in_colour_and_words(pack):
    """A proposal with a chance of loss for the fund of 50 % or more, or an expected public
    loss, is flagged: a row says so and a coloured box (the notice style) gives the reasons."""
    from sif_models.case.business_case import run

    html = (pack["dir"] / "index.html").read_text(encoding="utf-8")
    header, rows = _comparison(pack)
    pdf = _pdf_text(pack["dir"] / "overview.pdf")
    dialog = run(pack["copies"]["dialog-mod-vold"], draws=DRAWS)
    col = header.index(dialog.proposal.title)
    assert dialog.risk.probability("fund_loss") >= 0.5  # the weak case of this agenda
    assert rows["Advarsel"][col] == "Ja, se nedenfor"
    assert '<div class="notice weak">' in html
    p = percent(dialog.risk.probability("fund_loss"))
    assert f"Advarsel om »{dialog.proposal.title}«:" in pdf
    assert f"Der er {p} risiko for, at fonden ikke vil få alle pengene tilbage." in pdf
    assert "Det offentlige forventes at tabe" in pdf  # its expected public net is negative
    assert dialog.risk.figures.public_net_pv_dkk.mean() < 0


def test_the_overview_never_gives_a_decision_item_a_status(pack):
    """Status is for running investments: the overview's items are decided or discussed."""
    page = " ".join(" ".join(_html(pack["dir"] / "index.html").text).split())
    assert "Status: I gang" not in page and "I gang" not in page


def test_a_brief_made_for_a_decision_item_says_so_not_its_status(pack):
    """Issue 15: UngiFokus is a running investment (status: running in its file), but in the
    2021-02-11 pack it is up for decision and Type 2-diabetes for discussion: their briefs'
    headers say so instead of 'Status: I gang'."""
    folder = pack["dir"]
    for pid, words in (("ungifokus", "Til beslutning"), ("type-2-diabetes", "Til drøftelse")):
        text = _pdf_text(folder / f"{pid}.pdf")
        assert f"Status: {words}" in text and "Status: I gang" not in text, pid


def test_overview_tables_scroll_in_their_own_box(pack):
    """Every table of the overview sits in a box of its own (``table-scroll``) that the
    stylesheet can let scroll sideways on a narrow screen."""
    html = (pack["dir"] / "index.html").read_text(encoding="utf-8")
    pieces = html.split("<table")
    assert len(pieces) > 4
    for i, before in enumerate(pieces[:-1]):
        opening = before.rsplit("<div", 1)[-1]
        assert opening.startswith(' class="table-scroll"'), f"table {i + 1} is not in a box"


def test_overview_pdf_is_danish(pack):
    """No English words (docs/style-da.md's list) and no English or hyphen-minus figures."""
    text = danish_text.pdf_text(pack["dir"] / "overview.pdf")
    assert danish_text.english_words(text) == []
    assert danish_text.wrong_numbers(text) == []


def test_overview_shows_the_fund_before_and_after(pack):
    """Before = the portfolio without the meeting's proposals, after = with them (all three are
    in data/fund.yaml), each with the same capacity year: the meeting's."""
    from sif_models.fund.loading import load_fund
    from sif_models.fund.outlook import fund_outlook

    fund = load_fund(REPO / "data" / "fund.yaml")
    ids = set(pack["copies"])
    before = fund_outlook(fund, draws=DRAWS, without=ids, capacity_from_year=2021)
    after = fund_outlook(fund, draws=DRAWS, capacity_from_year=2021)
    page = _html(pack["dir"] / "index.html")
    table = next(t for t in page.tables if t and t[0][1:] == ["Før mødet", "Med mødets forslag"])
    capacity = next(r for r in table if r[0].startswith("Plads til nye investeringer fra 2021"))
    from sif_models.text.formatting import mio

    assert capacity[1:] == [mio(before.capacity_left_dkk), mio(after.capacity_left_dkk)]


def test_files_are_kept_without_force_and_readable_by_all(pack):
    folder = pack["dir"]
    files = sorted(p for p in folder.iterdir() if p.is_file())
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in files}
    for p in files:
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p
    code, _, stderr = _cli(
        [
            "meeting",
            str(pack["meeting"]),
            "--out",
            str(folder.parent),
            "--draws",
            str(DRAWS),
            *EMBEDDED,
        ]
    )
    assert code == 2  # the broken proposal is still broken
    assert "--force" in stderr and f"unchanged {folder / 'ungifokus.pdf'}" in stderr
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in files} == before


def test_exit_codes_rank_invalid_input_before_failed_runs():
    meeting = Meeting.model_construct()
    r = PackResult(Path("."), meeting, [])
    assert r.exit_code == 0
    r.overview_error = "the overview failed"
    assert r.exit_code == 1
    from sif_models.publish.meeting import PackItem

    r.items = [PackItem(0, "x", "decision", "x.yaml", Path("x.yaml"), state="invalid")]
    assert r.exit_code == 2


def test_a_bad_meeting_file_exits_2_before_anything_runs(tmp_path):
    bad = tmp_path / "2021-01-01.yaml"
    bad.write_text('date: "2021-01-01"\ntitle: x\nitems: []\n', encoding="utf-8")
    code, _, stderr = _cli(["meeting", str(bad), "--out", str(tmp_path / "out")])
    assert code == 2
    assert f"{bad}: date" in stderr and f"{bad}: items" in stderr
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------- Quarto
FAKE_QUARTO = """#!{python}
# A stand-in for Quarto: it records each call and writes the files Quarto would, with a real PDF
# (or fails, for the notebooks named in $FAKE_QUARTO_FAIL).
import json, os, sys
from pathlib import Path
from pypdf import PdfWriter
args = sys.argv[1:]
log = Path(os.environ["FAKE_QUARTO_LOG"])
calls = json.loads(log.read_text()) if log.exists() else []
calls.append({{"args": args, "cwd": os.getcwd()}})
log.write_text(json.dumps(calls))
nb = Path(args[1])
assert Path("_quarto.yml").is_file() and nb.is_file()
if nb.stem in os.environ.get("FAKE_QUARTO_FAIL", "").split(","):
    Path(".quarto").mkdir()
    nb.with_suffix(".html").write_text("<html>half")
    sys.stderr.write("ERROR: [typst]: error: pagebreaks are not allowed inside of containers\\n")
    sys.exit(1)
nb.with_suffix(".html").write_text("<html>quarto " + nb.stem + "</html>")
w = PdfWriter(); w.add_blank_page(595, 842); w.write(str(nb.with_suffix(".pdf")))
"""


def _one_item_meeting(folder: Path) -> Path:
    (folder / "meetings").mkdir()
    meeting = folder / "meetings" / "2021-03-01.yaml"
    worked = REPO / "data" / "examples" / "worked-example.yaml"
    shutil.copyfile(worked, folder / "worked-example.yaml")
    meeting.write_text(
        "date: 2021-03-01\ntitle: Prøvemøde\nitems:\n"
        "  - {proposal: ../worked-example.yaml, kind: decision, title: Regneeksemplet}\n",
        encoding="utf-8",
    )
    return meeting


@pytest.fixture
def fake_quarto(monkeypatch, tmp_path) -> tuple[Path, Path]:
    """A stand-in ``quarto`` first on PATH; (its path, the JSON list of its calls)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "quarto"
    fake.write_text(FAKE_QUARTO.format(python=sys.executable), encoding="utf-8")
    fake.chmod(0o755)
    log = tmp_path / "quarto.json"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_QUARTO_LOG", str(log))
    return fake, log


def test_quarto_renders_each_document_in_its_own_project(fake_quarto, tmp_path):
    """With a ``quarto`` on PATH, the briefs and the overview are each rendered by Quarto in a
    temporary project outside the pack folder, which holds only the published files."""
    from sif_models.publish.quarto import quarto_command

    fake, log = fake_quarto
    meeting = _one_item_meeting(tmp_path)
    out = tmp_path / "reports"
    result = make_meeting_pack(meeting, Settings(out_dir=out, draws=0), workers=1)
    folder = out / "2021-03-01"
    assert result.exit_code == 0 and result.renderer == "quarto"
    calls = json.loads(log.read_text())
    assert [c["args"] for c in calls] == [
        quarto_command(str(fake), "worked-example.ipynb")[1:],
        quarto_command(str(fake), "index.ipynb")[1:],
    ]
    assert len({c["cwd"] for c in calls}) == 2
    for call in calls:
        assert not Path(call["cwd"]).exists()
        assert out.resolve() not in Path(call["cwd"]).resolve().parents
    assert sorted(p.name for p in folder.iterdir()) == [
        "_executed",
        "index.html",
        "overview.pdf",
        "pack.pdf",
        "worked-example.html",
        "worked-example.pdf",
    ]
    assert "quarto index" in (folder / "index.html").read_text(encoding="utf-8")
    assert len(PdfReader(folder / "pack.pdf").pages) == 2  # overview + brief, one page each


def test_a_failed_overview_leaves_nothing_and_no_pack_line(fake_quarto, monkeypatch, tmp_path):
    """Quarto fails on the overview: exit 1, the error names the meeting file and gives Quarto's
    message, no ``pack:`` line, and no overview, pack.pdf or Quarto leftovers in the folder."""
    monkeypatch.setenv("FAKE_QUARTO_FAIL", "index")
    meeting = _one_item_meeting(tmp_path)
    out = tmp_path / "reports"
    code, stdout, stderr = _cli(["meeting", str(meeting), "--out", str(out), "--draws", "0"])
    folder = out / "2021-03-01"
    assert code == 1
    assert f"error {meeting}: Quarto could not render index" in stderr
    assert "pagebreaks are not allowed inside of containers" in stderr
    assert "pack:" not in stdout and "no pack" in stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "_executed",
        "worked-example.html",
        "worked-example.pdf",
    ]


# ---------------------------------------------------------------------------- notebooks
@pytest.mark.parametrize(
    ("name", "passed"),
    [
        ("fund", fund_parameters("/d/fund.yaml", ["/d/p.yaml"], DRAWS, 7, "da")),
        ("business_case", brief_parameters("/d/p.yaml", DRAWS, 7, "da", agenda="decision")),
        (
            "meeting",
            meeting_parameters(
                "/d/m.yaml",
                "/d/fund.yaml",
                [agenda_item_record(0, "T", "decision", "../p.yaml", "/d/p.yaml", "p", "ok")],
                DRAWS,
                None,
                "en",
                {"pack_pdf": "pack.pdf"},
            ),
        ),
    ],
)
def test_notebook_parameters_match_what_the_code_passes(name, passed):
    inspected = papermill.inspect_notebook(str(REPO / "notebooks" / f"{name}.ipynb"))
    assert set(inspected) == set(passed)
    types = {"str": str, "int": int, "list": list, "dict": dict}
    for key, value in passed.items():
        assert isinstance(value, types[inspected[key]["inferred_type_name"]]), key
    json.dumps(passed)  # plain JSON types


@pytest.mark.parametrize("name", ["business_case", "fund", "meeting", "annual_report"])
def test_notebook_pairs_are_in_sync(name):
    import jupytext

    py = jupytext.read(REPO / "notebooks" / f"{name}.py")
    ipynb = jupytext.read(REPO / "notebooks" / f"{name}.ipynb")
    assert [(c.cell_type, c.source) for c in py.cells] == [
        (c.cell_type, c.source) for c in ipynb.cells
    ]
    raw = nbformat.read(REPO / "notebooks" / f"{name}.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in raw.cells if c.cell_type == "code")
    tagged = [c for c in raw.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1


def test_a_brief_that_fails_to_run_does_not_stop_the_pack(monkeypatch, tmp_path):
    """A brief whose notebook fails is listed on the overview with the error; the other briefs
    and the overview are made; the exit code is 1. ($SIF_NOTEBOOK points the briefs at a small
    notebook that fails for one proposal only.)"""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        'proposal_path = ""\ndraws = 0\nseed = -1\nlang = "da"', metadata={"tags": ["parameters"]}
    )
    body = nbformat.v4.new_code_cell(
        "from IPython.display import Markdown, display\n"
        'if proposal_path.endswith("fails.yaml"):\n'
        '    raise RuntimeError("the model could not run this one")\n'
        'display(Markdown("# A brief"))'
    )
    nb.cells = [params, body]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook = tmp_path / "small.ipynb"
    nbformat.write(nb, notebook)
    monkeypatch.setenv("SIF_NOTEBOOK", str(notebook))
    worked = yaml.safe_load(
        (REPO / "data" / "examples" / "worked-example.yaml").read_text(encoding="utf-8")
    )
    for name in ("works", "fails"):
        data = dict(worked, id=name, title=f"Forslag {name}")
        (tmp_path / f"{name}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    (tmp_path / "meetings").mkdir()
    meeting = tmp_path / "meetings" / "2021-05-01.yaml"
    meeting.write_text(
        "date: 2021-05-01\ntitle: Prøvemøde\nitems:\n"
        "  - {proposal: ../works.yaml, kind: decision, title: Det der virker}\n"
        "  - {proposal: ../fails.yaml, kind: decision, title: Det der fejler}\n",
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    code, _, stderr = _cli(["meeting", str(meeting), "--out", str(out), "--draws", "0", *EMBEDDED])
    folder = out / "2021-05-01"
    assert code == 1
    assert "the model could not run this one" in stderr
    assert (folder / "works.pdf").is_file() and not (folder / "fails.pdf").exists()
    page = " ".join(" ".join(_html(folder / "index.html").text).split())
    assert "Kunne ikke beregnes" in page and "the model could not run this one" in page
    assert (folder / "_executed" / "fails.ipynb").is_file()  # the failed run, for the analyst
    assert len(PdfReader(folder / "pack.pdf").pages) == len(
        PdfReader(folder / "overview.pdf").pages
    ) + len(PdfReader(folder / "works.pdf").pages)


def test_english_titles_where_the_meeting_file_has_them(tmp_path):
    """A meeting's title_en, note_en and items' title_en (optional) are what the English pack
    shows; the Danish pack keeps the Danish."""
    from sif_models.inputs.fields import text_in
    from sif_models.publish.meeting import check_items, read_meeting

    path, _, _ = _copy_meeting(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(title_en="Council meeting", note_en="An example in English")
    for i, item in enumerate(data["items"]):
        item["title_en"] = f"Item {i + 1} in English"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    meeting = read_meeting(path)
    assert text_in(meeting, "title", "en") == "Council meeting"
    assert text_in(meeting, "note", "en") == "An example in English"
    assert text_in(meeting, "title", "da") == data["title"]
    items = check_items(meeting, path, "en")
    assert [i.title for i in items] == [f"Item {n + 1} in English" for n in range(len(items))]
    assert [i.title for i in check_items(meeting, path, "da")] == [
        item["title"] for item in data["items"]
    ]
