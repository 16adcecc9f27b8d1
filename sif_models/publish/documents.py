"""Any sif document, from notebook to published files: execute, add front matter, render, publish.

:func:`render_document` is the pipeline for one document — the fund brief, a meeting's
overview, the yearly report, and (through :mod:`sif_models.publish.briefs`) each decision
brief: execute the notebook in a :class:`~sif_models.publish.kernel.KernelSession` with its
papermill parameters, keep the executed notebook in ``<out>/_executed/``, put the YAML front
matter first, render it with Quarto when a ``quarto`` executable is on PATH (or asked for;
:mod:`sif_models.publish.quarto`), otherwise with the embedded renderer (pandoc + Typst,
:mod:`sif_models.publish.render`), and move each file into place atomically
(:mod:`sif_models.publish.files`).

A missing kernel, pandoc or Typst raises :class:`ToolMissing` (exit code 2) naming what to
install; a failed notebook or render raises :class:`BriefFailed` (exit code 1).
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from sif_models.publish.files import (
    EXECUTED_DIR,
    PUBLISHED_MODE,
    prepare_output_folder,
    publish_all,
    targets_for,
    write_atomic,
)
from sif_models.publish.freshness import document_key, store_key, stored_key
from sif_models.publish.kernel import BriefFailed, KernelSession, notebook_file, notebook_path
from sif_models.publish.quarto import find_quarto, render_quarto
from sif_models.publish.render import (
    RenderError,
    ToolMissing,
    pandoc_path,
    render_embedded,
    typst_module,
)
from sif_models.publish.settings import Settings

QUARTO_HINT = (
    "quarto was not found on PATH; install Quarto (https://quarto.org, 1.7 or later) or use "
    "--renderer embedded"
)

Say = Callable[[str], None]


def _quiet(line: str) -> None:
    """A report function that says nothing."""


@dataclass(frozen=True)
class Renderer:
    """The renderer a run uses: ``quarto`` (with the path of its executable) or ``embedded``."""

    name: str
    quarto: str | None = None


@dataclass(frozen=True)
class DocumentSpec:
    """One document to make: which notebook, its parameters, and how it is named and titled.

    ``notebook`` is a notebook name (``fund``, ``meeting``, ``annual_report``; see
    :func:`~sif_models.publish.kernel.notebook_file`), a path, or None for the brief notebook.
    ``name`` is the output files' stem (``<name>.html``), ``title`` the document's title,
    ``kind`` names it in the PDF's running header (``brief``, ``fund``, ``meeting``,
    ``annual``), ``source`` is the input file named in error messages and ``front`` adds
    front-matter fields.
    """

    notebook: str | Path | None
    parameters: dict[str, Any]
    name: str
    title: str
    kind: str = "brief"
    source: Path | None = None
    front: dict[str, Any] | None = None
    inputs: tuple[Path, ...] = ()  # every file whose content decides the document

    def freshness(self, renderer: Renderer) -> dict[str, Any]:
        """The key of what makes this document (:func:`~sif_models.publish.freshness.document_key`)."""
        notebook = self.notebook_path() or notebook_path()
        sources = [*self.inputs, *([self.source] if self.source else [])]
        return document_key(sources, self.parameters, notebook, renderer.name)

    def notebook_path(self) -> Path | None:
        """The notebook file (None: the brief notebook)."""
        if self.notebook is None or isinstance(self.notebook, Path):
            return self.notebook
        return notebook_file(str(self.notebook))


# ---------------------------------------------------------------------------- results
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
    key: dict[str, Any] | None = field(default=None, repr=False)  # what made it

    def files(self) -> dict[str, Path]:
        """Every output file of the document, written now or kept from before."""
        return {**self.kept, **self.written}


# ---------------------------------------------------------------------------- tools
def choose_renderer(renderer: str = "auto") -> Renderer:
    """Quarto when asked for, or found on PATH with ``auto``; else the embedded renderer."""
    if renderer not in ("auto", "quarto", "embedded"):
        raise ValueError(f"renderer must be auto, quarto or embedded, got {renderer!r}")
    if renderer in ("auto", "quarto"):
        quarto = find_quarto()
        if quarto:
            return Renderer("quarto", quarto)
        if renderer == "quarto":
            raise ToolMissing(QUARTO_HINT)
    return Renderer("embedded")


def check_tools(
    renderer: Renderer, formats: tuple[str, ...], notebooks: Sequence[str | Path] | None = None
) -> None:
    """Fail early, before any notebook runs, if the renderer's tools or a notebook are missing.

    ``notebooks`` are names (``fund``) or paths; default the brief notebook.
    """
    if renderer.name == "embedded":
        pandoc_path()
        if "pdf" in formats:
            typst_module()
    for nb in notebooks if notebooks is not None else ("business_case",):
        if isinstance(nb, Path):
            if not nb.is_file():
                raise ToolMissing(f"the notebook {nb} is missing")
        else:
            notebook_file(nb)


# ---------------------------------------------------------------------------- execution
def with_front_matter(
    nb: nbformat.NotebookNode,
    title: str,
    lang: str,
    kind: str = "brief",
    extra: dict[str, Any] | None = None,
) -> nbformat.NotebookNode:
    """The executed notebook with a raw YAML front-matter cell first (title, language, labels).

    ``kind`` names the document in the PDF's running header (``brief``, ``fund``, ``meeting``,
    ``annual``); ``extra`` adds metadata fields.
    """
    from sif_models.text.markdown import front_matter

    out = copy.deepcopy(nb)
    cell = nbformat.v4.new_raw_cell(front_matter(title, lang, kind=kind, extra=extra))
    out.cells.insert(0, cell)
    return out


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
    spec: DocumentSpec,
    result: DocumentResult,
    executed_dir: Path,
    lang: str,
    say: Say = _quiet,
) -> tuple[nbformat.NotebookNode, Path]:
    """Execute ``spec``'s notebook for ``result`` (see :func:`execute_document`), put the front
    matter first (see :func:`with_front_matter`) and keep the notebook as
    ``<executed_dir>/<result.id>.ipynb``; the seconds and the path are recorded on ``result``.

    Returns (the executed notebook with its front matter, where it is kept)."""
    say(f"progress {result.id}: running the notebook")
    nb, seconds = execute_document(
        session,
        spec.notebook_path(),
        spec.parameters,
        result.id,
        executed_dir,
        str(result.source),
    )
    result.seconds["execute"] = seconds
    nb = with_front_matter(nb, spec.title, lang, kind=spec.kind, extra=spec.front)
    executed_path = executed_dir / f"{result.id}.ipynb"
    write_atomic(nbformat.writes(nb).encode("utf-8"), executed_path)
    result.executed = executed_path
    return nb, executed_path


# ---------------------------------------------------------------------------- rendering
def render_and_publish(
    result: DocumentResult,
    nb: nbformat.NotebookNode,
    executed_path: Path,
    renderer: Renderer,
    todo: tuple[str, ...],
    targets: dict[str, Path],
    settings: Settings,
    say: Say,
) -> None:
    """Render an executed notebook (Quarto or embedded) and publish the files to ``targets``.

    Quarto renders a copy of ``executed_path`` in a temporary project under the system's
    temporary folder (:func:`~sif_models.publish.quarto.render_quarto`); the embedded renderer
    works in a hidden scratch folder in the output folder. Either is removed afterwards, and a
    failed render publishes nothing: it raises :class:`BriefFailed` naming the document.
    """
    out_dir = next(iter(targets.values())).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    if renderer.name == "quarto":
        work = Path(tempfile.mkdtemp(prefix=f"sif-quarto-{result.id}-"))
    else:
        work = Path(tempfile.mkdtemp(prefix=f".{result.id}-render-", dir=out_dir))
    try:
        t0 = time.perf_counter()
        try:
            if renderer.name == "quarto":
                files = render_quarto(renderer.quarto, executed_path, work, result.id, todo)
                result.seconds["render"] = time.perf_counter() - t0
            else:
                rendered = render_embedded(nb, work, result.id, todo)
                files = rendered.files
                for fmt, s in rendered.seconds.items():
                    result.seconds[f"render_{fmt}"] = s
        except RenderError as exc:
            raise BriefFailed(f"{result.source}: {exc}") from None
        publish_all(result, files, todo, targets, True, say)  # todo: missing, stale or forced
        if result.key is not None:
            store_key(out_dir, result.id, result.key)
        say(f"progress {result.id}: made in {sum(result.seconds.values()):.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def render_document(
    spec: DocumentSpec,
    settings: Settings,
    session: KernelSession | None = None,
    report: Say | None = None,
) -> DocumentResult:
    """Execute ``spec``'s notebook and render it to ``<out_dir>/<name>.html`` and ``.pdf``.

    The executed notebook is kept as ``<out_dir>/_executed/<name>.ipynb``. Files whose inputs
    have not changed are kept (:mod:`sif_models.publish.freshness`) unless ``settings.force``;
    nothing runs if every file is fresh. ``session`` shares a
    running kernel; otherwise one is started and closed.
    """
    name = spec.name
    if not re.fullmatch(r"[a-z0-9][a-z0-9+._-]*", name) or len(name) > 200:
        raise ValueError(f"not a safe document name: {name!r}")
    path = spec.notebook_path()
    say = report or _quiet
    result = DocumentResult(id=name, source=Path(spec.source) if spec.source else path)
    prepare_output_folder(settings.out_dir)
    renderer = choose_renderer(settings.renderer)
    result.key = spec.freshness(renderer)
    fresh = stored_key(settings.out_dir, name) == result.key["key"]
    targets, todo, result.kept = targets_for(
        settings.out_dir, name, settings.formats, settings.force, say, fresh
    )
    if not todo:
        return result
    check_tools(renderer, settings.formats, [path])
    result.renderer = renderer.name
    own = session is None
    if own:
        session = KernelSession().start()
        result.seconds["kernel_start"] = session.start_seconds
    try:
        nb, executed_path = execute_and_keep(
            session, spec, result, settings.out_dir / EXECUTED_DIR, settings.lang, say
        )
    finally:
        if own:
            session.close()
    render_and_publish(result, nb, executed_path, renderer, todo, targets, settings, say)
    return result
