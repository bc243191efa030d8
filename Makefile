# evaletl: `make run` runs the pipeline on input/, `make test` runs every test.
# Both install what a fresh Debian machine lacks (scripts/ensure-deps.sh).

SWIFT      ?= swift
PREFIX     ?= /usr/local
VENV       := .venv
PY         := $(VENV)/bin/python
RELEASE    := .build/release/evaletl
DEBUG      := .build/debug/evaletl
SOURCES    := Package.swift $(shell find Sources -type f)
INPUTS     := input $(shell find input -type f 2>/dev/null)

.PHONY: all run test docs bench bench-parquet clean install deps deps-test

all: run

## run: build (release) and run the pipeline, only when input/, pipeline.yml or the sources changed
run: output/run.json

output/run.json: $(RELEASE) pipeline.yml $(INPUTS)
	$(RELEASE) run --config pipeline.yml

$(RELEASE): $(SOURCES) | deps
	$(SWIFT) build -c release --product evaletl
	@touch $@

## test: Swift unit and end-to-end tests, then the outputs checked by pyarrow, DuckDB, polars, xmllint, LibreOffice
test: deps-test $(VENV)/.installed
	$(SWIFT) build --build-tests
	EVALETL_PYTHON=$(abspath $(PY)) $(SWIFT) test
	EVALETL_BIN=$(abspath $(DEBUG)) $(PY) -m pytest -q tests
ifeq ($(CI),true)
	EVALETL_PYTHON=$(abspath $(PY)) $(SWIFT) test --sanitize=thread --scratch-path .build-tsan
endif

## docs: rewrite docs/tables.md (the tables' columns, types, meanings, vocabularies) from TableSchema
docs: $(RELEASE)
	$(RELEASE) tables > docs/tables.md.tmp && mv docs/tables.md.tmp docs/tables.md

$(VENV)/.installed: scripts/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q -r scripts/requirements.txt
	@touch $@

## bench: a generated 20,000-document corpus on default settings (cache on), cache off, first run of a new build, one changed, nothing changed, jobs 1, cat floor; MB/s, RSS, fsyncs
bench: $(RELEASE)
	python3 scripts/bench/run_bench.py --bin $(abspath $(RELEASE)) --work .bench/throughput $(BENCH_ARGS)

## bench-parquet: evaletl's Parquet writer against pyarrow's on 1,000,000 action rows
bench-parquet: deps $(VENV)/.installed
	EVALETL_PYTHON=$(abspath $(PY)) scripts/parquet/bench.sh 1000000 .bench/parquet

install: $(RELEASE)
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/evaletl

clean:
	rm -rf .build .bench .test-output

deps:
	@scripts/ensure-deps.sh

deps-test:
	@scripts/ensure-deps.sh test
