// maildoctor against real Dovecot (IMAP, POP3) and Postfix (submission, SASL through Dovecot),
// started by servers.sh on 127.0.0.1. Each row: the endpoint, the account, the causes expected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testCaPem } from '../../fixtures/servers/certs.js'
import { startDnsServer, type RunningDns } from '../../fixtures/servers/dns-server.js'
import { exitCodeOf } from '../../src/cli/check-command.js'
import type { CheckResult, EndpointSpec, Protocol, Security } from '../../src/model/types.js'
import { buildReport } from '../../src/report/report-model.js'
import { runCheckRequest } from '../../src/run/check.js'
import { REAL_EXPIRED_TOKEN, REAL_GOOD_TOKEN } from './oauth-tokens.js'

// Names (a certificate's, say) are looked up here, never with the machine's resolver.
let dns: RunningDns
beforeAll(async () => {
  dns = await startDnsServer({})
})
afterAll(async () => {
  await dns.close()
})

const PASSWORD = process.env.MD_REAL_PASSWORD ?? 'real-Passw0rd'

interface Row {
  name: string
  protocol: Protocol
  port: number
  security: Security
  host?: string
  /** Another endpoint checked together (cross-endpoint rules). */
  also?: { protocol: Protocol; port: number; security: Security }
  user?: string
  password?: string
  /** Log in with this OAuth token (by this mechanism only, when given). */
  token?: string
  mechanism?: 'XOAUTH2' | 'OAUTHBEARER'
  allowPlaintextAuth?: boolean
  causes: string[]
}

export async function checkReal(row: Omit<Row, 'name' | 'causes'>): Promise<CheckResult> {
  const endpoints = [row, ...(row.also ? [row.also] : [])].map((e) => ({
    protocol: e.protocol,
    host: row.host ?? '127.0.0.1',
    port: e.port,
    security: e.security,
    source: 'user' as const,
  }))
  return checkEndpoints(endpoints, row)
}

async function checkEndpoints(
  endpoints: EndpointSpec[],
  row: Pick<Row, 'user' | 'password' | 'token' | 'mechanism' | 'allowPlaintextAuth'>,
): Promise<CheckResult> {
  const user = row.user ?? 'mario@maildoctor.test'
  return runCheckRequest({
    target: { address: user },
    protocols: [],
    endpoints,
    options: {
      dnsServer: dns.address,
      // Dovecot delays failed logins from one address more each time (up to 15 s): the
      // product's default timeout leaves the login room for that.
      timeoutMs: 8000,
      deadlineMs: 40_000,
      ca: [testCaPem()],
      trace: false,
      credentials:
        row.token !== undefined
          ? { user, password: '', token: row.token, ...(row.mechanism ? { tokenMechanism: row.mechanism } : {}) }
          : { user, password: row.password ?? PASSWORD },
      allowPlaintextAuth: Boolean(row.allowPlaintextAuth),
      now: () => new Date(),
    },
  })
}

