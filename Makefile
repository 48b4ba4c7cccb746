# sco_toolkit: two commands for a new user (make demo, make test) and a few helpers.
# Every target creates .venv on first use and is idempotent: a second run reuses it.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
DATA   ?= data
NOTEBOOKS ?= notebooks
SITE   ?= site
TABLES := build/tables
PYTEST_ARGS ?=
# What the demo's outputs are made from (the data folder is checked separately, see below).
PKG_FILES := $(wildcard sco_toolkit/*.py sco_toolkit/lexicons/*.yaml sco_toolkit/templates/*.j2 \
                        sco_toolkit/templates/nbconvert/*/*)
NOTEBOOK_FILES := $(wildcard $(NOTEBOOKS)/*.ipynb)

.PHONY: demo site test lint format lab app bench clean help FORCE

help:
	@echo "make demo   - install into .venv, analyse data/ and build site/ (HTML pages + report)"
	@echo "make site   - the same without the closing message (notebooks -> site/, report)"
	@echo "make test   - install with test extras and run the whole test suite"
	@echo "make lint   - ruff check and ruff format --check"
	@echo "make lab    - JupyterLab on notebooks/"
	@echo "make app    - the explorer notebook as a Voila app on http://127.0.0.1:8866"
	@echo "make bench  - run the benchmarks in benchmarks/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.stamp-base: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.stamp-app: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[app]"
	@touch $@ $(VENV)/.stamp-base

$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[test,app]"
	@touch $@ $(VENV)/.stamp-base $(VENV)/.stamp-app

# The demo is built in three steps, each redone only when what it is made from changed, so a
# second `make demo` takes a second: tables (build/tables), the one-file report, then the
# notebooks rendered to HTML pages (site/). The site's stamp is touched only when every
# notebook rendered, so a failed notebook is tried again on the next run.
demo: site
	@echo ""
	@echo "Open $(abspath $(SITE))/index.html in a browser: the rendered notebooks, and"
	@echo "$(abspath $(SITE))/report.html, one self-contained interactive report (works offline)."

site: $(SITE)/.stamp

# Touched when DATA names another folder or anything in it is newer (added, changed, removed).
build/.data-stamp: FORCE
	@mkdir -p build
	@if [ ! -f $@ ] || [ "$$(cat build/.data-path 2>/dev/null)" != "$(abspath $(DATA))" ] || \
	    [ -n "$$(find "$(DATA)" -newer $@ -print -quit 2>/dev/null)" ]; then \
	  echo "$(abspath $(DATA))" > build/.data-path; touch $@; fi

$(TABLES)/corpus.json: build/.data-stamp $(PKG_FILES) $(VENV)/.stamp-base
	$(BIN)/sco-toolkit analyze $(DATA) --out $(TABLES)

$(SITE)/report.html: $(TABLES)/corpus.json
	$(BIN)/sco-toolkit report $(TABLES) --out $@

$(SITE)/.stamp: $(SITE)/report.html $(NOTEBOOK_FILES)
	$(BIN)/sco-toolkit render --corpus $(DATA) --notebooks $(NOTEBOOKS) --out $(SITE)
	@touch $@

test: $(VENV)/.stamp-test
	$(BIN)/ruff check sco_toolkit tests benchmarks
	$(BIN)/ruff format --check sco_toolkit tests benchmarks
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.stamp-test
	$(BIN)/ruff check sco_toolkit tests benchmarks
	$(BIN)/ruff format --check sco_toolkit tests benchmarks

format: $(VENV)/.stamp-test
	$(BIN)/ruff format sco_toolkit tests benchmarks
	$(BIN)/ruff check --fix sco_toolkit tests benchmarks

lab: $(VENV)/.stamp-base
	$(BIN)/jupyter lab --notebook-dir=notebooks --ip=127.0.0.1

app: $(VENV)/.stamp-app
	$(BIN)/voila $(NOTEBOOKS)/05_explorer.ipynb --no-browser --Voila.ip=127.0.0.1 --port 8866

bench: $(VENV)/.stamp-base
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf build site .pytest_cache .ruff_cache
