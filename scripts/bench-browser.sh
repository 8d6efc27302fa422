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

# Peak memory of the browser as a process of its own: the first screen of the warm index as the
# terminal browser shows it, the same after the freshness check that the browser runs behind it,
# and a search list of a common word sorted by date.
peak() {
    [ -n "$BAOTERM_BIN" ] && [ -x /usr/bin/time ] || return 0
    for refresh in --no-refresh ""; do
        /usr/bin/time -f "peak memory of the first screen (baoterm screen ${refresh:-after the freshness check}): %M KB" \
            "$BAOTERM_BIN" screen $refresh --size 120x40 --index "$2" "$1" > /dev/null
    done
    /usr/bin/time -f "peak memory of a search list by date (:search tham nhung, s): %M KB" \
        "$BAOTERM_BIN" screen --no-refresh --keys ":search tham nhung<Enter>s" --size 120x40 --index "$2" "$1" > /dev/null
}

"$BENCH_BIN" browser "$BENCH_CORPUS" --runs "$runs" --db "$db" --size 120x40
peak "$BENCH_CORPUS" "$db"

if [ -n "${BENCH_SYNTH:-}" ]; then
    synth="${BENCH_SYNTH_DIR:-}"
    if [ -z "$synth" ]; then
        synth="$work/synth"
        python3 scripts/synth-corpus.py "$BENCH_CORPUS" "$synth" --count "$BENCH_SYNTH"
    fi
    echo "== browser on the synthetic corpus: $BENCH_SYNTH articles ($synth)"
    synth_db="${BENCH_SYNTH_DB:-$work/synth.sqlite}"
    "$BENCH_BIN" browser "$synth" --runs "$runs" --db "$synth_db" --size 120x40
    peak "$synth" "$synth_db"
fi