const ROWS: Row[] = [
  { name: 'healthy IMAP 993', protocol: 'imap', port: 10993, security: 'tls', causes: [] },
  { name: 'healthy IMAP 143 STARTTLS', protocol: 'imap', port: 10143, security: 'starttls', causes: [] },
  { name: 'healthy POP3 995', protocol: 'pop3', port: 10995, security: 'tls', causes: [] },
  { name: 'healthy POP3 110 STARTTLS', protocol: 'pop3', port: 10110, security: 'starttls', causes: [] },
  { name: 'healthy submission 587', protocol: 'smtp', port: 10587, security: 'starttls', causes: [] },
  { name: 'healthy submissions 465', protocol: 'smtp', port: 10465, security: 'tls', causes: [] },
  {
    name: 'POP3 refused while IMAP opens with the same password',
    protocol: 'pop3',
    port: 10995,
    security: 'tls',
    user: 'nopop@maildoctor.test',
    also: { protocol: 'imap', port: 10993, security: 'tls' },
    causes: ['pop_disabled'],
  },
  {
    name: 'POP3 refused, nothing to compare with',
    protocol: 'pop3',
    port: 10995,
    security: 'tls',
    user: 'nopop@maildoctor.test',
    causes: ['auth_bad_credentials'],
  },
  {
    name: 'IMAP still works for that account',
    protocol: 'imap',
    port: 10993,
    security: 'tls',
    user: 'nopop@maildoctor.test',
    causes: [],
  },
  {
    name: 'wrong password IMAP',
    protocol: 'imap',
    port: 10993,
    security: 'tls',
    password: 'wrong',
    causes: ['auth_bad_credentials'],
  },
  {
    name: 'wrong password POP3',
    protocol: 'pop3',
    port: 10110,
    security: 'starttls',
    password: 'wrong',
    causes: ['auth_bad_credentials'],
  },
  {
    name: 'wrong password SMTP',
    protocol: 'smtp',
    port: 10587,
    security: 'starttls',
    password: 'wrong',
    causes: ['auth_bad_credentials'],
  },
  {
    name: 'account refused (IMAP)',
    protocol: 'imap',
    port: 10993,
    security: 'tls',
    user: 'locked@maildoctor.test',
    causes: ['auth_account_locked'],
  },
  {
    name: 'account refused (POP3)',
    protocol: 'pop3',
    port: 10995,
    security: 'tls',
    user: 'locked@maildoctor.test',
    causes: ['auth_account_locked'],
  },
  {
    name: 'plaintext IMAP login refused before STARTTLS',
    host: '127.0.0.3',
    protocol: 'imap',
    port: 15143,
    security: 'plain',
    allowPlaintextAuth: true,
    causes: ['auth_plaintext_disabled'],
  },
  {
    name: 'plaintext POP3 login refused before STARTTLS',
    host: '127.0.0.3',
    protocol: 'pop3',
    port: 15110,
    security: 'plain',
    allowPlaintextAuth: true,
    causes: ['auth_plaintext_disabled'],
  },
  {
    name: 'plaintext SMTP login refused before STARTTLS',
    protocol: 'smtp',
    port: 10587,
    security: 'plain',
    allowPlaintextAuth: true,
    causes: ['auth_plaintext_disabled'],
  },
  {
    name: 'no password sent without encryption',
    host: '127.0.0.3',
    protocol: 'imap',
    port: 15143,
    security: 'plain',
    causes: ['auth_plaintext_disabled', 'no_encryption_available'],
  },
  {
    name: 'no STARTTLS at all (IMAP)',
    protocol: 'imap',
    port: 11143,
    security: 'starttls',
    causes: ['starttls_not_offered'],
  },
  {
    name: 'no STARTTLS at all (POP3)',
    protocol: 'pop3',
    port: 11110,
    security: 'starttls',
    causes: ['starttls_not_offered'],
  },
  { name: 'expired certificate (IMAPS)', protocol: 'imap', port: 12993, security: 'tls', causes: ['tls_cert_expired'] },
  {
    name: 'expired certificate (STARTTLS)',
    protocol: 'pop3',
    port: 12110,
    security: 'starttls',
    causes: ['tls_cert_expired'],
  },
  {
    name: 'certificate for another name',
    protocol: 'imap',
    port: 13993,
    security: 'tls',
    causes: ['tls_cert_hostname_mismatch'],
  },
  { name: 'self-signed certificate', protocol: 'pop3', port: 14995, security: 'tls', causes: ['tls_cert_untrusted'] },
  {
    name: 'STARTTLS spoken to the implicit-TLS port',
    protocol: 'smtp',
    port: 10465,
    security: 'starttls',
    causes: ['tls_wrong_mode'],
  },
  {
    name: 'SSL/TLS spoken to the STARTTLS port',
    protocol: 'imap',
    port: 10143,
    security: 'tls',
    causes: ['tls_wrong_mode'],
  },
  {
    name: 'IMAP client on the POP3 port',
    protocol: 'imap',
    port: 10995,
    security: 'tls',
    causes: ['protocol_port_mismatch'],
  },
  // Dovecot's oauth2 passdb asking the tests' introspection endpoint; Postfix submission through it.
  {
    name: 'OAuth: good token, IMAP 993 by OAUTHBEARER',
    protocol: 'imap',
    port: 17993,
    security: 'tls',
    token: REAL_GOOD_TOKEN,
    causes: [],
  },
  {
    name: 'OAuth: good token, IMAP 143 STARTTLS by XOAUTH2',
    protocol: 'imap',
    port: 17143,
    security: 'starttls',
    token: REAL_GOOD_TOKEN,
    mechanism: 'XOAUTH2',
    causes: [],
  },
  {
    name: 'OAuth: good token, POP3 995 by XOAUTH2',
    protocol: 'pop3',
    port: 17995,
    security: 'tls',
    token: REAL_GOOD_TOKEN,
    mechanism: 'XOAUTH2',
    causes: [],
  },
  {
    name: 'OAuth: good token, POP3 110 STARTTLS by OAUTHBEARER',
    protocol: 'pop3',
    port: 17110,
    security: 'starttls',
    token: REAL_GOOD_TOKEN,
    causes: [],
  },
  {
    name: 'OAuth: good token, Postfix submission by OAUTHBEARER',
    protocol: 'smtp',
    port: 17587,
    security: 'starttls',
    token: REAL_GOOD_TOKEN,
    causes: [],
  },
  {
    name: 'OAuth: good token, Postfix submission by XOAUTH2',
    protocol: 'smtp',
    port: 17587,
    security: 'starttls',
    token: REAL_GOOD_TOKEN,
    mechanism: 'XOAUTH2',
    causes: [],
  },
  {
    name: 'OAuth: expired token, IMAP by XOAUTH2',
    protocol: 'imap',
    port: 17993,
    security: 'tls',
    token: REAL_EXPIRED_TOKEN,
    mechanism: 'XOAUTH2',
    causes: ['auth_token_invalid'],
  },
  {
    name: 'OAuth: expired token, POP3 by OAUTHBEARER',
    protocol: 'pop3',
    port: 17995,
    security: 'tls',
    token: REAL_EXPIRED_TOKEN,
    causes: ['auth_token_invalid'],
  },
  {
    name: 'OAuth: expired token, Postfix submission',
    protocol: 'smtp',
    port: 17587,
    security: 'starttls',
    token: REAL_EXPIRED_TOKEN,
    causes: ['auth_token_invalid'],
  },
  {
    name: 'OAuth: a password where IMAP 993 takes only tokens',
    protocol: 'imap',
    port: 17993,
    security: 'tls',
    causes: ['auth_basic_auth_disabled'],
  },
  {
    name: 'OAuth: a password where POP3 995 takes only tokens (USER listed all the same)',
    protocol: 'pop3',
    port: 17995,
    security: 'tls',
    causes: ['auth_basic_auth_disabled'],
  },
  {
    name: 'OAuth: a password where Postfix submission takes only tokens',
    protocol: 'smtp',
    port: 17587,
    security: 'starttls',
    causes: ['auth_basic_auth_disabled'],
  },
]

