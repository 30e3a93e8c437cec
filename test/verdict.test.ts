// The pure core on hand-built results: cross-endpoint rules, alternatives, the verdict and its
// ranking — no sockets, so each rule is seen alone.
import { describe, expect, it } from 'vitest'
import { classifyCause } from '../src/diagnose/classify.js'
import { diagnose } from '../src/diagnose/diagnose.js'
import { rankFindings, verdictOf } from '../src/diagnose/verdict.js'
import { clientWays } from '../src/diagnose/working.js'
import type { EndpointResult, Evidence, Facts, Protocol, Security, StageName, StageResult } from '../src/model/types.js'

type StageSpec = [StageName, StageResult['status'], Evidence[]?, Facts?]
const PLAN: Record<Security, StageName[]> = {
  tls: ['dns', 'tcp', 'tls', 'greeting', 'capabilities', 'auth', 'mailbox'],
  starttls: ['dns', 'tcp', 'greeting', 'capabilities', 'starttls', 'auth', 'mailbox'],
  plain: ['dns', 'tcp', 'greeting', 'capabilities', 'auth', 'mailbox'],
}

/** An endpoint whose stages pass up to the given ones, which say what happened; later ones skip. */
function ep(protocol: Protocol, port: number, security: Security, ...specs: StageSpec[]): EndpointResult {
  let stopped = false
  const stages = PLAN[security].map((stage): StageResult => {
    const spec = specs.find((s) => s[0] === stage)
    const status = stopped ? 'skip' : spec ? spec[1] : 'pass'
    if (status === 'fail') stopped = true
    const facts: Facts = {
      ...(stage === 'tcp' && status !== 'skip' ? { 'tcp.family': 'IPv4' } : {}),
      ...(spec?.[3] ?? {}),
    }
    return { stage, status, durationMs: 1, facts, evidence: stopped && !spec ? [] : (spec?.[2] ?? []) }
  })
  const failed = stages.some((s) => s.status === 'fail' && s.stage !== 'mailbox')
  const status = failed ? 'fail' : stages.some((s) => s.status === 'warn') ? 'warn' : 'ok'
  return { endpoint: { protocol, host: 'mail.test', port, security, source: 'user' }, status, durationMs: 1, stages }
}

const timeout: StageSpec = ['tcp', 'fail', [{ code: 'TCP_TIMEOUT' }]]
const refused: StageSpec = ['tcp', 'fail', [{ code: 'TCP_REFUSED' }]]
const badLogin = (user = 'mario@mail.test'): StageSpec => [
  'auth',
  'fail',
  [{ code: 'AUTH_REJECTED' }],
  { 'auth.user': user },
]
const loginOk: StageSpec = ['auth', 'pass', [], { 'auth.user': 'mario@mail.test' }]
const relayNoAuth: StageSpec = ['auth', 'warn', [{ code: 'SMTP_AUTH_NOT_ADVERTISED' }]]
const authOverTls: StageSpec = ['starttls', 'pass', [], { 'after.caps.auth': 'PLAIN LOGIN' }]

function check(endpoints: EndpointResult[], context = {}) {
  const findings = rankFindings(diagnose(endpoints, { classify: classifyCause, ...context }), endpoints)
  return { findings, verdict: verdictOf(endpoints, findings) }
}

describe('alternatives stay inside their protocol', () => {
  it('an IMAP timeout is softened by IMAP 143, and the fix names IMAP, never SMTP', () => {
    const { findings, verdict } = check([
      ep('imap', 993, 'tls', timeout),
      ep('imap', 143, 'starttls'),
      ep('smtp', 465, 'tls'),
    ])
    expect(findings).toEqual([
      expect.objectContaining({
        cause: 'tcp_timeout',
        severity: 'warning',
        params: expect.objectContaining({ working: 'IMAP mail.test:143 STARTTLS' }),
      }),
    ])
    expect(verdict.receive).toEqual({
      status: 'ok',
      via: { protocol: 'imap', host: 'mail.test', port: 143, security: 'starttls' },
      cause: null,
    })
  })

  it('a broken IMAP with only SMTP working stays an error', () => {
    const { findings } = check([ep('imap', 993, 'tls', timeout), ep('smtp', 465, 'tls')])
    expect(findings.map((f) => [f.cause, f.severity, f.params.working])).toEqual([['tcp_timeout', 'error', undefined]])
  })
})

