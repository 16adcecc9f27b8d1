"""The meeting pack as a Quarto website project (used when Quarto renders the pack).

:func:`write_quarto_project` writes the pack folder's ``_quarto.yml``, the listing of the briefs
and the filter and stylesheet; :func:`render_quarto_pack` runs :func:`quarto_pack_command` there.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sif_models.publish.files import write_atomic
from sif_models.publish.render import CSS, LUA_FILTER, RenderError
from sif_models.text.labels import text

if TYPE_CHECKING:
    from sif_models.publish.meeting import PackItem


QUARTO_SITE = "_site"


QUARTO_ASSETS = "_sif"


LISTING_FILE = "briefs.yml"


# ---------------------------------------------------------------------------- items


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
        write_atomic(quarto_project_yaml(title, formats).encode("utf-8"), project)
    listing = json.dumps(listing_items(items, lang), ensure_ascii=False, indent=1)
    write_atomic((listing + "\n").encode("utf-8"), folder / LISTING_FILE)  # JSON is YAML
    assets = folder / QUARTO_ASSETS
    assets.mkdir(exist_ok=True)
    for src in (LUA_FILTER, CSS):
        write_atomic(src.read_bytes(), assets / src.name)
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


def params_title(title: str) -> str:
    """The website title (plain text; _quarto.yml quotes it)."""
    return " ".join(title.split())
