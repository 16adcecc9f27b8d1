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
from sif_models.publish.briefs import brief_parameters, make_briefs
from sif_models.publish.kernel import KernelSession, notebook_path
from sif_models.publish.settings import Settings
from sif_models.text.formatting import dkk, number, percent

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
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
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


def _near(x: float) -> tuple[str, ...]:
    """A money figure of the summary, which is rounded to the øre, as the brief may print it
    in whole kroner: the brief rounds the unrounded figure, so at half a krone either way."""
    return tuple(dict.fromkeys(dkk(x + d) for d in (-0.005, 0.0, 0.005)))


def _headline_strings(summary: dict, shares: float) -> list[str | tuple[str, ...]]:
    """The headline figures of a ``sif run --json`` summary as the brief prints them (a tuple:
    any one of them)."""
    d, risk = summary["deterministic"], summary["risk"]
    fin = d["financiers"]
    out = [
        dkk(d["intervention_cost"]),
        dkk(d["public_net"]),
        dkk(d["kommune_net"]),
        number(d["benefit_cost_ratio"], 2),
        number(fin["multiple"], 2),
        dkk(shares * fin["capital"]),
        percent(risk["p_public_net_positive"]),
        percent(risk["p_kommune_net_positive"]),
        percent(risk["p_financiers_loss"]),
        percent(risk["p_fund_loss"]),
        _near(risk["public_net"]["p5"]),
        _near(risk["public_net"]["p95"]),
        _near(risk["kommune_net"]["p5"]),
        _near(risk["kommune_net"]["p95"]),
    ]
    if fin["irr"] is not None:
        out.append(percent(fin["irr"]))
    if d["break_even_year"] is not None:
        out.append(str(d["break_even_year"]))
    return out


def _options(expected: str | tuple[str, ...]) -> tuple[str, ...]:
    return expected if isinstance(expected, tuple) else (expected,)


def test_worked_example_brief_shows_the_run_figures(briefs):
    out, results, _ = briefs
    r = results["worked-example"]
    assert r.written == {"html": out / "worked-example.html", "pdf": out / "worked-example.pdf"}
    text = _pdf_text(out / "worked-example.pdf")
    summary = _run_json(WORKED_EXAMPLE)
    # docs/model.md §8: public_net 1,338,935.99; kommune_net 2,450,257.14; PV(C) 1,966,183.57;
    # benefit-cost ratio 1.68098; break-even 2024; multiple 0.45; IRR -0.55; capital 2,000,000
    for expected in ["1.338.936 kr.", "2.450.257 kr.", "1.966.184 kr.", "1,68", "2024", "0,45"]:
        assert expected in text
    assert "-55,0 %" in text and "2.000.000 kr." in text
    for expected in _headline_strings(summary, shares=1.0):
        assert any(e in text for e in _options(expected)), expected
    assert "Hvad rådet bedes beslutte" in text and "Nøgletal" in text  # Danish by default
    assert "37,8 %" in text  # docs/model.md §8 break-even success rate 0.37847


def test_example_proposal_brief_shows_the_run_figures(briefs):
    out, results, proposal = briefs
    data = yaml.safe_load(proposal.read_text(encoding="utf-8"))
    pid = data["id"]
    assert set(results[pid].written) == {"html", "pdf"}
    text = _pdf_text(out / f"{pid}.pdf")
    fund_share = sum(f["share"] for f in data["contract"]["financing"] if f.get("role") == "fund")
    for expected in _headline_strings(_run_json(proposal), shares=fund_share):
        assert any(e in text for e in _options(expected)), expected
    if data.get("ask"):
        assert " ".join(data["ask"].split())[:60] in text


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
    assert len(images) == 4  # cumulative net, public net, tornado, financiers
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
        ["brief", str(WORKED_EXAMPLE), "--out", str(out), "--draws", str(DRAWS), "--renderer", "embedded"]
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
    assert "Key figures" in _pdf_text(pdf_path)  # --lang en
    assert "DKK 1,338,936" in _pdf_text(pdf_path)  # English number format


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
    passed = brief_parameters(WORKED_EXAMPLE, DRAWS, 7, "da")
    assert set(inspected) == set(passed)
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
