#!/usr/bin/env bash
# The tools a person chains today to check an account, from Debian's packages. Whatever cannot
# be installed is skipped with a message; the benchmark then leaves that peer out.
set -u
want="curl openssl swaks libnet-ssleay-perl libio-socket-ssl-perl libauthen-sasl-perl"
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-peers: not root or no apt-get: using whatever of ($want) is installed"
  exit 0
fi
missing=$(for p in $want; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
[ -z "$missing" ] && exit 0
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) || echo "install-peers: could not install: $missing (those peers are skipped)"
exit 0
