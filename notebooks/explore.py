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

# %% [markdown]
# # Udforsk en business case
#
# Flyt en skyder — en succesrate, en resultatpris, en enhedspris eller årets optag — og se
# nøgletallene og den akkumulerede nettogevinst følge med (det centrale skøn, uden usikkerhed).
# Knappen kører en Monte Carlo-simulering af den aktuelle case. Skift `proposal` til dit eget
# forslag; stier fra projektets `data/` virker fra enhver mappe.
#
# Move a slider — a success rate, an outcome price, a unit cost or a year's intake — and watch the
# key figures and the cumulative net follow (the central estimate). The button runs a Monte Carlo
# of the case as it stands.

# %%
import sif_models
from sif_models.documents.explore import Explorer

proposal = "data/proposals/ips-plus.yaml"
case = sif_models.run(proposal)
case  # noqa: B018  (a notebook shows the last value: the case's key figures and a chart)

# %%
explorer = Explorer(case)
explorer.widget()

# %% [markdown]
# Fra Python (from Python): `case.with_changes(success_rate={"job-uddannelse-18m": 0.55})` gives
# the case with one assumption changed, on the same draws; `sif_models.run(proposal, draws=10_000)`
# adds the Monte Carlo, `case.deal_zone()` and `case.value_of_information()` the decision tools.

# %%
case.with_changes(success_rate={"job-uddannelse-18m": 0.55})
