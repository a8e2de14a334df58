# Strategie-Editor: `make run` starts the editor on the bundled sample, `make test` runs
# every test headless. Both create the virtual environment in .venv on first use.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE := Beispiel.strategie

.PHONY: run test bench lint typecheck clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@test -f $(SAMPLE) || $(PY) main.py sample $(SAMPLE)
	$(PY) main.py $(SAMPLE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/bench_storage.py
	@for b in bench/bench_wiki.py bench/bench_docx.py bench/bench_startup.py; do \
		if [ -f $$b ]; then $(PY) $$b || exit 1; fi; done

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/pyright

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis tests/_actual
