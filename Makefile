# Two commands do everything on a fresh machine:
#   make run    set up the virtual environment and start the app on the bundled data
#   make test   set up the virtual environment and run the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: run test lint bench extract clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

# the page's partial plotly.js (dashboard/bundle.py; from the npm registry; without npm the page uses dash's
# full bundle)
assets/plotly-partial.js: frontend/plotly-entry.js frontend/package.json $(VENV)/.installed
	$(PY) -m dashboard.bundle

run: $(VENV)/.installed assets/plotly-partial.js
	$(PY) app.py

test: $(VENV)/.installed assets/plotly-partial.js
	$(PY) -m ruff check etl dashboard tests bench docs app.py
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(PY) -m ruff check etl dashboard tests bench docs app.py

bench: $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) bench/extract.py

# make extract IN=articles/ OUT=facts.jsonl
extract: $(VENV)/.installed
	$(PY) -m etl extract $(IN) -o $(OUT)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache frontend/node_modules assets/plotly-partial.js
