# Relate — `make run` starts the app, `make test` runs every check CI runs.
# The first use creates a virtual environment in .venv with everything installed.

PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-stamp

.PHONY: run test lint forms check-forms translations check-translations build clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m relate_desktop $(ARGS)

test: $(STAMP) lint check-forms check-translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check relate_desktop tests tools benchmarks
	$(BIN)/mypy

# Regenerate the Python forms from the Qt Designer sources in ui/.
forms: $(STAMP)
	$(BIN)/python tools/compile_forms.py

# CI fails when a .ui file was changed without regenerating its form.
check-forms: $(STAMP)
	$(BIN)/python tools/compile_forms.py --check

# The Qt Linguist catalogs (resources/translations/relate_<language>.ts): new and changed
# messages from the sources into every .ts, then each .ts compiled into the .qm Relate loads.
translations: $(STAMP)
	$(BIN)/python tools/translations.py update release

# CI fails when a .ts misses messages of the sources, a .qm is stale, a translation breaks a
# placeholder or an accelerator, or a message is still untranslated (while new words wait for
# their translators: make test TRANSLATIONS_ALLOW=--allow-unfinished).
TRANSLATIONS_ALLOW ?=
check-translations: $(STAMP)
	$(BIN)/python tools/translations.py --check $(TRANSLATIONS_ALLOW)

# The one-folder program for shop PCs, dist/relate-desktop/ (see the README's "Building the
# installer"), then the built program's own checks: its version, and storing and reading
# back a remark and an escalation in a temporary folder.
build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/relate.spec
	dist/relate-desktop/relate-desktop --version
	dist/relate-desktop/relate-desktop --self-check
	du -sh dist/relate-desktop

clean-venv:
	rm -rf $(VENV)
