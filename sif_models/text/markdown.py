"""Proposal text as literal Markdown, Markdown tables, and the documents' front matter.

Every piece of text that comes from an input file passes :func:`escape_md` before it reaches a
document, so Markdown, HTML and Typst control characters show as text in both renderers and are
never interpreted. :func:`md_table` writes pandoc pipe tables from frames of plain text;
:func:`front_matter` the YAML header both renderers read.
"""

from __future__ import annotations

import json
import math
import re
import string
import unicodedata
from typing import Any

import pandas as pd

from sif_models.text.labels import check_lang, text

NBSP = "\u00a0"


_PUNCTUATION = frozenset(string.punctuation)


# ---------------------------------------------------------------------------- escaping


NO_BREAK_SPACES = "\u00a0\u202f\u2007"  # kept by escape_md: a figure stays with its unit


def escape_md(value: object) -> str:
    """Text as literal Markdown: every ASCII punctuation character is backslash-escaped.

    Pandoc (and CommonMark) read a backslash before any ASCII punctuation as that character,
    so ``<script>``, ``*``, ``#``, ``$``, ``@``, ``[``, ``]``, ``_``, `````, ``\\`` and ``|``
    reach the HTML and Typst writers as plain text, which escape them for their own syntax.
    Control characters are dropped and line breaks fold into single spaces, so the text cannot
    start a new block (a heading, a list, a table row). (A very long word may break at the
    edge of the page: the documents' stylesheet lets it in the HTML, their filter gives it
    places to break in the PDF.)

    Examples
    --------
    >>> escape_md("<b>*x*</b> #1 $5 @a")
    '\\\\<b\\\\>\\\\*x\\\\*\\\\<\\\\/b\\\\> \\\\#1 \\\\$5 \\\\@a'
    >>> escape_md("two\\nlines\\x00")
    'two lines'

    A no-break space stays one, so a figure written with it keeps its unit on its line:

    >>> escape_md("12,5\\u00a0%") == "12\\\\,5\\u00a0\\\\%"
    True
    """
    raw = str(value)
    kept = "".join(
        ch if ch in NO_BREAK_SPACES else " " if ch.isspace() else ch
        for ch in raw
        if unicodedata.category(ch) != "Cc" or ch.isspace()
    )
    folded = re.sub(" {2,}", " ", kept).strip(" ")
    return "".join("\\" + ch if ch in _PUNCTUATION else ch for ch in folded)


def md_value(value: str) -> str:
    r"""Text with figures as Markdown: escaped, and a figure never breaks from its unit.

    The space before ``kr.``, ``mio.`` and ``%`` and after ``DKK`` becomes a no-break space;
    other spaces stay, so a range or a sentence can still wrap.

    >>> md_value("12,5 % af 1.234 kr.") == r"12\,5" + NBSP + r"\% af 1\.234" + NBSP + r"kr\."
    True
    """
    out = escape_md(value)
    for unit_text in (" kr\\.", " mio\\.", " \\%"):
        out = out.replace(unit_text, NBSP + unit_text[1:])
    return out.replace("DKK ", "DKK" + NBSP)


def md_table(
    frame: pd.DataFrame,
    align: str | None = None,
    widths: list[int] | None = None,
    values: set[str] | None = None,
    raw: set[str] | None = None,
) -> str:
    """A pandoc pipe table from a frame of plain text; every cell is escaped.

    ``align`` has one letter per column (``l``, ``r``, ``c``). Without ``widths`` the columns
    fit their content; with ``widths`` (relative column widths) the table is wrapped in a
    ``sif-table`` div that the brief's filter turns into fixed widths. Columns named in
    ``values`` are figures: they never break inside. Columns named in ``raw`` hold Markdown
    that the caller built from :func:`escape_md` pieces (links); they are only folded onto
    one line.

    Examples
    --------
    >>> print(md_table(pd.DataFrame({"a": ["x|y"], "b": ["1 kr."]}), "lr", values={"b"}))
    | a | b |
    |:---|---:|
    | x\\|y | 1\u00a0kr\\. |
    >>> md_table(pd.DataFrame({"a": ["x"]}), widths=[1]).splitlines()[0]
    '::: {.sif-table widths="1"}'
    """
    cols = list(frame.columns)
    align = align or "l" * len(cols)
    values = values or set()
    raw = raw or set()

    def cell(col: str, v: object) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return ""
        if col in raw:
            return " ".join(str(v).split())
        return md_value(str(v)) if col in values else escape_md(v)

    sep = [{"l": ":---", "r": "---:", "c": ":---:"}[a] for a in align]
    lines = [
        "| " + " | ".join(md_value(str(c)) for c in cols) + " |",
        "|" + "|".join(sep) + "|",
    ]
    for row in frame.itertuples(index=False):
        lines.append("| " + " | ".join(cell(c, v) for c, v in zip(cols, row, strict=True)) + " |")
    table = "\n".join(lines)
    if widths is None:
        return table
    if len(widths) != len(cols):
        raise ValueError(f"{len(widths)} widths for {len(cols)} columns")
    spec = ",".join(str(int(w)) for w in widths)
    return f'::: {{.sif-table widths="{spec}"}}\n{table}\n:::'


