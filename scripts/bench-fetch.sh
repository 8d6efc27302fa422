#!/usr/bin/env bash
# Fetch benchmark against the local fixture server (127.0.0.1 only): extraction quality on every
# fixture page, then articles per second, in process and through `baoterm fetch` (which also
# indexes), medians of several runs.
# Environment (set by scripts/bench.sh, or by hand):
#   BENCH_BIN     release baoterm-bench      BAOTERM_BIN  release baoterm (optional)
#   BENCH_RUNS    runs (default 5)           BENCH_FETCH_ARTICLES  articles a run (default 400)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BENCH_BIN:?set BENCH_BIN to the release baoterm-bench}"
export BAOTERM_BIN="${BAOTERM_BIN:-}"
"$BENCH_BIN" fetch --runs "${BENCH_RUNS:-5}" --articles "${BENCH_FETCH_ARTICLES:-400}"
