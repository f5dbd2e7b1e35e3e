# Switchboard: `make` builds and smoke-tests every provider wheel; `make test` runs the whole suite.
# Both bootstrap the pinned environment in .venv first (from requirements/dev.lock).

PYTHON ?= python3
DEV_VENV := .venv
# VENV is the dev environment, except in `make install VENV=...`, where it names the virtualenv to install into.
VENV ?= $(DEV_VENV)
PY := $(DEV_VENV)/bin/python
STAMP := $(DEV_VENV)/.installed
HAND_WRITTEN := overlay sandbox scripts tests examples bench
PROVIDER ?=
TESTS ?=

.DEFAULT_GOAL := all
.PHONY: all bootstrap generate wheels smoke publish install sandbox chaos test validate drift lint types pytest docs record record-live lock clean bench surface

all: generate wheels smoke

bootstrap: $(STAMP)

$(STAMP): requirements/dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(DEV_VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	@touch $(STAMP)

generate: $(STAMP)
	$(PY) scripts/generate.py

wheels: $(STAMP)
	$(PY) scripts/build_wheels.py

smoke: $(STAMP)
	$(PY) scripts/smoke.py

# Wheels + sdists of every distribution (or PROVIDER=smscx), twine check, then twine upload to REPOSITORY_URL
# (default: the public index) with TWINE_USERNAME/TWINE_PASSWORD or TWINE_API_TOKEN from the environment.
# Refuses a dirty tree, a version without a CHANGELOG section, or a version the index already has.
publish: $(STAMP)
	$(PY) -m scripts.publish $(if $(PROVIDER),--provider $(PROVIDER))

# Install one provider from this clone into the virtualenv VENV (created if missing): its wheel and the
# runtime's come from dist/, httpx and attrs from the index pip is configured with.
install: $(STAMP)
	@test -n "$(PROVIDER)" -a "$(VENV)" != "$(DEV_VENV)" || (echo "usage: make install PROVIDER=smscx VENV=path/to/venv" && exit 2)
	$(PY) scripts/build_wheels.py
	test -x "$(VENV)/bin/python" || $(PYTHON) -m venv "$(VENV)"
	"$(VENV)/bin/python" -m pip install --find-links dist switchboard-$(PROVIDER)

# Serve one provider's sandbox in the foreground from the dev environment (prints its URL and credentials;
# Ctrl-C stops it): `make sandbox PROVIDER=smscx [PORT=8080]`.
PORT ?= 8080
sandbox: $(STAMP)
	@test -n "$(PROVIDER)" || (echo "usage: make sandbox PROVIDER=smscx [PORT=8080]" && exit 2)
	PYTHONPATH=sandbox $(PY) -m switchboard_sandbox $(PROVIDER) --port $(PORT)

test: validate drift lint types docs pytest

validate: $(STAMP)
	$(DEV_VENV)/bin/openapi-spec-validator specs/*.yaml

drift: $(STAMP)
	$(PY) scripts/generate.py --check

lint: $(STAMP)
	$(DEV_VENV)/bin/ruff check $(HAND_WRITTEN)
	$(DEV_VENV)/bin/ruff format --check $(HAND_WRITTEN)

types: $(STAMP)
	$(DEV_VENV)/bin/mypy $(HAND_WRITTEN)

# Two workers (pytest-xdist): the suite's tests are independent (each starts its own sandboxes and servers on
# free ports), and these machines have two cores.
pytest: $(STAMP)
	$(DEV_VENV)/bin/pytest --block-network --record-mode=none -p no:cacheprovider -n 2

# The reference site (mkdocs.yml) into build/site; --strict: any warning (a broken link, an unparsable
# docstring, a missing include, a page left out of the nav) fails the build; not --quiet, which hides warnings
# from --strict. `make test` runs it.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(DEV_VENV)/bin/mkdocs build --strict

# Rewrite the public-surface snapshot of the facades (tests/surface/*.txt), after a deliberate surface change.
surface: $(STAMP)
	$(PY) scripts/surface.py --write

# Re-record every cassette of one provider by running its tests against a freshly started sandbox
# (TESTS=tests/<provider>/test_x.py ...: only the cassettes of those test files).
record: $(STAMP)
	@test -n "$(PROVIDER)" || (echo "usage: make record PROVIDER=messagemedia [TESTS=tests/messagemedia/test_x.py]" && exit 2)
	$(PY) scripts/record.py $(PROVIDER) $(TESTS)

# The same against the real API, with credentials from the environment (see the provider README).
record-live: $(STAMP)
	@test -n "$(PROVIDER)" || (echo "usage: make record-live PROVIDER=messagemedia" && exit 2)
	$(PY) scripts/record.py --live $(PROVIDER) $(TESTS)

# Long fuzz runs against the sandboxes (make test runs a short, derandomized one). CHAOS_SEED changes the examples.
# Then the fault campaign (issue 14, scripts/chaos.py): >= 1,000 seeded faults into CHAOS_CALLS concurrent calls
# through every facade; fails on any duplicate, lost confirmation, untyped or false failure (make test: a reduced run).
CHAOS_EXAMPLES ?= 100
CHAOS_SEED ?= 15
CHAOS_CALLS ?= 1400
chaos: $(STAMP)
	SWITCHBOARD_FUZZ_EXAMPLES=$(CHAOS_EXAMPLES) SWITCHBOARD_FUZZ_SEED=$(CHAOS_SEED) \
	  $(DEV_VENV)/bin/pytest tests/sandbox/test_fuzz.py --block-network --record-mode=none -p no:cacheprovider -q
	PYTHONPATH=overlay:generated:sandbox:. $(PY) -m scripts.chaos --seed $(CHAOS_SEED) --calls $(CHAOS_CALLS)
	SWITCHBOARD_PROPERTY_EXAMPLES=$(CHAOS_EXAMPLES) SWITCHBOARD_PROPERTY_SEED=$(CHAOS_SEED) $(DEV_VENV)/bin/pytest tests/properties --block-network --record-mode=none -p no:cacheprovider -q

# Re-resolve requirements/dev.lock from requirements/dev.in (needs network).
lock:
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/pip install --quiet -r requirements/dev.in
	{ echo "# Generated by 'make lock' from requirements/dev.in: every package of the dev environment, pinned exactly."; \
	  build/lock-venv/bin/pip freeze --all --exclude-editable | grep -v '^setuptools=='; } > requirements/dev.lock

clean:
	rm -rf build dist .mypy_cache .ruff_cache

# Benchmarks (issue 6): ratios against raw httpx, a table on stdout and JSON in bench/results/.
# `make bench BENCH_FLAGS=--skip-make` leaves out the make generate / make test timings. Row 6 (issue 16) runs
# every client side by side over TLS against one local HTTPS server, with smscx 0.1.10 and pytweet 1.3.6
# pip-installed into build/bench-originals/ (needs the package index once); row 7 is the bulk sends' peak memory.
# `make bench BENCH_FLAGS="--rows 6,7 --readme"` rewrites README.md's side-by-side table from a fresh run.
bench: $(STAMP)
	$(PY) -m bench.run $(BENCH_FLAGS)
