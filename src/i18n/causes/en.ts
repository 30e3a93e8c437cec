import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'

export const CAUSES_EN: Record<CauseId, CauseText> = {
  address_domain_typo: {
    title: 'The address looks misspelled',
    explanation:
      'The part after the @ does not look like a real mail domain, but it is one letter away from a well-known one.',
    details: ['Did you mean {suggestion}?'],
    fixes: [
      'Check the address in your mail program: {suggestion} is the likely spelling.',
      'Correct the address and try again.',
    ],
  },
  wrong_server_name: {
    title: 'This is not the server for this mailbox',
    explanation:
      'The server name typed in the mail program is not where this provider keeps its mail, often ' +
      'because it comes from an old guide.',
    details: ["The provider's server is {expected}."],
    fixes: [
      'Replace the server name with {expected}.',
      "Take the server names from your provider's current help pages, not from old guides.",
    ],
  },
  dns_nxdomain: {
    title: 'The server name does not exist',
    explanation:
      'The name {host} is not registered anywhere on the Internet, so the mail program cannot find the ' +
      'server. It is almost always a typing mistake or a wrong server name.',
    fixes: [
      'Check the spelling of the server name in the account settings ({host}).',
      "Look up the exact server names on your provider's help pages.",
      'Use this other way in, which works: {working}.',
    ],
  },
  dns_no_address: {
    title: 'The server name has no address',
    explanation:
      'The name {host} exists but does not point to any server, so there is nothing to connect to. ' +
      'Either the name is not meant for mail, or the provider has not finished setting it up.',
    fixes: [
      'Check that {host} is really the server your provider tells you to use.',
      'Use this other way in, which works: {working}.',
      'If the name is right, contact whoever manages the domain: the address record is missing.',
    ],
  },
  dns_servfail: {
    title: 'The server name could not be looked up right now',
    explanation:
      'Looking up {host} failed: the DNS service your computer uses did not answer or reported an ' +
      'error. The mail server may be fine; the problem is finding it.',
    fixes: [
      'Check that the Internet connection works (open a web page).',
      'Restart the router, or switch the computer to another DNS service.',
      'Try again in a few minutes: this kind of failure is often temporary.',
    ],
  },
  net_unreachable: {
    title: 'The server cannot be reached from this network',
    explanation:
      "Your computer has no route to {host}. Either it is offline, or it tried the server's IPv6 " +
      'address on a network where IPv6 does not work.',
    fixes: [
      'Check that the computer is online.',
      'If only IPv6 fails, turn IPv6 off on this connection or have the router fixed; IPv4 may work.',
      'Use this other way in, which works: {working}.',
    ],
  },
  tcp_refused: {
    title: 'The server refuses connections on this port',
    explanation:
      'The server at {host} answered, but nothing listens {onPorts}. Nothing listens there: the port is ' +
      'wrong for this service, or the service is switched off.',
    fixes: [
      'Use this other way in, which works: {working}.',
      'Check the port in the account settings: IMAP 993 (SSL/TLS) or 143 (STARTTLS), POP3 995 or 110, ' +
        'SMTP 465 (SSL/TLS) or 587 (STARTTLS).',
      'If the settings are right, the service is down: contact the provider.',
    ],
  },
  tcp_timeout: {
    title: 'No answer on this port',
    explanation:
      'Nothing came back from {host} {onPorts}: the connection attempts were silently dropped somewhere ' +
      'between you and the server (a firewall or antivirus on this computer, the network you are on, or ' +
      "the server's side); sometimes the server is down, or the port is simply not served.",
    fixes: [
      'Use this other way in, which works: {working}.',
      'Check that a firewall or antivirus on this computer does not block the mail program.',
      'Try from another network (for example a phone hotspot): if it works there, the block is in this network.',
    ],
  },
  tcp_reset: {
    title: 'The connection was cut as soon as it opened',
    explanation:
      'The connection to {host} {onPorts} opened and was immediately closed. A firewall, an antivirus ' +
      'or an overloaded server does this.',
    fixes: [
      'Try again in a few minutes.',
      'Temporarily turn off the antivirus "mail protection" and try again.',
      'Use this other way in, which works: {working}.',
    ],
  },
  port_25_blocked: {
    title: 'Port 25 is blocked on the way out',
    explanation:
      'Port 25 does not answer while the other sending ports of the same server do. Many Internet ' +
      'providers block port 25 to stop spam; it is meant for servers, not for mail programs.',
    fixes: [
      'Set the outgoing (SMTP) server to port 587 with STARTTLS, or 465 with SSL/TLS.',
      'Use this other way in, which works: {working}.',
    ],
  },
  firewall_all_ports_blocked: {
    title: 'No mail port of the server can be reached',
    explanation: 'The server name {host} is found, but no mail port lets a connection through.',
    details: [
      'No answer at all {onSilentPorts}: the packets are dropped somewhere between you and the server ' +
        "(a firewall on this computer, the network you are on, your Internet provider, or the server's " +
        'own firewall).',
      'Refused {onRejectedPorts}: a firewall rejects mail connections, or every mail service of the ' +
        'server is switched off.',
    ],
    fixes: [
      'Try from another network (for example a phone hotspot): if it works there, the block is in your ' +
        'network; if not, it is at the server.',
      'Check that a firewall or antivirus on this computer does not block the mail program.',
      'On an office or public network, ask its administrator whether mail ports are blocked.',
      'If it fails from everywhere, contact the provider: its mail services may be down.',
    ],
  },
  protocol_port_mismatch: {
    title: 'Another protocol answers on this port',
    explanation:
      'Port {port} of {host} answers in a different language than the one the mail program expects, ' +
      'typically an IMAP account set on a POP3 or SMTP port.',
    details: ['What answered speaks {spoken}.'],
    fixes: [
      'Set the standard port: IMAP 993 or 143, POP3 995 or 110, SMTP 465 or 587.',
      'Check that incoming and outgoing servers were not swapped in the account settings.',
    ],
  },
  tls_wrong_mode: {
    title: 'Wrong encryption setting for this port',
    explanation:
      'The mail program and the server disagree on how port {port} is encrypted: either it is encrypted ' +
      'from the first byte (SSL/TLS) or it starts in the clear and switches (STARTTLS).',
    fixes: [
      'Use SSL/TLS on ports 993, 995 and 465; use STARTTLS on ports 143, 110 and 587.',
      'Use this other way in, which works: {working}.',
    ],
  },
  tls_handshake_failed: {
    title: 'The secure connection could not be set up',
    explanation:
      'The encrypted connection to {host} on port {port} failed while it was being set up. Mail program ' +
      'and server found no common way to encrypt, or something in between broke the exchange.',
    fixes: [
      'Use this other way in, which works: {working}.',
      'Update the mail program.',
      'Turn off antivirus "secure connection scanning" and try again.',
      'If it persists, contact the provider.',
    ],
  },
  tls_old_protocol: {
    title: 'Obsolete encryption',
    explanation:
      'The server on port {port} only offers an old version of TLS/SSL or weak ciphers that current ' +
      'systems refuse because they are no longer safe.',
    details: ['The server only agreed to: {version}.'],
    fixes: [
      'Ask the provider to enable TLS 1.2 or 1.3: the server needs updating.',
      'Use this other way in, which works: {working}.',
      'Do not lower the security settings of your mail program to get around it.',
    ],
  },
  tls_cert_expired: {
    title: "The server's certificate has expired",
    explanation:
      "The certificate that proves the server's identity is out of date, so the mail program cannot " +
      "trust it. The provider forgot to renew it; unless your computer's date is wrong, only they can " +
      'fix it.',
    details: ['It expired on {date}.'],
    fixes: [
      'Check that the date and time on this computer are right.',
      'Tell the provider: the certificate of {host} has expired.',
      'Do not accept the certificate permanently: wait for the renewal.',
    ],
  },
  tls_cert_not_yet_valid: {
    title: 'The certificate is not valid yet: check the clock',
    explanation:
      "The server's certificate starts being valid in the future. Almost always that means this " +
      "computer's date and time are wrong (for example after a flat clock battery).",
    details: ['The certificate is valid from {date}.'],
    fixes: [
      'Set the correct date and time on this computer, ideally automatically from the Internet.',
      'Try again once the clock is right.',
    ],
  },
  tls_cert_hostname_mismatch: {
    title: 'The certificate is for another name',
    explanation:
      'The server at {host} showed a certificate for different names, so the mail program cannot tell ' +
      'whether it is talking to the right server. Usually the server name in the settings is not the ' +
      "provider's official one.",
    details: ['The certificate is valid for: {names}.'],
    fixes: [
      'Use as server name one of the names the certificate is valid for: {names}.',
      'None of the names in the certificate ({certNames}) leads to a server: ask the provider for the ' +
        'right server name.',
      "Take the server name from your provider's help pages.",
      'If you typed an IP address, type the server name instead.',
    ],
  },
  tls_cert_untrusted: {
    title: 'The certificate is not trusted',
    explanation:
      'The certificate of {host} is self-signed or was issued by an authority your system does not ' +
      'recognise (or the server sends an incomplete chain). Anyone could have made it.',
    details: ['Issued by: {issuer}.'],
    fixes: [
      "If this is your company's own server, install its authority certificate (maildoctor: --ca FILE).",
      'Otherwise tell the provider: the server needs a certificate from a public authority, with the full chain.',
      'Use this other way in, which works: {working}.',
    ],
  },
  tls_intercepted_by_antivirus: {
    title: 'An antivirus or proxy is intercepting the mail connection',
    explanation:
      'The certificate received was not issued by the mail provider but by a security product on this ' +
      'computer or network, which opens encrypted mail connections to inspect them. Mail programs often ' +
      'refuse it.',
    details: ['Issued by: {issuer}.'],
    fixes: [
      'In the antivirus, turn off mail scanning / "secure connection scanning" (Avast, AVG, Kaspersky, ' +
        'ESET, Bitdefender…), or add an exception for the mail program.',
      'On an office network, ask the administrator about the TLS inspection proxy.',
      'Restart the mail program after the change.',
    ],
  },
  starttls_not_offered: {
    title: 'The server does not offer STARTTLS here',
    explanation:
      'On port {port} the server does not offer to switch to an encrypted connection, so a password ' +
      'would travel in the clear.',
    fixes: [
      'Use this other way in, which works: {working}.',
      'Use the SSL/TLS port instead: 993 for IMAP, 995 for POP3, 465 for SMTP.',
      'If you manage the server, enable TLS on this port.',
    ],
  },
  starttls_failed: {
    title: 'Switching to encryption failed',
    explanation:
      'The server on port {port} offers STARTTLS but could not complete the switch to an encrypted ' +
      'connection: usually a configuration problem on the server.',
    fixes: [
      'Use this other way in, which works: {working}.',
      'Try again later, then contact the provider if it persists.',
    ],
  },
  starttls_tampered: {
    title: 'Someone tampered with the switch to encryption',
    explanation:
      'On port {port} of {host}, unencrypted text arrived right after the server agreed to switch to ' +
      'encryption and before the switch happened. A real server never does that: something between you ' +
      'and the server (an attacker, or a broken firewall or proxy) is injecting data, so nothing this ' +
      'connection says can be trusted. maildoctor did not log in.',
    fixes: [
      'Try again from another network (for example a phone hotspot): if it works there, the tampering ' +
        'is in this network.',
      'Use the port encrypted from the first byte (SSL/TLS): 993 for IMAP, 995 for POP3, 465 for SMTP.',
      'Use this other way in, which works: {working}.',
      'Tell whoever runs this network: a device is interfering with mail connections.',
    ],
  },
  no_encryption_available: {
    title: 'No encrypted way to log in',
    explanation:
      'The server offers no encrypted connection, so maildoctor did not send the password: anyone on ' +
      'the network could read it.',
    details: [
      'No port of {host} offers it ({ports}): the SSL/TLS ports are closed and the others offer no STARTTLS.',
      'The server would take the password unencrypted ({plaintextAcceptedOn}): that works, but anyone ' +
        'on the network can read the password.',
      'The server {plaintextRefused} refuses the password unencrypted too: nobody can log in until the ' +
        'provider enables encryption.',
    ],
    fixes: [
      'Ask the provider to enable encryption (SSL/TLS on 993, 995, 465 or STARTTLS on 143, 110, 587), ' +
        'or for the right server name.',
      'Only if you accept that the password travels readable: --allow-plaintext-auth.',
    ],
  },
  greeting_timeout: {
    title: 'The server connected but never answered',
    explanation:
      'The connection to {host} {onPorts} opened, but the server never sent its greeting. It may be ' +
      'overloaded or broken, or something in between holds the traffic.',
    fixes: [
      'Try again in a few minutes.',
      'Check that an antivirus or firewall is not holding the connection.',
      'Use this other way in, which works: {working}.',
    ],
  },
  server_unavailable: {
    title: 'The server is temporarily unavailable',
    explanation:
      'The server said it is in maintenance, overloaded or temporarily out of service. Nothing is wrong ' +
      'with your settings or password.',
    details: ['The server said: "{response}".'],
    fixes: ['Wait and try again later.', "Check the provider's service status page or social channels."],
  },
  protocol_error: {
    title: 'The server answers in a broken way',
    explanation:
      'The replies from {host} on port {port} do not follow the mail protocol (garbled, cut off or far ' +
      'too long). The mail program cannot make sense of them.',
    fixes: [
      'Check that the port is right for this protocol.',
      'Use this other way in, which works: {working}.',
      'Tell the provider or server administrator.',
    ],
  },
  auth_bad_credentials: {
    title: 'User name or password is wrong',
    explanation:
      'The server refused the login. Most often the password is wrong (or was changed elsewhere), or ' +
      'the user name is not in the form the provider wants (usually the full address).',
    fixes: [
      'Retype the password carefully (watch Caps Lock).',
      'The user name tried was the full address {triedAddress}: if the provider wants only the part ' +
        'before the @, try {localPart}.',
      'The user name tried was {triedLocal}: most providers want the full email address; try {fullAddress}.',
      'The user name tried was {noDomain}: most providers want the full email address as user name.',
      "Check that the password works on the provider's webmail; if not, reset it.",
    ],
  },
  auth_app_password_required: {
    title: 'An app password is needed',
    explanation:
      'The account has two-step verification (or the provider requires it): mail programs must log in ' +
      'with an "app password" generated in the account\'s security settings, not with the normal ' +
      'password.',
    fixes: [
      "Create an app password in the account's security settings and use it in the mail program instead " +
        'of the normal password.',
      'If the provider does not offer app passwords, turn on two-step verification first.',
    ],
  },
  auth_web_login_required: {
    title: 'Sign in on the web first',
    explanation:
      'The provider blocked the login until you sign in on its website and confirm: a suspicious ' +
      'sign-in, a password that expired or must be changed.',
    fixes: [
      "Sign in to the provider's webmail in a browser and follow what it asks (confirm it was you, " +
        'change the password).',
      'Then enter the new password in the mail program.',
    ],
  },
  auth_basic_auth_disabled: {
    title: 'Password login is switched off by the provider',
    explanation:
      'The server no longer accepts a simple user name and password from mail programs ("basic ' +
      'authentication"): it wants a modern sign-in (OAuth), or the organisation\'s administrator ' +
      'switched it off.',
    details: ['Here the server offers only token sign-ins ({tokenMechanisms}), no way to send a password.'],
    fixes: [
      'This server needs a modern sign-in (OAuth): use a mail program that signs in through the ' +
        "provider's account window (current Outlook, Thunderbird, Apple Mail) and re-create the account.",
      'To check the account with maildoctor, give it an access token: --oauth2-token-cmd "oauth2ms" (or ' +
        'mutt_oauth2.py, gcloud auth application-default print-access-token) or --oauth2-token-env VAR.',
      'In a company, ask the administrator to enable SMTP AUTH / IMAP / POP for the mailbox.',
    ],
  },
  auth_token_invalid: {
    title: 'The access token was refused',
    explanation:
      'The server refused the OAuth 2.0 access token: it expired, was revoked, was issued for another ' +
      'account, or lacks the mail scope.',
    details: [
      'The server says the token is no longer valid (status {tokenExpired}): it expired (access tokens ' +
        'last about an hour) or was revoked.',
      'The server says the token does not fit (status {tokenStatus}): it lacks the mail scope, or it ' +
        'was issued for another account than {tokenAccount}.',
      'The server wants a token with the scope {tokenScope}.',
    ],
    fixes: [
      'Get a fresh token from the tool that issued it (oauth2ms, mutt_oauth2.py, gcloud auth ' +
        'application-default print-access-token …), or sign in again in the mail program.',
      'Request the token with the scope {tokenScope}, signed in as the account you log in with.',
      'Check that the token was issued for this account and with the mail scope.',
    ],
  },
  auth_plaintext_disabled: {
    title: 'Login refused before encryption',
    explanation:
      'The server does not accept passwords on an unencrypted connection, and the mail program tried to ' +
      'log in before switching to encryption.',
    fixes: [
      'Turn on encryption in the account settings: SSL/TLS on 993/995/465 or STARTTLS on 143/110/587.',
      'Use this other way in, which works: {working}.',
    ],
  },
  auth_mechanism_unsupported: {
    title: 'No common way to send the password',
    explanation:
      'The mail program and the server have no login method in common, or the server refuses the one chosen.',
    details: [
      'Port {relayPort} is for servers passing mail to each other: it offers no login over an encrypted ' +
        'connection. Mail programs send on 587 (STARTTLS) or 465 (SSL/TLS).',
    ],
    fixes: [
      'An access token was given, but this server offers no token sign-in (it lists: ' +
        '{passwordMechanisms}): log in with the password instead.',
      'In the account settings set authentication to "Normal password" (or "Automatic").',
      "Check that the server is the provider's submission server, not a server for other servers (an MX).",
    ],
  },
  auth_account_locked: {
    title: 'The account is locked or suspended',
    explanation:
      'The provider has locked, suspended or restricted the account (or blocked your connection), often ' +
      'after suspicious activity or unpaid service.',
    fixes: [
      "Sign in to the provider's website to see the reason and unlock the account.",
      "Contact the provider's support.",
    ],
  },
  auth_rate_limited: {
    title: 'Too many connections or attempts',
    explanation:
      'The server is limiting you: too many mail programs or devices connected at once, too many failed ' +
      'logins, or too many messages sent.',
    fixes: [
      'Close other mail programs and devices using the same account, then try again.',
      'Wait a while (often 15-60 minutes) before retrying.',
      "If you send a lot of mail, stay within the provider's sending limits.",
    ],
  },
  imap_disabled: {
    title: 'IMAP is switched off for this account',
    explanation:
      "The account does not allow IMAP access: it has to be enabled in the mailbox settings on the provider's website.",
    details: [
      'The server refuses IMAP on every port ({protocolPortsRefused}) while it answers on its other ' +
        'ports: IMAP is not offered here.',
    ],
    fixes: [
      "Enable IMAP in the mailbox settings on the provider's website.",
      'Or use POP3, which works: {otherWorking}.',
      'Then try again (it can take a few minutes).',
    ],
  },
  pop_disabled: {
    title: 'POP is switched off for this account',
    explanation:
      'The account does not allow POP access: it has to be enabled in the mailbox settings on the ' +
      "provider's website (some providers keep it off by default).",
    details: [
      'The server refuses POP3 on every port ({protocolPortsRefused}) while it answers on its other ' +
        'ports: POP is not offered here.',
    ],
    fixes: [
      'Use IMAP, which works and keeps mail in sync on all devices: {otherWorking}.',
      "Or enable POP in the mailbox settings on the provider's website.",
    ],
  },
  mailbox_over_quota: {
    title: 'The mailbox is full',
    explanation: 'The mailbox has (almost) used up its space: new mail may be refused and sending may fail.',
    details: ['In use: {usage}.'],
    fixes: [
      'Delete old messages with large attachments and empty the trash.',
      'With POP, turn on "remove from server after N days", or buy more space.',
    ],
  },
  smtp_relay_denied: {
    title: 'The server refuses to send this mail (relay denied)',
    explanation:
      'The outgoing server does not pass on mail for you: usually because the mail program did not log ' +
      "in to it, or it is not your provider's sending server.",
    fixes: [
      'In the outgoing (SMTP) settings, turn on "My server requires authentication", with the same user ' +
        'and password as incoming.',
      "Use your provider's SMTP server on port 587 or 465.",
    ],
  },
  smtp_sender_rejected: {
    title: 'The sender address is refused',
    explanation:
      'The server does not let this account send as the address in "From": it is not the account\'s own ' +
      'address or an allowed alias.',
    fixes: [
      'Send from the address of the account you log in with.',
      'To send as another address, add and verify it as an alias at the provider.',
    ],
  },
  insecure_settings: {
    title: 'The settings are not encrypted',
    explanation:
      'The chosen port and security send your password and mail in the clear, while an encrypted way in works.',
    fixes: ['Switch to: {working}.'],
  },
}
