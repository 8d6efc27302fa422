#!/usr/bin/env bash
# Installs what baoterm needs to build and test on a Debian/Ubuntu machine with the Swift toolchain:
# ncursesw and SQLite headers, pkg-config, tmux (end-to-end tests) and a UTF-8 locale.
set -euo pipefail

missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncurses-dev pkg-config)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "${BAOTERM_BENCH:-}" = 1 ]; then
    command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
    command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
    [ -x /usr/bin/time ] || missing+=(time)
    command -v xz >/dev/null 2>&1 || missing+=(xz-utils)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
