"""Turning an executed notebook into HTML and PDF: the embedded renderer, and what both share.

Two renderers read the same executed notebook and use the same filter, Typst template and
stylesheet (``sif_models/publish/templates``):

* **Quarto**, when a ``quarto`` executable is on PATH (or asked for): see
  :mod:`sif_models.publish.quarto`.
* **The embedded renderer** otherwise: :func:`notebook_markdown` turns the notebook into one
  pandoc-Markdown document (Markdown cells as they are, ``text/markdown`` outputs as Markdown,
  ``image/png`` outputs as image files, code inputs dropped); pandoc (from ``pypandoc_binary``)
  writes a self-contained HTML file and a Typst file, and Typst (the ``typst`` package) compiles
  the PDF.

The Markdown reader has raw HTML, raw TeX, raw attributes, TeX math and citations switched off,
so even text that escaped :func:`sif_models.text.markdown.escape_md` could not become markup.
"""

from __future__ import annotations

import base64
import errno
import re
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat

from sif_models.publish.files import DiskFull

TEMPLATES = Path(__file__).resolve().parent / "templates"
CSS = TEMPLATES / "brief.css"
LUA_FILTER = TEMPLATES / "brief.lua"
TYPST_TEMPLATE = TEMPLATES / "brief.typ"

from sif_models.publish.names import FORMATS  # noqa: E402,F401

READER = "markdown" + "".join(
    f"-{ext}"
    for ext in (
        "raw_html",
        "raw_tex",
        "raw_attribute",
        "tex_math_dollars",
        "tex_math_single_backslash",
        "tex_math_double_backslash",
        "citations",
        "smart",
        "implicit_figures",
        "native_divs",
        "native_spans",
        "markdown_in_html_blocks",
    )
)


class RenderError(RuntimeError):
    """Rendering failed (the message says which tool and why)."""


class ToolMissing(RuntimeError):
    """A program the brief needs is not installed; the message says what to install."""


# ---------------------------------------------------------------------------- tools
def pandoc_path() -> str:
    """The pandoc executable from ``pypandoc_binary`` (or a pandoc on PATH)."""
    try:
        import pypandoc
    except ImportError:
        found = shutil.which("pandoc")
        if found:
            return found
        raise ToolMissing(
            "pandoc is needed to render briefs; install it with: pip install pypandoc_binary"
        ) from None
    try:
        return pypandoc.get_pandoc_path()
    except OSError:
        raise ToolMissing(
            "pandoc was not found; install it with: pip install pypandoc_binary"
        ) from None


def typst_module():
    """The ``typst`` Python package (the Typst compiler)."""
    try:
        import typst
    except ImportError:
        raise ToolMissing(
            "Typst is needed to make the PDF brief; install it with: pip install typst"
        ) from None
    return typst


def font_dirs() -> list[str]:
    """Folders with the brief's fonts: matplotlib ships DejaVu Sans (with æ, ø, å) everywhere."""
    import matplotlib

    return [str(Path(matplotlib.get_data_path()) / "fonts" / "ttf")]


