# lkjip — make help lists the targets.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install test test-scan demo lint bench draws fuzz stress scale clean
DRAWS ?= 300
SCANS ?= 30
DRAW_FIRST ?= 0
SCAN_FIRST ?= 0
DRAW_CACHE ?=
DRAW_OPTS = --draw-first $(DRAW_FIRST) --draw-scan-first $(SCAN_FIRST) $(if $(DRAW_CACHE),--draw-cache $(DRAW_CACHE))
SCALE ?= 100,2000

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP) ## create .venv/ and install lkjip editable with test extras

test: $(STAMP) ## run the whole test suite: two files at a time, then the timing-sensitive ones alone; lists the slowest tests
	@$(BIN)/pytest -q -n 2 --dist loadgroup -m "not serial" --durations=25; a=$$?; \
	$(BIN)/pytest -q -m serial --durations=10; b=$$?; \
	if [ $$a -ne 0 ] || [ $$b -ne 0 ]; then exit 1; fi

test-scan: $(STAMP) ## the slow OCR test: the whole seed scanned (~6 min)
	LKJIP_FULL_SCAN=1 $(BIN)/pytest -q tests/test_formats_seed.py -k scanned

demo: $(STAMP) ## process the bundled sample corpus into out/
	$(BIN)/lkjip batch corpus/samples --out out
	@echo "Output written to out/: lkjip.sqlite, lkjip.xlsx, report.html, parquet/, csv/, reports/"

lint: $(STAMP) ## ruff
	$(BIN)/ruff check .

bench: $(STAMP) ## accuracy and speed benchmarks -> BENCHMARKS.md (installs the baselines extra)
	$(BIN)/pip install -q -e '.[test,bench]'
	$(BIN)/python -m bench.run --draws $(DRAWS) --draw-scans $(SCANS) $(DRAW_OPTS)

draws: $(STAMP) ## only the random style draws (DRAWS=300 SCANS=30; DRAW_FIRST, SCAN_FIRST: first seeds; DRAW_CACHE: keep renderings) -> bench/results/draws.{json,md}
	$(BIN)/python -m bench.draws --n $(DRAWS) --scans $(SCANS) --first $(DRAW_FIRST) --scan-first $(SCAN_FIRST) \
		$(if $(DRAW_CACHE),--cache $(DRAW_CACHE))

fuzz: $(STAMP) ## long fuzz run of normalizers and PDF reader
	$(BIN)/python -m bench.fuzz

stress: $(STAMP) ## batch 1,000 reports 20× in each start mode (foreground, background, setsid nohup, busy CPU): hangs, lost reports, identical datasets (STRESS_ARGS="--reports 200 --runs 5" for fewer)
	$(BIN)/python -m bench.stress $(STRESS_ARGS)

scale: $(STAMP) ## batch 100 and 2,000 generated reports (SCALE=100,2000,20000 for a province): time, peak memory, outputs, one-file rerun, review page load -> bench/results/scale.md
	$(BIN)/python -m bench.scale --reports $(SCALE) --out bench/results/scale.md --json bench/results/scale.json

clean: ## remove build and output folders
	rm -rf out build *.egg-info .pytest_cache
