"""Sources and notes from the input files, in the reader's language.

A source in a proposal, the fund file or the catalogue is one text, or ``{da: …, en: …}`` (see
:class:`sif_models.inputs.fields.Translated`; the catalogue's optional column ``source_da``). The
Danish documents show the Danish text, the English ones the English. An analyst's own estimate is
written ``assumption: …`` in the data; a Danish document calls it "skøn: …".

>>> from sif_models.inputs.fields import Translated
>>> source_text(Translated(da="skøn: tre års varighed", en="assumption: three years"), "da")
'skøn: tre års varighed'
>>> source_text("assumption: three years", "da"), source_text("SØM 2023", "en")
('skøn: three years', 'SØM 2023')
"""

from __future__ import annotations

from sif_models.inputs.fields import Translated, in_language
from sif_models.text.labels import check_lang

ASSUMPTION = "assumption:"
ASSUMPTION_DA = "skøn:"


def source_text(value: str | Translated | None, lang: str) -> str | None:
    """The source in ``lang``, with the data's "assumption:" shown as "skøn:" in Danish."""
    check_lang(lang)
    text = in_language(value, lang)
    if text is None:
        return None
    if lang == "da" and text.lower().startswith(ASSUMPTION):
        return ASSUMPTION_DA + text[len(ASSUMPTION) :]
    return text


def is_assumption(value: str | Translated | None) -> bool:
    """Whether a source marks the analyst's own estimate (``assumption:`` / ``skøn:``)."""
    text = in_language(value, "en") or ""
    return text.lower().startswith((ASSUMPTION, ASSUMPTION_DA))
