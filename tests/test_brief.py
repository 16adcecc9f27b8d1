"""End-to-end decision briefs: papermill runs the notebook, the renderer makes HTML and PDF.

Three briefs are rendered in one Jupyter kernel (a few seconds each): the docs/model.md §8 worked
example and one example proposal in Danish, and a hostile proposal in English. Reference
values are what ``sif run FILE --json --draws 2000`` prints for the same file, formatted the
Danish way with :mod:`sif_models.text.formatting`.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import papermill
import pytest
import yaml
from pypdf import PdfReader

from sif_models import cli
from sif_models.documents.brief import build_brief
from sif_models.publish.briefs import brief_parameters, make_briefs
from sif_models.publish.kernel import KernelSession, notebook_path
from sif_models.publish.settings import Settings
from sif_models.text.formatting import DocumentFormats

REPO = Path(__file__).resolve().parents[1]
WORKED_EXAMPLE = REPO / "data" / "examples" / "worked-example.yaml"
PROPOSALS = sorted((REPO / "data" / "proposals").glob("*.yaml"))
DRAWS = 2000

TITLE = "<script>alert(1)</script> *bold* #heading $x$ @ref [link](x) _u_ `code` \\ <b>"
TARGET = "<img src=x onerror=alert(1)> // c /* c */ = - + ~ ^ & | æøå ÆØÅ"
ASK = "#set page(fill: red) #pagebreak() $1+1$ <label> @cite [x] ]"
LABEL = "Housed <script>alert(2)</script> *x* #y"


def _proposal() -> Path:
    """The example proposal to render: one with an external investor if there is one."""
    if not PROPOSALS:
        pytest.skip("no example proposals in data/proposals yet")
    for path in PROPOSALS:
        if "role: investor" in path.read_text(encoding="utf-8"):
            return path
    return PROPOSALS[0]


def _run_json(path: Path) -> dict:
    """What ``sif run FILE --json --draws 2000`` prints, parsed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["run", str(path), "--json", "--draws", str(DRAWS)]) == 0
    return json.loads(out.getvalue())


def _pdf_text(path: Path) -> str:
    """The PDF's text with whitespace folded and Typst's minus sign read as '-'."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    text = text.replace("\u2212", "-").replace("\u00a0", " ")
    return " ".join(text.split())


class _Html(HTMLParser):
    """The tags of an HTML file and the text a reader sees (not the stylesheet)."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._hidden += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._hidden -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


def _html(path: Path) -> _Html:
    parser = _Html()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def session():
    with KernelSession() as s:
        yield s


@pytest.fixture(scope="module")
def briefs(tmp_path_factory, session):
    out = tmp_path_factory.mktemp("reports")
    proposal = _proposal()
    results = make_briefs(
        [WORKED_EXAMPLE, proposal],
        Settings(lang="da", out_dir=out, draws=DRAWS, renderer="embedded"),
        session=session,
    )
    return out, {r.id: r for r in results}, proposal


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, session):
    folder = tmp_path_factory.mktemp("hostile")
    data = yaml.safe_load(WORKED_EXAMPLE.read_text(encoding="utf-8"))
    data.update(id="hostile", title=TITLE, target_group=TARGET, ask=ASK)
    data["outcomes"][0]["label"] = LABEL
    data["unit_costs"][0]["source"] = "<iframe src=x></iframe> `x` #emph[y] $z$"
    path = folder / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    [result] = make_briefs(
        [path],
        Settings(lang="en", out_dir=folder / "out", draws=DRAWS, renderer="embedded"),
        session=session,
    )
    return result


def _key_figure_cells(path: Path, lang: str = "da") -> list[str]:
    """Every cell of the brief's key-figures table (its words and figures), as the brief built
    outside the kernel makes them with the same draws and seed."""
    table = build_brief(path, draws=DRAWS, lang=lang).key_figures()
    return [str(c) for c in table.to_numpy().ravel() if str(c)]


def _plain(text: str) -> str:
    """Text as ``_pdf_text`` reads it: the minus sign as '-', no-break spaces as spaces."""
    return " ".join(text.replace("\u2212", "-").replace("\u00a0", " ").split())


