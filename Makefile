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

# The peer of the startup benchmark, in a venv of its own (PyQt6 from PyPI).
NOVELWRITER := .bench/novelwriter/bin/python
$(NOVELWRITER):
	$(PYTHON) -m venv .bench/novelwriter
	.bench/novelwriter/bin/pip install --quiet novelwriter

# Every benchmark runs; the exit status says whether any missed its target.
# Needs pandoc and xvfb (apt-get install pandoc xvfb), as CI installs them.
bench: $(STAMP) $(NOVELWRITER)
	@status=0; for b in bench/bench_storage.py bench/bench_wiki.py bench/bench_docx.py bench/bench_import.py; do \
		$(PY) $$b || status=1; done; \
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) bench/bench_startup.py --novelwriter $(NOVELWRITER) --large \
		|| status=1; exit $$status

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/pyright

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis tests/_actual
