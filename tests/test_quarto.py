"""Every document rendered by a real Quarto, and compared with the embedded renderer's.

Skipped, with the reason, when no ``quarto`` is on PATH; ``.ci/run`` installs Quarto and sets
``SIF_REQUIRE_QUARTO=1``, which turns a missing Quarto into a failure. Deselect them with
``pytest -m "not quarto"``.

Kept lean (about ten Quarto renders): 200 draws; one kernel for the in-process renders; each
document is made once with each renderer and checked from several sides. The commands run
from the checkout the three ways users run them: with an absolute ``--out``, a relative one,
and the default (``reports/``, with a proposal id of the test's own, removed afterwards).

What "as good as the embedded renderer" means here, for every document: no code or
parameters, A4, the DejaVu fonts, the running header and page numbers, the decision box's
colour, a self-contained HTML file with its images embedded and nothing loaded from the
network; and the same words and figures as the embedded renderer's PDF, the same headings,
tables and images in the HTML, and page counts within 20 %.
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from sif_models import cli
from sif_models.publish.annual_report import make_annual_report
from sif_models.publish.briefs import make_briefs
from sif_models.publish.fund_brief import make_fund_brief
from sif_models.publish.kernel import KernelSession
from sif_models.publish.meeting import make_meeting_pack
from sif_models.publish.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
WORKED_EXAMPLE = DATA / "examples" / "worked-example.yaml"
PROPOSAL = DATA / "proposals" / "type-2-diabetes.yaml"  # an investor, several outcomes, 7 pages
DRAWS = 200
QUARTO = shutil.which("quarto")
REQUIRED = os.environ.get("SIF_REQUIRE_QUARTO") == "1"
ASK_FILL = b"0.93333334 0.95686275 0.98039216"  # #eef4fa, the decision box, in the PDF

pytestmark = pytest.mark.quarto
if QUARTO is None and not REQUIRED:
    pytest.skip(
        "needs a real Quarto: no `quarto` on PATH (install Quarto 1.7+; .ci/run does)",
        allow_module_level=True,
    )


def test_quarto_is_on_path():
    assert QUARTO, "SIF_REQUIRE_QUARTO=1 but no `quarto` on PATH"


# ---------------------------------------------------------------------------- helpers
def _sif(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """``sif ARGS`` as a user runs it, in a fresh process with ``cwd`` as working folder."""
    cmd = [sys.executable, "-c", "import sys; from sif_models.cli import main; sys.exit(main())"]
    return subprocess.run(
        cmd + args, cwd=cwd, capture_output=True, text=True, timeout=900, check=False
    )


def _pdf_lines(path: Path) -> list[list[str]]:
    return [page.extract_text().splitlines() for page in PdfReader(path).pages]


def _body_words(path: Path) -> collections.Counter:
    """The PDF's words and figures, without the running header and the page numbers.

    Numbers are normalised: a minus sign or hyphen separates words (so a word hyphenated at a
    line end, which pypdf may read in another order, counts the same in both renderers) and
    no-break spaces are spaces; figures such as ``1.338.936`` and ``37,8`` stay whole.
    """
    lines: list[str] = []
    for i, page in enumerate(_pdf_lines(path)):
        lines += page[1 if i else 0 : -1]
    text = re.sub(r"[-\u2212\u00ad\u00a0]", " ", "\n".join(lines))
    return collections.Counter(re.findall(r"\w+(?:[.,]\d+)*", text))


class _Html(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.headings: list[str] = []
        self._heading: list[str] | None = None
        self._style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._style = tag == "style"
        if tag in ("h1", "h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag):
        self._style = False
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data):
        if self._style:  # the stylesheets differ (pandoc's and Quarto's defaults); not text
            return
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.tags if t == tag)


def _html(path: Path) -> _Html:
    page = _Html()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def check_quarto_pdf(path: Path, kind: str) -> None:
    """A4, DejaVu fonts, the running header from page 2 (the council, then the kind of
    document and its title: sif_models.text.markdown.front_matter), page numbers, no code."""
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842), "not A4"
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in f for f in fonts), fonts
    pages = _pdf_lines(path)
    n = len(pages)
    for i, lines in enumerate(pages):
        assert re.fullmatch(rf"(Side|Page) {i + 1} (af|of) {n}", lines[-1]), lines[-1]
        if i:
            council = (
                "Council for Social Investments"
                if "Page" in lines[-1]
                else ("Rådet for Sociale Investeringer")
            )
            assert lines[0].startswith(f"{council} {kind}"), lines[0]
    text = "\n".join("\n".join(lines) for lines in pages)
    for code in ("display(", "import ", "proposal_path", "draws =", "papermill", "```"):
        assert code not in text, code


def check_quarto_html(path: Path) -> _Html:
    """Self-contained: images embedded, no script or stylesheet from anywhere; no code."""
    source = path.read_text(encoding="utf-8")
    page = _html(path)
    for tag, attrs in page.tags:
        if tag in ("script", "link", "img", "iframe", "source"):
            ref = attrs.get("src") or attrs.get("href") or ""
            assert not re.match(r"(https?:)?//", ref), (tag, ref)
        if tag == "img":
            assert attrs["src"].startswith("data:image/png;base64,"), attrs["src"][:40]
    assert "mathjax" not in source.lower() and "polyfill" not in source.lower()
    assert page.count("script") == 0
    text = " ".join(page.text)
    for code in ("display(", "import ", "proposal_path", "injected-parameters", "papermill"):
        assert code not in text and code not in source, code
    assert not list(path.parent.glob("*_files"))  # nothing the HTML would need beside it
    return page


def check_same_document(quarto: dict[str, Path], embedded: dict[str, Path]) -> None:
    """Quarto's files carry what the embedded renderer's carry."""
    q, e = _body_words(quarto["pdf"]), _body_words(embedded["pdf"])
    numbers = {w for w in q | e if any(c.isdigit() for c in w)}
    assert {w for w in numbers if w in q} == {w for w in numbers if w in e}, (q - e, e - q)
    differ = sum(((q - e) + (e - q)).values())
    assert differ <= 0.02 * sum(e.values()), (q - e, e - q)
    nq, ne = len(PdfReader(quarto["pdf"]).pages), len(PdfReader(embedded["pdf"]).pages)
    assert abs(nq - ne) <= max(1, 0.2 * ne), (nq, ne)
    hq, he = _html(quarto["html"]), _html(embedded["html"])
    assert hq.headings == he.headings
    for tag in ("table", "img", "tr", "ul", "col"):  # col: fixed widths only for a sif-table
        assert hq.count(tag) == he.count(tag), tag
    assert _figures(hq) == _figures(he)


def _figures(page: _Html) -> list[str]:
    return re.findall(r"-?\d[\d.,]*", " ".join(" ".join(page.text).split()))


# ---------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module", autouse=True)
def checkout_state():
    """What Quarto must never change in the checkout: tracked and untracked files, .gitignore."""

    def state():
        git = shutil.which("git")
        status = ""
        if git and (REPO / ".git").exists():
            status = subprocess.run(
                [git, "status", "--porcelain"], cwd=REPO, capture_output=True, text=True
            ).stdout
        return status, (REPO / ".gitignore").read_bytes(), (REPO / ".quarto").exists()

    return state, state()


@pytest.fixture(scope="module")
def session():
    with KernelSession() as s:
        yield s


@pytest.fixture(scope="module")
def briefs_da(tmp_path_factory, session):
    """The Danish brief with each renderer, absolute --out (in-process)."""
    out = {}
    for renderer in ("quarto", "embedded"):
        folder = tmp_path_factory.mktemp(f"brief-da-{renderer}")
        settings = Settings(draws=DRAWS, out_dir=folder, renderer=renderer)
        [result] = make_briefs([PROPOSAL], settings, session=session)
        assert result.renderer == renderer
        out[renderer] = result.written
    return out


@pytest.fixture(scope="module")
def briefs_en(tmp_path_factory, session):
    """The English brief: Quarto through `sif brief` from the checkout with a relative --out;
    the embedded one in-process."""
    folder = tmp_path_factory.mktemp("brief-en")
    relative = os.path.relpath(folder / "quarto", REPO)
    done = _sif(
        ["brief", str(PROPOSAL), "--lang", "en", "--draws", str(DRAWS), "--out", relative],
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    stem = folder / "quarto" / PROPOSAL.stem
    settings = Settings(draws=DRAWS, lang="en", out_dir=folder / "embedded", renderer="embedded")
    [embedded] = make_briefs([PROPOSAL], settings, session=session)
    return {
        "quarto": {f: stem.with_suffix(f".{f}") for f in ("html", "pdf")},
        "embedded": embedded.written,
    }


@pytest.fixture(scope="module")
def meeting(tmp_path_factory):
    """A two-item meeting, packed with each renderer (two workers, absolute --out)."""
    folder = tmp_path_factory.mktemp("meeting")
    data = yaml.safe_load((DATA / "meetings" / "2021-02-11.yaml").read_text(encoding="utf-8"))
    data["items"] = data["items"][:2]
    for item in data["items"]:
        item["proposal"] = os.path.relpath(DATA / "meetings" / item["proposal"], folder)
    path = folder / "2021-02-11.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    packs = {}
    for renderer in ("quarto", "embedded"):
        settings = Settings(draws=DRAWS, out_dir=folder / renderer, renderer=renderer)
        packs[renderer] = make_meeting_pack(path, settings, workers=2)
        assert packs[renderer].exit_code == 0, packs[renderer].overview_error
    return packs


@pytest.fixture(scope="module")
def fund(tmp_path_factory, session):
    """The fund brief: Quarto through `sif fund` with the default --out (a relative reports/
    in a folder of its own); the embedded one in-process."""
    folder = tmp_path_factory.mktemp("fund")
    done = _sif(["fund", "--draws", str(DRAWS)], cwd=folder)
    assert done.returncode == 0, done.stderr
    settings = Settings(draws=DRAWS, out_dir=folder / "embedded", renderer="embedded")
    embedded = make_fund_brief(DATA / "fund.yaml", settings=settings, session=session)
    files = {f: folder / "reports" / f"fund.{f}" for f in ("html", "pdf")}
    return {"quarto": files, "embedded": embedded.written}


@pytest.fixture(scope="module")
def annual(tmp_path_factory, session):
    """The yearly report with each renderer (in-process, absolute --out)."""
    out = {}
    for renderer in ("quarto", "embedded"):
        folder = tmp_path_factory.mktemp(f"annual-{renderer}")
        settings = Settings(draws=DRAWS, out_dir=folder, renderer=renderer)
        out[renderer] = make_annual_report(2023, settings=settings, session=session).written
    return out


@pytest.fixture(scope="module")
def default_out_brief(tmp_path_factory):
    """`sif brief FILE` from the checkout without --out: reports/<id>.* of the checkout, for a
    proposal id of this test's own; removed afterwards."""
    pid = f"quarto-test-{os.getpid()}"
    data = yaml.safe_load(WORKED_EXAMPLE.read_text(encoding="utf-8"))
    data["id"] = pid
    path = tmp_path_factory.mktemp("default-out") / f"{pid}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    reports = REPO / "reports"
    made = [reports / f"{pid}.html", reports / f"{pid}.pdf", reports / "_executed" / f"{pid}.ipynb"]
    executed_existed = (reports / "_executed").exists()
    try:
        done = _sif(["brief", str(path), "--draws", str(DRAWS)], cwd=REPO)
        yield done, {f: reports / f"{pid}.{f}" for f in ("html", "pdf")}
    finally:
        for file in made:
            file.unlink(missing_ok=True)
        if not executed_existed:
            shutil.rmtree(reports / "_executed", ignore_errors=True)


