// The same error arrives in many wrappers: a logger's prefix, a JSON log entry, an exception chain, a web page's
// escapes, a mail's quoting, a terminal's wrap (corpus/paste-formats.ts: 26 shapes, each seen in a public thread).
// explain takes the wrapper off (src/diagnose/paste.ts) and reads the message: what it gets right unwrapped, it
// must still get right wrapped. Measured on train cases only.
import { describe, expect, it } from 'vitest'
import { classifyCause, explainText } from '../src/diagnose/classify.js'
import { unwrapPaste } from '../src/diagnose/paste.js'
import { PASTE_FORMATS } from './corpus/paste-formats.js'
import { partOf, readCorpus, type CorpusCase } from './corpus/split.js'

const causeOf = (c: CorpusCase, text: string): string | null =>
  classifyCause({ text, protocol: c.protocol, stage: c.stage, port: c.port })

// Share of the right answers each shape keeps. NethServer's logfmt line splits an SMTP reply's code from its text
// (`code=535 message="5.7.8 …"`): 86.2% until paste.ts put the reply back together, 99.5% since. A hard wrap at 80
// columns, which cuts words in two, went from 89.0% to 99.4% with the fixed-width step.
const KEPT_FLOOR: Record<string, number> = {}
const DEFAULT_FLOOR = 0.985

describe('an error wrapped the way people paste it', () => {
  const train = readCorpus().filter((c) => partOf(c.id) === 'train')
  const right = train.filter((c) => causeOf(c, c.text) === c.cause)

  it.each(PASTE_FORMATS.map((f) => [f.name, f] as const))('%s keeps the answers', (name, format) => {
    expect(format.source).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/issues\/\d+$/)
    const cases = right.filter((c) => format.appliesTo?.(c.text) ?? true)
    const lost = cases.filter((c) => causeOf(c, format.apply(c.text)) !== c.cause)
    const kept = (cases.length - lost.length) / cases.length
    expect(cases.length).toBeGreaterThan(300)
    expect(kept, `${name}: lost ${lost.map((c) => c.id).join(' ')}`).toBeGreaterThanOrEqual(
      KEPT_FLOOR[name] ?? DEFAULT_FLOOR,
    )
  })
})

const wrapAt80 = (text: string): string => text.match(/.{1,80}/g)!.join('\n')

// One paste per step of paste.ts (and the later status line of wrapper.ts), shaped like the threads where it was
// seen (corpus/paste-formats.md); each was misread by the classifier before these steps (9b8e1c7).
const WRAPPED: Array<[cause: string, text: string]> = [
  ['tcp_refused', 'Connection\u00a0refused\u00a0(111)'],
  ['auth_plaintext_disabled', '&gt; a1 NO [PRIVACYREQUIRED] Connection offers no privacy'],
  ['dns_nxdomain', '{"message":"Failed to connect to server imap.libero.itx."}'],
  ['auth_plaintext_disabled', '{"error":"a1 NO [PRIVACYREQUIRED] Connection offers no privacy","level":"error"}'],
  ['auth_plaintext_disabled', '"a1 NO [PRIVACYREQUIRED] Connection offers no privacy\\r\\n"'],
  ['auth_plaintext_disabled', '```\na1 NO [PRIVACYREQUIRED] Connection offers no privacy\n```'],
  ['dns_nxdomain', '> Failed to connect to server imap.libero.itx.'],
  ['auth_plaintext_disabled', '2024-03-01 12:00:01,545 ERROR    a1 NO [PRIVACYREQUIRED] Connection offers no privacy'],
  ['dns_nxdomain', '2024/03/01 12:00:01 worker.go:272: Failed to connect to server imap.libero.itx.'],
  // A logfmt line with the reply's code and words under two keys.
  [
    'auth_app_password_required',
    'level=error msg="send failed" server=smtp.gmail.com:587 code=535 ' +
      'message="5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials"',
  ],
  ['auth_plaintext_disabled', 'mail    | a1 NO [PRIVACYREQUIRED] Connection offers no privacy'],
  ['auth_plaintext_disabled', '0|main  | a1 NO [PRIVACYREQUIRED] Connection offers no privacy'],
  ['dns_nxdomain', '01-15 15:44:06.166  9975 13041 E K9: Failed to connect to server imap.libero.itx.'],
  [
    'auth_plaintext_disabled',
    'MailKit.Security.AuthenticationException: The SMTP server does not support\nauthentication.',
  ],
  // Thunderbird's Italian netRefused copied from a terminal 80 columns wide: the cut falls inside "rifiutata".
  ['tcp_refused', wrapAt80('Non è possibile connettersi al server imap.libero.it; la connessione è stata rifiutata.')],
]

describe('each step of the unwrapping', () => {
  it.each(WRAPPED)('reads %s through its wrapper', (cause, text) => {
    expect(classifyCause({ text })).toBe(cause)
  })

  it('leaves a plain message as it was, and a server log its program', () => {
    for (const text of [
      'ECONNRESET: read ECONNRESET',
      '[AUTHENTICATIONFAILED] Invalid credentials (Failure)',
      '[Errno 111] Connection refused',
      'Mar  1 12:00:01 mail postfix/smtpd[12]: warning: TLS library problem: error:0A00010B:SSL routines::' +
        'wrong version number',
      '> AUTH PLAIN\n< 535 5.7.8 Error: authentication failed',
    ]) {
      expect(unwrapPaste(text)).toBe(text)
    }
  })

  it('keeps a JSON document that is itself the error', () => {
    const payload = '{"status":"invalid_token","schemes":"bearer","scope":"mail"}'
    expect(unwrapPaste(payload)).toBe(payload)
    expect(classifyCause({ text: payload })).toBe('auth_token_invalid')
  })
})

describe('a hostile paste', () => {
  it('is unwrapped in linear time: well under a millisecond for the longest text explain reads', () => {
    // A wrap pattern that looked back over the whole line from every position cost ~7 ms per 4,000 characters, and
    // multiplied the hostile-text test's time by 20.
    const texts = [
      'a'.repeat(4000),
      'word '.repeat(800),
      ('x'.repeat(79) + '\n').repeat(50),
      '{"a":"b c"} '.repeat(300),
    ]
    const started = performance.now()
    for (let i = 0; i < 50; i++) for (const text of texts) unwrapPaste(text)
    expect((performance.now() - started) / (50 * texts.length)).toBeLessThan(1)
  })

  it('does not slow the reading down or throw', () => {
    const texts = [
      '['.repeat(5000) + ']'.repeat(5000),
      '{"a":'.repeat(3000) + '"x y"' + '}'.repeat(3000),
      '\\u00e8\\n'.repeat(3000),
      '&amp;'.repeat(5000),
      ('x'.repeat(79) + '\n').repeat(200),
      ('mail | ' + 'a'.repeat(60) + '\n').repeat(500),
      '2024-03-01 12:00:01 '.repeat(2000),
    ]
    for (const text of texts) {
      const started = performance.now()
      expect(() => explainText({ text })).not.toThrow()
      expect(performance.now() - started).toBeLessThan(200)
    }
  })
})
