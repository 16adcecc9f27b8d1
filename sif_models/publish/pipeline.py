"""Decision briefs: run the brief notebook for a proposal and render it to HTML and PDF.

``sif brief FILE...`` calls :func:`make_briefs`, which

1. validates every proposal (ids become file names only after validation),
2. keeps any brief that already exists unless ``force`` is given (it never overwrites silently),
3. executes ``notebooks/business_case.ipynb`` with papermill, one Jupyter kernel for all files
   (:class:`KernelSession`), and writes the executed notebook to ``<out>/_executed/<id>.ipynb``,
4. renders it with Quarto when a ``quarto`` executable is on PATH, otherwise with the embedded
   renderer (pandoc + Typst, :mod:`sif_models.publish.render`),
5. moves each file into place atomically (temp file in the target folder, then rename).

A missing kernel, pandoc or Typst raises :class:`ToolMissing` (exit code 2) naming what to
install. :class:`KernelSession` is the piece a meeting pack reuses: start one kernel, execute
several notebooks in it (the imports are paid once), close it. :func:`render_document` is the
same pipeline for any sif notebook (the fund brief, a meeting's overview, the yearly report):
execute with parameters, add the front matter, render, publish without overwriting.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from sif_models.case.business_case import DEFAULT_DRAWS
from sif_models.errors import Problem, SifInputError
from sif_models.inputs.proposals import load_proposals
from sif_models.inputs.schema import SLUG_PATTERN
from sif_models.publish.render import (
    FORMATS,
    RenderError,
    ToolMissing,
    find_quarto,
    pandoc_path,
    render_embedded,
    render_quarto,
    typst_module,
)
from sif_models.resources import resource
from sif_models.text.labels import check_lang

CHECKOUT = Path(__file__).resolve().parents[1]
NOTEBOOK = resource("notebooks/business_case.ipynb")  # the checkout's, or the installed copy
PROJECT_DIR = resource("_quarto.yml").parent  # holds _quarto.yml
KERNEL_NAME = "python3"
ENGINE_NAME = "sif-kernel-session"
EXECUTED_DIR = "_executed"
WARM_UP_CODE = (
    "import sif_models.documents.brief, sif_models.risk.sensitivity, sif_models.risk.montecarlo, "
    "sif_models.documents.pack"
)
PUBLISHED_MODE = 0o644  # reports are read by others: rw-r--r--
KERNEL_INSTALL_HINT = (
    "install it from sif's Python environment with: "
    "python -m ipykernel install --sys-prefix --name python3"
)

__all__ = [
    "BriefFailed",
    "BriefResult",
    "DocumentResult",
    "KernelSession",
    "ToolMissing",
    "brief_parameters",
    "make_briefs",
    "notebook_file",
    "notebook_path",
    "render_document",
]


class BriefFailed(RuntimeError):
    """The brief notebook or a renderer failed (exit code 1); the message says where."""


# ---------------------------------------------------------------------------- parameters
def notebook_path() -> Path:
    """The brief notebook: ``$SIF_NOTEBOOK`` or ``notebooks/business_case.ipynb`` of the checkout."""
    path = Path(os.environ.get("SIF_NOTEBOOK") or NOTEBOOK)
    if not path.is_file():
        raise ToolMissing(
            f"the brief notebook {path} is missing; run sif brief from a source checkout of sif "
            "(or set SIF_NOTEBOOK to the notebook)"
        )
    return path


def notebook_file(name: str) -> Path:
    """One of sif's notebooks by name (``fund``, ``meeting``, ``annual_report``, ...).

    ``business_case`` honours ``$SIF_NOTEBOOK`` (see :func:`notebook_path`).
    """
    if name == "business_case":
        return notebook_path()
    if not re.fullmatch(r"[a-z_]+", name):
        raise ValueError(f"not a notebook name: {name!r}")
    path = resource(f"notebooks/{name}.ipynb")
    if not path.is_file():
        raise ToolMissing(f"the notebook {path} is missing; run sif from a source checkout of sif")
    return path


def brief_parameters(proposal_path: str | Path, draws: int, seed: int | None, lang: str) -> dict:
    """The papermill parameters of the brief notebook, as plain JSON types.

    >>> brief_parameters("/x/p.yaml", 2000, None, "da")
    {'proposal_path': '/x/p.yaml', 'draws': 2000, 'seed': -1, 'lang': 'da'}
    """
    return {
        "proposal_path": str(Path(proposal_path).resolve()),
        "draws": int(draws),
        "seed": -1 if seed is None else int(seed),
        "lang": str(check_lang(lang)),
    }


def run_parameters(draws: int, seed: int | None, lang: str) -> dict[str, Any]:
    """The papermill parameters the fund, meeting and yearly-report notebooks share, as plain
    JSON types: draws, seed (-1 for none: the notebook's default) and language.

    >>> run_parameters(1000, None, "en"), run_parameters(5, 42, "da")["seed"]
    ({'draws': 1000, 'seed': -1, 'lang': 'en'}, 42)
    """
    return {
        "draws": int(draws),
        "seed": -1 if seed is None or int(seed) < 0 else int(seed),
        "lang": str(check_lang(lang)),
    }


def check_draws(draws: int) -> None:
    """A negative number of Monte Carlo draws is an input error (exit 2), before anything runs."""
    if draws < 0:
        raise SifInputError(Problem("<arguments>", "draws", f"must be 0 or more, got {draws}"))


# ---------------------------------------------------------------------------- kernel session
def _register_engine() -> None:
    """Register the papermill engine that executes in an already running kernel (idempotent)."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.log import logger

    if ENGINE_NAME in papermill_engines._engines:
        return

    class _SessionClient(PapermillNotebookClient):
        """Runs the cells in the session's kernel after clearing its namespace."""

        def execute(self, **kwargs):
            self.reset_execution_trackers()
            with self.setup_kernel(**kwargs):
                try:
                    reset = self.kc.execute("%reset -f", silent=True, store_history=False)
                    self.wait_for_reply(reset)
                    self.papermill_execute_cells()
                    info = self.wait_for_reply(self.kc.kernel_info())
                    self.nb.metadata["language_info"] = info["content"]["language_info"]
                finally:
                    self.kc.stop_channels()
                    self.kc = None
            return self.nb

    class _SessionEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man,
            kernel_name,
            log_output=False,
            stdout_file=None,
            stderr_file=None,
            start_timeout=60,
            execution_timeout=None,
            km=None,
            **kwargs,
        ):
            if km is None:
                raise ValueError("the sif kernel-session engine needs a running kernel (km)")
            client = _SessionClient(
                nb_man,
                km=km,
                timeout=execution_timeout,
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log=logger,
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
            )
            return client.execute()

    papermill_engines.register(ENGINE_NAME, _SessionEngine)


