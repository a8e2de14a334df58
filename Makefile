# Strategie-Editor: `make run` starts the editor on the bundled sample, `make test` runs
# every test headless. Both create the virtual environment in .venv on first use.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE := Beispiel.strategie

.PHONY: run test bench lint typecheck clean wheel wheel-test frozen frozen-test install-desktop uninstall-desktop desktop-check

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
# Needs pandoc, xvfb and the German Hunspell dictionary (apt-get install pandoc xvfb libenchant-2-2
# hunspell-de-de), as CI installs them.
bench: $(STAMP) $(NOVELWRITER)
	@status=0; for b in bench/bench_storage.py bench/bench_wiki.py bench/bench_docx.py bench/bench_import.py; do \
		$(PY) $$b || status=1; done; \
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_edits.py || status=1; \
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) bench/bench_startup.py --novelwriter $(NOVELWRITER) --large \
		|| status=1; \
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) bench/bench_spelling.py || status=1; exit $$status

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/pyright --pythonpath $(PY)

# --- Shipping (see README "Installation") ---------------------------------------------

# The wheel, as IT installs it with pip; built in pip's isolated build environment.
wheel: $(STAMP)
	rm -rf dist/*.whl build/lib
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .

# The wheel in a fresh venv outside the checkout, then every command and the window from there.
WHEEL_VENV ?= $(or $(TMPDIR),/tmp)/strategie-editor-wheel-test
wheel-test: wheel
	rm -rf $(WHEEL_VENV)
	$(PYTHON) -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/python -m pip install --quiet dist/strategie_editor-*.whl
	xvfb-run -a -s "-screen 0 1280x800x24" $(PYTHON) packaging/smoke_test.py $(WHEEL_VENV)/bin/strategie-editor

# The frozen one-folder build (PyInstaller) in dist/strategie-editor/, from the project as
# installed into a build venv of its own (not from the checkout).
FROZEN_VENV := build/frozen-venv
frozen:
	rm -rf $(FROZEN_VENV) dist/strategie-editor build/pyinstaller
	$(PYTHON) -m venv $(FROZEN_VENV)
	$(FROZEN_VENV)/bin/python -m pip install --quiet . "pyinstaller>=6.10,<7"
	$(FROZEN_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/strategie-editor.spec

frozen-test: frozen
	xvfb-run -a -s "-screen 0 1280x800x24" $(PYTHON) packaging/smoke_test.py dist/strategie-editor/strategie-editor
	xvfb-run -a -s "-screen 0 1280x800x24" $(PYTHON) packaging/smoke_test.py --window-only dist/strategie-editor/StrategieEditor

# Launcher, file type *.strategie, icons and AppStream data for the current user (no root).
# STRATEGIE_PROGRAM=/opt/strategie-editor/strategie-editor registers the frozen build instead.
STRATEGIE_PROGRAM ?= $(abspath $(VENV))/bin/strategie-editor
install-desktop: $(STAMP)
	packaging/linux/install-desktop.sh "$(STRATEGIE_PROGRAM)"

uninstall-desktop:
	packaging/linux/install-desktop.sh --uninstall

desktop-check:
	desktop-file-validate packaging/linux/de.oberhausen.StrategieEditor.desktop
	appstreamcli validate --no-net packaging/linux/de.oberhausen.StrategieEditor.metainfo.xml

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis tests/_actual build dist
