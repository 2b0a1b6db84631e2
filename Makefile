# The project's vocabulary: run, test, lint, bench, dist, smoke.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres lint format bench demo translations translations-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The compiled catalogues: each language's *_<code>.ts files (interface, messages,
# printouts) merged into one flevodesk_<code>.qm; built, never committed.
LANGUAGES := en
QM_FILES := $(LANGUAGES:%=resources/translations/flevodesk_%.qm)
.SECONDEXPANSION:
$(QM_FILES): resources/translations/flevodesk_%.qm: $$(wildcard resources/translations/*_$$*.ts) | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $^ -qm $@

run: $(STAMP) $(QM_FILES)
	$(BIN)/flevodesk

demo: $(STAMP)
	$(BIN)/flevodesk init --demo

test: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Every test of the shared database fixtures (db, db_target, demo_db) once more with that
# database on PostgreSQL (FLEVODESK_TEST_POSTGRES_URL, or a throwaway cluster of the tests'
# own). The rest is deselected: tests of a database file (backups, encryption, kills, WAL,
# the lock file), of no database, or of the server by name run the same in `make test`.
test-postgres: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --on-postgres

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python scripts/check_layers.py
	$(BIN)/python scripts/translations.py check

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

# Every interface text into its Linguist file (tr_text spells tr; enum labels and table
# headers come from domain/ and services/ through a generated file): translations made are
# kept, vanished texts dropped, and the unfinished ones counted. translations-check does the
# same into a temporary copy and fails when any text is unfinished (lint runs it).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update

translations-check: $(STAMP)
	$(BIN)/python scripts/translations.py check

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm

# Packaging (packaging/): the frozen one-folder build, its archive, and its smoke test.
.PHONY: dist smoke bench-dist
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $(DIST_STAMP)

# nice: a build takes both cores for about a minute; keep the desktop usable meanwhile.
dist: $(DIST_STAMP) $(QM_FILES)
	nice $(BIN)/python packaging/build.py

smoke: $(STAMP)
	$(BIN)/python packaging/smoke_test.py dist/FlevoDesk/FlevoDesk --source-python $(BIN)/python

bench-dist: $(DIST_STAMP)
	$(BIN)/python packaging/bench_dist.py