class KernelSession:
    """One Jupyter kernel that executes notebooks one after another.

    Use it as a context manager; :attr:`start_seconds` is the kernel start-up plus the warm-up
    imports, paid once however many notebooks run. Each notebook starts from an empty namespace.
    A session is used by one thread at a time; a meeting pack runs one session per worker.

    >>> with KernelSession() as session:                      # doctest: +SKIP
    ...     nb, seconds = session.execute(brief_parameters("p.yaml", 2000, None, "da"))
    """

    def __init__(
        self,
        kernel_name: str | None = None,
        cwd: str | Path | None = None,
        warm_up: str | None = WARM_UP_CODE,
        execution_timeout_s: float = 600,
    ):
        self.kernel_name = kernel_name or KERNEL_NAME
        self.cwd = Path(cwd) if cwd else notebook_path().parent
        self.warm_up = warm_up
        self.execution_timeout_s = execution_timeout_s
        self.km = None
        self.start_seconds = 0.0
        self._socket_dir: str | None = None
        self._templates: dict[Path, nbformat.NotebookNode] = {}

    # -- lifecycle
    def start(self) -> KernelSession:
        from jupyter_client.kernelspec import NoSuchKernel
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        _register_engine()
        t0 = time.perf_counter()
        # IPC sockets where the OS has them (local only, and no warning about plain TCP), in a
        # private folder removed on close
        if os.name == "posix":
            self._socket_dir = tempfile.mkdtemp(prefix="sif-kernel-")
            km = AsyncKernelManager(
                kernel_name=self.kernel_name,
                transport="ipc",
                ip=str(Path(self._socket_dir) / "kernel"),
            )
        else:
            km = AsyncKernelManager(kernel_name=self.kernel_name)
        self.km = km
        try:
            run_sync(km.start_kernel)(cwd=str(self.cwd))
        except NoSuchKernel:
            self.close()
            raise ToolMissing(
                f"the Jupyter kernel '{self.kernel_name}' is not installed; {KERNEL_INSTALL_HINT}"
            ) from None
        except BaseException:
            self.close()
            raise
        kc = km.client()
        kc.start_channels()
        try:
            run_sync(kc.wait_for_ready)(timeout=60)
            reply = None
            if self.warm_up:
                reply = run_sync(kc.execute_interactive)(
                    self.warm_up, timeout=120, output_hook=lambda msg: None
                )
        except BaseException as exc:
            kc.stop_channels()
            self.close()
            if isinstance(exc, RuntimeError | TimeoutError):
                raise BriefFailed(
                    f"the Jupyter kernel '{self.kernel_name}' did not start: {exc}"
                ) from None
            raise
        kc.stop_channels()
        if reply is not None and reply["content"].get("status") != "ok":
            content = reply["content"]
            self.close()
            raise ToolMissing(
                f"the Jupyter kernel '{self.kernel_name}' cannot import sif "
                f"({content.get('ename')}: {content.get('evalue')}); {KERNEL_INSTALL_HINT}"
            )
        self.start_seconds = time.perf_counter() - t0
        return self

    def close(self) -> None:
        """Stop the kernel (if it runs) and remove its socket folder."""
        from jupyter_core.utils import run_sync

        if self.km is not None:
            km, self.km = self.km, None
            try:
                run_sync(km.shutdown_kernel)(now=True)  # nothing in it to save
            except Exception:  # noqa: BLE001 - a kernel that is already gone is fine
                pass
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None

    def __enter__(self) -> KernelSession:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    # -- work
    def _notebook(self, path: Path | None = None) -> nbformat.NotebookNode:
        path = Path(path) if path is not None else notebook_path()
        if path not in self._templates:
            self._templates[path] = nbformat.read(path, as_version=4)
        return copy.deepcopy(self._templates[path])

    def execute(
        self,
        parameters: dict[str, Any],
        output_path: str | Path | None = None,
        notebook: str | Path | None = None,
    ) -> tuple[nbformat.NotebookNode, float]:
        """Execute ``notebook`` (default: the brief notebook) with ``parameters``; (executed
        notebook, seconds).

        papermill writes the executed notebook to ``output_path`` when given, also when a cell
        fails; then :class:`BriefFailed` is raised.
        """
        import papermill
        from papermill.exceptions import PapermillExecutionError

        if self.km is None:
            self.start()
        t0 = time.perf_counter()
        nb = self._notebook(None if notebook is None else Path(notebook))
        name = "the brief notebook" if notebook is None else f"the notebook {Path(notebook).name}"
        try:
            executed = papermill.execute_notebook(
                nb,
                None if output_path is None else str(output_path),
                parameters=parameters,
                engine_name=ENGINE_NAME,
                kernel_name=self.kernel_name,
                progress_bar=False,
                request_save_on_cell_execute=False,
                execution_timeout=self.execution_timeout_s,
                km=self.km,
            )
        except PapermillExecutionError as exc:
            if exc.ename == "ModuleNotFoundError" and "sif_models" in str(exc.evalue):
                raise ToolMissing(
                    f"the Jupyter kernel '{self.kernel_name}' runs a Python without sif; "
                    f"{KERNEL_INSTALL_HINT}"
                ) from None
            raise BriefFailed(
                f"{name} failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
            ) from None
        return executed, time.perf_counter() - t0


