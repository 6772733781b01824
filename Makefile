# Keukentafeltaal — two commands on a fresh machine:
#   make run    set up and start the web app on http://127.0.0.1:7860
#   make test   set up and run every test (this is what CI runs)
# Other targets: make setup, make lint, make bench, make format,
#   make panel  start the parent-panel website with panel.toml (see README).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps app-deps lint format bench clean panel

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# deduce (anonymisation) builds its lookup cache once after install (about a minute)
	$(BIN)/python -c "import deduce; deduce.Deduce()" >/dev/null
	touch $(STAMP)

setup: system-deps $(STAMP)

# Debian packages (installed only when running as root): the app's, and the tests'.
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  bash scripts/system-deps.sh test; \
	else echo "system-deps: not root, skipping apt packages"; fi

app-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  bash scripts/system-deps.sh app; \
	else echo "app-deps: not root, skipping apt packages"; fi

run: app-deps $(STAMP)
	GRADIO_ANALYTICS_ENABLED=False $(BIN)/rewriter serve --host 127.0.0.1 --port 7860

panel: app-deps $(STAMP)
	@test -f panel.toml || { echo "panel.toml ontbreekt: zie README (The parent panel)"; exit 2; }
	$(BIN)/rewriter panel serve --config panel.toml --host 127.0.0.1 --port 7861

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
