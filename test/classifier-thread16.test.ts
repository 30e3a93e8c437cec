// Round 19 (issue 14): the message families read from round 16's train thread cases (src/diagnose/rules/
// thread16-rules.ts). The plain strings are in source-tables.jsonl; these cases pin the rows whose meaning depends
// on the port, the protocol or the reply a wrapper quotes, against the generic reading of the same words.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const cause = (text: string, protocol?: string, port?: number) =>
  explainText({ text, protocol, port }).classification?.cause ?? null

describe("MailKit's greeting read timing out", () => {
  const smtp = [
    'System.IO.IOException: Connection timed out',
    ' ---> System.Net.Sockets.SocketException (110): Connection timed out',
    '   at MailKit.Net.NetworkStream.Read(Byte[] buffer, Int32 offset, Int32 count)',
    '   at MailKit.Net.Smtp.SmtpStream.ReadResponse(CancellationToken cancellationToken)',
    '   at MailKit.Net.Smtp.SmtpClient.PostConnect(Stream stream, String host, Int32 port, ' +
      'SecureSocketOptions options, Boolean starttls, CancellationToken cancellationToken)',
  ].join('\n')
  const imap = [
    'System.TimeoutException: The operation has timed out.',
    '   at MailKit.Net.Imap.ImapStream.ReadAhead(Int32 atleast, CancellationToken cancellationToken)',
    '   at MailKit.Net.Imap.ImapEngine.Connect(ImapStream stream, CancellationToken cancellationToken)',
  ].join('\n')

  it('is plain text on an implicit-TLS port (465, 993)', () => {
    expect(cause(smtp, 'smtp', 465)).toBe('tls_wrong_mode')
    expect(cause(imap, 'imap', 993)).toBe('tls_wrong_mode')
  })

  it('stays a timeout on a STARTTLS port, where the greeting is plain text', () => {
    expect(cause(smtp, 'smtp', 587)).toBe('tcp_timeout')
  })
})

describe("a client left waiting on another protocol's port", () => {
  const nodeImap = "{ [Error: Timed out while authenticating with server] source: 'timeout-auth' }"

  it("reads node-imap's auth timeout on POP3's or SMTP's port as the wrong port", () => {
    for (const port of [995, 110, 465, 587])
      expect(cause(nodeImap, 'imap', port), String(port)).toBe('protocol_port_mismatch')
  })

  it("keeps node-imap's reading on IMAP's own ports", () => {
    expect(cause(nodeImap, 'imap', 993)).toBe('tls_wrong_mode')
    expect(cause(nodeImap, 'imap', 143)).toBe('greeting_timeout')
  })

  it('reads a greeting that never came on an IMAP port as the wrong port for an SMTP client', () => {
    expect(cause('Greeting never received', 'smtp', 993)).toBe('protocol_port_mismatch')
    expect(cause('Greeting never received', 'smtp', 465)).toBe('tls_wrong_mode')
  })
})

describe("a login that got the EHLO's 250 for an answer", () => {
  it('is a login tried before STARTTLS, in Roundcube and in a quoted PHPMailer reply', () => {
    for (const text of [
      'SMTP Error (250) Authentication is failed',
      'SMTP Fehler (250): Die Authentisierung ist fehlgeschlagen',
      'SMTP Error: Authentication failed: 250-mx.google.com at your service, [2001:db8::1]',
    ])
      expect(cause(text, 'smtp'), text).toBe('auth_plaintext_disabled')
  })

  it('keeps a 535 in the same wrappers a refused password', () => {
    expect(cause('SMTP Error (535): Authentication failed.', 'smtp')).toBe('auth_bad_credentials')
    expect(cause('SMTP Error: Authentication failed: 535 5.7.8 Bad credentials', 'smtp')).toBe('auth_bad_credentials')
  })
})

describe('Go\'s "unencrypted connection"', () => {
  it('is no encrypted way in, bare or quoted, and not a word inside a server reply', () => {
    expect(cause('unencrypted connection', 'smtp', 25)).toBe('no_encryption_available')
    expect(cause('send mail: gomail: unencrypted connection', 'smtp')).toBe('no_encryption_available')
    expect(cause('I get "unencrypted connection" when sending', 'smtp')).toBe('no_encryption_available')
    expect(cause('NO Plaintext authentication disallowed on an unencrypted connection', 'imap')).not.toBe(
      'no_encryption_available',
    )
  })
})