def _squashed(text: str) -> str:
    """Text without spaces, hyphens and minus signs: a table cell that wraps (and hyphenates)
    inside its column reads the same."""
    return re.sub(r"[\s\u00ad\u200b\-\u2212]", "", text)


def test_worked_example_brief_shows_the_expected_figures(briefs):
    out, results, _ = briefs
    r = results["worked-example"]
    assert r.written == {"html": out / "worked-example.html", "pdf": out / "worked-example.pdf"}
    text = _pdf_text(out / "worked-example.pdf")
    summary = _run_json(WORKED_EXAMPLE)
    risk = summary["risk"]
    fmt = DocumentFormats("da")
    # the expected values are the means of the draws sif run --json reports (docs/model.md §6)
    for key in ("public_net", "kommune_net"):
        assert _plain(fmt.dkk(risk[key]["mean"])) in text, key
        assert (
            _plain(fmt.dkk(risk[key]["p5"])) in text and _plain(fmt.dkk(risk[key]["p95"])) in text
        )
    assert fmt.ratio(risk["financiers_multiple"]["mean"]) in text
    for cell in _key_figure_cells(WORKED_EXAMPLE):
        assert _squashed(cell) in _squashed(text), cell
    # docs/model.md §8: the central estimate's break-even year, IRR and break-even success rate
    assert "2024" in text and "-55,0 %" in text and "37,8 %" in text
    assert "Hvad rådet bedes beslutte" in text and "Nøgletal" in text  # Danish by default


def test_example_proposal_brief_shows_the_expected_figures(briefs):
    out, results, proposal = briefs
    data = yaml.safe_load(proposal.read_text(encoding="utf-8"))
    pid = data["id"]
    assert set(results[pid].written) == {"html", "pdf"}
    text = _pdf_text(out / f"{pid}.pdf")
    risk = _run_json(proposal)["risk"]
    assert _plain(DocumentFormats("da").dkk(risk["public_net"]["mean"])) in text
    for cell in _key_figure_cells(proposal):
        assert _squashed(cell) in _squashed(text), cell
    if data.get("ask"):
        assert " ".join(data["ask"].split())[:60] in text


def test_decision_tools_are_in_the_danish_brief(briefs):
    out, _, proposal = briefs
    for pid in ("worked-example", yaml.safe_load(proposal.read_text(encoding="utf-8"))["id"]):
        text = _pdf_text(out / f"{pid}.pdf")
        for heading in (
            "Forhandlingsrum",
            "Hvad er værd at vide før beslutningen",
            "Med eller uden ekstern investor",
            "Hvem sparer, og hvem betaler",
        ):
            assert heading in text, (pid, heading)
        assert "Værdien af bedre viden" in text and "Metode:" in text


# English words and phrases a Danish brief never shows (docs/style-da.md); matched as words
ENGLISH = [
    "break-even",
    "break even",
    "IRR",
    "multiple",
    "seed",
    "Monte Carlo",
    "assumption:",
    "expected",
    "success rate",
    "None",
    "nan",
    "PV",
    "payer",
    "cashable",
    "rate card",
    "deal zone",
    "hurdle",
    "the",
    "and",
]


def _danish_problems(text: str) -> list[str]:
    """English words and wrong number formats in a Danish text."""
    found = [w for w in ENGLISH if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I)]
    wrong = {
        "English thousands (1,234,567)": r"\d,\d{3},\d{3}",
        "a hyphen for a minus (-1)": r"(?<![\w\d.])-\d",
        "a negative zero": r"[-\u2212]0(?:,0+)?(?![,.]?\d)",
        "0,0 % as a chance": r"(?<![\d,.])0,0 %",
    }
    found += [name for name, pattern in wrong.items() if re.search(pattern, text)]
    return found


def _danish_body(text: str) -> str:
    """The brief without the appendix's tables of assumptions and unit costs, whose sources are
    the input files' own text (checked by test_the_danish_tables_are_danish)."""
    head, _, rest = text.partition("Forudsætninger og kilder")
    _, _, tail = rest.partition("Sådan er tallene regnet")
    return head + " " + tail


