#!/usr/bin/env bash
# Installs what baoterm needs to build and test on a Debian/Ubuntu machine with the Swift toolchain:
# ncursesw and SQLite headers, pkg-config, tmux (end-to-end tests), make, man-db and groff (the
# installation test renders the manual page), a UTF-8 locale, and libcurl and libxml2, which
# Foundation's URLSession and XMLParser (baoterm fetch) load at run time; python3 with a virtual environment
# holding the dataset scripts/gazetteer/generate.py reads (the generated-tables test reruns every generator).
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
command -v python3 >/dev/null 2>&1 || missing+=(python3)
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
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

# The gazetteer generator reads the administrative units of the PyPI package vietnamadminunits, at the
# version the script pins; GeneratedTablesTests looks for this environment (or $BAOTERM_GENERATOR_VENV).
venv="${BAOTERM_GENERATOR_VENV:-$HOME/.cache/baoterm-generators/venv}"
pinned=$(sed -n 's/^PINNED_VERSION = "\(.*\)"$/\1/p' "$(dirname "$0")/gazetteer/generate.py")
if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('vietnamadminunits') != '$pinned')" >/dev/null 2>&1; then
    echo "setup: installing vietnamadminunits $pinned into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "vietnamadminunits==$pinned"
fi
