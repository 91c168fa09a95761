# rcp-intake: make demo (convert the bundled samples), make test (run the tests).
# Both install what they need first (a .venv, and Tesseract for scans when possible).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
IN ?= samples
OUT ?= out

.PHONY: install demo convert test bench clean help

help:
	@echo "make demo                 install if needed, convert samples/ into out/"
	@echo "make test                 install if needed, run the test suite"
	@echo "make convert IN=dir OUT=dir   convert the letters of IN (only new or changed ones)"
	@echo "make bench                speed and memory figures"
	@echo "make install              create .venv with the project and its dependencies"

install: $(STAMP)

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/rcp-intake convert samples --out out; status=$$?; \
	  if [ $$status -eq 0 ] || [ $$status -eq 3 ]; then echo "Records in out/ (exit $$status: see README)"; exit 0; fi; exit $$status

convert: $(STAMP)
	$(BIN)/rcp-intake convert $(IN) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf out out-* .pytest_cache