def test_danish_brief_has_no_english_words_and_danish_numbers(briefs):
    """docs/style-da.md: no English terms, numbers with Danish separators, the true minus sign
    (a hyphen before a figure is wrong), no negative zero, no 0,0 % for a chance — in the PDF's
    text and in the HTML's."""
    out, _, proposal = briefs
    for pid in ("worked-example", yaml.safe_load(proposal.read_text(encoding="utf-8"))["id"]):
        pdf = " ".join(page.extract_text() for page in PdfReader(out / f"{pid}.pdf").pages)
        html = " ".join(_html(out / f"{pid}.html").text)
        for name, text in (("pdf", pdf), ("html", html)):
            text = " ".join(text.replace("\u00a0", " ").split())
            assert not _danish_problems(_danish_body(text)), (
                pid,
                name,
                _danish_problems(_danish_body(text)),
            )


def test_the_checks_see_english_and_wrong_numbers():
    assert _danish_problems("Break-even 2023; IRR 4 %") == ["break-even", "IRR"]
    assert _danish_problems("-1.234 kr.") == ["a hyphen for a minus (-1)"]
    assert _danish_problems("1,234,567 kr. og \u22120,0 og 0,0 %") == [
        "English thousands (1,234,567)",
        "a negative zero",
        "0,0 % as a chance",
    ]
    assert not _danish_problems("\u22121.234 kr., 2021-2025, 10,0 %, SHA-256, 0,05")


def test_pdf_uses_an_embedded_font_with_danish_letters(briefs):
    out, _, _ = briefs
    reader = PdfReader(out / "worked-example.pdf")
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)
    assert "Målgruppe" in _pdf_text(out / "worked-example.pdf")  # å survives the round trip


def test_html_is_self_contained_without_code(briefs):
    out, _, _ = briefs
    page = _html(out / "worked-example.html")
    tags = [t for t, _ in page.tags]
    assert "script" not in tags and "link" not in tags
    images = [a for t, a in page.tags if t == "img"]
    # cumulative net, public net, tornado, financiers, deal zone: each wide and narrow
    assert len(images) == 10
    assert all(a["src"].startswith("data:image/png;base64,") for a in images)
    text = " ".join(page.text)
    assert "build_brief" not in text and "display(" not in text  # no code
    assert "object at 0x" not in text and "<Figure" not in text  # no raw reprs


def test_executed_notebook_has_parameters_and_front_matter(briefs):
    out, results, _ = briefs
    nb = nbformat.read(out / "_executed" / "worked-example.ipynb", as_version=4)
    assert nb.cells[0].cell_type == "raw" and nb.cells[0].source.startswith("---")
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1
    assert f"draws = {DRAWS}" in injected[0].source and 'lang = "da"' in injected[0].source
    assert results["worked-example"].seconds["execute"] > 0


