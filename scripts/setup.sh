#!/usr/bin/env bash
# Installs what baoterm needs to build and test on a Debian/Ubuntu machine with the Swift toolchain:
# ncursesw and SQLite headers, pkg-config, tmux (end-to-end tests), make, man-db and groff (the
# installation test renders the manual page), a UTF-8 locale, and libcurl and libxml2, which
# Foundation's URLSession and XMLParser (baoterm fetch) load at run time.
set -euo pipefail

missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncurses-dev pkg-config)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
ldconfig -p 2>/dev/null | grep -q 'libcurl\.so\.4' || missing+=(libcurl4-openssl-dev)
ldconfig -p 2>/dev/null | grep -q 'libxml2\.so\.2' || missing+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# make install / uninstall are tested; the test renders the manual page with man and groff.
command -v make >/dev/null 2>&1 || missing+=(make)
command -v man >/dev/null 2>&1 || missing+=(man-db)
command -v nroff >/dev/null 2>&1 || missing+=(groff-base)
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
