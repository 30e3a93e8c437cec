// One object per protocol (src/protocols): the code around it asks the object, never the name,
// and the probes stop on the stage's one signal (model/timeout-table.ts gives every limit).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { timeoutTable } from '../src/model/timeout-table.js'
import type { Protocol } from '../src/model/types.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { probeGreeting } from '../src/probes/greeting.js'
import type { ProbeContext } from '../src/probes/probe.js'
import { Session } from '../src/probes/session.js'
import { MAIL_PROTOCOLS, protocolOf, STANDARD_PORTS } from '../src/protocols/index.js'
import { planEndpoints } from '../src/run/plan.js'

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })

const PROTOCOL_NAME = /['"](imap|pop3|smtp)['"]/

describe('protocol objects', () => {
  it('the probes, the session, the runner and the scripted server never test a protocol by name', () => {
    const paths = [
      ...files(join(PACKAGE_ROOT, 'src/probes')),
      ...files(join(PACKAGE_ROOT, 'src/run')),
      join(PACKAGE_ROOT, 'fixtures/servers/scripted-server.ts'),
      join(PACKAGE_ROOT, 'fixtures/servers/conversation.ts'),
    ]
    const named = paths.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${path.slice(PACKAGE_ROOT.length + 1)}:${i + 1}`, line }))
        .filter(({ line }) => PROTOCOL_NAME.test(line) && !line.trim().startsWith('//')),
    )
    expect(named).toEqual([])
  })

  it('the planner plans each protocol on the ports its object lists, in its order', () => {
    for (const p of Object.values(MAIL_PROTOCOLS)) {
      const planned = planEndpoints({ hosts: [{ protocol: p.name, host: 'mail.example.com', source: 'user' }] })
      expect(planned.map((e) => [e.port, e.security])).toEqual(p.ports.map((s) => [s.port, s.security]))
    }
    const ports = STANDARD_PORTS.map((p) => p.port)
    expect(new Set(ports).size).toBe(ports.length)
  })

  it('reply classes: success, "not now", "no", and a continuation request, in each protocol', () => {
    const cases: Record<Protocol, Array<[string, string]>> = {
      imap: [
        ['A1 OK done', 'ok'],
        ['A1 NO [UNAVAILABLE] try later', 'temporary'],
        ['A1 NO [AUTHENTICATIONFAILED] no', 'permanent'],
        ['+ ', 'continuation'],
      ],
      pop3: [
        ['+OK fine', 'ok'],
        ['-ERR [IN-USE] mailbox locked', 'temporary'],
        ['-ERR [AUTH] no', 'permanent'],
        ['+ ', 'continuation'],
      ],
      smtp: [
        ['250 2.0.0 ok', 'ok'],
        ['421 4.3.2 shutting down', 'temporary'],
        ['535 5.7.8 no', 'permanent'],
        ['334 VXNlcm5hbWU6', 'continuation'],
      ],
    }
    for (const [name, rows] of Object.entries(cases) as Array<[Protocol, Array<[string, string]>]>)
      for (const [line, expected] of rows)
        expect([name, line, protocolOf(name).replyClass(line)]).toEqual([name, line, expected])
  })

  it('the greeting probe stops on the stage signal, not on a timer of its own', async () => {
    const server = await startScriptedServer({ protocol: 'imap', tls: 'none', greeting: null })
    const socket = connect({ host: '127.0.0.1', port: server.port })
    await new Promise((resolve) => socket.once('connect', resolve))
    const session = new Session(protocolOf('imap').framing, false)
    session.use(socket)
    // --timeout 10 s; the stage signal ends after 100 ms (a deadline, or the runner's budget).
    const ctx: ProbeContext = {
      endpoint: { protocol: 'imap', host: '127.0.0.1', port: server.port, security: 'tls', source: 'user' },
      options: { timeoutMs: 10_000, ca: [], trace: false, allowPlaintextAuth: false, now: () => new Date() },
      session,
      state: {},
      shared: { resolve: async () => ({ addresses: [], via: 'literal' }) },
      signal: AbortSignal.timeout(100),
      timeouts: timeoutTable(10_000),
    }
    const started = performance.now()
    const outcome = await probeGreeting(ctx)
    const elapsed = performance.now() - started
    session.close()
    await server.close()
    expect(outcome.evidence.map((e) => e.code)).toEqual(['GREETING_TIMEOUT'])
    expect(elapsed).toBeLessThan(2000)
  })

  it('one timeout table: each stage has room for the limits it measures inside', () => {
    for (const t of [400, 8000, 120_000]) {
      const table = timeoutTable(t)
      expect(table.stage.greeting).toBeGreaterThanOrEqual(table.greetingSilence + table.tlsSniff)
      expect(table.stage.tls).toBeGreaterThanOrEqual(table.legacyTls)
      expect(table.stage.dns).toBeGreaterThanOrEqual(table.lookup)
      expect(table.stage.auth).toBeGreaterThan(table.saslCancel)
      expect(table.deadline).toBeGreaterThan(Math.max(...Object.values(table.stage)))
    }
  })
})
