# multiPIE: `make run` and `make test` set everything up themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
NATIVE := $(wildcard multipie/native/*.[ch] multipie/native/*/*.[ch] setup.py)

.PHONY: run test lint typecheck guests venv clean bench sysdeps fuzz test-asan conformance

venv: $(STAMP)

# Debian packages for registry, container and load tests (only when missing and root).
sysdeps:
	bash scripts/sysdeps.sh

# Reinstall only when the project's metadata or native sources change.
$(STAMP): pyproject.toml $(NATIVE)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev,ray]'
	touch $(STAMP)

# Every guest is built from source (WAT, C via `python -m ziglang cc`); incremental.
guests: $(STAMP)
	$(PY) -m multipie.toolchain guest build/guest

lint: $(STAMP)
	$(VENV)/bin/ruff check multipie tests benchmarks fuzz

typecheck: $(STAMP)
	$(VENV)/bin/mypy multipie fuzz

test: sysdeps guests lint typecheck
	$(VENV)/bin/pytest -q

# Long fuzzing campaigns, side by side (docs/reliability.md): FUZZ_BUDGET cases (default 1,000,000), then the table.
fuzz: guests
	$(PY) -m fuzz

# The syscall conformance suites, every test (gnulib's slow ones too), natively and in a virtine.
conformance: sysdeps guests
	MULTIPIE_CONFORMANCE_ALL=1 $(VENV)/bin/pytest -q tests/conformance

# The native extensions built with ASan + UBSan in build/asan, their tests run under them.
test-asan: guests
	$(PY) -m fuzz.asan

# `make run LISTEN=0.0.0.0:9000` to serve elsewhere.
LISTEN ?= 127.0.0.1:8080
run: guests
	$(VENV)/bin/multipie up examples/app --listen $(LISTEN)

bench: sysdeps guests
	$(VENV)/bin/multipie bench

clean:
	rm -rf build bench-results .pytest_cache .mypy_cache
