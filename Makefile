# Quick start: `make demo` and `make test` each set up .venv on their own.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
EXTRAS ?= dev

.PHONY: demo test lint typecheck evaluate bench clean install

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-$(EXTRAS): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $@

install: $(VENV)/.installed-$(EXTRAS)

demo: install
	$(BIN)/newsevents demo

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check newsevents tests benchmarks
	$(BIN)/mypy

evaluate: install
	$(BIN)/newsevents evaluate --all

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
