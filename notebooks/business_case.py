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
# The decision brief for the Council for Social Investments (Rådet for Sociale Investeringer).
# `sif brief FILE` runs this notebook with papermill and renders it to HTML and PDF with the
# code hidden. It only displays what sif_models.documents.brief builds; keep it thin. It has no
# Markdown cells on purpose: everything shown comes from the library, in the brief's language.
# Edit this .py (jupytext percent format) or the .ipynb and keep the pair in sync with
# `jupytext --sync notebooks/business_case.py`.
from IPython.display import Markdown, display

from sif_models.documents.brief import build_brief

# %% tags=["parameters"]
# Parameters (papermill injects new values after this cell; all plain JSON types):
proposal_path: str = "../data/examples/worked-example.yaml"  # the proposal YAML file
draws: int = 2000  # Monte Carlo draws (0: the central case only)
seed: int = -1  # random seed (-1: the seed in the proposal, else sif default)
lang: str = "da"  # language of the brief: "da" (Danish) or "en" (English)
agenda: str = ""  # in a meeting pack: "decision" or "discussion" (the header says so)

# %%
brief = build_brief(proposal_path, draws=draws, seed=seed, lang=lang, agenda=agenda or None)

# %%
# Headline: title, what the council is asked to decide, the summary, the key figures.
display(Markdown(brief.title_md()))
display(Markdown(brief.ask_md()))
display(Markdown(brief.summary_md()))
display(Markdown(brief.key_figures_md()))

# %%
# Charts: cumulative net by party (break-even marked), the distribution of public net,
# the tornado, the financiers' gain or loss. Each is a wide image (page and print), a narrow
# one (phones) and a reading guide.
display(Markdown(brief.heading_md("charts")))
for name in brief.CHARTS:
    display(*brief.chart_outputs(name))

# %%
# Who saves (payers, budget areas, cashable or not) and who pays (outcome payers, transaction
# costs).
display(Markdown(brief.parties_md()))

# %%
# The deal zone: the rate cards both the kommune and the financiers can expect not to lose on,
# with its chart.
display(Markdown(brief.deal_md()))
display(*brief.chart_outputs("deal"))

# %%
# Financing: the financiers, and the fund with or without an external investor.
display(Markdown(brief.financing_md()))
display(Markdown(brief.structures_md()))

# %%
# What is worth knowing before deciding: the value of information.
display(Markdown(brief.information_md()))

# %%
# Yearly cash flows by party (the central estimate).
display(Markdown(brief.cash_flows_md()))

# %%
# Appendix: every assumption with its value, uncertainty and source; the unit costs used;
# how the figures are computed; provenance (SHA-256 of the inputs, version, seed, draws, date).
display(Markdown(brief.assumptions_md()))
display(Markdown(brief.provenance_md()))
