#!/usr/bin/env bash
# Starts (up) or stops (down) real Dovecot and Postfix on 127.0.0.1 high ports, one Dovecot
# instance per configuration, for `npm run test:real`. Needs root and Debian's packages
# (install: test/real/servers.sh install). Everything lives under $MD_REAL (default /tmp/md-real).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
certs=$(cd "$here/../../fixtures/certs" && pwd)
root=${MD_REAL:-/tmp/md-real}
PASSWORD=${MD_REAL_PASSWORD:-real-Passw0rd}

# "slowauth" is the healthy setup with an anvil of its own: the batch test's failed logins make
# Dovecot slow logins from 127.0.0.1 down (auth_failure_delay, then the per-IP auth penalty) there
# only, not on the instance the other tests log in to.
# Dovecot counts a connection whose two ends share an address as secure and then allows
# plaintext logins; "plainlogin" listens on 127.0.0.3 so that a client from 127.0.0.1 is not.
# name            address    imap   imaps  pop3   pop3s  ssl  certificate
INSTANCES=(
  "healthy        127.0.0.1  10143  10993  10110  10995  yes  valid"
  "plainlogin     127.0.0.3  15143  -      15110  -      yes  valid"
  "nossl          127.0.0.1  11143  -      11110  -      no   -"
  "expired        127.0.0.1  12143  12993  12110  12995  yes  expired"
  "wronghost      127.0.0.1  13143  13993  13110  13995  yes  wrong-host"
  "selfsigned     127.0.0.1  14143  14993  14110  14995  yes  self-signed"
  "slowauth       127.0.0.1  16143  16993  16110  16995  yes  valid"
  "oauth          127.0.0.1  17143  17993  17110  17995  yes  valid"
)
# "oauth" takes only OAuth 2.0 tokens (XOAUTH2, OAUTHBEARER), which its oauth2 passdb checks at
# the introspection endpoint the real-server tests start on loopback (RFC 7662, POST token=…);
# Postfix submission on $OAUTH_SUBMISSION authenticates through it.
INTROSPECTION=${MD_REAL_INTROSPECTION:-http://127.0.0.1:16980/introspect}
OAUTH_SUBMISSION=17587
SUBMISSION=10587
SUBMISSIONS=10465
# Port 25 as servers use it (STARTTLS offered, no AUTH), on an address the test certificate names.
RELAY=127.0.0.31

install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq dovecot-imapd dovecot-pop3d dovecot-lmtpd postfix >/dev/null
}

users() {
  id mdvmail >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin mdvmail
  local uid gid
  uid=$(id -u mdvmail); gid=$(id -g mdvmail)
  mkdir -p "$root/auth"
  # One password file per service (%s). "nopop" is missing from the POP3 file, the way a
  # provider's per-protocol switch refuses a login; "locked" may not log in at all.
  cat > "$root/auth/imap.passwd" <<PW
mario@maildoctor.test:{PLAIN}$PASSWORD:$uid:$gid::$root/mail/mario::
nopop@maildoctor.test:{PLAIN}$PASSWORD:$uid:$gid::$root/mail/nopop::
locked@maildoctor.test:{PLAIN}$PASSWORD:$uid:$gid::$root/mail/locked::nologin=y
PW
  grep -v '^nopop@' "$root/auth/imap.passwd" > "$root/auth/pop3.passwd"
  # SMTP AUTH (Postfix → Dovecot) and LMTP delivery look users up under their own service names.
  for s in smtp lmtp; do cp "$root/auth/imap.passwd" "$root/auth/$s.passwd"; done
  # Accounts switched off per service (a deny passdb): "locked" may not send. nologin alone does
  # not stop SMTP AUTH through the auth socket.
  for s in imap pop3 lmtp; do : > "$root/auth/$s.deny"; done
  echo 'locked@maildoctor.test' > "$root/auth/smtp.deny"
  for u in mario nopop locked; do
    local md="$root/mail/$u/Maildir"
    mkdir -p "$md"/{cur,new,tmp}
    for n in 1 2 3; do
      printf 'From: friend@maildoctor.test\r\nTo: %s@maildoctor.test\r\nSubject: message %s\r\nDate: Mon, 2 Nov 2026 10:0%s:00 +0100\r\nMessage-ID: <%s.%s@maildoctor.test>\r\n\r\nHello %s.\r\n' "$u" "$n" "$n" "$u" "$n" "$n" > "$md/cur/100000000$n.M1P1.maildoctor:2,S"
    done
  done
  chown -R mdvmail:mdvmail "$root/mail"
  chmod -R go+r "$root/auth"
}