# ---------------------------------------------------------------------------- the documents
def test_brief_da(briefs_da):
    q, e = briefs_da["quarto"], briefs_da["embedded"]
    check_quarto_pdf(q["pdf"], "Beslutningsgrundlag · ")
    check_quarto_html(q["html"])
    check_same_document(q, e)
    for files in (q, e):  # the decision box, filled, on page 1
        assert ASK_FILL in PdfReader(files["pdf"]).pages[0].get_contents().get_data()
    html = q["html"].read_text(encoding="utf-8")
    assert 'class="ask"' in html and ".ask {" in html


def test_brief_en_from_the_checkout_with_a_relative_out(briefs_en):
    q = briefs_en["quarto"]
    check_quarto_pdf(q["pdf"], "Decision brief · ")
    check_quarto_html(q["html"])
    check_same_document(q, briefs_en["embedded"])
    assert "Key figures" in " ".join(_html(q["html"]).headings)


def test_brief_from_the_checkout_with_the_default_out(default_out_brief):
    done, files = default_out_brief
    assert done.returncode == 0, done.stderr
    for f in files.values():
        assert f"wrote {f.relative_to(REPO)}" in done.stdout
    check_quarto_pdf(files["pdf"], "Beslutningsgrundlag")
    check_quarto_html(files["html"])


