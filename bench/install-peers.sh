#!/usr/bin/env bash
# The tools a person chains today to check an account, and the real servers, from Debian's
# packages. Whatever cannot be installed is skipped with a message; the benchmark leaves it out.
set -u
want="curl openssl swaks libnet-ssleay-perl libio-socket-ssl-perl libauthen-sasl-perl"
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-peers: not root or no apt-get: using whatever of ($want) is installed"
  exit 0
fi
missing=$(for p in $want; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) || echo "install-peers: could not install: $missing (those peers are skipped)"
fi
# The real Dovecot and Postfix of the real-server tests, measured like the fixtures.
{ command -v dovecot && command -v postfix; } >/dev/null 2>&1 || bash "$(dirname "$0")/../test/real/servers.sh" install >/dev/null 2>&1 || echo "install-peers: could not install Dovecot/Postfix (the real-server rows are skipped)"
exit 0
