#!/usr/bin/env bash
# Browser benchmark, through the headless screen path: first screen on a warm index and the time
# of every key (moves, opening, links, history, filters, search), medians of several runs; with
# BENCH_SYNTH, the same at that many articles with the first screen's time and peak memory.
# Environment (set by scripts/bench.sh, or by hand):
#   BENCH_CORPUS  the unpacked corpus folder
#   BENCH_BIN     release baoterm-bench      BAOTERM_BIN  release baoterm (optional: also times
#                 the `baoterm screen` process and its peak memory)
#   BENCH_RUNS    runs (default 5)           BENCH_DB     index database (default: a temporary one,
#                 built first and not measured)
#   BENCH_SYNTH   optional: a number of articles (e.g. 350000) of a synthetic corpus made by
#                 scripts/synth-corpus.py into /tmp (deleted afterwards), indexed first (not measured)
#   BENCH_SYNTH_DIR, BENCH_SYNTH_DB  optional: such a corpus and its index, made beforehand
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BENCH_CORPUS:?set BENCH_CORPUS to the unpacked corpus folder}"
: "${BENCH_BIN:?set BENCH_BIN to the release baoterm-bench}"
export BAOTERM_BIN="${BAOTERM_BIN:-}"
runs="${BENCH_RUNS:-5}"
work="$(mktemp -d /tmp/baoterm-bench-browser.XXXXXX)"
trap 'rm -rf "$work"' EXIT
db="${BENCH_DB:-$work/index.sqlite}"
"$BENCH_BIN" browser "$BENCH_CORPUS" --runs "$runs" --db "$db" --size 120x40

if [ -n "${BENCH_SYNTH:-}" ]; then
    synth="${BENCH_SYNTH_DIR:-}"
    if [ -z "$synth" ]; then
        synth="$work/synth"
        python3 scripts/synth-corpus.py "$BENCH_CORPUS" "$synth" --count "$BENCH_SYNTH"
    fi
    echo "== browser on the synthetic corpus: $BENCH_SYNTH articles ($synth)"
    "$BENCH_BIN" browser "$synth" --runs "$runs" --db "${BENCH_SYNTH_DB:-$work/synth.sqlite}" --size 120x40
fi
