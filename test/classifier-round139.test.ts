// Readings added in the twelfth session, each from a train case's thread and the words of the program or server
// that writes the message, with the near misses each must leave alone.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'
import { explainMessage } from '../src/explain/explain.js'
import { providerOwning } from '../src/providers/table.js'

const read = (text: string, port?: number, provider?: string) =>
  explainText({ text, protocol: 'any', port, provider }).classification?.cause ?? null

describe('round 139: the envelope sender refused in other words', () => {
  const table: Array<[string, string | null]> = [
    ['535 Authorization failed: Envelope From address <no-reply@example.com> not authorized', 'smtp_sender_rejected'],
    ['550 5.7.1 Sender address is not permitted', 'smtp_sender_rejected'],
    ['Error: Send error: permanent: 5.7.1 forged sender address', 'smtp_sender_rejected'],
    [
      "(554, b'5.7.1 Database error. / Der angegebene Absender ist keiner Ihrer erlaubten Aliase.')",
      'smtp_sender_rejected',
    ],
    // A 535 that names no address stays the login's refusal.
    ['535 Authorization failed', 'auth_bad_credentials'],
    ['535 5.7.8 Error: authentication failed: authentication failure', 'auth_bad_credentials'],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })
})

describe("round 139: Ruby net-imap's greeting that is an SMTP server's", () => {
  it('reads "bad response type \\"ESMTP\\"" as another protocol on the port', () => {
    expect(read('Net::IMAP::InvalidResponseError Exception bad response type "ESMTP"')).toBe('protocol_port_mismatch')
    expect(read('bad response type "SMTP", expected OK or PREAUTH')).toBe('protocol_port_mismatch')
  })
  it('leaves a label that is no other protocol to the general reading', () => {
    expect(read('bad response type "FOO", expected OK or PREAUTH')).not.toBe('protocol_port_mismatch')
  })
})

describe('round 139: certificate names, quotas and suspensions in the words of their programs', () => {
  const table: Array<[string, string | null]> = [
    // MailKit's SslHandshakeException help text, with or without a space before the name.
    [
      "The host name(mail.example.org) did not match any of the names given in the server's SSL certificate:\n" +
        '  *.hosting.example',
      'tls_cert_hostname_mismatch',
    ],
    [
      'The host name (mail.example.org) did not match the name(s) given in the certificate',
      'tls_cert_hostname_mismatch',
    ],
    // SEC_E_WRONG_PRINCIPAL as Windows words it in de, fr, es.
    ['Der Zielprinzipalname ist falsch.', 'tls_cert_hostname_mismatch'],
    ['Le nom principal de la cible est incorrect.', 'tls_cert_hostname_mismatch'],
    ['El nombre principal de destino es incorrecto.', 'tls_cert_hostname_mismatch'],
    // EWS's ErrorQuotaExceeded, by name and by its text.
    ['exchangelib.errors.ErrorQuotaExceeded: Mailbox has exceeded maximum mailbox size.', 'mailbox_over_quota'],
    // A host's block on one mailbox's sending.
    ['550 Outgoing mail from "user@example.org" has been suspended.', 'auth_account_locked'],
    ['550 Outgoing mail from "" has been suspended.', 'auth_account_locked'],
    // "Outgoing mail server" words that block nothing stay unread as a suspension.
    ['The outgoing mail server (SMTP) smtp.example.org requires a secure connection', null],
  ]
  it.each(table)('%s', (text, expected) => {
    const cause = read(text)
    if (expected === null) expect(cause).not.toBe('auth_account_locked')
    else expect(cause).toBe(expected)
  })
})

describe("round 139: the remote reply in Exchange's message trace (LED=)", () => {
  it('reads the reply inside {LED=…}, not the words around it', () => {
    const trace =
      'Reason: [{LED=421 Timeout - closing connection};{MSG=};{FQDN=mx.example.org};{IP=192.0.2.7};' +
      '{LRT=8/3/2024 4:58:56 PM}].'
    expect(explainText({ text: trace }).extracted.reply).toBe('421 Timeout - closing connection')
    expect(read(trace)).toBe('server_unavailable')
    expect(read('Reason: [{LED=550 5.1.8 Access denied, bad outbound sender AS(42000001)};{MSG=};{FQDN=};{IP=}]')).toBe(
      'auth_account_locked',
    )
  })
})

