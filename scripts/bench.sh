#!/usr/bin/env bash
# make bench: unpacks the shared corpus once into bench-out/ (ignored by git) and runs every
# benchmark script scripts/bench-*.sh (the index one first, the others in name order). Each prints
# medians with what it measured.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_archive="${BAOTERM_CORPUS_ARCHIVE:-../shared/corpus/baomoi-2017.tar.xz}"
export BENCH_DIR="$PWD/bench-out"
export BENCH_CORPUS="$BENCH_DIR/baomoi-2017"
export BENCH_BIN="$PWD/.build/release/baoterm-bench"
export BAOTERM_BIN="$PWD/.build/release/baoterm"
mkdir -p "$BENCH_DIR"
if [ ! -d "$BENCH_CORPUS" ]; then
    if [ ! -f "$corpus_archive" ]; then
        echo "bench: corpus archive $corpus_archive not found (set BAOTERM_CORPUS_ARCHIVE)" >&2
        exit 1
    fi
    echo "bench: unpacking $corpus_archive into $BENCH_DIR" >&2
    tar -xJf "$corpus_archive" -C "$BENCH_DIR"
fi
# BENCH_SYNTH=N: one synthetic corpus of N articles, made once into bench-out/ and kept like the
# corpus, serves the index and the browser benchmarks, and so does one index of it: the index
# benchmark, run first, measures a cold index of it and leaves it for the browser benchmark.
if [ -n "${BENCH_SYNTH:-}" ] && [ -z "${BENCH_SYNTH_DIR:-}" ]; then
    export BENCH_SYNTH_DIR="$BENCH_DIR/synth-$BENCH_SYNTH"
    if [ ! -d "$BENCH_SYNTH_DIR" ]; then
        python3 scripts/synth-corpus.py "$BENCH_CORPUS" "$BENCH_SYNTH_DIR.partial" --count "$BENCH_SYNTH"
        mv "$BENCH_SYNTH_DIR.partial" "$BENCH_SYNTH_DIR"
    fi
    export BENCH_SYNTH_DB="${BENCH_SYNTH_DB:-$BENCH_DIR/synth-$BENCH_SYNTH.sqlite}"
fi
for script in scripts/bench-index.sh $(ls scripts/bench-*.sh | grep -v '/bench-index\.sh$'); do
    [ -e "$script" ] || continue
    echo "== $script"
    bash "$script"
done