# ---------------------------------------------------------------------------- files
def _safe_id(proposal_id: str) -> str:
    """A validated proposal id, checked once more before it becomes a file name."""
    if not re.fullmatch(SLUG_PATTERN, proposal_id) or len(proposal_id) > 80:
        raise SifInputError(Problem("<proposal>", "id", f"not a valid id: {proposal_id!r}"))
    return proposal_id


def _write_atomic(data: bytes, target: Path) -> None:
    """Write ``target`` (mode 0644) through a temp file in the same folder and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, PUBLISHED_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def publish(source: Path, target: Path, force: bool) -> bool:
    """Put ``source`` at ``target`` atomically; without ``force`` never replace a file.

    The file is first copied to a temp file beside ``target`` (mode 0644, readable by all, as
    a report should be); then it is renamed over ``target`` (``force``) or hard-linked to it,
    which fails if ``target`` exists, so an earlier brief is never replaced, even by a brief
    written at the same moment. Returns True if written, False if an existing file was kept.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        os.chmod(tmp, PUBLISHED_MODE)
        if force:
            os.replace(tmp, target)
            return True
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: check, then rename
            if target.exists():
                return False
            os.replace(tmp, target)
            return True
        return True
    finally:
        tmp.unlink(missing_ok=True)


def with_front_matter(
    nb: nbformat.NotebookNode,
    title: str,
    lang: str,
    kind: str = "brief",
    extra: dict[str, Any] | None = None,
) -> nbformat.NotebookNode:
    """The executed notebook with a raw YAML front-matter cell first (title, language, labels).

    ``kind`` names the document in the PDF's running header (``brief``, ``fund``, ``meeting``,
    ``annual``); ``extra`` adds metadata (e.g. a Quarto listing).
    """
    from sif_models.text.markdown import front_matter

    out = copy.deepcopy(nb)
    cell = nbformat.v4.new_raw_cell(front_matter(title, lang, kind=kind, extra=extra))
    out.cells.insert(0, cell)
    return out


