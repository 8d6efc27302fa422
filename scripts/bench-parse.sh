#!/usr/bin/env bash
# Parse throughput over the corpus, median of 5 runs: first the parser alone (read, decode,
# normalise, parse), then with the entity extractors. Prints wall clock and CPU time.
# make bench sets BENCH_CORPUS and BENCH_BIN; run alone: BENCH_CORPUS=dir bash scripts/bench-parse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BENCH_CORPUS:?set BENCH_CORPUS to an unpacked corpus folder}"
BENCH_BIN="${BENCH_BIN:-.build/release/baoterm-bench}"
"$BENCH_BIN" parse "$BENCH_CORPUS" --runs "${BENCH_RUNS:-5}" --parse-only
"$BENCH_BIN" parse "$BENCH_CORPUS" --runs "${BENCH_RUNS:-5}"