describe("round 139: a name under a provider's domain that is none of its servers", () => {
  it("keeps the lookup's reading and names the provider's published server to compare it with", () => {
    const yahoo = explainMessage('getaddrinfo ENOTFOUND imap.yahoo.com', {}, 'en')
    expect(yahoo.cause).toBe('dns_nxdomain')
    expect(yahoo.fixes).toContain('Compare it with what the provider publishes: imap.mail.yahoo.com.')
    const italian = explainMessage("Server: 'mail.libero.it', Protocollo: POP3, Errore socket: 11001", {}, 'it')
    expect(italian.fixes).toContain('Confrontalo con quello che pubblica il provider: popmail.libero.it.')
    // "mail." names no protocol: every server the provider publishes.
    expect(explainMessage('getaddrinfo ENOTFOUND mail.gmail.com', {}, 'en').fixes).toContain(
      'Compare it with what the provider publishes: imap.gmail.com, pop.gmail.com, smtp.gmail.com.',
    )
    // A name no known provider owns gets no such line.
    const other = explainMessage('getaddrinfo ENOTFOUND mail.example.org', {}, 'en')
    expect(other.cause).toBe('dns_nxdomain')
    expect(other.fixes?.some((f) => f.includes('provider publishes'))).toBe(false)
  })

  it('names the published server as the replacement for a Gmail name built on google.com', () => {
    const google = explainMessage('connect ETIMEDOUT imap.google.com:993', {}, 'en')
    expect(google.cause).toBe('wrong_server_name')
    expect(google.fixes).toContain('Replace the server name with imap.gmail.com.')
  })
})

describe('the provider that owns a host name', () => {
  it('is the one whose names reach furthest into it', () => {
    expect(providerOwning('imaps.pec.aruba.it')?.id).toBe('aruba-pec')
    expect(providerOwning('imap.aruba.it')?.id).toBe('aruba')
    expect(providerOwning('imap.yahoo.com.')?.id).toBe('yahoo')
    expect(providerOwning('imap.example.org')).toBeUndefined()
  })
})

