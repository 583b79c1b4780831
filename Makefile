# One command per job. `make report` builds the example, `make test` runs every test;
# both set up .venv first when needed.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/dumai_kota_2022
OUT := build

.PHONY: install report test lint fmt typecheck golden schema docs bench gallery check clean

$(BIN)/lkjip: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/lkjip

report: install
	$(BIN)/lkjip validate $(EXAMPLE) --strict
	$(BIN)/lkjip build $(EXAMPLE) --out $(OUT)/laporan.docx

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check lkjip tests bench
	$(BIN)/ruff format --check lkjip tests bench

fmt: install
	$(BIN)/ruff format lkjip tests bench
	$(BIN)/ruff check --fix lkjip tests bench

typecheck: install
	$(BIN)/mypy lkjip

golden: install
	$(BIN)/python -m tests.golden

schema: install
	$(BIN)/lkjip schema --out schema

docs: install
	$(BIN)/python -m lkjip.docgen

bench: install
	$(BIN)/python -m bench.run

# Cover, a table page and a chart page of every example as small PNGs in docs/gallery/
# (needs LibreOffice and poppler-utils).
gallery: install
	$(BIN)/python tools/gallery.py

check: lint typecheck test report

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache dist
