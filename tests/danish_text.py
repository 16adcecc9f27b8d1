"""The Danish documents' text against docs/style-da.md ("Kontrol"): no English words or phrases
and no English or hyphen-minus number formats.

Used by the tests that render the fund brief, the meeting overview and the yearly report
(tests/test_fund.py, tests/test_meeting.py, tests/test_annual_report.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

# English words and phrases a Danish document must not show (docs/style-da.md's glossary);
# those in CASE_SENSITIVE only as written ("IRR", "None"), the others in any case.
ENGLISH = (
    "expected",
    "seed",
    "multiple",
    "IRR",
    "break-even",
    "Monte Carlo",
    "illustrative",
    "assumption:",
    "None",
    "draws",
)
CASE_SENSITIVE = ("IRR", "None")
HYPHENS = "-\u00ad"  # pypdf reads Typst's hyphen as either

WRONG_NUMBERS = {
    "English thousands": re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])"),
    "English decimals before %": re.compile(r"(?<![\d.])\d+\.\d+ ?%"),
    "hyphen-minus before a figure": re.compile(rf"(?<![\w%)\]])[{HYPHENS}]\d"),
    "hyphen in a period of years": re.compile(rf"\b(?:19|20)\d\d[{HYPHENS}](?:19|20)\d\d\b"),
    "English amount": re.compile(r"\bDKK\b"),
}


def pdf_text(path: str | Path) -> str:
    """The PDF's text as pypdf reads it, words broken at a line end joined again."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(rf"(\w)[{HYPHENS}]\n(\w)", r"\1\2", text)


def english_words(text: str) -> list[str]:
    """The words of :data:`ENGLISH` that ``text`` holds, each with a little context."""
    found = []
    for word in ENGLISH:
        flags = 0 if word in CASE_SENSITIVE else re.IGNORECASE
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", flags)
        found += [_around(text, m) for m in pattern.finditer(text)]
    return found


def wrong_numbers(text: str) -> list[str]:
    """Figures in an English or hyphen-minus format, each with its kind and context."""
    return [
        f"{kind}: {_around(text, m)}"
        for kind, pattern in WRONG_NUMBERS.items()
        for m in pattern.finditer(text)
    ]


def _around(text: str, match: re.Match) -> str:
    return " ".join(text[max(match.start() - 30, 0) : match.end() + 30].split())
