# medadapt — the two commands a fresh clone needs are `make demo` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.medadapt-installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export WANDB_MODE ?= offline
export RAY_USAGE_STATS_ENABLED := 0

.PHONY: venv demo test lint system-deps clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -c constraints.txt -e '.[test]'
	@touch $@

venv: $(STAMP)

demo: venv
	$(VENV)/bin/medadapt run jobs/demo.yaml

test: venv
	$(VENV)/bin/ruff check platform tests benchmarks
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest tests --durations=15

lint: venv
	$(VENV)/bin/ruff check platform tests benchmarks
	$(VENV)/bin/lint-imports

# Debian packages used by ingest (OCR fallback): Tesseract with Russian and Kazakh data; and by
# the review page's browser test: Chromium with its WebDriver. Installs only what is missing.
system-deps:
	@if [ "$$(id -u)" != 0 ]; then echo "system-deps: needs root (apt-get); skipping"; exit 0; fi; \
	pkgs=""; \
	if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx kaz \
	   && tesseract --list-langs 2>/dev/null | grep -qx rus; then echo "system-deps: tesseract rus+kaz present"; \
	else pkgs="tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz"; fi; \
	if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then echo "system-deps: chromium + chromedriver present"; \
	else pkgs="$$pkgs chromium chromium-driver"; fi; \
	if [ -f /usr/share/hunspell/kk_KZ.dic ]; then echo "system-deps: hunspell-kk present"; \
	else pkgs="$$pkgs hunspell-kk"; fi; \
	if [ -z "$$pkgs" ]; then exit 0; fi; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	  $$pkgs >/dev/null && echo "system-deps: installed$$pkgs"

clean:
	rm -rf outputs .pytest_cache
