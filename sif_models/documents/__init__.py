"""Layer 7, documents: what each document shows, as Markdown, tables and charts.

One module per document (the decision brief, the fund brief, the meeting overview, the yearly
report) and the charts. Notebooks call these and display what they return. Imports ``text``
and the layers below it; never ``publish`` or ``cli``.
"""
