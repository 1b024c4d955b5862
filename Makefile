# Two entry points, both self-contained on a fresh machine:
#   make demo   creates .venv if absent, installs palm, runs the CPU demo
#   make test   creates .venv if absent, installs palm with test extras, runs pytest
# Every pip command is pinned by constraints.txt (see shared/design/STACK.md).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export MPLBACKEND := Agg

.PHONY: demo test lint bench bench-routing clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.demo-installed: $(PY) pyproject.toml constraints.txt
	$(PIP) -e ".[plot]"
	touch $@

$(VENV)/.test-installed: $(PY) pyproject.toml constraints.txt
	$(PIP) -e ".[test,plot]"
	touch $@

demo: $(VENV)/.demo-installed
	$(PY) examples/demo.py

test: $(VENV)/.test-installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check palm tests examples benchmarks
	$(VENV)/bin/ruff format --check palm tests examples benchmarks

bench: $(VENV)/.test-installed
	$(PY) benchmarks/bench_portfolio.py

bench-routing: $(VENV)/.test-installed
	$(PY) benchmarks/bench_routing.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
