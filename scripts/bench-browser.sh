#!/usr/bin/env bash
# Browser benchmark, through the headless screen path: first screen on a warm index and the time
# of every key (moves, opening, links, history, filters, search), medians of several runs.
# Environment (set by scripts/bench.sh, or by hand):
#   BENCH_CORPUS  the unpacked corpus folder
#   BENCH_BIN     release baoterm-bench      BAOTERM_BIN  release baoterm (optional: also times
#                 the `baoterm screen` process)
#   BENCH_RUNS    runs (default 5)           BENCH_DB     index database (default: a temporary one,
#                 built first and not measured)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BENCH_CORPUS:?set BENCH_CORPUS to the unpacked corpus folder}"
: "${BENCH_BIN:?set BENCH_BIN to the release baoterm-bench}"
export BAOTERM_BIN="${BAOTERM_BIN:-}"
runs="${BENCH_RUNS:-5}"
if [ -n "${BENCH_DB:-}" ]; then
    db="$BENCH_DB"
else
    work="$(mktemp -d /tmp/baoterm-bench-browser.XXXXXX)"
    trap 'rm -rf "$work"' EXIT
    db="$work/index.sqlite"
fi
"$BENCH_BIN" browser "$BENCH_CORPUS" --runs "$runs" --db "$db" --size 120x40