RUNNING_TITLE_CHARS = 72


def running_title(title: str, limit: int = RUNNING_TITLE_CHARS) -> str:
    """A title short enough for one line of the running header: whole words up to ``limit``
    characters and an ellipsis, or the title as it is.

    >>> running_title("UngiFokus – tidlig og helhedsorienteret indsats for udsatte unge", 30)
    'UngiFokus – tidlig og…'
    >>> running_title("x" * 50, 10)
    'xxxxxxxxx…'
    """
    folded = " ".join(str(title).split())
    if len(folded) <= limit:
        return folded
    cut = folded[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" –-,;:") + "…"


def header_title(title: str, kind: str) -> str:
    """The right-hand side of the PDF's running header: the kind of document and its title,
    the kind left out when the title already starts with it (``Årsrapport 2023``).

    >>> header_title("UngiFokus", "Beslutningsgrundlag")
    'Beslutningsgrundlag · UngiFokus'
    >>> header_title("Mødepakke: Rådsmøde 11. februar 2021", "Mødepakke")
    'Mødepakke: Rådsmøde 11. februar 2021'
    """
    if " ".join(str(title).split()).casefold().startswith(kind.casefold()):
        return str(title)
    return f"{kind} · {title}"


DOC_KINDS = {
    "brief": ("doc.kind", "doc.for_council"),
    "fund": ("doc.kind_fund", "doc.for_council"),
    "meeting": ("doc.kind_meeting", "doc.for_council"),
    "annual": ("doc.kind_annual", "doc.from_council"),
}


def front_matter(
    title: str, lang: str, kind: str = "brief", extra: dict[str, Any] | None = None
) -> str:
    """The YAML front matter of an executed document (Quarto and the embedded renderer read it).

    Values are JSON strings (valid YAML, so nothing in a title can break out of them) holding
    escaped Markdown, because both renderers read metadata strings as Markdown. ``kind`` names
    the document in the PDF's running header (a key of :data:`DOC_KINDS`); ``extra`` adds
    fields as they are (JSON, so valid YAML), e.g. a Quarto listing.

    The PDF's running header shows the council (``sif-council-name``) on the left and
    ``sif-running-title`` on the right: the kind of document and its title
    (:func:`header_title`) on one line, cut at a word with an ellipsis when it is long
    (:func:`running_title`).

    >>> print(front_matter("A *b*", "da"))
    ---
    pagetitle: "A \\\\*b\\\\*"
    lang: "da"
    sif-kind: "Beslutningsgrundlag"
    sif-council: "til Rådet for Sociale Investeringer"
    sif-page: "Side"
    sif-of: "af"
    sif-council-name: "Rådet for Sociale Investeringer"
    sif-running-title: "Beslutningsgrundlag · A \\\\*b\\\\*"
    ---
    >>> front_matter("x", "en", "fund").splitlines()[3]
    'sif-kind: "Fund outlook"'
    """
    check_lang(lang)
    kind_key, council_key = DOC_KINDS[kind]
    fields: dict[str, Any] = {
        "pagetitle": escape_md(title),
        "lang": lang,
        "sif-kind": escape_md(text(kind_key, lang)),
        "sif-council": escape_md(text(council_key, lang)),
        "sif-page": escape_md(text("doc.page", lang)),
        "sif-of": escape_md(text("doc.of", lang)),
        "sif-council-name": escape_md(text("doc.council", lang)),
        "sif-running-title": escape_md(running_title(header_title(title, text(kind_key, lang)))),
    }
    for key, value in (extra or {}).items():
        if key in fields:
            raise ValueError(f"front matter field {key!r} is set by sif")
        fields[key] = value
    body = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items())
    return f"---\n{body}\n---"
