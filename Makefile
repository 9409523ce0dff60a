# `make run` and `make test` work on a fresh machine: they create .venv with
# Python >= 3.12 (PySide6 6.12 on 3.11 corrupts None's refcount) and install.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# First interpreter >= 3.12 found on PATH or among pyenv's versions.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3 \
	$$(ls -d /root/.pyenv/versions/3.1[2-9]*/bin/python3 $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -r); do \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { command -v $$p || echo $$p; } && break; \
	done)

.PHONY: run test bench lint clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python >= 3.12 is needed (PySide6 6.12 aborts on 3.11); install python3.12 and retry." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/kathan

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# With PostgreSQL installed and no KATHAN_TEST_POSTGRES, a throwaway server measures it too.
bench: $(STAMP)
	if [ -z "$$KATHAN_TEST_POSTGRES" ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then . .ci/postgres.sh; fi; \
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
