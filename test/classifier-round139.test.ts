// Readings added in the twelfth session, each from a train case's thread and the words of the program or server
// that writes the message, with the near misses each must leave alone.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

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
