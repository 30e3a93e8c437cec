#!/usr/bin/env bash
# Run by `npm test` (pretest): what the tests need beyond npm packages, from Debian's packages.
# - chromium: the HTML report tests drive a real headless Chromium through playwright-core, and
#   npm has no browser that works offline;
# - iproute2 (`ip`): the ICMP test builds network namespaces of its own.
# On Debian or Ubuntu as root a missing one is installed; anywhere else this says what to do and
# the tests that need it fail with a clear error instead.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
if [ ! -x "$browser" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "maildoctor tests: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  else
    missing+=(chromium)
  fi
fi
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "maildoctor tests: installing Debian's ${missing[*]} (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "maildoctor tests: missing ${missing[*]}: install them (as root: apt-get install ${missing[*]})" \
  "or set CHROMIUM_PATH; the tests that need them fail without" >&2
