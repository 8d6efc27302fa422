#!/usr/bin/env bash
# make bench: unpacks the shared corpus once into bench-out/ (ignored by git) and runs every
# benchmark script scripts/bench-*.sh in order. Each prints medians with what it measured.
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
for script in scripts/bench-*.sh; do
    [ -e "$script" ] || continue
    echo "== $script"
    bash "$script"
done
