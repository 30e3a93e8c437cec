#!/usr/bin/env bash
# Run by `npm test` (pretest): the batch HTML report test drives a real headless Chromium through
# playwright-core, and npm has no browser to offer that works offline. On Debian or Ubuntu as root
# the distribution's package is installed when missing; anywhere else this says what to do and the
# test fails with a clear error instead.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "maildoctor tests: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "maildoctor tests: installing Debian's chromium for the HTML report test (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "maildoctor tests: $browser is missing: install chromium (as root: apt-get install chromium)" \
  "or set CHROMIUM_PATH; the HTML report test needs it" >&2
