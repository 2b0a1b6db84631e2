# The project's vocabulary: run, test, lint, bench, dist, smoke.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres lint format bench demo translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/flevodesk

demo: $(STAMP)
	$(BIN)/flevodesk init --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The whole suite once more with its `db` on PostgreSQL (FLEVODESK_TEST_POSTGRES_URL, or a
# throwaway cluster of the tests' own); tests of a database file (backups, encryption, kills,
# WAL, the lock file) are marked sqlite_only and skipped there.
test-postgres: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --on-postgres

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python scripts/check_layers.py

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

# Every interface text into a Qt Linguist file, the start of a translation (tr_text spells tr);
# enum labels and table headers come from domain/ and services/ through a generated file.
translations: $(STAMP)
	mkdir -p resources/translations build/translations
	$(BIN)/python scripts/texts_for_translation.py > build/translations/domain_texts.py
	$(BIN)/pyside6-lupdate -tr-function-alias tr+=tr_text $$(find flevodesk/ui -name '*.py' | sort) \
		build/translations/domain_texts.py -ts resources/translations/flevodesk_en.ts
	# The printouts' fixed texts (words("...") in flevodesk/reports/), context "printouts".
	$(BIN)/python scripts/texts_for_translation.py --printouts > build/translations/printout_texts.py
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -target-language en_GB \
		build/translations/printout_texts.py -ts resources/translations/printouts_en.ts

clean:
	rm -rf $(VENV) build dist *.egg-info

# Packaging (packaging/): the frozen one-folder build, its archive, and its smoke test.
.PHONY: dist smoke bench-dist
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $(DIST_STAMP)

# nice: a build takes both cores for about a minute; keep the desktop usable meanwhile.
dist: $(DIST_STAMP)
	nice $(BIN)/python packaging/build.py

smoke: $(STAMP)
	$(BIN)/python packaging/smoke_test.py dist/FlevoDesk/FlevoDesk --source-python $(BIN)/python

bench-dist: $(DIST_STAMP)
	$(BIN)/python packaging/bench_dist.py
