"""The meeting pack's one PDF: the overview and every brief merged, with bookmarks and links."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sif_models.publish.files import publish
from sif_models.publish.render import ToolMissing


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