# ---------------------------------------------------------------------------- documents
@dataclass
class DocumentResult:
    """What sif did for one document (a brief, the fund brief, an overview, a report)."""

    id: str
    source: Path
    executed: Path | None = None
    written: dict[str, Path] = field(default_factory=dict)
    kept: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    renderer: str | None = None

    def files(self) -> dict[str, Path]:
        """Every output file of the document, written now or kept from before."""
        return {**self.kept, **self.written}


BriefResult = DocumentResult  # the name sif brief has always used


def parse_formats(text: str | Sequence[str]) -> tuple[str, ...]:
    """``"html,pdf"`` -> ("html", "pdf"), checked, in a fixed order, without repeats.

    >>> parse_formats("pdf, html"), parse_formats(["html"])
    (('html', 'pdf'), ('html',))
    """
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {i.strip().lower() for i in items if i.strip()}
    bad = sorted(wanted - set(FORMATS))
    if bad or not wanted:
        raise ValueError(
            f"formats must be among {', '.join(FORMATS)}, got {', '.join(bad) or 'nothing'}"
        )
    return tuple(f for f in FORMATS if f in wanted)


def choose_renderer(renderer: str = "auto") -> tuple[str, str | None]:
    """("quarto", path) when asked or found on PATH with ``auto``; else ("embedded", None)."""
    if renderer not in ("auto", "quarto", "embedded"):
        raise ValueError(f"renderer must be auto, quarto or embedded, got {renderer!r}")
    if renderer in ("auto", "quarto"):
        quarto = find_quarto()
        if quarto:
            return "quarto", quarto
        if renderer == "quarto":
            raise ToolMissing("quarto was not found on PATH; install Quarto from quarto.org")
    return "embedded", None


def check_tools(
    renderer: str, formats: tuple[str, ...], notebooks: Sequence[str | Path] | None = None
) -> None:
    """Fail early, before any notebook runs, if the renderer's tools or a notebook are missing.

    ``notebooks`` are names (``fund``) or paths; default the brief notebook.
    """
    if renderer == "embedded":
        pandoc_path()
        if "pdf" in formats:
            typst_module()
    for nb in notebooks if notebooks is not None else ("business_case",):
        if isinstance(nb, Path):
            if not nb.is_file():
                raise ToolMissing(f"the notebook {nb} is missing")
        else:
            notebook_file(nb)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def targets_for(
    out_dir: Path, name: str, formats: tuple[str, ...], force: bool, say: Callable[[str], None]
) -> tuple[dict[str, Path], tuple[str, ...], dict[str, Path]]:
    """({format: target}, formats still to make, {format: kept file}) for document ``name``."""
    targets = {f: out_dir / f"{name}.{f}" for f in formats}
    todo = tuple(f for f in formats if force or not targets[f].exists())
    kept = {}
    for f in formats:
        if f not in todo:
            kept[f] = targets[f]
            say(f"kept {targets[f]} (it exists; use --force to replace it)")
    return targets, todo, kept


