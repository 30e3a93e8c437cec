// The public corpus through `explain --jsonl`, plus variants it does not contain, to keep the
// rules honest about codes and meaning rather than whole strings.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { explainJsonLines } from '../src/report/explain.js'
import { classifyCause } from '../src/diagnose/classify.js'

const corpus = readFileSync(join(import.meta.dirname, 'corpus', 'public.jsonl'), 'utf8')
const rows = corpus
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; cause: string; text: string; family: string })

describe('public corpus', () => {
  it('still classifies every case of the shared corpus right through explain --jsonl', () => {
    // The shared cases (../shared/corpus/public.jsonl) are the ones whose id starts neither with a
    // family nor with src14-/src14b-…src14j- (the cases written from sources for issue 14, all rounds) nor with
    // thr12-/thr15-/…/thr106- (errors pasted in public threads, rounds 12-106).
    const shared = rows.filter(
      (r) => !r.id.startsWith(`${r.family}-`) && !/^(src14[b-j]?|thr1[256]|thr2[1579]|thr[3-9]\d|thr1\d\d)-/.test(r.id),
    )
    expect(shared.length).toBe(128)
    const out = explainJsonLines(shared.map((r) => JSON.stringify(r)).join('\n'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; cause: string | null })
    expect(out.map((o) => o.id)).toEqual(shared.map((r) => r.id))
    const wrong = out.filter((o, i) => o.cause !== shared[i].cause).map((o) => `${o.id}: got ${o.cause}`)
    expect(wrong).toEqual([])
  })

  it('keeps going past malformed lines and answers null for unknown text', () => {
    const out = explainJsonLines(
      '{"id":"a","text":"535 5.7.8 bad"}\nnot json\n{"id":"b","text":"lorem ipsum dolor"}\n{"id":"c"}\n',
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(out[0]).toEqual({ id: 'a', cause: 'auth_bad_credentials' })
    expect(out[1].id).toBeNull()
    expect(out[1].error).toBeTruthy()
    expect(out[2]).toEqual({ id: 'b', cause: null })
    expect(out[3].error).toMatch(/text/)
  })
})

// Unseen wordings: each row must be classified from its codes or meaning.
const VARIANTS: Array<[string, Parameters<typeof classifyCause>[0]]> = [
  // OAuth (issue 15): RFC 7628 error objects, raw or as the base64 challenge; Office 365's quirk.
  [
    'auth_token_invalid',
    { protocol: 'imap', stage: 'auth', text: '{"status":"invalid_token","schemes":"bearer","scope":"mail"}' },
  ],
  [
    'auth_token_invalid',
    { protocol: 'pop3', stage: 'auth', text: '+ eyJzdGF0dXMiOiJpbnN1ZmZpY2llbnRfc2NvcGUiLCJzY29wZSI6Im1haWwifQ==' },
  ],
  [
    'auth_bad_credentials',
    { protocol: 'imap', stage: 'mailbox', text: 'A2 BAD User is authenticated but not connected.' },
  ],
  [
    'auth_bad_credentials',
    { protocol: 'imap', stage: 'auth', text: 'A3 NO [AUTHENTICATIONFAILED] Invalid user name or password' },
  ],
  ['auth_bad_credentials', { protocol: 'smtp', stage: 'auth', text: '535 5.7.3 Authentication unsuccessful' }],
  ['auth_bad_credentials', { protocol: 'pop3', stage: 'auth', text: '-ERR [AUTH] Invalid login' }],
  [
    'server_unavailable',
    { protocol: 'imap', stage: 'auth', text: 'a1 NO [UNAVAILABLE] Authentication backend temporarily unavailable' },
  ],
  [
    'server_unavailable',
    { protocol: 'smtp', stage: 'greeting', text: '421 4.3.2 System not accepting network messages' },
  ],
  [
    'server_unavailable',
    { protocol: 'pop3', stage: 'auth', text: '-ERR [SYS/TEMP] Internal server error, try again later' },
  ],
  ['auth_rate_limited', { protocol: 'pop3', stage: 'auth', text: '-ERR [LOGIN-DELAY] wait 5 minutes between logins' }],
  ['auth_rate_limited', { protocol: 'imap', stage: 'auth', text: 'x NO [LIMIT] Too many concurrent sessions' }],
  ['mailbox_over_quota', { protocol: 'imap', stage: 'post_auth', text: 'A5 NO [OVERQUOTA] Quota exceeded' }],
  ['mailbox_over_quota', { protocol: 'smtp', stage: 'post_auth', text: '552 5.2.2 Mailbox full' }],
  [
    'auth_plaintext_disabled',
    { protocol: 'smtp', stage: 'auth', text: '538 5.7.11 Encryption required for requested authentication mechanism' },
  ],
  [
    'auth_app_password_required',
    { protocol: 'smtp', stage: 'auth', text: '534-5.7.9 Application-specific password required.' },
  ],
  [
    'auth_web_login_required',
    { protocol: 'smtp', stage: 'auth', text: '534-5.7.14 Please log in with your web browser and then try again.' },
  ],
  ['auth_account_locked', { protocol: 'imap', stage: 'auth', text: 'a NO [CONTACTADMIN] Your account is suspended' }],
  ['imap_disabled', { protocol: 'imap', stage: 'auth', text: 'A1 NO IMAP access is disabled for this account' }],
  ['pop_disabled', { protocol: 'pop3', stage: 'auth', text: '-ERR POP3 access is disabled for this mailbox' }],
  ['tcp_refused', { protocol: 'imap', stage: 'tcp', text: 'Error: connect ECONNREFUSED 10.0.0.1:143' }],
  ['tls_cert_expired', { protocol: 'pop3', stage: 'tls', text: 'Error: certificate has expired' }],
  ['tls_wrong_mode', { protocol: 'pop3', stage: 'greeting', port: 995, text: 'Timed out waiting for the greeting' }],
  ['dns_nxdomain', { protocol: 'smtp', stage: 'dns', text: 'getaddrinfo ENOTFOUND smtp.libero.itt' }],
  ['smtp_relay_denied', { protocol: 'smtp', stage: 'post_auth', text: '554 5.7.1 <x@y.z>: Relay access denied' }],
  [
    'smtp_sender_rejected',
    { protocol: 'smtp', stage: 'post_auth', text: '553 5.7.1 Sender address rejected: not owned by user' },
  ],
]

describe('unseen wordings', () => {
  for (const [cause, input] of VARIANTS) {
    it(`${cause}: ${input.text}`, () => expect(classifyCause(input)).toBe(cause))
  }
})
