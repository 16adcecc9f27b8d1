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
# The yearly report: every investment's status, its measured results against what was
# expected, the success rates updated (Beta-binomial), the updated business cases and the
# fund's economy. `sif annual-report YEAR` runs it with papermill; it only displays what
# sif_models.documents.annual_report builds; keep it thin.
# Keep the pair in sync with `jupytext --sync notebooks/annual_report.py`.
from IPython.display import Markdown, display

from sif_models.documents.annual_report import build_annual_page

# %% tags=["parameters"]
# Parameters (papermill injects new values after this cell; all plain JSON types):
year: int = 2023  # the report's year
fund_path: str = "../data/fund.yaml"  # the fund file
results_dir: str = "../data/results"  # the folder of measured results (*.csv)
draws: int = 2000  # Monte Carlo draws for the fund's outlook (0: the expected path only)
seed: int = -1  # random seed (-1: sif's default)
lang: str = "da"  # "da" (Danish) or "en" (English)

# %%
page = build_annual_page(year, fund_path, results_dir, draws=draws, seed=seed, lang=lang)

# %%
# Title (with a notice when the results are illustrative), summary, the investments.
display(Markdown(page.title_md()))
display(Markdown(page.summary_md()))
display(Markdown(page.investments_md()))

# %%
# Measured results against expected, the updated estimates and business cases.
display(*page.results_outputs())

# %%
# The fund's economy and outlook, planned and updated.
display(Markdown(page.economy_md()))
display(*page.chart_outputs())
display(Markdown(page.yearly_md()))

# %%
# How the figures are computed, and provenance.
display(Markdown(page.method_md()))
