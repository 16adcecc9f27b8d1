"""A meeting pack: every brief on a meeting's agenda, an overview page, one combined PDF.

``sif meeting data/meetings/<date>.yaml`` calls :func:`make_meeting_pack`, which

1. reads the meeting file (a bad meeting file stops everything: exit 2) and checks each item's
   proposal; an item whose proposal is missing or invalid is *not* fatal: it is listed on the
   overview with its problems (``file: field: problem``) and the pack is made without it,
2. executes the briefs in parallel: one :class:`~sif_models.publish.pipeline.KernelSession` per worker
   thread (``os.cpu_count()`` workers), each taking the next brief from a shared queue, while
   a render pool turns executed notebooks into HTML and PDF (pandoc and Typst are separate
   processes, so rendering overlaps execution),
3. executes ``notebooks/meeting.ipynb`` (the overview: agenda with links, the proposals side
   by side, the items with errors, the fund before and after the meeting's proposals) once the
   briefs are done, and renders it as ``index.html`` and ``overview.pdf``,
4. merges ``overview.pdf`` and the briefs' PDFs in agenda order into ``pack.pdf`` (pypdf, one
   bookmark per document).

Everything lands in ``<out>/<date>/``. Files that exist are kept unless ``force`` (a pack can
be re-run to add a brief; what was kept is reported). With Quarto on PATH the briefs are
rendered by Quarto and the pack folder is a Quarto website project: :func:`write_quarto_project`
writes its ``_quarto.yml`` and the listing of the briefs, and :func:`quarto_pack_command` is the
command that renders the index; without Quarto the embedded renderer makes the same files.

Exit codes (:attr:`PackResult.exit_code`): 0 when every item has its brief, 2 when an item's
proposal is invalid (input to fix), else 1 when a brief or the overview failed to run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from sif_models.case.business_case import DEFAULT_DRAWS
from sif_models.documents.pack import agenda_item_record
from sif_models.errors import Problem, SifInputError
from sif_models.fund.loading import load_fund
from sif_models.inputs.catalogue import data_dir
from sif_models.inputs.portfolio import Meeting
from sif_models.inputs.proposals import load_proposal
from sif_models.publish.pipeline import (
    EXECUTED_DIR,
    PROJECT_DIR,
    BriefFailed,
    DocumentResult,
    KernelSession,
    ToolMissing,
    _safe_id,
    _write_atomic,
    brief_parameters,
    check_draws,
    check_tools,
    choose_renderer,
    execute_and_keep,
    notebook_file,
    publish,
    publish_all,
    render_and_publish,
    run_parameters,
    targets_for,
)
from sif_models.publish.render import CSS, FORMATS, LUA_FILTER, RenderError
from sif_models.text.labels import check_lang, text

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2
OVERVIEW_FILES = {"html": "index.html", "pdf": "overview.pdf"}
PACK_PDF = "pack.pdf"
QUARTO_SITE = "_site"
QUARTO_ASSETS = "_sif"
LISTING_FILE = "briefs.yml"


# ---------------------------------------------------------------------------- items
@dataclass
class PackItem:
    """One agenda item and what the pack made of it."""

    index: int
    title: str
    kind: str
    proposal: str  # as the meeting file writes it
    path: Path  # resolved
    id: str | None = None
    proposal_title: str | None = None
    state: str = "pending"  # ok | kept | invalid | failed
    problems: list[str] = field(default_factory=list)
    result: DocumentResult | None = None

    def files(self) -> dict[str, Path]:
        return {} if self.result is None else self.result.files()

    def record(self) -> dict[str, Any]:
        """The item as the overview notebook's ``items`` parameter wants it."""
        files = self.files()
        return agenda_item_record(
            self.index,
            self.title,
            self.kind,
            self.proposal,
            self.path,
            self.id,
            self.state,
            self.problems,
            html=files["html"].name if "html" in files else None,
            pdf=files["pdf"].name if "pdf" in files else None,
        )


@dataclass
class PackResult:
    """What :func:`make_meeting_pack` did."""

    folder: Path
    meeting: Meeting
    items: list[PackItem]
    overview: DocumentResult | None = None
    overview_error: str | None = None
    pack_pdf: Path | None = None
    pack_pdf_kept: bool = False
    quarto_project: Path | None = None
    renderer: str | None = None
    workers: int = 0
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        if any(i.state == "invalid" for i in self.items):
            return EXIT_INPUT
        if any(i.state == "failed" for i in self.items) or self.overview_error:
            return EXIT_FAILED
        return EXIT_OK

    @property
    def index(self) -> Path:
        return self.folder / OVERVIEW_FILES["html"]


