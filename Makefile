# sco_toolkit: two commands for a new user (make demo, make test) and a few helpers.
# Every target creates .venv on first use and is idempotent: a second run reuses it.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
DATA   ?= data
PYTEST_ARGS ?=

.PHONY: demo test lint format lab app bench clean help

help:
	@echo "make demo   - install into .venv and analyse data/ (tables in build/tables)"
	@echo "make test   - install with test extras and run the whole test suite"
	@echo "make lint   - ruff check and ruff format --check"
	@echo "make lab    - JupyterLab on notebooks/"
	@echo "make bench  - run the benchmarks in benchmarks/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.stamp-base: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[test,app]"
	@touch $@ $(VENV)/.stamp-base

demo: $(VENV)/.stamp-base
	$(BIN)/sco-toolkit analyze $(DATA) --out build/tables

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

bench: $(VENV)/.stamp-base
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf build site .pytest_cache .ruff_cache