def execute_document(
    session: KernelSession,
    notebook: Path | None,
    parameters: dict[str, Any],
    name: str,
    executed_dir: Path,
    label: str,
) -> tuple[nbformat.NotebookNode, float]:
    """Execute ``notebook`` in ``session``; a failed run is kept in ``executed_dir`` for the
    analyst and reported as :class:`BriefFailed` starting with ``label`` (a file name)."""
    executed_path = executed_dir / f"{name}.ipynb"
    executed_dir.mkdir(parents=True, exist_ok=True)
    fd, scratch = tempfile.mkstemp(prefix=f".{name}.", suffix=".ipynb", dir=executed_dir)
    os.close(fd)
    try:
        return session.execute(parameters, output_path=scratch, notebook=notebook)
    except BriefFailed as exc:
        if Path(scratch).stat().st_size > 0:
            os.chmod(scratch, PUBLISHED_MODE)
            os.replace(scratch, executed_path)  # keep the failed run for the analyst
        raise BriefFailed(f"{label}: {exc} (see {executed_path})") from None
    finally:
        Path(scratch).unlink(missing_ok=True)


def execute_and_keep(
    session: KernelSession,
    notebook: Path | None,
    parameters: dict[str, Any],
    result: DocumentResult,
    executed_dir: Path,
    title: str,
    lang: str,
    kind: str = "brief",
    extra: dict[str, Any] | None = None,
) -> tuple[nbformat.NotebookNode, Path]:
    """Execute ``notebook`` for ``result`` (see :func:`execute_document`), put the front matter
    first (see :func:`with_front_matter`) and keep the notebook as
    ``<executed_dir>/<result.id>.ipynb``; the seconds and the path are recorded on ``result``.

    Returns (the executed notebook with its front matter, where it is kept)."""
    nb, seconds = execute_document(
        session, notebook, parameters, result.id, executed_dir, str(result.source)
    )
    result.seconds["execute"] = seconds
    nb = with_front_matter(nb, title, lang, kind=kind, extra=extra)
    executed_path = executed_dir / f"{result.id}.ipynb"
    _write_atomic(nbformat.writes(nb).encode("utf-8"), executed_path)
    result.executed = executed_path
    return nb, executed_path


def render_document(
    notebook: str | Path,
    parameters: dict[str, Any],
    name: str,
    title: str,
    out_dir: str | Path = "reports",
    formats: Sequence[str] | str = FORMATS,
    lang: str = "da",
    force: bool = False,
    session: KernelSession | None = None,
    kind: str = "brief",
    source: str | Path | None = None,
    renderer: str = "auto",
    report: Callable[[str], None] | None = None,
) -> DocumentResult:
    """Execute one of sif's notebooks with ``parameters`` and render it to
    ``<out_dir>/<name>.html`` and ``.pdf``.

    ``notebook`` is a notebook name (``fund``, ``annual_report``; see :func:`notebook_file`)
    or a path. The executed notebook is kept as ``<out_dir>/_executed/<name>.ipynb``. Files that
    exist are kept unless ``force``; nothing runs if every file exists. ``session`` shares a
    running kernel; otherwise one is started and closed. ``kind`` names the document in the
    PDF's running header; ``source`` is the input file named in error messages.
    """
    check_lang(lang)
    formats = parse_formats(formats)
    if not re.fullmatch(r"[a-z0-9][a-z0-9+._-]*", name) or len(name) > 200:
        raise ValueError(f"not a safe document name: {name!r}")
    path = notebook if isinstance(notebook, Path) else notebook_file(str(notebook))
    out_dir = Path(out_dir)
    say = report or (lambda line: None)
    result = DocumentResult(id=name, source=Path(source) if source else path)
    targets, todo, result.kept = targets_for(out_dir, name, formats, force, say)
    if not todo:
        return result
    kind_, quarto = choose_renderer(renderer)
    check_tools(kind_, formats, [path])
    result.renderer = kind_
    own = session is None
    if own:
        session = KernelSession().start()
        result.seconds["kernel_start"] = session.start_seconds
    try:
        nb, executed_path = execute_and_keep(
            session, path, parameters, result, out_dir / EXECUTED_DIR, title, lang, kind=kind
        )
    finally:
        if own:
            session.close()
    render_and_publish(result, nb, executed_path, kind_, quarto, todo, targets, lang, force, say)
    return result


