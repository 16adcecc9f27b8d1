"""The meeting pack's one PDF: the overview and every brief merged, with bookmarks and links."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sif_models.publish.files import publish
from sif_models.publish.render import ToolMissing


def merge_pdfs(parts: list[tuple[str, Path]], target: Path, force: bool) -> bool:
    """Merge ``parts`` (bookmark title, PDF) in order into ``target``; one bookmark each, with
    the part's own sections under it (:func:`_copy_outline`).

    A link in one part to the file name of another part (the overview's links to the briefs'
    PDFs) becomes a jump to that part's first page. Returns False (and writes nothing) if
    ``target`` exists and not ``force``.
    """
    try:
        from pypdf import PdfReader, PdfWriter
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
        start = first_page[path.name] = len(writer.pages)
        reader = PdfReader(str(path))
        writer.append(reader, import_outline=False)
        _copy_outline(
            writer, reader, writer.add_outline_item(title=title, page_number=start), start
        )
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


def _copy_outline(writer, reader, parent, start: int) -> None:
    """The part's bookmarks under ``parent``, its pages counted from ``start``. A document's
    outline is its title (the level-1 heading) with every section under it; the title is the
    pack's own bookmark for the part, so its sections go straight under that (no title twice).
    """
    from pypdf.generic import Fit

    items = reader.outline
    if len(items) == 2 and not isinstance(items[0], list) and isinstance(items[1], list):
        items = items[1]

    def copy(entries, under) -> None:
        last = None
        for entry in entries:
            if isinstance(entry, list):
                if last is not None:
                    copy(entry, last)
                continue
            page = reader.get_destination_page_number(entry)
            if page is None:
                continue
            fit = Fit.xyz(entry.left, entry.top, entry.zoom) if entry.typ == "/XYZ" else Fit.fit()
            last = writer.add_outline_item(
                title=entry.title, page_number=start + page, parent=under, fit=fit
            )

    copy(items, parent)


# ---------------------------------------------------------------------------- workers
