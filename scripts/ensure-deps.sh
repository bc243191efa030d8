#!/usr/bin/env bash
# Installs the system packages evaletl needs, when they are missing.
#   scripts/ensure-deps.sh          build: libxml2, zlib, SQLite, libxlsxwriter, pkg-config
#   scripts/ensure-deps.sh test     also the programs the tests check outputs with
set -euo pipefail

need=()
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev pkg-config)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev pkg-config)
pkg-config --exists sqlite3 2>/dev/null || need+=(libsqlite3-dev pkg-config)
pkg-config --exists xlsxwriter 2>/dev/null || need+=(libxlsxwriter-dev pkg-config)
if [ "${1:-}" = "test" ]; then
  command -v xmllint >/dev/null || need+=(libxml2-utils)
  command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
  command -v chromium >/dev/null || need+=(chromium)
  python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
fi
[ ${#need[@]} -eq 0 ] && exit 0

echo "evaletl: installing ${need[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
