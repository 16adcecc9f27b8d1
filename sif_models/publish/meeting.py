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
be re-run to add a brief; what was kept is reported). With Quarto on PATH (or asked for) every
document is rendered by Quarto, each in its own temporary project outside the pack folder
(:mod:`sif_models.publish.quarto`); without it the embedded renderer makes the same files.

Exit codes (:attr:`PackResult.exit_code`): 0 when every item has its brief, 2 when an item's
proposal is invalid (input to fix), else 1 when a brief or the overview failed to run.
"""

from __future__ import annotations

import errno
import json
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sif_models.documents.agenda import PROPOSED_KINDS, agenda_item_record
from sif_models.errors import Problem, SifInputError
from sif_models.fund.loading import load_fund
from sif_models.inputs.catalogue import data_dir
from sif_models.inputs.fields import text_in
from sif_models.inputs.portfolio import Meeting, proposal_file_problem, validate_file
from sif_models.inputs.proposals import load_proposal
from sif_models.publish.briefs import brief_spec
from sif_models.publish.documents import (
    DocumentResult,
    DocumentSpec,
    Renderer,
    check_tools,
    choose_renderer,
    execute_and_keep,
    render_and_publish,
)
from sif_models.publish.files import (
    EXECUTED_DIR,
    disk_full_message,
    prepare_output_folder,
    safe_id,
    targets_for,
)
from sif_models.publish.freshness import files_key, store_key, stored_key
from sif_models.publish.kernel import BriefFailed, KernelSession
from sif_models.publish.pack_pdf import merge_pdfs
from sif_models.publish.render import ToolMissing
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
        """The item as the overview notebook's ``items`` parameter wants it (a brief kept from
        an earlier run is shown as made: it is the same brief)."""
        files = self.files()
        return agenda_item_record(
            self.index,
            self.title,
            self.kind,
            self.proposal,
            self.path,
            self.id,
            "ok" if self.state == "kept" else self.state,
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


def check_items(meeting: Meeting, meeting_file: str | Path, lang: str = "da") -> list[PackItem]:
    """Every agenda item with its proposal loaded, or its problems (never raises for an item);
    titles in ``lang`` (an English title where the files have one)."""
    items = []
    seen: dict[str, int] = {}
    for i, (entry, resolved) in enumerate(
        zip(meeting.items, meeting.proposal_paths(), strict=True)
    ):
        title = text_in(entry, "title", lang)
        item = PackItem(i, title, entry.kind, entry.proposal, resolved)
        items.append(item)
        problem = proposal_file_problem(
            str(meeting_file), f"items[{i}].proposal", entry.proposal, resolved, meeting.data_root()
        )
        if problem is not None:
            item.state, item.problems = "invalid", [str(problem)]
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
        item.proposal_title = proposal.text_in("title", lang)
        item.state = "ok"
    return items


# ---------------------------------------------------------------------------- kernels
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
    items = check_items(meeting, meeting_file, settings.lang)
    for item in items:
        for problem in item.problems if item.state == "invalid" else ():
            say(f"error {problem}")
    renderer = choose_renderer(settings.renderer)
    _check_pack_tools(renderer, settings.formats)
    folder = prepare_output_folder(settings.out_dir / meeting.date.isoformat())
    run = _PackRun(meeting_file, meeting, fund_path, folder, items, settings, renderer, say)
    jobs = _brief_jobs(run)
    n_workers = max(1, min(workers or default_workers(), len(jobs) + 1))
    result = PackResult(folder, meeting, items, renderer=renderer.name, workers=n_workers)
    # as many renders at once as there are workers (each Quarto render has its own project)
    run.renders = ThreadPoolExecutor(max_workers=n_workers, thread_name_prefix="sif-render")
    executors = ThreadPoolExecutor(max_workers=n_workers, thread_name_prefix="sif-kernel")
    try:
        # 1. the briefs, in parallel; each worker takes the next brief when it is free
        _run_briefs(run, jobs, executors)
        # 2. the overview, once every brief is done (it links to them and lists failures)
        _run_overview(run, result, executors)
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


def _brief_jobs(run: _PackRun) -> list[tuple[PackItem, DocumentSpec, dict, tuple[str, ...]]]:
    """The briefs to make (item, spec, targets, formats to make); items whose files are all
    fresh (:mod:`~sif_models.publish.freshness`) are marked ``kept``."""
    jobs = []
    s = run.settings
    for item in run.items:
        if item.state != "ok":
            continue
        agenda = item.kind if item.kind in PROPOSED_KINDS else None
        spec = brief_spec(item.path, item.id, item.proposal_title or item.id, s, agenda)
        item.result = DocumentResult(id=item.id, source=item.path, renderer=run.renderer.name)
        item.result.key = spec.freshness(run.renderer)
        fresh = stored_key(run.folder, item.id) == item.result.key["key"]
        targets, todo, item.result.kept = targets_for(
            run.folder, item.id, s.formats, s.force, run.say, fresh
        )
        if todo:
            jobs.append((item, spec, targets, todo))
        else:
            item.state = "kept"
    return jobs


def _run_briefs(run: _PackRun, jobs: list, executors: ThreadPoolExecutor) -> None:
    def one(item: PackItem, spec: DocumentSpec, targets: dict, todo: tuple[str, ...]) -> Future:
        session = run.sessions.get()
        nb, executed_path = execute_and_keep(
            session, spec, item.result, run.executed_dir, run.settings.lang, run.say
        )
        return run.renders.submit(
            render_and_publish,
            *(item.result, nb, executed_path, run.renderer, todo, targets, run.settings, run.say),
        )

    pending = [(job[0], executors.submit(one, *job)) for job in jobs]
    for item, future in pending:
        try:
            future.result().result()  # executed, then rendered
            item.state = "ok"
        except Exception as exc:  # noqa: BLE001 - one item fails alone; the pack goes on
            message = _failure(item.path, exc)
            item.state = "failed"
            item.problems = [message]
            run.say(f"error {message}")


def _failure(source: Path, exc: BaseException) -> str:
    """One line for a document that could not be made, whatever the cause."""
    if isinstance(exc, BriefFailed):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"{source}: {disk_full_message(exc)}"
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{source}: a file could not be written{where}: {exc.strerror or exc}"
    return f"{source}: {type(exc).__name__}: {exc}"


def _overview_spec(run: _PackRun) -> DocumentSpec:
    """The overview as a document: its parameters hold every item's record (after the briefs)."""
    s = run.settings
    links = (
        {"overview_pdf": OVERVIEW_FILES["pdf"], "pack_pdf": PACK_PDF} if "pdf" in s.formats else {}
    )
    records = [item.record() for item in run.items]
    fund = load_fund(run.fund_path, check_proposals=False)
    named = [item.path for item in run.items if item.path.is_file()]
    return DocumentSpec(
        notebook="meeting",
        parameters=meeting_parameters(
            run.meeting_file, run.fund_path, records, s.draws, s.seed, s.lang, links
        ),
        name="index",
        title=text("meet.title", s.lang, title=text_in(run.meeting, "title", s.lang)),
        kind="meeting",
        source=run.meeting_file,
        inputs=(run.fund_path, *named, *fund.proposal_paths()),
    )


