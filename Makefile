# The two commands: `make run` and `make test`. Everything they need is installed on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test deps frontends services lint typecheck pytest schema bench bench-curves simulate clean

# PYTEST_WORKERS=N runs the tests in N processes (pytest-xdist; each starts its own MariaDB and Redis);
# auto: one per core, at most 4; 0: in this process, one after the other.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL = -n $(PYTEST_WORKERS) --dist worksteal

# SIMULATE=N connects N simulated chargers so there is live data at once (SIMULATE=0: none).
SIMULATE ?= 3

run: deps frontends
	$(PY) -m plagsini migrate
	$(PY) -m plagsini serve --simulate $(SIMULATE)

test: deps frontends services
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	@bash scripts/frontends.sh test
	$(VENV)/bin/pytest -q $(PYTEST_PARALLEL) --durations=40 $(PYTEST_ARGS)

deps: $(STAMP)

# Python packages come from requirements.lock (exact versions, checked against their hashes); it is
# complete, so nothing is resolved (--no-deps) and `pip check` confirms every requirement is met. The
# project goes on top. A changed lock or pyproject.toml re-installs; the last step fails when the
# lock no longer matches pyproject.toml (re-lock with scripts/lock.sh).
$(STAMP): pyproject.toml requirements.lock scripts/check_lock.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	$(PY) -m pip check
	$(PY) scripts/check_lock.py
	@touch $(STAMP)

frontends: deps
	@bash scripts/frontends.sh

services:
	@bash scripts/install_services.sh
	@sh scripts/ocpi_peer_venv.sh

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: deps
	$(VENV)/bin/mypy

pytest: deps
	$(VENV)/bin/pytest -q $(PYTEST_PARALLEL) $(PYTEST_ARGS)

schema: deps
	$(PY) -m api.export_schema

simulate: deps
	$(PY) -m plagsini simulate --url ws://localhost:9000 --chargers $${CHARGERS:-3}

bench: deps services frontends
	$(PY) -m bench

bench-curves: deps services
	$(PY) -m bench curves $(CURVES_ARGS)

clean:
	rm -rf $(VENV) var admin_spa/dist driver_pwa/dist admin_spa/node_modules driver_pwa/node_modules