# ---------------------------------------------------------------------------- embedded
def _fence(text: str) -> str:
    """A fenced code block that no backtick run inside ``text`` can close."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text.rstrip()}\n{fence}"


def _alt(text: str) -> str:
    from sif_models.text.markdown import escape_md

    return escape_md(text)


def notebook_markdown(nb: nbformat.NotebookNode, image_dir: Path) -> str:
    """One pandoc-Markdown document from an executed notebook; images are written to
    ``image_dir`` and linked by file name.

    A raw cell holding YAML front matter comes first; Markdown cells are kept; of each code
    cell only the outputs are kept: ``text/markdown`` as Markdown, ``image/png`` as an image,
    plain text (which a brief should not have) as a code block; stderr and code are dropped.
    An error output raises :class:`RenderError`.
    """
    image_dir.mkdir(parents=True, exist_ok=True)
    front: list[str] = []
    blocks: list[str] = []
    n_images = 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "raw":
            source = cell.source.strip()
            if source.startswith("---") and not front and not blocks:
                front.append(source)
            continue
        if cell.cell_type == "markdown":
            blocks.append(cell.source)
            continue
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind == "error":
                raise RenderError(
                    f"cell {index} of the notebook failed: {out.get('ename')}: {out.get('evalue')}"
                )
            if kind == "stream":
                if out.get("name") == "stdout" and out.get("text", "").strip():
                    blocks.append(_fence(out["text"]))
                continue
            if kind not in ("display_data", "execute_result"):
                continue
            data = out.get("data", {})
            if "text/markdown" in data:
                blocks.append(data["text/markdown"])
            elif "image/png" in data:
                n_images += 1
                name = f"figure-{n_images}.png"
                (image_dir / name).write_bytes(base64.b64decode(data["image/png"]))
                alt = out.get("metadata", {}).get("image/png", {}).get("alt", "")
                blocks.append(f"![{_alt(alt)}]({name}){{width=100%}}")
            elif "text/plain" in data:
                blocks.append(_fence(data["text/plain"]))
    return "\n\n".join(front + blocks) + "\n"


def _run_pandoc(args: list[str], timeout_s: float = 300) -> None:
    cmd = [pandoc_path(), *args]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, check=False)
    if result.returncode != 0:
        if "No space left on device" in result.stderr:
            raise DiskFull(errno.ENOSPC, "No space left on device", args[-1])
        raise RenderError(f"pandoc failed (exit {result.returncode}): {result.stderr.strip()}")


def pandoc_html_args(markdown: Path, output: Path) -> list[str]:
    """pandoc arguments for the self-contained HTML brief."""
    return [
        str(markdown),
        "--from",
        READER,
        "--to",
        "html5",
        "--standalone",
        "--columns",
        "1000",
        "--embed-resources",
        "--css",
        str(CSS),
        "--lua-filter",
        str(LUA_FILTER),
        "--resource-path",
        str(markdown.parent),
        "--output",
        str(output),
    ]


def pandoc_typst_args(markdown: Path, output: Path) -> list[str]:
    """pandoc arguments for the Typst source of the PDF brief."""
    return [
        str(markdown),
        "--from",
        READER,
        "--to",
        "typst",
        "--standalone",
        "--columns",
        "1000",
        "--template",
        str(TYPST_TEMPLATE),
        "--lua-filter",
        str(LUA_FILTER),
        "--output",
        str(output),
    ]


@dataclass(frozen=True)
class Rendered:
    """Files written by one render and the seconds each format took."""

    files: dict[str, Path]
    seconds: dict[str, float]


def render_embedded(
    notebook: Path | nbformat.NotebookNode, work_dir: Path, stem: str, formats=FORMATS
) -> Rendered:
    """Render an executed notebook to ``work_dir/<stem>.html`` and ``.pdf`` with pandoc and Typst.

    ``work_dir`` is a scratch folder (the images and the Markdown and Typst sources stay there).
    """
    if isinstance(notebook, Path):
        nb = nbformat.read(notebook, as_version=4)
    else:
        nb = notebook
    work_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    markdown = work_dir / f"{stem}.md"
    markdown.write_text(notebook_markdown(nb, work_dir), encoding="utf-8")
    prep = time.perf_counter() - start
    if "pdf" in formats:
        typst = typst_module()  # fail before any work if Typst is missing
    pandoc_path()

    def one(fmt: str) -> tuple[Path, float]:
        t0 = time.perf_counter()
        if fmt == "html":
            out = work_dir / f"{stem}.html"
            _run_pandoc(pandoc_html_args(markdown, out))
        elif fmt == "pdf":
            source = work_dir / f"{stem}.typ"
            _run_pandoc(pandoc_typst_args(markdown, source))
            out = work_dir / f"{stem}.pdf"
            try:
                typst.compile(
                    str(source),
                    output=str(out),
                    root=str(work_dir),
                    font_paths=font_dirs(),
                    ignore_system_fonts=True,
                )
            except Exception as exc:  # typst raises its own error type with the message
                if "No space left on device" in str(exc) or "os error 28" in str(exc):
                    raise DiskFull(errno.ENOSPC, "No space left on device", str(out)) from None
                raise RenderError(f"typst could not compile the PDF: {exc}") from None
        else:
            raise ValueError(f"unknown format {fmt!r}; formats are {', '.join(FORMATS)}")
        return out, time.perf_counter() - t0 + prep / len(formats)

    # HTML and PDF are independent: pandoc runs as two processes at once
    with ThreadPoolExecutor(max_workers=len(formats)) as pool:
        done = {fmt: pool.submit(one, fmt) for fmt in formats}
        results = {fmt: future.result() for fmt, future in done.items()}
    return Rendered(
        {fmt: r[0] for fmt, r in results.items()}, {fmt: r[1] for fmt, r in results.items()}
    )