describe('real Dovecot and Postfix', () => {
  for (const row of ROWS) {
    it(`${row.name} → ${row.causes.join(', ') || 'no finding'}`, async () => {
      const result = await checkReal(row)
      const causes = [...new Set(result.findings.map((f) => f.cause))].sort()
      const said = result.findings.flatMap((f) =>
        f.evidence.map((e) => `${e.code} ${e.source?.response ?? e.detail ?? ''}`),
      )
      expect(causes, said.join('\n')).toEqual([...row.causes].sort())
      if (!row.causes.length) expect(result.endpoints[0].stages.find((s) => s.stage === 'auth')?.status).toBe('pass')
    })
  }

  it('reads the INBOX after a real login', async () => {
    const result = await checkReal({ protocol: 'imap', port: 10993, security: 'tls' })
    expect(
      result.endpoints[0].stages.find((s) => s.stage === 'mailbox')?.facts['inbox.messages'],
    ).toBeGreaterThanOrEqual(3)
  })
})

// The verdict where ports disagree, against the real servers: receive and send as services.
const at = (protocol: Protocol, port: number, security: Security, host = '127.0.0.1'): EndpointSpec => ({
  protocol,
  host,
  port,
  security,
  source: 'user',
})
const ALL_WAYS = [
  at('imap', 10993, 'tls'),
  at('pop3', 10995, 'tls'),
  at('smtp', 10465, 'tls'),
  at('smtp', 10587, 'starttls'),
  at('smtp', 25, 'starttls', '127.0.0.31'),
]

