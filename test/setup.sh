#!/bin/bash
# Install what building and testing policy_ext needs, if it is missing.
# Debian 12 packages only; runs apt-get as root, else says what to install.
set -eu

packages=(
  make gcc clang libclang-rt-14-dev          # build; clang for the fuzzers
  postgresql-15 postgresql-server-dev-15     # server and PGXS
  postgresql-common                          # pg_virtualenv
  libxml2-dev pkg-config                     # SDMX import
  postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl  # pgTAP, pg_prove
  valgrind                                   # fuzz corpus replay under memcheck
  python3                                    # the doc examples runner (test/doc_examples.py)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
