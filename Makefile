# Quick start: `make demo` sets up .venv and renders the demo; `make test` runs ruff and pytest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lab lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sif check data/examples/*.yaml data/proposals/*.yaml
	$(BIN)/sif meeting data/meetings/2021-02-11.yaml
	$(BIN)/sif fund
	@echo "Open reports/2021-02-11/index.html (or pack.pdf) and reports/fund.html (or fund.pdf)."

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# JupyterLab with sif's kernel, opened on the explorer notebook
lab: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[lab]"
	$(BIN)/jupyter lab notebooks/explore.ipynb

lint: $(STAMP)
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_montecarlo.py
	$(BIN)/python benchmarks/bench_irr.py
	$(BIN)/python benchmarks/bench_brief.py
	$(BIN)/python benchmarks/bench_meeting.py
	$(BIN)/python benchmarks/bench_decisions.py
	$(BIN)/python benchmarks/bench_cli.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
