// The causes of a connection that fails before the login (English): the address, DNS, TCP,
// TLS and certificates, STARTTLS, the greeting.
import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'

export const CONNECTION_EN = {
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
      'Compare it with what the provider publishes: {expected}.',
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
      'The server at {host} answered, but nothing listens {onPorts}: the port is wrong for this service, ' +
      'or the service is switched off.',
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
      'Port 25 gets no answer. Many Internet providers block port 25 to stop spam; it is meant for servers, ' +
      'not for mail programs.',
    // Only a check that reached another sending port of the same server can say so.
    details: ['The same server answers {onAnsweringPorts}.'],
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
      'On port {port}, the server does not offer to switch to an encrypted connection, so a password ' +
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
      'connection says can be trusted, and no password should be sent over it.',
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
      'The server offers no encrypted connection: a password sent to it travels in the clear, and anyone ' +
      'on the network could read it.',
    details: [
      'No port of {host} offers it ({ports}): the SSL/TLS ports are closed and the others offer no STARTTLS.',
      'The server would take the password unencrypted ({plaintextAcceptedOn}): that works, but anyone ' +
        'on the network can read the password, so maildoctor did not send it.',
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
} satisfies Partial<Record<CauseId, CauseText>>