def meeting_parameters(
    meeting_path: str | Path,
    fund_path: str | Path,
    items: list[dict[str, Any]],
    draws: int,
    seed: int | None,
    lang: str,
    links: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The papermill parameters of ``notebooks/meeting.ipynb`` (plain JSON types).

    >>> p = meeting_parameters("/m.yaml", "/f.yaml", [], 1000, None, "da", {"pack_pdf": "pack.pdf"})
    >>> sorted(p), p["seed"], p["links"]
    (['draws', 'fund_path', 'items', 'lang', 'links', 'meeting_path', 'seed'], -1, {'pack_pdf': 'pack.pdf'})
    """
    return {
        "meeting_path": str(Path(meeting_path).resolve()),
        "fund_path": str(Path(fund_path).resolve()),
        "items": json.loads(json.dumps(items)),  # plain JSON types, checked
        "links": {str(k): str(v) for k, v in (links or {}).items()},
        **run_parameters(draws, seed, lang),
    }


def read_meeting(path: str | Path) -> Meeting:
    """The meeting file, validated, without loading its proposals (that is per item).

    A missing file or a bad meeting file raises :class:`SifInputError` (exit 2).
    """
    from sif_models.inputs.portfolio import validate_file

    meeting = validate_file(path, Meeting)
    meeting._base_dir = Path(path).resolve().parent
    return meeting


def check_items(meeting: Meeting, meeting_file: str | Path) -> list[PackItem]:
    """Every agenda item with its proposal loaded, or its problems (never raises for an item)."""
    items = []
    seen: dict[str, int] = {}
    for i, (entry, resolved) in enumerate(
        zip(meeting.items, meeting.proposal_paths(), strict=True)
    ):
        item = PackItem(i, entry.title, entry.kind, entry.proposal, resolved)
        items.append(item)
        if not resolved.is_file():
            what = "is a folder, not a file" if resolved.exists() else "no such file"
            item.state = "invalid"
            item.problems = [
                str(
                    Problem(
                        str(meeting_file),
                        f"items[{i}].proposal",
                        f"{what}: {entry.proposal} (looked for {resolved})",
                    )
                )
            ]
            continue
        try:
            proposal = load_proposal(resolved)
            _safe_id(proposal.id)
        except SifInputError as exc:
            item.state = "invalid"
            item.problems = [str(p) for p in exc.problems]
            continue
        if proposal.id in seen:
            item.state = "invalid"
            item.problems = [
                str(
                    Problem(
                        str(resolved),
                        "id",
                        f"'{proposal.id}' is also the id of agenda item {seen[proposal.id] + 1}; "
                        "ids must differ",
                    )
                )
            ]
            continue
        seen[proposal.id] = i
        item.id = proposal.id
        item.proposal_title = proposal.title
        item.state = "ok"
    return items


# ---------------------------------------------------------------------------- Quarto
def quarto_pack_command(quarto: str) -> list[str]:
    """The command that renders the pack folder's Quarto website (run in the pack folder).

    >>> quarto_pack_command("quarto")
    ['quarto', 'render', '.', '--no-execute']
    """
    return [str(quarto), "render", ".", "--no-execute"]


def quarto_project_yaml(title: str, formats: tuple[str, ...]) -> str:
    """The pack folder's ``_quarto.yml``: a website whose one page is the overview (index),
    with the brief's filter and style; values are JSON-quoted (valid YAML)."""
    q = json.dumps
    lines = [
        "# The meeting pack as a Quarto website, written by `sif meeting`. The executed",
        "# overview (index.ipynb) lists the briefs (briefs.yml); `quarto render` here makes",
        "# _site/index.html and, with Typst, _site/index.pdf. Nothing is executed again.",
        "project:",
        "  type: website",
        f"  output-dir: {QUARTO_SITE}",
        "  render:",
        "    - index.ipynb",
        "website:",
        f"  title: {q(title, ensure_ascii=False)}",
        "  search: false",
        "execute:",
        "  enabled: false",
        "  echo: false",
        "  warning: false",
        "  error: false",
        "filters:",
        f"  - {QUARTO_ASSETS}/{LUA_FILTER.name}",
        "format:",
        "  html:",
        "    embed-resources: true",
        f"    css: {QUARTO_ASSETS}/{CSS.name}",
        "    toc: false",
        "    anchor-sections: false",
        "    code-tools: false",
    ]
    if "pdf" in formats:
        lines += [
            "  typst:",
            "    papersize: a4",
            "    margin:",
            "      x: 1.9cm",
            "      y: 2cm",
            "    mainfont: DejaVu Sans",
            "    fontsize: 9.5pt",
            "    section-numbering: null",
            "    keep-typ: false",
        ]
    return "\n".join(lines) + "\n"


def listing_items(items: list[PackItem], lang: str) -> list[dict[str, str]]:
    """The Quarto listing of the briefs (title, link, what the item is)."""
    out = []
    for item in items:
        files = item.files()
        if "html" not in files and "pdf" not in files:
            continue
        target = files.get("html") or files["pdf"]
        kind = text(f"meet.kind.{item.kind}", lang)
        extra = f" · PDF: {files['pdf'].name}" if "pdf" in files and "html" in files else ""
        out.append(
            {
                "title": item.proposal_title or item.title,
                "path": target.name,
                "href": target.name,
                "description": f"{kind}: {item.title}{extra}",
            }
        )
    return out


def listing_front_matter() -> dict[str, Any]:
    """The overview's Quarto listing (from ``briefs.yml``), as front-matter fields."""
    return {
        "listing": {
            "id": "briefs",
            "contents": LISTING_FILE,
            "type": "table",
            "fields": ["title", "description"],
            "sort": False,
            "sort-ui": False,
            "filter-ui": False,
        }
    }


def write_quarto_project(
    folder: Path,
    title: str,
    items: list[PackItem],
    lang: str,
    formats: tuple[str, ...],
    force: bool,
) -> Path:
    """Write ``_quarto.yml``, ``briefs.yml`` and the filter and stylesheet into the pack folder.

    ``_quarto.yml`` is kept if it exists (unless ``force``); the listing and assets are sif's
    own and always follow the pack's briefs.
    """
    project = folder / "_quarto.yml"
    if force or not project.exists():
        _write_atomic(quarto_project_yaml(title, formats).encode("utf-8"), project)
    listing = json.dumps(listing_items(items, lang), ensure_ascii=False, indent=1)
    _write_atomic((listing + "\n").encode("utf-8"), folder / LISTING_FILE)  # JSON is YAML
    assets = folder / QUARTO_ASSETS
    assets.mkdir(exist_ok=True)
    for src in (LUA_FILTER, CSS):
        _write_atomic(src.read_bytes(), assets / src.name)
    return project


def render_quarto_pack(
    quarto: str, folder: Path, formats: tuple[str, ...], timeout_s: float = 600
) -> dict[str, Path]:
    """Run :func:`quarto_pack_command` in the pack folder; {format: file in _site}."""
    cmd = quarto_pack_command(quarto)
    result = subprocess.run(
        cmd, cwd=folder, capture_output=True, text=True, timeout=timeout_s, check=False
    )
    if result.returncode != 0:
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-15:])
        raise RenderError(f"quarto render failed (exit {result.returncode}):\n{tail}")
    site = folder / QUARTO_SITE
    outputs = {"html": site / "index.html", "pdf": site / "index.pdf"}
    out = {}
    for fmt in formats:
        if not outputs[fmt].is_file():
            raise RenderError(f"quarto did not write the {fmt.upper()} file {outputs[fmt]}")
        out[fmt] = outputs[fmt]
    return out


