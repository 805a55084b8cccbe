# Two commands on a fresh machine: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.caseapp-demo

.PHONY: run demo test lint bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/caseapp

demo: install
	@if [ ! -e "$(DEMO_DB)/caseapp.sqlite3" ]; then $(BIN)/caseapp demo --db "$(DEMO_DB)"; fi
	$(BIN)/caseapp --db "$(DEMO_DB)"

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check caseapp tests
	$(BIN)/ruff format --check caseapp tests
	$(BIN)/mypy caseapp

bench: install
	$(BIN)/python -m caseapp.bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