describe('round 147: readings from the slices by how the thread ended, second half', () => {
  const table: Array<[string, string | null]> = [
    // Postfix's failed upgrade with OpenSSL's server-side reason in the same log: the client's TLS is too old.
    [
      'postfix/smtpd[1]: warning: TLS library problem: error:14209102:SSL routines:' +
        'tls_early_post_process_client_hello:unsupported protocol:ssl/statem/statem_srvr.c:1655:\n' +
        'postfix/smtpd[1]: lost connection after STARTTLS from mx.example.org[192.0.2.1]',
      'tls_old_protocol',
    ],
    // Without a reason logged, the failed upgrade stays what it is.
    ['postfix/smtpd[1]: lost connection after STARTTLS from mx.example.org[192.0.2.1]', 'starttls_failed'],
    // An OAuth token refused: the token, not the password, an app password or basic authentication.
    ['>> TAG1 AUTHENTICATE XOAUTH2 REDACTED== << TAG1 NO AUTHENTICATE failed.', 'auth_token_invalid'],
    [
      'C: W3 AUTHENTICATE XOAUTH2 "(* value hidden *)"\nS: W3 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
      'auth_token_invalid',
    ],
    ['A0001 NO AUTHENTICATE failed.', 'auth_basic_auth_disabled'],
    // AUTHENTICATE answered BAD: the mechanism or its initial response, not the password.
    ['AUTHENTICATE PLAIN failed: BAD Request not ending with', 'auth_mechanism_unsupported'],
    ['A1 AUTHENTICATE PLAIN\n+ \ndGVzdA==\nA1 BAD Invalid SASL argument', 'auth_mechanism_unsupported'],
    ['A1 AUTHENTICATE PLAIN\nA1 NO [AUTHENTICATIONFAILED] Authentication failed.', 'auth_bad_credentials'],
    // No AUTH in the EHLO that follows a STARTTLS that went through: no login on offer at all.
    [
      'EHLO me\n250-x Hello\n250-STARTTLS\n250 HELP\nSTARTTLS\n220 TLS go ahead\nEHLO me\n250-x Hello\n250 HELP\n' +
        'AUTH PLAIN xxx\n503 AUTH command used when not advertised',
      'auth_mechanism_unsupported',
    ],
    // Before TLS, the same silence is a login kept for TLS.
    [
      'EHLO me\n250-x Hello\n250-STARTTLS\n250 HELP\nAUTH PLAIN xxx\n530 5.7.0 Must issue a STARTTLS command first',
      'auth_plaintext_disabled',
    ],
    // Name lookups in an MTA's and Google's bounce words.
    ['smtp-out: Failed to resolve MX for [relay:gmail.com,smtp]: Temporary failure in MX lookup', 'dns_servfail'],
    ["DNS Error: DNS type 'mx' lookup of example.co.in responded with code NOERROR", 'dns_no_address'],
    ["DNS type 'a' lookup of example.co.in had no relevant answers.", 'dns_no_address'],
    ["DNS Error: DNS type 'mx' lookup of exampel.com responded with code NXDOMAIN", 'dns_nxdomain'],
    // A STARTTLS answered "502 … not available" after a label and a colon: no TLS on offer.
    ['SMTPSTARTTLS: 502 TLS not available', 'starttls_not_offered'],
    // Schannel's codes as signed numbers (Rust's "os error"), in any language.
    ['POP3 STARTTLS handshake: 因为算法不同，客户端和服务器无法通信。 (os error -2146893007)', 'tls_old_protocol'],
    ['Der Zielprinzipalname ist falsch. (os error -2146893022)', 'tls_cert_hostname_mismatch'],
    ['error 12146893007', null],
    // A relay's check of the From/Sender header.
    ['SMTP error from remote mail server after end of data: 530 From/Sender name is not valid', 'smtp_sender_rejected'],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  it('still reads a port after a colon as no reply code', () => {
    expect(read('connect ECONNREFUSED 127.0.0.1:465')).toBe('tcp_refused')
    expect(explainText({ text: 'connect ECONNREFUSED 127.0.0.1:465' }).extracted.port).toBe(465)
  })
})

describe('round 153: readings from the third half-dozen slices', () => {
  const table: Array<[string, number | undefined, string | null]> = [
    // Sending limits in a qmail-style refusal and a rate limiter's words.
    ['Exception message was: sorry, too many emails (#5.7.1)', undefined, 'auth_rate_limited'],
    ['SASL login name rejected: You are sending too many emails too fast.', undefined, 'auth_rate_limited'],
    // Go with no CA bundle in its image.
    ['x509: failed to load system roots and no roots provided', undefined, 'tls_cert_untrusted'],
    // IceWarp refusing the client's IP where the greeting belongs, read before the parse error around it.
    [
      'Syntax error in IMAP server greeting. Unexpected token: [atom: NO]\nS:  NO LOGOUT Intrusion prevention active',
      undefined,
      'auth_account_locked',
    ],
    // An SMTP library on POP3's port, an IMAP library on SMTP's: another protocol's port, whatever TLS said.
    [
      'SMTP connect() failed.\nConnection: opening to ssl://pop.example.net:110\n' +
        'error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol',
      undefined,
      'protocol_port_mismatch',
    ],
    ['node-imap: Error: SSL routines:SSL3_GET_RECORD:wrong version number', 587, 'tls_wrong_mode'],
    // The same TLS error with the client's own protocol on its own port stays the mode.
    [
      'SMTP connect() failed.\nConnection: opening to ssl://smtp.example.net:587\n' +
        'error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol',
      undefined,
      'tls_wrong_mode',
    ],
  ]
  it.each(table)('%s (port %s)', (text, port, expected) => {
    expect(read(text, port)).toBe(expected)
  })

  it('reads an IMAP client on the SMTP port as another protocol when the protocol is known', () => {
    const r = explainText({
      text: 'Error: SSL routines:SSL3_GET_RECORD:wrong version number',
      protocol: 'imap',
      port: 587,
    })
    expect(r.classification).toMatchObject({ cause: 'protocol_port_mismatch', via: 'context', event: 'tls_wrong_mode' })
  })
})

describe("NSS's version, cipher and record strings, in English and in Thunderbird's it/de/fr/es", () => {
  const table: Array<[string, string]> = [
    ['Peer using unsupported version of security protocol.', 'tls_old_protocol'],
    ['Error code: SSL_ERROR_UNSUPPORTED_VERSION', 'tls_old_protocol'],
    ['SSL_ERROR_INSUFFICIENT_SECURITY_ALERT', 'tls_old_protocol'],
    ['SSL received a weak ephemeral Diffie-Hellman key in Server Key Exchange handshake message.', 'tls_old_protocol'],
    ['Il peer utilizza una versione non supportata del protocollo di sicurezza.', 'tls_old_protocol'],
    ['Die Gegenstelle meldet eine inkompatible oder nicht unterstützte Protokollversion.', 'tls_old_protocol'],
    ['Le pair utilise une version non gérée du protocole de sécurité.', 'tls_old_protocol'],
    ['La otra parte está usando una versión del protocolo de seguridad no admitida.', 'tls_old_protocol'],
    [
      'Impossibile stabilire una connessione sicura con il peer: non esistono algoritmi crittografici in comune.',
      'tls_old_protocol',
    ],
    [
      'Impossibile stabilire una connessione sicura con il peer: il nome di dominio richiesto non corrisponde al ' +
        'certificato del server.',
      'tls_cert_hostname_mismatch',
    ],
    ['SSL hat einen Eintrag erhalten, der die maximal erlaubte Länge überschritten hat.', 'tls_wrong_mode'],
    ["L'autorité de délivrance du certificat du pair n'est pas reconnue.", 'tls_cert_untrusted'],
    ['SSL peer was unable to negotiate an acceptable set of security parameters.', 'tls_handshake_failed'],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  it('leaves the neighbouring strings that name no cause alone', () => {
    // SSL_ERROR_BAD_MAC_READ and a client-certificate failure say nothing about the server's TLS version or name.
    expect(read('SSL received a record with an incorrect Message Authentication Code.')).not.toBe('tls_old_protocol')
    expect(read('Unable to find the certificate or key necessary for authentication.')).not.toBe('tls_old_protocol')
  })
})