# ---------------------------------------------------------------------------- the pack PDF
def merge_pdfs(parts: list[tuple[str, Path]], target: Path, force: bool) -> bool:
    """Merge ``parts`` (bookmark title, PDF) in order into ``target``; one bookmark each.

    A link in one part to the file name of another part (the overview's links to the briefs'
    PDFs) becomes a jump to that part's first page. Returns False (and writes nothing) if
    ``target`` exists and not ``force``.
    """
    try:
        from pypdf import PdfWriter
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject
    except ImportError:
        raise ToolMissing(
            "pypdf is needed to merge the meeting pack's PDF; install it with: pip install pypdf"
        ) from None
    if target.exists() and not force:
        return False
    writer = PdfWriter()
    first_page: dict[str, int] = {}
    for title, path in parts:
        first_page[path.name] = len(writer.pages)
        writer.append(str(path), outline_item=title)
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            action = annot.get("/A")
            if action is None or action.get("/S") != "/URI":
                continue
            uri = str(action.get("/URI", ""))
            if uri in first_page:
                annot[NameObject("/A")] = DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/GoTo"),
                        NameObject("/D"): ArrayObject(
                            [writer.pages[first_page[uri]].indirect_reference, NameObject("/Fit")]
                        ),
                    }
                )
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        with open(tmp, "wb") as fh:
            writer.write(fh)
        return publish(Path(tmp), target, force)
    finally:
        Path(tmp).unlink(missing_ok=True)