def test_meeting_pack(meeting):
    q, e = meeting["quarto"], meeting["embedded"]
    assert q.renderer == "quarto" and e.renderer == "embedded"
    names = sorted(p.name for p in q.folder.iterdir())
    assert names == sorted(p.name for p in e.folder.iterdir())  # nothing more: no Quarto files
    check_quarto_pdf(q.folder / "overview.pdf", "Mødepakke: Rådsmøde")
    page = check_quarto_html(q.index)
    links = [a["href"] for t, a in page.tags if t == "a" and "href" in a]
    for link in links:
        if not link.startswith("#"):
            assert (q.folder / link).is_file(), link
    overview = {"html": "index.html", "pdf": "overview.pdf"}
    check_same_document(
        {f: q.folder / n for f, n in overview.items()},
        {f: e.folder / n for f, n in overview.items()},
    )
    for item in q.items:
        brief = {f: q.folder / f"{item.id}.{f}" for f in ("html", "pdf")}
        check_quarto_pdf(brief["pdf"], "Beslutningsgrundlag")
        check_quarto_html(brief["html"])
        check_same_document(brief, {f: e.folder / f"{item.id}.{f}" for f in ("html", "pdf")})
    pages = lambda folder, names: sum(len(PdfReader(folder / n).pages) for n in names)  # noqa: E731
    parts = ["overview.pdf"] + [f"{i.id}.pdf" for i in q.items]
    assert len(PdfReader(q.folder / "pack.pdf").pages) == pages(q.folder, parts)