dovecot_conf() {
  local name=$1 address=$2 imap=$3 imaps=$4 pop3=$5 pop3s=$6 ssl=$7 cert=$8 dir="$root/$1"
  mkdir -p "$dir"
  local imaps_port=${imaps/-/0} pop3s_port=${pop3s/-/0} auth_socket="md-auth" lmtp_socket="md-lmtp"
  if [ "$name" = healthy ]; then auth_socket=/var/spool/postfix/private/md-auth; lmtp_socket=/var/spool/postfix/private/md-lmtp; fi
  if [ "$name" = oauth ]; then auth_socket=/var/spool/postfix/private/md-oauth-auth; fi
  # Accounts switched off per service; the token-only instance has one passdb (oauth_conf).
  local deny_passdb=""
  [ "$name" = oauth ] || deny_passdb=$(printf 'passdb {\n  driver = passwd-file\n  deny = yes\n  args = username_format=%%u %s/auth/%%s.deny\n}\n' "$root")
  [ -z "$deny_passdb" ] || deny_passdb="$deny_passdb"$'\n'
  cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
instance_name = md-$name
protocols = imap pop3 lmtp
listen = $address
log_path = $dir/dovecot.log
first_valid_uid = 1
mail_location = maildir:~/Maildir
auth_mechanisms = plain login
# Dovecot's default: no plaintext login before TLS (LOGINDISABLED on 143, refusal on 110).
disable_plaintext_auth = yes
${deny_passdb}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $root/auth/%s.passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u $root/auth/%s.passwd
}
service imap-login {
  inet_listener imap {
    port = $imap
  }
  inet_listener imaps {
    port = $imaps_port
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = $pop3
  }
  inet_listener pop3s {
    port = $pop3s_port
    ssl = yes
  }
}
service auth {
  unix_listener $auth_socket {
    mode = 0666
  }
}
service lmtp {
  unix_listener $lmtp_socket {
    mode = 0666
  }
}
CONF
  if [ "$name" = oauth ]; then oauth_conf "$dir"; fi
  if [ "$ssl" = yes ]; then
    printf 'ssl = yes\nssl_cert = <%s\nssl_key = <%s\n' "$certs/$cert.crt" "$certs/$cert.key" >> "$dir/dovecot.conf"
  else
    echo 'ssl = no' >> "$dir/dovecot.conf"
  fi
}

# Tokens only: the password passdb gives way to Dovecot's oauth2 passdb (2.3 syntax), and no
# password mechanism is offered, so IMAP says LOGINDISABLED even over TLS.
oauth_conf() {
  local dir=$1
  cat > "$dir/oauth2.conf.ext" <<EXT
introspection_mode = post
introspection_url = $INTROSPECTION
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
EXT
  sed -i -e 's/^auth_mechanisms = .*/auth_mechanisms = xoauth2 oauthbearer/' \
    -e '/^passdb {/,/^}/c\
passdb {\
  driver = oauth2\
  mechanisms = xoauth2 oauthbearer\
  args = '"$dir"'/oauth2.conf.ext\
}' "$dir/dovecot.conf"
}

