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
# The fund brief: the fund's ten-year outlook (docs/model.md §7), with and without new proposals.
# `sif fund [--with FILE...]` runs this notebook with papermill and renders it to HTML and PDF
# with the code hidden. It only displays what sif_models.documents.fund_brief builds; keep it thin.
# Keep the pair in sync with `jupytext --sync notebooks/fund.py`.
from IPython.display import Markdown, display

from sif_models.documents.fund_brief import build_fund_page

# %% tags=["parameters"]
# Parameters (papermill injects new values after this cell; all plain JSON types):
fund_path: str = "../data/fund.yaml"  # the fund file
with_paths: list = []  # new proposal files to add to the portfolio (may be empty)
draws: int = 2000  # Monte Carlo draws per investment (0: the expected path only)
seed: int = -1  # random seed (-1: sif's default)
lang: str = "da"  # "da" (Danish) or "en" (English)

# %%
page = build_fund_page(fund_path, with_paths=with_paths, draws=draws, seed=seed, lang=lang)

# %%
# Headline: title, what the outlook says in a few sentences, the key figures.
display(Markdown(page.title_md()))
display(Markdown(page.summary_md()))
display(Markdown(page.key_figures_md()))

# %%
# The fan chart: balance by year, the expected line (the mean of the simulations) and the
# 90 % band, the ten years marked.
display(*page.chart_outputs())

# %%
# The yearly table and the portfolio.
display(Markdown(page.yearly_md()))
display(Markdown(page.portfolio_md()))

# %%
# How the figures are computed, and provenance.
display(Markdown(page.method_md()))