def test_fund_brief_with_the_default_out(fund):
    q = fund["quarto"]
    check_quarto_pdf(q["pdf"], "Fondens økonomi og dens første 10 år")
    check_quarto_html(q["html"])
    check_same_document(q, fund["embedded"])


def test_yearly_report(annual):
    q = annual["quarto"]
    check_quarto_pdf(q["pdf"], "Årsrapport 2023")
    check_quarto_html(q["html"])
    check_same_document(q, annual["embedded"])


# ---------------------------------------------------------------------------- failure, doctor
def test_a_quarto_error_is_reported_cleanly(monkeypatch, tmp_path, capsys):
    """A project file Quarto rejects (the old ``section-numbering: null``): exit 1, the message
    names the proposal and quotes Quarto, and the output folder holds no HTML or PDF."""
    from sif_models.publish import quarto

    original = quarto.project_yaml
    monkeypatch.setattr(quarto, "project_yaml", lambda *a, **k: original(*a, **k) + "toc: null\n")
    out = tmp_path / "out"
    code = cli.main(["brief", str(WORKED_EXAMPLE), "--draws", "0", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"sif brief: {WORKED_EXAMPLE}: Quarto could not render worked-example" in err
    assert "toc" in err and "Stack trace" not in err and "\x1b[" not in err
    assert sorted(p.name for p in out.iterdir()) == ["_executed"]


def test_doctor_with_the_real_quarto(capsys):
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "renderer: Quarto (quarto is on PATH)" in out
    version = subprocess.run([QUARTO, "--version"], capture_output=True, text=True).stdout
    assert version.strip() in out


def test_quarto_never_touched_the_checkout(
    checkout_state, briefs_da, briefs_en, default_out_brief, meeting, fund, annual
):
    """After every render above: no .quarto/ in the checkout, .gitignore as it was, and git
    sees the same files changed as before."""
    state, before = checkout_state
    assert state() == before
