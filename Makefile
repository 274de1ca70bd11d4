# Two commands do everything on a fresh machine:
#   make run    set up the virtual environment and start the app on the bundled data
#   make test   set up the virtual environment and run the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: run test lint bench extract data clean

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

# the bundled facts (data/curated/), rebuilt from ../shared: the annotated corpora's gold facts (reviewed) and
# the news corpus read by the extractor (machine-read, with confidence); never an article's text
SHARED ?= ../shared
data: $(VENV)/.installed
	$(PY) -m etl curate $(SHARED)/eval/seeds.gold.jsonl -o data/curated/seeds.csv --source "zakon.kz / tengrinews.kz (seed articles)"
	$(PY) -m etl curate $(SHARED)/eval/dev/gold.jsonl -o data/curated/dev_corpus.csv
	$(PY) -m etl curate $(SHARED)/eval/dev/gold_kk.jsonl -o data/curated/dev_corpus_kk.csv
	$(PY) -m etl curate $(SHARED)/corpus/news.jsonl --extract -o data/curated/news_machine.csv
	rm -f data/store/facts.sqlite data/store/facts.sqlite-shm data/store/facts.sqlite-wal

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache frontend/node_modules assets/plotly-partial.js
