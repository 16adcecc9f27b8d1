"""A meeting pack: every brief on a meeting's agenda, an overview page, one combined PDF.

``sif meeting data/meetings/<date>.yaml`` calls :func:`make_meeting_pack`, which

1. reads the meeting file (a bad meeting file stops everything: exit 2) and checks each item's
   proposal; an item whose proposal is missing or invalid is *not* fatal: it is listed on the
   overview with its problems (``file: field: problem``) and the pack is made without it,
2. executes the briefs in parallel: one :class:`~sif_models.publish.kernel.KernelSession` per worker
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
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from sif_models.documents.agenda import agenda_item_record
from sif_models.errors import Problem, SifInputError
from sif_models.fund.loading import load_fund
from sif_models.inputs.catalogue import data_dir
from sif_models.inputs.portfolio import Meeting, validate_file
from sif_models.inputs.proposals import load_proposal
from sif_models.publish.briefs import brief_spec
from sif_models.publish.documents import (
    PROJECT_DIR,
    DocumentResult,
    DocumentSpec,
    Renderer,
    check_tools,
    choose_renderer,
    execute_and_keep,
    render_and_publish,
)
from sif_models.publish.files import EXECUTED_DIR, publish_all, safe_id, targets_for, write_atomic
from sif_models.publish.kernel import BriefFailed, KernelSession
from sif_models.publish.pack_pdf import merge_pdfs
from sif_models.publish.quarto_pack import (
    QUARTO_SITE,
    listing_front_matter,
    params_title,
    quarto_pack_command,
    quarto_project_yaml,
    render_quarto_pack,
    write_quarto_project,
)
from sif_models.publish.render import RenderError, ToolMissing
from sif_models.publish.settings import Settings, run_parameters
from sif_models.text.labels import text

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2
OVERVIEW_FILES = {"html": "index.html", "pdf": "overview.pdf"}
PACK_PDF = "pack.pdf"


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
            safe_id(proposal.id)
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
    settings: Settings | None = None,
    fund_file: str | Path | None = None,
    workers: int | None = None,
    report: Callable[[str], None] | None = None,
) -> PackResult:
    """Make the meeting pack of ``meeting_file`` in ``<out_dir>/<date>/``; see the module
    docstring. Raises :class:`SifInputError` for a bad meeting or fund file and
    :class:`ToolMissing` for a missing tool (both before anything runs); a problem with one
    agenda item is recorded on the item and in the exit code instead."""
    t_start = time.perf_counter()
    settings = settings or Settings()
    lock = threading.Lock()

    def say(line: str) -> None:
        if report is not None:
            with lock:
                report(line)

    meeting_file = Path(meeting_file)
    meeting = read_meeting(meeting_file)
    fund_path = Path(fund_file) if fund_file else data_dir() / "fund.yaml"
    load_fund(fund_path)  # a bad fund file stops the pack before anything runs
    items = check_items(meeting, meeting_file)
    for item in items:
        for problem in item.problems if item.state == "invalid" else ():
            say(f"error {problem}")
    renderer = choose_renderer(settings.renderer)
    _check_pack_tools(renderer, settings.formats)
    folder = settings.out_dir / meeting.date.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    run = _PackRun(meeting_file, meeting, fund_path, folder, items, settings, renderer, say)
    jobs = _brief_jobs(run)
    overview_todo = _overview_todo(run)
    n_workers = max(1, min(workers or default_workers(), len(jobs) + (1 if overview_todo else 0)))
    result = PackResult(folder, meeting, items, renderer=renderer.name, workers=n_workers)
    # Quarto renders one at a time (its project state is shared); the embedded renderer
    # runs as many renders as there are workers.
    run.renders = ThreadPoolExecutor(
        max_workers=1 if renderer.name == "quarto" else n_workers, thread_name_prefix="sif-render"
    )
    executors = ThreadPoolExecutor(max_workers=n_workers, thread_name_prefix="sif-kernel")
    try:
        # 1. the briefs, in parallel; each worker takes the next brief when it is free
        _run_briefs(run, jobs, executors)
        # 2. the overview, once every brief is done (it links to them and lists failures)
        _run_overview(run, result, overview_todo, executors)
    finally:
        executors.shutdown(wait=True, cancel_futures=True)
        run.renders.shutdown(wait=True, cancel_futures=True)
        run.sessions.close()
    # 3. one PDF: the overview, then each brief in agenda order
    _merge_pack_pdf(run, result)
    result.seconds = time.perf_counter() - t_start
    return result


@dataclass
class _PackRun:
    """What the steps of one pack run share (the worker threads read it; ``say`` is locked)."""

    meeting_file: Path
    meeting: Meeting
    fund_path: Path
    folder: Path
    items: list[PackItem]
    settings: Settings
    renderer: Renderer
    say: Callable[[str], None]
    sessions: _Sessions = field(default_factory=lambda: _Sessions())
    renders: ThreadPoolExecutor | None = None

    @property
    def executed_dir(self) -> Path:
        return self.folder / EXECUTED_DIR

    @property
    def stage(self) -> Path | None:
        """Where Quarto renders the staged notebooks (inside the checkout's project)."""
        return PROJECT_DIR / "reports" / EXECUTED_DIR if self.renderer.name == "quarto" else None

    @property
    def overview_targets(self) -> dict[str, Path]:
        return {f: self.folder / OVERVIEW_FILES[f] for f in self.settings.formats}


def _check_pack_tools(renderer: Renderer, formats: tuple[str, ...]) -> None:
    check_tools(renderer, formats, ["business_case", "meeting"])
    if "pdf" in formats:
        try:
            import pypdf  # noqa: F401
        except ImportError:
            raise ToolMissing(
                "pypdf is needed to merge the meeting pack's PDF; "
                "install it with: pip install pypdf"
            ) from None


def _brief_jobs(run: _PackRun) -> list[tuple[PackItem, dict[str, Path], tuple[str, ...]]]:
    """The briefs to make (item, targets, formats to make); items whose files all exist are
    marked ``kept``."""
    jobs = []
    s = run.settings
    for item in run.items:
        if item.state != "ok":
            continue
        item.result = DocumentResult(id=item.id, source=item.path, renderer=run.renderer.name)
        targets, todo, item.result.kept = targets_for(
            run.folder, item.id, s.formats, s.force, run.say
        )
        if todo:
            jobs.append((item, targets, todo))
        else:
            item.state = "kept"
    return jobs


def _run_briefs(run: _PackRun, jobs: list, executors: ThreadPoolExecutor) -> None:
    def one(item: PackItem, targets: dict[str, Path], todo: tuple[str, ...]) -> Future:
        session = run.sessions.get()
        spec = brief_spec(item.path, item.id, item.proposal_title or item.id, run.settings)
        nb, executed_path = execute_and_keep(
            session, spec, item.result, run.executed_dir, run.settings.lang
        )
        return run.renders.submit(
            render_and_publish,
            *(item.result, nb, executed_path, run.renderer, todo, targets, run.settings),
            *(run.say, run.stage),
        )

    pending = [(item, executors.submit(one, item, t, todo)) for item, t, todo in jobs]
    for item, future in pending:
        try:
            future.result().result()  # executed, then rendered
            item.state = "ok"
        except BriefFailed as exc:
            item.state = "failed"
            item.problems = [str(exc)]
            run.say(f"error {exc}")


def _overview_todo(run: _PackRun) -> tuple[str, ...]:
    targets = run.overview_targets
    return tuple(f for f in run.settings.formats if run.settings.force or not targets[f].exists())


def _run_overview(
    run: _PackRun, result: PackResult, todo: tuple[str, ...], executors: ThreadPoolExecutor
) -> None:
    """Execute and render the overview (``index.html``, ``overview.pdf``) after the briefs."""
    s = run.settings
    overview = DocumentResult(id="index", source=run.meeting_file, renderer=run.renderer.name)
    result.overview = overview
    for f in s.formats:
        if f not in todo:
            overview.kept[f] = run.overview_targets[f]
            run.say(
                f"kept {run.overview_targets[f]} (it exists; use --force to replace it; it may "
                "not list what this run made)"
            )
    if not todo:
        return
    links = (
        {"overview_pdf": OVERVIEW_FILES["pdf"], "pack_pdf": PACK_PDF} if "pdf" in s.formats else {}
    )
    records = [item.record() for item in run.items]
    spec = DocumentSpec(
        notebook="meeting",
        parameters=meeting_parameters(
            run.meeting_file, run.fund_path, records, s.draws, s.seed, s.lang, links
        ),
        name="index",
        title=text("meet.title", s.lang, title=run.meeting.title),
        kind="meeting",
        source=run.meeting_file,
        front=listing_front_matter() if run.renderer.name == "quarto" else None,
    )
    try:
        executors.submit(_overview_job, run, spec, overview, todo).result()
        if run.renderer.name == "quarto":
            result.quarto_project = run.folder / "_quarto.yml"
    except BriefFailed as exc:
        result.overview_error = str(exc)
        run.say(f"error {exc}")


def _overview_job(
    run: _PackRun, spec: DocumentSpec, overview: DocumentResult, todo: tuple[str, ...]
) -> None:
    session = run.sessions.get()
    s = run.settings
    nb, executed_path = execute_and_keep(session, spec, overview, run.executed_dir, s.lang)
    targets = run.overview_targets
    if run.renderer.name != "quarto":
        render_and_publish(overview, nb, executed_path, run.renderer, todo, targets, s, run.say)
        return
    # Quarto: the pack folder is a website project whose index is the overview
    folder = run.folder
    write_quarto_project(folder, params_title(spec.title), run.items, s.lang, s.formats, s.force)
    write_atomic(nbformat.writes(nb).encode("utf-8"), folder / "index.ipynb")
    try:
        files = render_quarto_pack(run.renderer.quarto, folder, s.formats)
    except RenderError as exc:
        raise BriefFailed(f"{overview.source}: {exc}") from None
    try:
        publish_all(overview, files, todo, targets, s.force, run.say)
    finally:
        shutil.rmtree(folder / QUARTO_SITE, ignore_errors=True)
        shutil.rmtree(folder / ".quarto", ignore_errors=True)


def _merge_pack_pdf(run: _PackRun, result: PackResult) -> None:
    if "pdf" not in run.settings.formats or "pdf" not in result.overview.files():
        return
    parts = [(text("meet.pdf.overview", run.settings.lang), result.overview.files()["pdf"])]
    for item in run.items:
        pdf = item.files().get("pdf")
        if pdf is not None and pdf.is_file():
            parts.append((item.proposal_title or item.title, pdf))
    target = run.folder / PACK_PDF
    if merge_pdfs(parts, target, run.settings.force):
        result.pack_pdf = target
        run.say(f"wrote {target}")
    else:
        result.pack_pdf, result.pack_pdf_kept = target, True
        run.say(f"kept {target} (it exists; use --force to replace it)")


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