def test_existing_briefs_are_kept_without_force(briefs, capsys):
    out, _, _ = briefs
    html = out / "worked-example.html"
    before = html.stat().st_mtime_ns, html.read_bytes()
    [r] = make_briefs(
        [WORKED_EXAMPLE], Settings(out_dir=out, draws=DRAWS, renderer="embedded")
    )  # nothing to do: no kernel (the same renderer as the fixture: Quarto on PATH would re-make)
    assert r.written == {} and set(r.kept) == {"html", "pdf"}
    assert (html.stat().st_mtime_ns, html.read_bytes()) == before
    code = cli.main(
        [
            "brief",
            str(WORKED_EXAMPLE),
            "--out",
            str(out),
            "--draws",
            str(DRAWS),
            "--renderer",
            "embedded",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    # issue 15: an unchanged brief is kept and said to be unchanged (stderr)
    assert f"unchanged {html}" in captured.err and "--force" in captured.err


def test_hostile_text_is_shown_as_text(hostile):
    html_path, pdf_path = hostile.written["html"], hostile.written["pdf"]
    page = _html(html_path)
    tags = [t for t, _ in page.tags]
    assert "script" not in tags and "iframe" not in tags
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "img":
            assert attrs["src"].startswith("data:image/png;base64,")
    text = " ".join(" ".join(page.text).split())
    for literal in (TITLE, TARGET, ASK, LABEL):
        assert " ".join(literal.split()) in text, literal
    pdf = re.sub(r"\s+", "", _pdf_text(pdf_path))
    for literal in (TITLE, TARGET, ASK, LABEL, "<iframe src=x></iframe> `x` #emph[y] $z$"):
        assert re.sub(r"\s+", "", literal) in pdf, literal
    text = _pdf_text(pdf_path)
    assert "Key figures" in text  # --lang en
    mean = _run_json(WORKED_EXAMPLE)["risk"]["public_net"]["mean"]
    assert _plain(DocumentFormats("en").dkk(mean)) in text  # English number format
    for heading in (
        "Deal zone",
        "What is worth knowing before deciding",
        "With or without an external investor",
        "Who saves and who pays",
    ):
        assert heading in text, heading
    assert "Method:" in text and "Strong, Oakley & Brennan 2014" in text


# a word of 2,000 letters (the longest text a proposal may hold) and math-like labels
LONG_WORD = "Ordet" + "abcdefghij" * 199 + "slut"


@pytest.fixture(scope="module")
def unruly(tmp_path_factory, session):
    """A Danish brief of a proposal whose labels look like mathtext and whose texts hold a
    2,000-letter word (issue 12)."""
    folder = tmp_path_factory.mktemp("unruly")
    data = yaml.safe_load(WORKED_EXAMPLE.read_text(encoding="utf-8"))
    data.update(id="unruly", target_group=LONG_WORD, description=LONG_WORD)
    data["outcomes"][0]["label"] = "Housed $\\foo$"
    data["unit_costs"][0]["label"] = "Cost $5 and $10 per night"
    data["contract"]["transaction_costs"] = [
        {"label": LONG_WORD, "dkk": 1000, "year": 0, "borne_by": "kommune"}
    ]
    path = folder / "unruly.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    [result] = make_briefs(
        [path],
        Settings(lang="da", out_dir=folder / "out", draws=DRAWS, renderer="embedded"),
        session=session,
    )
    return result


def test_math_like_labels_and_a_long_word_do_not_break_the_brief(unruly):
    """Issue 12: ``Housed $\\foo$`` (an unknown mathtext symbol) and ``Cost $5 and $10`` reach
    the charts as literal text, and a 2,000-letter word breaks at the page's and the table's
    edge instead of running off it (zero-width spaces in it, overflow-wrap in the HTML)."""
    pdf_path, html_path = unruly.written["pdf"], unruly.written["html"]
    reader = PdfReader(pdf_path)
    lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
    assert max(len(line) for line in lines) < 200  # an unbroken word would be one long line
    flat = re.sub(r"[\s\u200b\u00ad-]", "", " ".join(lines))
    assert LONG_WORD in flat and "Housed$\\foo$" in flat and "Cost$5and$10pernight" in flat
    html = html_path.read_text(encoding="utf-8")
    assert LONG_WORD in html and "overflow-wrap: anywhere" in html  # the stylesheet breaks it
    assert 'class="table-scroll"' in html  # a table with it scrolls in its own box


FAKE_QUARTO = """#!{python}
# A stand-in for Quarto: it records how it is called and writes the two files Quarto would (or
# fails as Quarto does, with $FAKE_QUARTO_FAIL).
import json, os, sys
from pathlib import Path
args = sys.argv[1:]
record = {{"args": args, "cwd": os.getcwd(), "files": sorted(os.listdir())}}
Path(os.environ["FAKE_QUARTO_LOG"]).write_text(json.dumps(record))
if os.environ.get("FAKE_QUARTO_FAIL"):
    sys.stderr.write("Rendering x\\nERROR: " + os.environ["FAKE_QUARTO_FAIL"] + "\\n\\n")
    sys.stderr.write("Stack trace:\\n    at render (file:///quarto/render.ts:1:1)\\n")
    Path(args[1]).with_suffix(".html").write_text("<html>half")  # a half-written file
    sys.exit(1)
notebook = Path(args[1])
assert notebook.is_file() and notebook.name == str(notebook), notebook
source = json.loads(notebook.read_text())["cells"][0]["source"]
front = "".join(source) if isinstance(source, list) else source
notebook.with_suffix(".html").write_text("<html>quarto " + front + "</html>")
notebook.with_suffix(".pdf").write_bytes(b"%PDF-1.7 quarto")
"""


@pytest.fixture
def fake_quarto(monkeypatch, tmp_path) -> tuple[Path, Path]:
    """A stand-in ``quarto`` first on PATH; (its path, the JSON file of its last call)."""
    import sys

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "quarto"
    fake.write_text(FAKE_QUARTO.format(python=sys.executable), encoding="utf-8")
    fake.chmod(0o755)
    log = tmp_path / "quarto.json"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_QUARTO_LOG", str(log))
    return fake, log


def test_quarto_renders_when_it_is_on_path(fake_quarto, tmp_path, session):
    """With a ``quarto`` on PATH, sif brief renders the executed notebook in a temporary Quarto
    project (the project file, filter, stylesheet and template beside it) outside the checkout
    and the output folder, publishes what Quarto wrote and removes the project."""
    from sif_models.publish.quarto import quarto_command

    fake, log = fake_quarto
    out = tmp_path / "out"
    [r] = make_briefs([WORKED_EXAMPLE], Settings(out_dir=out, draws=0), session=session)
    assert r.renderer == "quarto"
    call = json.loads(log.read_text())
    assert call["args"] == quarto_command(str(fake), "worked-example.ipynb")[1:]
    assert call["files"] == [
        "_quarto.yml",
        "brief.css",
        "brief.lua",
        "brief.typ",
        "worked-example.ipynb",
    ]
    project = Path(call["cwd"])
    assert not project.exists()  # removed after publishing
    for folder in (REPO, out):
        assert folder.resolve() not in project.resolve().parents
    assert (out / "worked-example.pdf").read_bytes() == b"%PDF-1.7 quarto"
    assert "pagetitle" in (out / "worked-example.html").read_text()  # front matter reached it
    assert sorted(p.name for p in out.iterdir()) == [
        "_executed",
        "worked-example.html",
        "worked-example.pdf",
    ]


def test_renderer_embedded_ignores_quarto_on_path(fake_quarto, tmp_path, session):
    _, log = fake_quarto
    settings = Settings(out_dir=tmp_path / "out", draws=0, renderer="embedded", formats="html")
    [r] = make_briefs([WORKED_EXAMPLE], settings, session=session)
    assert r.renderer == "embedded" and not log.exists()
    assert "<html" in r.written["html"].read_text(encoding="utf-8")


def test_a_quarto_error_names_the_document_and_leaves_nothing(
    fake_quarto, monkeypatch, tmp_path, capsys
):
    """exit 1; the message names the proposal and gives Quarto's own error, not its stack
    trace; nothing but the executed notebook is left in the output folder."""
    monkeypatch.setenv("FAKE_QUARTO_FAIL", "Field 'x' has value null")
    out = tmp_path / "out"
    code = cli.main(["brief", str(WORKED_EXAMPLE), "--out", str(out), "--draws", "0"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"sif brief: {WORKED_EXAMPLE}: Quarto could not render worked-example" in err
    assert "ERROR: Field 'x' has value null" in err and "Stack trace" not in err
    assert sorted(p.name for p in out.iterdir()) == ["_executed"]
    assert not Path(json.loads(fake_quarto[1].read_text())["cwd"]).exists()


def test_renderer_quarto_without_quarto_exits_2(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sif_models.publish.documents.find_quarto", lambda: None)
    code = cli.main(["brief", str(WORKED_EXAMPLE), "--out", str(tmp_path), "--renderer", "quarto"])
    assert code == 2
    assert "quarto was not found on PATH" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_notebook_parameters_match_what_sif_brief_passes():
    inspected = papermill.inspect_notebook(str(notebook_path()))
    passed = brief_parameters(WORKED_EXAMPLE, DRAWS, 7, "da", agenda="decision")
    assert set(inspected) == set(passed)  # 'agenda' only in a meeting pack
    assert set(brief_parameters(WORKED_EXAMPLE, DRAWS, 7, "da")) == set(passed) - {"agenda"}
    types = {"str": str, "int": int}
    for name, value in passed.items():
        assert isinstance(value, types[inspected[name]["inferred_type_name"]]), name


def test_notebook_pair_is_in_sync():
    import jupytext

    py = jupytext.read(REPO / "notebooks" / "business_case.py")
    ipynb = jupytext.read(REPO / "notebooks" / "business_case.ipynb")
    assert [(c.cell_type, c.source) for c in py.cells] == [
        (c.cell_type, c.source) for c in ipynb.cells
    ]
    assert all(not c.get("outputs") for c in ipynb.cells if c.cell_type == "code")


@pytest.mark.parametrize(
    ("what", "message"),
    [("pandoc", "pip install pypandoc_binary"), ("typst", "pip install typst")],
)
def test_missing_renderer_tool_exits_2(monkeypatch, capsys, tmp_path, what, message):
    import sys

    import pypandoc

    monkeypatch.setattr("sif_models.publish.documents.find_quarto", lambda: None)
    if what == "pandoc":

        def no_pandoc():
            raise OSError("No pandoc was found")

        monkeypatch.setattr(pypandoc, "get_pandoc_path", no_pandoc)
    else:
        monkeypatch.setitem(sys.modules, "typst", None)  # import typst -> ImportError
    code = cli.main(["brief", str(WORKED_EXAMPLE), "--out", str(tmp_path)])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_missing_kernel_exits_2(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sif_models.publish.kernel.KERNEL_NAME", "sif-no-such-kernel")
    code = cli.main(["brief", str(WORKED_EXAMPLE), "--out", str(tmp_path), "--draws", "0"])
    assert code == 2
    err = capsys.readouterr().err
    assert "sif-no-such-kernel" in err and "ipykernel install" in err


def test_bad_proposal_exits_2_before_anything_runs(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: Not A Slug\n", encoding="utf-8")
    code = cli.main(["brief", str(bad), "--out", str(tmp_path / "out")])
    assert code == 2
    assert "bad.yaml" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_edited_proposal_makes_its_brief_anew(tmp_path, capsys):
    """Issue 15: a brief is made again when what made it changed — an edited proposal, or a
    copy under the same id — and kept, said to be unchanged, when nothing did."""
    out = tmp_path / "out"
    proposal = tmp_path / "p.yaml"
    proposal.write_text(WORKED_EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["brief", str(proposal), "--out", str(out), "--draws", "0", "--renderer", "embedded"]
    assert cli.main(args) == 0
    pdf = out / "worked-example.pdf"
    first = pdf.read_bytes()
    capsys.readouterr()
    assert cli.main(args) == 0
    assert f"unchanged {pdf}" in capsys.readouterr().err and pdf.read_bytes() == first
    proposal.write_text(
        proposal.read_text(encoding="utf-8").replace("success_rate: 0.5", "success_rate: 0.55"),
        encoding="utf-8",
    )
    assert cli.main(args) == 0
    captured = capsys.readouterr()
    assert f"wrote {pdf}" in captured.out and pdf.read_bytes() != first
    copy = tmp_path / "copy.yaml"  # the same id, another file: not the same brief
    copy.write_text(WORKED_EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main([*args[:1], str(copy), *args[2:]]) == 0
    assert f"wrote {pdf}" in capsys.readouterr().out
    assert "worked-example: running the notebook" in captured.err  # progress, on stderr
    assert cli.main([*args, "--quiet", "--force"]) == 0
    assert "running the notebook" not in capsys.readouterr().err


def test_the_renderer_is_part_of_what_makes_a_document(tmp_path):
    """A brief made by the embedded renderer is made again once Quarto renders it (and back):
    the two look different, so ``auto`` with a newly installed Quarto must not keep the old one.
    (CI found the tests assuming the opposite when Quarto was on PATH.)"""
    from sif_models.publish.freshness import document_key

    args = ([WORKED_EXAMPLE], {"draws": 0, "lang": "da"}, None)
    embedded, quarto = document_key(*args, "embedded"), document_key(*args, "quarto")
    assert embedded["key"] != quarto["key"]
    assert document_key(*args, "embedded")["key"] == embedded["key"]
