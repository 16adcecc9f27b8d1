# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %%
# The overview page of a meeting pack: the agenda with links to every brief, the proposals
# side by side, the items that could not be processed, and the fund before and after the
# meeting's proposals. `sif meeting FILE` runs it with papermill after the briefs; it only
# displays what sif_models.documents.meeting_overview builds; keep it thin.
# Keep the pair in sync with `jupytext --sync notebooks/meeting.py`.
from IPython.display import Markdown, display

from sif_models.documents.meeting_overview import build_meeting_page

# %% tags=["parameters"]
# Parameters (papermill injects new values after this cell; all plain JSON types):
meeting_path: str = "../data/meetings/2021-02-11.yaml"  # the meeting file
fund_path: str = "../data/fund.yaml"  # the fund file
items: list = []  # what the pack made of each agenda item (sif_models.documents.agenda)
links: dict = {}  # file names of the overview PDF and the whole pack's PDF
draws: int = 2000  # Monte Carlo draws per proposal and for the fund (0: central only)
seed: int = -1  # random seed (-1: each proposal's own seed; sif's default for the fund)
lang: str = "da"  # "da" (Danish) or "en" (English)

# %%
page = build_meeting_page(
    meeting_path, items, fund_path, draws=draws, seed=seed, lang=lang, links=links
)

# %%
# Title, the agenda with links, the proposals side by side (expected figures, deal zone, the
# input most worth learning about, weak cases flagged), the items with errors.
display(Markdown(page.title_md()))
display(Markdown(page.agenda_md()))
display(Markdown(page.comparison_md()))
display(Markdown(page.problems_md()))

# %%
# The fund before and after the meeting's proposals.
display(Markdown(page.fund_md()))
display(*page.chart_outputs())
display(Markdown(page.balance_md()))

# %%
# Provenance.
display(Markdown(page.method_md()))
