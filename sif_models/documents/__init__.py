"""Layer 7, documents: what each document shows, as Markdown, tables and charts.

One module per document — the decision brief (the package :mod:`.brief`, one module per
section), the fund brief (:mod:`.fund_brief`), the meeting overview (:mod:`.meeting_overview`)
and the yearly report (:mod:`.annual_report`) — with what they share in :mod:`.common` and
:mod:`.charts`. Notebooks call these and display what they return. Imports ``text`` and the
layers below it; never ``publish`` or ``cli``.
"""
