# Two commands set everything up on a fresh machine:
#   make report   audit the bundled samples/ into reports/samples-audit.xlsx
#   make test     run the whole test suite (installs test tools and Chromium first)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
REPORT ?= reports/samples-audit.xlsx
AS_OF  ?= 2026-11-01

.PHONY: report test install install-test chromium benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Browser tests drive Debian's chromium through Playwright (never a downloaded browser).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

report: install
	@mkdir -p reports
	$(BIN)/ehcp-audit audit samples/ --out $(REPORT) --as-of $(AS_OF) --force

test: install-test chromium
	$(BIN)/python -m pytest

benchmark: install-test
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info reports/*.xlsx
