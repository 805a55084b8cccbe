# Two commands on a fresh machine: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.caseapp-demo

.PHONY: run demo test lint bench install clean translations system-run system-test system-bundle \
	bundle bundle-test

# The system libraries Qt needs (Debian and Ubuntu), installed where missing; quick when present.
system-run:
	@PYTHON=$(PYTHON) tools/system-packages run
system-test:
	@PYTHON=$(PYTHON) tools/system-packages test
system-bundle:
	@PYTHON=$(PYTHON) tools/system-packages bundle

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

install: $(STAMP)

run: system-run install
	$(BIN)/caseapp

demo: system-run install
	@if [ ! -e "$(DEMO_DB)/caseapp.sqlite3" ]; then $(BIN)/caseapp demo --db "$(DEMO_DB)"; fi
	$(BIN)/caseapp --db "$(DEMO_DB)"

test: system-test install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto

lint: install
	$(BIN)/ruff check caseapp tests
	$(BIN)/ruff format --check caseapp tests
	$(BIN)/mypy caseapp

# Refresh the .ts sources from the code (keeps existing translations), then compile the .qm files
# that ship in the package. Both are committed, so `pip install .` works without Qt's tools.
TS_DIR := resources/translations
translations: install
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'caseapp/*.py' | grep -v migrations) \
		-ts $(TS_DIR)/caseapp_ru.ts $(TS_DIR)/caseapp_kk.ts $(TS_DIR)/caseapp_en.ts
	for ts in $(TS_DIR)/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# The standalone build: PyInstaller, one folder, dist/caseapp/ (packaging/caseapp.spec, which
# Windows and macOS builds use too), and its smoke test from a clean environment.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint,bundle]'
	touch $(BUNDLE_STAMP)

bundle: system-bundle $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/caseapp.spec

bundle-test: bundle
	packaging/smoke-test dist/caseapp/caseapp

bench: install
	$(BIN)/python -m caseapp.bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