describe('the verdict against real Dovecot and Postfix', () => {
  const verdictOf = async (endpoints: EndpointSpec[], row: Pick<Row, 'user' | 'password'>) => {
    const result = await checkEndpoints(endpoints, row)
    const report = buildReport(result, 'en', 'test')
    const said = result.findings
      .flatMap((f) => f.evidence.map((e) => `${f.cause}: ${e.code} ${e.source?.response ?? e.detail ?? ''}`))
      .join('\n')
    return { result, report, said, exit: exitCodeOf(report, { strict: false }) }
  }

  it('healthy, with the login, with port 25 for servers only: no finding, exit 0 even under --strict', async () => {
    const { result, report, said } = await verdictOf(ALL_WAYS, {})
    expect(result.findings, said).toEqual([])
    expect(exitCodeOf(report, { strict: true })).toBe(0)
    expect(report.working.map((w) => w.port)).not.toContain(25)
    expect(report.verdict.send.via).toEqual({ protocol: 'smtp', host: '127.0.0.1', port: 10465, security: 'tls' })
  })

  it('a wrong password on all three protocols: one cause, nothing "works" through port 25, exit 1', async () => {
    const { result, report, said, exit } = await verdictOf(ALL_WAYS, { password: 'wrong-Passw0rd' })
    expect([...new Set(result.findings.map((f) => f.cause))], said).toEqual(['auth_bad_credentials'])
    expect(report.verdict).toEqual({
      receive: { status: 'fail', via: null, cause: 'auth_bad_credentials' },
      send: { status: 'fail', via: null, cause: 'auth_bad_credentials' },
      primaryCause: 'auth_bad_credentials',
    })
    expect(report.working).toEqual([])
    expect(report.settings).toEqual([])
    expect(exit).toBe(1)
  })

  it('a disabled account on SMTP: sending fails, exit 1', async () => {
    const { report, said, exit } = await verdictOf(
      [at('smtp', 10465, 'tls'), at('smtp', 10587, 'starttls'), at('smtp', 25, 'starttls', '127.0.0.31')],
      { user: 'locked@maildoctor.test' },
    )
    expect(report.verdict.send.status, said).toBe('fail')
    expect(['auth_account_locked', 'auth_bad_credentials'], said).toContain(report.verdict.send.cause)
    expect(report.findings.every((f) => f.endpoints.every((e) => e.port !== 25))).toBe(true)
    expect(exit).toBe(1)
  })

  it('a server with TLS switched off: no encryption on any port, the password not sent, exit 1', async () => {
    const endpoints = [
      at('imap', 11993, 'tls'),
      at('imap', 11143, 'starttls'),
      at('pop3', 11995, 'tls'),
      at('pop3', 11110, 'starttls'),
    ]
    const { result, report, said, exit } = await verdictOf(endpoints, {})
    expect([...new Set(result.findings.map((f) => f.cause))], said).toEqual(['no_encryption_available'])
    expect(report.verdict.receive).toEqual({ status: 'fail', via: null, cause: 'no_encryption_available' })
    expect(result.endpoints.every((e) => e.stages.find((s) => s.stage === 'auth')?.status !== 'pass')).toBe(true)
    expect(exit).toBe(1)
  })
})

describe('send-to-receive round trip through Postfix and Dovecot', () => {
  it('delivers, measures, and cleans up', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { PACKAGE_ROOT } = await import('../../src/package-root.js')
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-real-rt-'))
    const file = join(dir, 'maildoctor.yml')
    writeFileSync(
      file,
      'targets:\n  - address: mario@maildoctor.test\n    host: 127.0.0.1\n    port: { imap: 10993, ' +
        'smtp: 10465 }\n    security: tls\n    password_env: MAILDOCTOR_REAL_PW\n    expect:\n      imap: ' +
        'ok\n      smtp: ok\n      roundtrip_seconds: 30\n',
    )
    const { runCli } = await import('../cli-harness.js')
    const { code, stdout } = await runCli(
      ['run', file, '--ca', join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt'), '--format', 'json', '--roundtrip'],
      { env: { MAILDOCTOR_REAL_PW: PASSWORD } },
    )
    const report = JSON.parse(stdout)
    console.log(`round trip through Postfix and Dovecot: ${report.targets[0].roundtripSeconds?.toFixed(3)} s`)
    expect(report.targets[0].outcomes.every((o: { met: boolean }) => o.met)).toBe(true)
    expect(code).toBe(0)
    // Cleaned up: the INBOX holds only the messages it had before.
    const after = await checkReal({ protocol: 'imap', port: 10993, security: 'tls' })
    expect(after.endpoints[0].stages.find((s) => s.stage === 'mailbox')?.facts['inbox.messages']).toBe(3)
  })
})
