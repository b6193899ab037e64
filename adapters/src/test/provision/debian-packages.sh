#!/usr/bin/env bash
# Installs the Debian packages the integration tests run (adapters' pre-integration-test phase runs
# this with the package names as arguments): chromium and chromium-driver for *BrowserIT, the CJK font
# for legible screenshots, nginx for ClusterIT. Installs only what is missing, with apt-get as root or
# through 'sudo -n'. When it cannot (not Debian, no root, no password-less sudo, apt-get failing) it
# says what to install and exits 0: the tests that need a package then fail naming it.
# Skip with -Dunionbot.provision.skip=true.
set -uo pipefail

say() { echo "[provision] $*"; }

if (($# == 0)); then
  say "usage: $0 PACKAGE..."
  exit 2
fi
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  say "not a Debian system (no dpkg-query/apt-get): install $* (or equivalents) yourself;" \
    "the tests that need them fail until then"
  exit 0
fi

missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  say "installed: $*"
  exit 0
fi

as_root=()
if [[ $(id -u) != 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    say "missing: ${missing[*]}; not root and no password-less sudo, so not installing." \
      "Run: sudo apt-get install -y ${missing[*]} (the tests that need them fail until then)"
    exit 0
  fi
fi

say "installing ${missing[*]} with apt-get (skip with -Dunionbot.provision.skip=true)"
export DEBIAN_FRONTEND=noninteractive
apt=("${as_root[@]}" apt-get -q -y -o DPkg::Lock::Timeout=300)
log=$(mktemp)
if "${apt[@]}" update >"$log" 2>&1 && "${apt[@]}" install "${missing[@]}" >>"$log" 2>&1; then
  say "installed ${missing[*]}"
else
  tail -n 20 "$log" | sed 's/^/[provision]   /'
  say "apt-get failed (above): run apt-get install -y ${missing[*]} yourself;" \
    "the tests that need them fail until then"
fi
rm -f "$log"
exit 0
