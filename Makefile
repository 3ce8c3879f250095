# The two commands: `make run` and `make test`. Everything they need is installed on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test deps frontends services lint typecheck pytest schema bench simulate clean

# SIMULATE=N connects N simulated chargers so there is live data at once (SIMULATE=0: none).
SIMULATE ?= 3

run: deps frontends
	$(PY) -m plagsini migrate
	$(PY) -m plagsini serve --simulate $(SIMULATE)

test: deps frontends services
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	@bash scripts/frontends.sh test
	$(VENV)/bin/pytest -q $(PYTEST_ARGS)

deps: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

frontends: deps
	@bash scripts/frontends.sh

services:
	@bash scripts/install_services.sh

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: deps
	$(VENV)/bin/mypy

pytest: deps
	$(VENV)/bin/pytest -q $(PYTEST_ARGS)

schema: deps
	$(PY) -m api.export_schema

simulate: deps
	$(PY) -m plagsini simulate --url ws://localhost:9000 --chargers $${CHARGERS:-3}

bench: deps services
	$(PY) -m bench

clean:
	rm -rf $(VENV) var admin_spa/dist driver_pwa/dist admin_spa/node_modules driver_pwa/node_modules
