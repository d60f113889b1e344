# Two commands on a fresh Debian/Ubuntu machine:
#   make run   installs what is missing, sets up the example station, runs the playout daemon
#              and the web console (http://127.0.0.1:8080; Ctrl+C stops both)
#   make test  installs what is missing, then runs lint, type checks and every test
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
HOME_DIR ?= station
RUN_PACKAGES := espeak-ng ffmpeg sox pulseaudio pulseaudio-utils libasound2-plugins \
	libportaudio2 fonts-dejavu-core icecast2 poppler-utils
# Tests also need a PostgreSQL server, and LibreOffice + poppler to lay out the report.
# Chromium drives the console's browser tests (Playwright, through executable_path).
TEST_PACKAGES := $(RUN_PACKAGES) postgresql libreoffice-writer-nogui poppler-utils fonts-liberation \
	chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test run-system-deps test-system-deps install-packages python-deps lint typecheck clean \
	settings-doc espeak-vi-extra

run-system-deps:
	@$(MAKE) --no-print-directory PACKAGES="$(RUN_PACKAGES)" install-packages

test-system-deps:
	@$(MAKE) --no-print-directory PACKAGES="$(TEST_PACKAGES)" install-packages

install-packages:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Cài gói hệ thống:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(VENV)/.run-deps: setup.cfg pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -qq --upgrade pip
	$(PY) -m pip install -qq -e .
	touch $@

$(VENV)/.test-deps: $(VENV)/.run-deps setup.cfg
	$(PY) -m pip install -qq -e '.[test]'
	touch $@

python-deps: $(VENV)/.run-deps

run: run-system-deps $(VENV)/.run-deps
	$(BIN)/broadcaster --home $(HOME_DIR) init --example
	[ -d $(HOME_DIR)/espeak-ng ] || $(MAKE) --no-print-directory espeak-vi-extra
	$(BIN)/broadcaster --home $(HOME_DIR) render --stale
	$(BIN)/broadcaster --home $(HOME_DIR) plan
	$(BIN)/broadcaster --home $(HOME_DIR) demo || true
	PYTHON=$(PY) deploy/local-icecast.sh $(HOME_DIR)
	. deploy/ensure-audio.sh && BIN=$(BIN) exec deploy/run-station.sh $(HOME_DIR)

lint: $(VENV)/.test-deps
	$(BIN)/ruff check broadcaster tests bench
	$(BIN)/ruff format --check broadcaster tests bench

typecheck: $(VENV)/.test-deps
	$(BIN)/mypy

test: test-system-deps $(VENV)/.test-deps lint typecheck
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

# The README's settings reference is generated from the declaration in broadcaster/settings.py.
settings-doc: $(VENV)/.run-deps
	$(PY) -m broadcaster.settings_doc README.md

# The station's espeak-ng data: espeak-ng's Vietnamese rules and list (shipped for the espeak-ng
# version the project is tested with; for another version from Debian's source package, which
# needs a deb-src line in the apt sources) compiled with our word list, and our config
# (broadcaster/data/espeak_config), into $(HOME_DIR)/espeak-ng, then used by the station (setting
# espeak_data_dir). Without any sources the folder keeps the system's dictionary, with our config.
espeak-vi-extra: $(VENV)/.run-deps
	@src=; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	if ! $(PY) -c "from broadcaster.speech.engines.espeak_dict import shipped_sources as s; s()" 2>/dev/null; then \
	  if (cd "$$tmp" && apt-get source --download-only -qq espeak-ng >/dev/null 2>&1 && \
	      tar -xf espeak-ng_*.orig.tar.* --wildcards '*/dictsource/vi_*'); then src="$$tmp"; \
	  else echo "Không có mã nguồn từ điển espeak-ng cho phiên bản này (cần dòng deb-src trong nguồn apt); dùng từ điển của hệ thống."; fi; \
	fi; \
	if $(PY) -m broadcaster.speech.engines.espeak_dict $$src $(HOME_DIR)/espeak-ng; then \
	  if ! err=$$($(BIN)/broadcaster --home $(HOME_DIR) settings set espeak_data_dir espeak-ng 2>&1 >/dev/null); then \
	    case "$$err" in *"Chưa có gì thay đổi"*) \
	      echo "Thiết lập «espeak_data_dir» giữ nguyên: đài đã dùng thư mục espeak-ng này.";; \
	    *) echo "$$err" >&2; exit 1;; esac; \
	  else echo "Đài dùng thư mục espeak-ng này từ nay (thiết lập «espeak_data_dir»)."; fi; \
	else exit 1; \
	fi