def _run_overview(run: _PackRun, result: PackResult, executors: ThreadPoolExecutor) -> None:
    """Execute and render the overview (``index.html``, ``overview.pdf``) after the briefs,
    unless what makes it has not changed."""
    s = run.settings
    spec = _overview_spec(run)
    overview = DocumentResult(id="index", source=run.meeting_file, renderer=run.renderer.name)
    overview.key = spec.freshness(run.renderer)
    result.overview = overview
    fresh = stored_key(run.folder, "index") == overview.key["key"]
    targets = run.overview_targets
    todo = tuple(f for f in s.formats if s.force or not fresh or not targets[f].exists())
    for f in s.formats:
        if f not in todo:
            overview.kept[f] = targets[f]
            run.say(f"unchanged {targets[f]} (its inputs have not changed; --force makes it anew)")
    if not todo:
        return
    try:
        executors.submit(_overview_job, run, spec, overview, todo).result()
    except Exception as exc:  # noqa: BLE001 - reported, and the exit code says so
        result.overview_error = _failure(run.meeting_file, exc)
        run.say(f"error {result.overview_error}")


def _overview_job(
    run: _PackRun, spec: DocumentSpec, overview: DocumentResult, todo: tuple[str, ...]
) -> None:
    session = run.sessions.get()
    s = run.settings
    nb, executed_path = execute_and_keep(session, spec, overview, run.executed_dir, s.lang, run.say)
    render_and_publish(
        overview, nb, executed_path, run.renderer, todo, run.overview_targets, s, run.say
    )


def _merge_pack_pdf(run: _PackRun, result: PackResult) -> None:
    if "pdf" not in run.settings.formats or "pdf" not in result.overview.files():
        return
    parts = [(text("meet.pdf.overview", run.settings.lang), result.overview.files()["pdf"])]
    for item in run.items:
        pdf = item.files().get("pdf")
        if pdf is not None and pdf.is_file():
            parts.append((item.proposal_title or item.title, pdf))
    target = run.folder / PACK_PDF
    key = files_key([path for _, path in parts])
    stale = stored_key(run.folder, PACK_PDF) != key["key"]
    try:
        merged = merge_pdfs(parts, target, run.settings.force or stale)
        if merged:
            store_key(run.folder, PACK_PDF, key)
    except OSError as exc:
        result.overview_error = _failure(run.meeting_file, exc)
        run.say(f"error {result.overview_error}")
        return
    if merged:
        result.pack_pdf = target
        run.say(f"wrote {target}")
    else:
        result.pack_pdf, result.pack_pdf_kept = target, True
        run.say(f"unchanged {target} (its parts have not changed; --force makes it anew)")


__all__ = [
    "PackItem",
    "PackResult",
    "check_items",
    "make_meeting_pack",
    "meeting_parameters",
    "merge_pdfs",
    "read_meeting",
]
