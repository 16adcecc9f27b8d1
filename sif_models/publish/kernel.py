"""One Jupyter kernel that executes sif's notebooks one after another, with papermill.

:class:`KernelSession` starts a kernel once (the imports are paid once), executes any number of
notebooks in it, each from an empty namespace, and closes it. A meeting pack runs one session
per worker thread. :func:`notebook_path` and :func:`notebook_file` find sif's notebooks in the
checkout or the installed copy.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import nbformat

from sif_models.publish.render import ToolMissing
from sif_models.resources import resource

NOTEBOOK = resource("notebooks/business_case.ipynb")  # the checkout's, or the installed copy


KERNEL_NAME = "python3"


ENGINE_NAME = "sif-kernel-session"


WARM_UP_CODE = (
    "import sif_models.documents.brief, sif_models.risk.sensitivity, sif_models.risk.montecarlo, "
    "sif_models.documents.fund_brief, sif_models.documents.meeting_overview, "
    "sif_models.documents.annual_report"
)


KERNEL_INSTALL_HINT = (
    "install it from sif's Python environment with: "
    "python -m ipykernel install --sys-prefix --name python3"
)


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
        except OSError:
            raise  # the disk (a full one is told as such by the caller)
        except Exception as exc:  # noqa: BLE001 - a dead or hanging kernel, a lost connection
            self.close()  # the next notebook starts a fresh kernel
            raise BriefFailed(
                f"{name} stopped: the Jupyter kernel failed ({type(exc).__name__}: {exc}); "
                "a fresh kernel runs the next document"
            ) from None
        return executed, time.perf_counter() - t0


# ---------------------------------------------------------------------------- files
