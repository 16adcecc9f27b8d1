"""The names the rendering commands accept, without importing the renderers (a quick CLI)."""

from __future__ import annotations

FORMATS = ("html", "pdf")  # output formats, in the order they are made
RENDERERS = ("auto", "quarto", "embedded")  # auto: Quarto when on PATH, else embedded