postfix_conf() {
  local dir=/etc/postfix
  postconf -e \
    "inet_interfaces = loopback-only" \
    "inet_protocols = ipv4" \
    "myhostname = mail.maildoctor.test" \
    "mydestination =" \
    "mynetworks = 127.0.0.0/8" \
    "smtpd_banner = \$myhostname ESMTP" \
    "virtual_mailbox_domains = maildoctor.test" \
    "virtual_transport = lmtp:unix:private/md-lmtp" \
    "smtpd_tls_cert_file = $certs/valid.crt" \
    "smtpd_tls_key_file = $certs/valid.key" \
    "smtpd_tls_security_level = may" \
    "smtpd_tls_auth_only = yes" \
    "smtpd_sasl_type = dovecot" \
    "smtpd_sasl_path = private/md-auth" \
    "smtpd_sasl_auth_enable = no" \
    "smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination" \
    "smtpd_sender_login_maps = regexp:$dir/md-senders.regexp" \
    "smtpd_sender_restrictions = reject_sender_login_mismatch" \
    "disable_dns_lookups = yes" \
    "smtp_dns_support_level = disabled" \
    "maillog_file = /var/log/md-postfix.log" \
    "compatibility_level = 3.6"
  echo '/^(.*)$/ ${1}' > "$dir/md-senders.regexp"
  # Replace the listeners: no port 25 on any interface, submission and submissions on loopback.
  # Our listeners, replaced whole on every run: the distribution's smtp/submission services and
  # every loopback service an earlier run added go, with their "-o" lines; then our block.
  awk '/^# maildoctor test services/ {exit}
       /^(smtp|submission|submissions|smtps|127\.0\.0\.[0-9]+:[0-9]+)[ \t]+inet/ {skip=1; next}
       skip && /^[ \t]/ {next}
       {skip=0; print}' "$dir/master.cf" > "$dir/master.cf.md-new"
  mv "$dir/master.cf.md-new" "$dir/master.cf"
  echo '# maildoctor test services (test/real/servers.sh): replaced on every run' >> "$dir/master.cf"
  cat >> "$dir/master.cf" <<MC
127.0.0.1:$SUBMISSION inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$SUBMISSIONS inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
$RELAY:25 inet n - n - - smtpd
  -o syslog_name=postfix/relay
127.0.0.1:$OAUTH_SUBMISSION inet n - n - - smtpd
  -o syslog_name=postfix/oauth-submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_path=private/md-oauth-auth
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
MC
}

wait_port() {
  local address=${2:-127.0.0.1}
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/$address/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "servers.sh: nothing listens on $address:$1" >&2
  return 1
}

up() {
  command -v dovecot >/dev/null && command -v postfix >/dev/null || { echo "servers.sh: dovecot/postfix missing: run '$0 install' (root)" >&2; exit 1; }
  down >/dev/null 2>&1 || true
  users
  mkdir -p /var/spool/postfix/private
  for spec in "${INSTANCES[@]}"; do
    read -r name address imap imaps pop3 pop3s ssl cert <<<"$spec"
    dovecot_conf "$name" "$address" "$imap" "$imaps" "$pop3" "$pop3s" "$ssl" "$cert"
    dovecot -c "$root/$name/dovecot.conf"
  done
  postfix_conf
  postfix check
  postfix start >/dev/null 2>&1 || postfix reload >/dev/null
  for spec in "${INSTANCES[@]}"; do
    read -r name address imap imaps pop3 pop3s _ <<<"$spec"
    for p in $imap $imaps $pop3 $pop3s; do [ "$p" = - ] || wait_port "$p" "$address"; done
  done
  wait_port $SUBMISSION
  wait_port $SUBMISSIONS
  wait_port 25 $RELAY
  wait_port $OAUTH_SUBMISSION
  echo "servers.sh: up (dovecot ${#INSTANCES[@]} instances, postfix $SUBMISSION/$SUBMISSIONS/$RELAY:25)"
}

down() {
  postfix stop >/dev/null 2>&1 || true
  for spec in "${INSTANCES[@]}"; do
    read -r name _ <<<"$spec"
    [ -f "$root/$name/dovecot.conf" ] && doveadm -c "$root/$name/dovecot.conf" stop >/dev/null 2>&1 || true
  done
  echo "servers.sh: down"
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) down ;;
  *) echo "usage: $0 install|up|down" >&2; exit 2 ;;
esac