describe('port 25', () => {
  it('without AUTH is no way to send and no finding, whatever the password did on 465 and 587', () => {
    const endpoints = [
      ep('imap', 993, 'tls', loginOk),
      ep('smtp', 465, 'tls', badLogin()),
      ep('smtp', 587, 'starttls', badLogin()),
      ep('smtp', 25, 'starttls', relayNoAuth),
    ]
    const { findings, verdict } = check(endpoints)
    expect(findings.map((f) => [f.cause, f.severity])).toEqual([['auth_bad_credentials', 'error']])
    expect(verdict.send).toEqual({ status: 'fail', via: null, cause: 'auth_bad_credentials' })
    expect(verdict.primaryCause).toBe('auth_bad_credentials')
    expect(clientWays(endpoints).map((e) => e.endpoint.port)).toEqual([993])
  })

  it('with a login over TLS is the last way to send when submission is down', () => {
    const { verdict } = check([
      ep('smtp', 465, 'tls', refused),
      ep('smtp', 587, 'starttls', refused),
      ep('smtp', 25, 'starttls', authOverTls, loginOk),
    ])
    expect(verdict.send.via?.port).toBe(25)
  })

  it('named alone and without a login is the problem itself', () => {
    const { findings, verdict } = check([ep('smtp', 25, 'starttls', relayNoAuth)])
    expect(findings.map((f) => [f.cause, f.severity, f.params.relayPort])).toEqual([
      ['auth_mechanism_unsupported', 'error', '25'],
    ])
    expect(verdict.send.status).toBe('fail')
  })
})

describe('ranking', () => {
  it('a problem an answering server showed comes before a port that was refused', () => {
    const { verdict } = check([
      ep('imap', 143, 'starttls', refused),
      ep('imap', 993, 'tls', ['tls', 'fail', [{ code: 'TLS_CERT_EXPIRED' }]]),
    ])
    expect(verdict.primaryCause).toBe('tls_cert_expired')
  })

  it('between two answering servers, the preferred endpoint first (993 before 587)', () => {
    const { verdict } = check([
      ep('smtp', 587, 'starttls', badLogin()),
      ep('imap', 993, 'tls', ['tls', 'fail', [{ code: 'TLS_CERT_EXPIRED' }]]),
    ])
    expect(verdict.primaryCause).toBe('tls_cert_expired')
    expect(verdict.send.cause).toBe('auth_bad_credentials')
  })
})

describe('root causes across endpoints', () => {
  it('every port refused is a firewall or every service off, with the ports named', () => {
    const { findings } = check([
      ep('imap', 993, 'tls', refused),
      ep('imap', 143, 'starttls', refused),
      ep('smtp', 465, 'tls', timeout),
    ])
    expect(findings).toEqual([
      expect.objectContaining({
        cause: 'firewall_all_ports_blocked',
        params: expect.objectContaining({ rejectedPorts: '993, 143', silentPorts: '465' }),
      }),
    ])
  })

  it('wrong credentials: the advice follows the user-name form tried', () => {
    const address = check([ep('imap', 993, 'tls', badLogin('mario@mail.test'))], { address: 'mario@mail.test' })
      .findings[0].params
    expect(address).toMatchObject({ triedAddress: 'mario@mail.test', localPart: 'mario' })
    const local = check([ep('imap', 993, 'tls', badLogin('mario'))], { address: 'mario@mail.test' }).findings[0].params
    expect(local).toMatchObject({ triedLocal: 'mario', fullAddress: 'mario@mail.test' })
  })

  it('a certificate-name fix suggests only names that resolve', () => {
    const mismatch: StageSpec = [
      'tls',
      'fail',
      [{ code: 'TLS_CERT_HOSTNAME_MISMATCH', detail: 'mail.other.test, old.other.test' }],
    ]
    const some = check([ep('imap', 993, 'tls', mismatch)], { resolvableNames: new Set(['mail.other.test']) })
      .findings[0].params
    expect(some.names).toBe('mail.other.test')
    const none = check([ep('imap', 993, 'tls', mismatch)], { resolvableNames: new Set() }).findings[0].params
    expect([none.names, none.certNames]).toEqual(['', 'mail.other.test, old.other.test'])
  })

  it('a wildcard certificate name is suggested as the concrete name that resolves', () => {
    const mismatch: StageSpec = ['tls', 'fail', [{ code: 'TLS_CERT_HOSTNAME_MISMATCH', detail: '*.other.test' }]]
    const found = check([ep('imap', 993, 'tls', mismatch)], { resolvableNames: new Set(['mail.other.test']) })
    expect(found.findings[0].params.names).toBe('mail.other.test')
  })

  it('the same password opens IMAP but not POP3: POP is off, and the fix names IMAP', () => {
    const { findings } = check([ep('imap', 993, 'tls', loginOk), ep('pop3', 995, 'tls', badLogin())])
    expect(findings).toEqual([
      expect.objectContaining({
        cause: 'pop_disabled',
        severity: 'error',
        params: expect.objectContaining({ otherWorking: 'IMAP mail.test:993 SSL/TLS' }),
      }),
    ])
  })
})

describe('services not asked for', () => {
  it('are not_checked, and a login not tried leaves the service ok', () => {
    const { verdict } = check([
      ep('imap', 993, 'tls', ['auth', 'skip', [{ code: 'AUTH_NOT_TRIED', detail: 'no-password' }]]),
    ])
    expect(verdict).toEqual({
      receive: { status: 'ok', via: expect.objectContaining({ port: 993 }), cause: null },
      send: { status: 'not_checked', via: null, cause: null },
      primaryCause: null,
    })
  })
})
