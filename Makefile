# phigate: two commands set everything up on a fresh machine.
#   make run   creates .venv, installs phigate with the embedded model, makes a demo key, serves on :8080
#   make test  creates the test environment and runs every test (lint and types included)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= var

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip

# The first install compiles llama.cpp (llama-cpp-python) from source for any AVX2 CPU, not for the
# build machine's own (scripts/ensure-llama.sh says why): about 8 minutes on 2 cores; later installs
# reuse the wheel from ~/.cache/phigate/wheels.
$(VENV)/.installed-run: pyproject.toml scripts/ensure-llama.sh | $(BIN)/python
	@echo ">>> Installing phigate[local]; the first build of llama-cpp-python takes about 8 minutes."
	bash scripts/ensure-llama.sh $(BIN)/python
	$(BIN)/pip install --progress-bar on -e '.[local]'
	touch $@

$(VENV)/.installed-test: pyproject.toml scripts/ensure-llama.sh | $(BIN)/python
	@echo ">>> Installing phigate[local,postgres,dev]; the first build of llama-cpp-python takes about 8 minutes."
	bash scripts/ensure-llama.sh $(BIN)/python
	$(BIN)/pip install --progress-bar on -e '.[local,postgres,dev]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	@echo ">>> Demo API key for app 'default' (only its hash is stored in $(DATA)/):"
	@$(BIN)/phigate keys create --app default --data-dir $(DATA) --quiet
	$(BIN)/phigate serve --data-dir $(DATA)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: lint
	bash scripts/ensure-postgres.sh
	bash scripts/ensure-chromium.sh
	$(BIN)/python -m pytest

# Every benchmark, each side by side with its peer in one run (about 8 minutes; BENCH_ARGS=--quick is shorter).
bench: $(VENV)/.installed-test
	$(BIN)/python bench/gateway_overhead.py $(BENCH_ARGS)
	$(BIN)/python bench/deid_vs_presidio.py $(BENCH_ARGS)
	$(BIN)/python bench/ledger.py $(BENCH_ARGS)
	$(BIN)/python bench/guards.py $(BENCH_ARGS)
	$(BIN)/python bench/output_guards.py
	$(BIN)/python bench/scan.py --semgrep

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