# ---------------------------------------------------------------------------- briefs
def make_briefs(
    files: Iterable[str | Path],
    lang: str = "da",
    formats: Sequence[str] | str = FORMATS,
    out_dir: str | Path = "reports",
    draws: int = DEFAULT_DRAWS,
    seed: int | None = None,
    force: bool = False,
    renderer: str = "auto",
    session: KernelSession | None = None,
    today: dt.date | None = None,
    report: Callable[[str], None] | None = None,
) -> list[BriefResult]:
    """Make the decision brief of every proposal file; see the module docstring.

    ``session`` lets a caller share one running kernel across calls (a meeting pack);
    otherwise one is started for this call and closed at the end. ``report`` is called with a
    line of progress per file written or kept.
    """
    check_lang(lang)
    formats = parse_formats(formats)
    check_draws(draws)
    out_dir = Path(out_dir)
    say = report or (lambda line: None)

    # 1. validate every file first: nothing runs if any proposal is bad
    proposals = load_proposals(files)

    kind, quarto = choose_renderer(renderer)
    check_tools(kind, formats)

    results: list[BriefResult] = []
    own_session = session is None
    # Rendering brief i (pandoc, Typst) runs in a worker thread while the kernel executes
    # brief i + 1: the two use different cores.
    renders = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sif-render")
    pending: list[Future] = []
    try:
        for path, p in proposals:
            pid = _safe_id(p.id)
            result = BriefResult(id=pid, source=path, renderer=kind)
            results.append(result)
            targets, todo, result.kept = targets_for(out_dir, pid, formats, force, say)
            if not todo:
                continue
            if session is None:
                session = KernelSession().start()
                result.seconds["kernel_start"] = session.start_seconds
            params = brief_parameters(path, draws, seed, lang)
            nb, executed_path = execute_and_keep(
                session, None, params, result, out_dir / EXECUTED_DIR, p.title, lang
            )
            pending.append(
                renders.submit(
                    render_and_publish,
                    result,
                    nb,
                    executed_path,
                    kind,
                    quarto,
                    todo,
                    targets,
                    lang,
                    force,
                    say,
                )
            )
        for future in pending:
            future.result()  # re-raises a failed render
    finally:
        renders.shutdown(wait=True, cancel_futures=True)
        if own_session and session is not None:
            session.close()
    return results


def publish_all(
    result: DocumentResult,
    files: dict[str, Path],
    todo: tuple[str, ...],
    targets: dict[str, Path],
    force: bool,
    say: Callable[[str], None],
) -> None:
    """Publish each rendered file of ``todo`` to its target (see :func:`publish`); what was
    written or kept is recorded on ``result`` and said."""
    for fmt in todo:
        if publish(files[fmt], targets[fmt], force):
            result.written[fmt] = targets[fmt]
            say(f"wrote {targets[fmt]}")
        else:
            result.kept[fmt] = targets[fmt]
            say(f"kept {targets[fmt]} (it appeared meanwhile; use --force to replace it)")


def render_and_publish(
    result: DocumentResult,
    nb: nbformat.NotebookNode,
    executed_path: Path,
    kind: str,
    quarto: str | None,
    todo: tuple[str, ...],
    targets: dict[str, Path],
    lang: str,
    force: bool,
    say: Callable[[str], None],
    stage_dir: Path | None = None,
) -> None:
    """Render an executed notebook (Quarto or embedded) and publish the files to ``targets``.

    Quarto renders a staged copy inside the checkout's project (``stage_dir`` if given, else
    the output folder when it is inside the project, else ``reports/_executed``).
    """
    out_dir = next(iter(targets.values())).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    if kind == "quarto":
        # Quarto applies _quarto.yml only to files inside the project folder: stage a copy there.
        if stage_dir is not None:
            stage_root = stage_dir
        elif _inside(out_dir, PROJECT_DIR):
            stage_root = out_dir
        else:
            stage_root = PROJECT_DIR / "reports" / EXECUTED_DIR
        stage_root.mkdir(parents=True, exist_ok=True)
    else:
        stage_root = out_dir
    work = Path(tempfile.mkdtemp(prefix=f".{result.id}-render-", dir=stage_root))
    try:
        t0 = time.perf_counter()
        try:
            if kind == "quarto":
                staged = work / f"{result.id}.ipynb"
                shutil.copyfile(executed_path, staged)
                files = render_quarto(quarto, staged, PROJECT_DIR, todo, lang)
                result.seconds["render"] = time.perf_counter() - t0
            else:
                rendered = render_embedded(nb, work, result.id, todo)
                files = rendered.files
                for fmt, s in rendered.seconds.items():
                    result.seconds[f"render_{fmt}"] = s
        except RenderError as exc:
            raise BriefFailed(f"{result.source}: {exc}") from None
        publish_all(result, files, todo, targets, force, say)
    finally:
        shutil.rmtree(work, ignore_errors=True)


_render_and_publish = render_and_publish  # the earlier private name