# ---------------------------------------------------------------------------- workers
class _Sessions:
    """One kernel session per worker thread, started on first use, all closed at the end."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[KernelSession] = []
        self._closed = False

    def get(self) -> KernelSession:
        session = getattr(self._local, "session", None)
        if session is None:
            session = KernelSession()
            with self._lock:
                if self._closed:
                    raise RuntimeError("the meeting pack was stopped")
                self._all.append(session)
            session.start()
            self._local.session = session
        return session

    def close(self) -> None:
        with self._lock:
            self._closed = True
            sessions, self._all = self._all, []
        for s in sessions:
            s.close()


def default_workers() -> int:
    """Worker threads (= kernels) for a pack: one per core."""
    return max(1, os.cpu_count() or 1)


def make_meeting_pack(
    meeting_file: str | Path,
    out_dir: str | Path = "reports",
    draws: int = DEFAULT_DRAWS,
    seed: int | None = None,
    lang: str = "da",
    force: bool = False,
    fund_file: str | Path | None = None,
    formats: tuple[str, ...] = FORMATS,
    renderer: str = "auto",
    workers: int | None = None,
    report: Callable[[str], None] | None = None,
) -> PackResult:
    """Make the meeting pack of ``meeting_file`` in ``<out_dir>/<date>/``; see the module
    docstring. Raises :class:`SifInputError` for a bad meeting or fund file and
    :class:`ToolMissing` for a missing tool (both before anything runs); a problem with one
    agenda item is recorded on the item and in the exit code instead."""
    t_start = time.perf_counter()
    check_lang(lang)
    check_draws(draws)
    lock = threading.Lock()

    def say(line: str) -> None:
        if report is not None:
            with lock:
                report(line)

    meeting_file = Path(meeting_file)
    meeting = read_meeting(meeting_file)
    fund_path = Path(fund_file) if fund_file else data_dir() / "fund.yaml"
    load_fund(fund_path)  # a bad fund file stops the pack before anything runs
    folder = Path(out_dir) / meeting.date.isoformat()
    items = check_items(meeting, meeting_file)
    for item in items:
        if item.state == "invalid":
            for problem in item.problems:
                say(f"error {problem}")

    kind, quarto = choose_renderer(renderer)
    check_tools(kind, formats, ["business_case", "meeting"])
    if "pdf" in formats:
        try:
            import pypdf  # noqa: F401
        except ImportError:
            raise ToolMissing(
                "pypdf is needed to merge the meeting pack's PDF; "
                "install it with: pip install pypdf"
            ) from None
    folder.mkdir(parents=True, exist_ok=True)
    executed_dir = folder / EXECUTED_DIR

    # which briefs are to be made, which exist already
    jobs: list[tuple[PackItem, dict[str, Path], tuple[str, ...]]] = []
    for item in items:
        if item.state != "ok":
            continue
        item.result = DocumentResult(id=item.id, source=item.path, renderer=kind)
        targets, todo, item.result.kept = targets_for(folder, item.id, formats, force, say)
        if todo:
            jobs.append((item, targets, todo))
        else:
            item.state = "kept"

    overview_targets = {f: folder / OVERVIEW_FILES[f] for f in formats}
    overview_todo = tuple(f for f in formats if force or not overview_targets[f].exists())
    n_workers = max(1, min(workers or default_workers(), len(jobs) + (1 if overview_todo else 0)))
    result = PackResult(folder, meeting, items, renderer=kind, workers=n_workers)
    # Quarto renders one at a time (its project state is shared); the embedded renderer
    # runs as many renders as there are workers.
    renders = ThreadPoolExecutor(
        max_workers=1 if kind == "quarto" else n_workers, thread_name_prefix="sif-render"
    )
    executors = ThreadPoolExecutor(max_workers=n_workers, thread_name_prefix="sif-kernel")
    sessions = _Sessions()
    stage = PROJECT_DIR / "reports" / EXECUTED_DIR if kind == "quarto" else None

    def run_brief(item: PackItem, targets: dict[str, Path], todo: tuple[str, ...]) -> Future:
        session = sessions.get()
        params = brief_parameters(item.path, draws, seed, lang)
        title = item.proposal_title or item.id
        nb, executed_path = execute_and_keep(
            session, None, params, item.result, executed_dir, title, lang
        )
        return renders.submit(
            render_and_publish,
            item.result,
            nb,
            executed_path,
            kind,
            quarto,
            todo,
            targets,
            lang,
            force,
            say,
            stage,
        )

    try:
        # 1. the briefs, in parallel; each worker takes the next brief when it is free
        pending = [(item, executors.submit(run_brief, item, t, todo)) for item, t, todo in jobs]
        for item, future in pending:
            try:
                future.result().result()  # executed, then rendered
                item.state = "ok"
            except BriefFailed as exc:
                item.state = "failed"
                item.problems = [str(exc)]
                say(f"error {exc}")
        # 2. the overview, once every brief is done (it links to them and lists failures)
        links = {}
        if "pdf" in formats:
            links = {"overview_pdf": OVERVIEW_FILES["pdf"], "pack_pdf": PACK_PDF}
        records = [item.record() for item in items]
        overview = DocumentResult(id="index", source=meeting_file, renderer=kind)
        result.overview = overview
        for f in formats:
            if f not in overview_todo:
                overview.kept[f] = overview_targets[f]
                say(
                    f"kept {overview_targets[f]} (it exists; use --force to replace it; it may "
                    "not list what this run made)"
                )
        if overview_todo:
            params = meeting_parameters(meeting_file, fund_path, records, draws, seed, lang, links)
            title = text("meet.title", lang, title=meeting.title)
            try:
                executors.submit(
                    _run_overview,
                    sessions,
                    params,
                    overview,
                    overview_targets,
                    overview_todo,
                    executed_dir,
                    title,
                    kind,
                    quarto,
                    lang,
                    force,
                    say,
                    folder,
                    items,
                    formats,
                    stage,
                ).result()
                if kind == "quarto":
                    result.quarto_project = folder / "_quarto.yml"
            except BriefFailed as exc:
                result.overview_error = str(exc)
                say(f"error {exc}")
    finally:
        executors.shutdown(wait=True, cancel_futures=True)
        renders.shutdown(wait=True, cancel_futures=True)
        sessions.close()

    # 3. one PDF: the overview, then each brief in agenda order
    if "pdf" in formats and "pdf" in result.overview.files():
        parts = [(text("meet.pdf.overview", lang), result.overview.files()["pdf"])]
        for item in items:
            pdf = item.files().get("pdf")
            if pdf is not None and pdf.is_file():
                parts.append((item.proposal_title or item.title, pdf))
        target = folder / PACK_PDF
        if merge_pdfs(parts, target, force):
            result.pack_pdf = target
            say(f"wrote {target}")
        else:
            result.pack_pdf, result.pack_pdf_kept = target, True
            say(f"kept {target} (it exists; use --force to replace it)")
    result.seconds = time.perf_counter() - t_start
    return result


def _run_overview(
    sessions: _Sessions,
    params: dict[str, Any],
    overview: DocumentResult,
    targets: dict[str, Path],
    todo: tuple[str, ...],
    executed_dir: Path,
    title: str,
    kind: str,
    quarto: str | None,
    lang: str,
    force: bool,
    say: Callable[[str], None],
    folder: Path,
    items: list[PackItem],
    formats: tuple[str, ...],
    stage: Path | None,
) -> None:
    session = sessions.get()
    extra = listing_front_matter() if kind == "quarto" else None
    nb, executed_path = execute_and_keep(
        session,
        notebook_file("meeting"),
        params,
        overview,
        executed_dir,
        title,
        lang,
        kind="meeting",
        extra=extra,
    )
    if kind != "quarto":
        render_and_publish(
            overview, nb, executed_path, kind, quarto, todo, targets, lang, force, say
        )
        return
    # Quarto: the pack folder is a website project whose index is the overview
    write_quarto_project(folder, params_title(title), items, lang, formats, force)
    _write_atomic(nbformat.writes(nb).encode("utf-8"), folder / "index.ipynb")
    try:
        files = render_quarto_pack(quarto, folder, formats)
    except RenderError as exc:
        raise BriefFailed(f"{overview.source}: {exc}") from None
    try:
        publish_all(overview, files, todo, targets, force, say)
    finally:
        shutil.rmtree(folder / QUARTO_SITE, ignore_errors=True)
        shutil.rmtree(folder / ".quarto", ignore_errors=True)


def params_title(title: str) -> str:
    """The website title (plain text; _quarto.yml quotes it)."""
    return " ".join(title.split())


__all__ = [
    "PackItem",
    "PackResult",
    "check_items",
    "make_meeting_pack",
    "meeting_parameters",
    "merge_pdfs",
    "quarto_pack_command",
    "quarto_project_yaml",
    "read_meeting",
]
