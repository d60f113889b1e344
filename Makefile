# Two commands on a fresh Debian/Ubuntu machine:
#   make run   installs what is missing, sets up the example station, runs the playout daemon
#   make test  installs what is missing, then runs lint, type checks and every test
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
HOME_DIR ?= station
SYSTEM_PACKAGES := espeak-ng ffmpeg sox pulseaudio pulseaudio-utils libasound2-plugins \
	libportaudio2 postgresql
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test system-deps python-deps lint typecheck check clean

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Cài gói hệ thống:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(VENV)/.run-deps: setup.cfg pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.test-deps: $(VENV)/.run-deps setup.cfg
	$(PY) -m pip install -q -e '.[test]'
	touch $@

python-deps: $(VENV)/.run-deps

run: system-deps $(VENV)/.run-deps
	$(BIN)/broadcaster --home $(HOME_DIR) init --example
	$(BIN)/broadcaster --home $(HOME_DIR) render --stale
	$(BIN)/broadcaster --home $(HOME_DIR) plan
	. deploy/ensure-audio.sh && exec $(BIN)/broadcaster --home $(HOME_DIR) run

lint: $(VENV)/.test-deps
	$(BIN)/ruff check broadcaster tests bench
	$(BIN)/ruff format --check broadcaster tests bench

typecheck: $(VENV)/.test-deps
	$(BIN)/mypy

test: system-deps $(VENV)/.test-deps lint typecheck
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
