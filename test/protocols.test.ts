// One object per protocol (src/protocols): the code around it asks the object, never the name,
// and the probes stop on the stage's one signal (model/timeout-table.ts gives every limit).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { connect, createServer, type Socket } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { timeoutTable } from '../src/model/timeout-table.js'
import type { Protocol } from '../src/model/types.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { saslAuthenticate } from '../src/probes/auth/sasl-exchange.js'
import { readCapabilities } from '../src/probes/capabilities.js'
import { probeGreeting } from '../src/probes/greeting.js'
import type { ProbeContext } from '../src/probes/probe.js'
import { Session, type Framing, type ReplyReader } from '../src/probes/session.js'
import { MAIL_PROTOCOLS, protocolOf, STANDARD_PORTS, type MailProtocol } from '../src/protocols/index.js'
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

  it('outside the protocol objects and rule data, no code lists or tests the protocols by name', () => {
    // Adding a protocol is its object (src/protocols/<name>.ts), its registry entry and its row in
    // PROTOCOL_NAMES: flags, forms, schemas, expectations and labels are derived from that row.
    const dirs = ['cli', 'serve', 'monitor', 'report', 'api', 'input', 'batch', 'i18n', 'run', 'discover', 'explain']
    const allowed = [
      'src/monitor/roundtrip.ts', // the round trip's client libraries (imapflow, node-pop3, nodemailer)
      'src/input/values.ts', // "pop" is what people write for POP3
      'src/diagnose/wrapper.ts', // reads a protocol's name out of a pasted text
    ]
    const diagnose = join(PACKAGE_ROOT, 'src/diagnose')
    const paths = [
      ...dirs.flatMap((d) => files(join(PACKAGE_ROOT, 'src', d))),
      ...readdirSync(diagnose).map((name) => join(diagnose, name)), // not rules/: rows name what they match
    ]
    const named = paths
      .filter((path) => path.endsWith('.ts') && !allowed.some((a) => path.endsWith(a)))
      .flatMap((path) =>
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

  // What a ManageSieve file (RFC 5804) would need from the shared code, without a line of it here.
  describe('hooks a new protocol uses', () => {
    /** A loopback server that answers each line through `reply`, after saying `hello` unasked. */
    async function lineServer(hello: string[], reply: (line: string) => string[]) {
      const received: string[] = []
      const sockets = new Set<Socket>()
      const server = createServer((socket) => {
        sockets.add(socket)
        socket.write(hello.map((l) => l + '\r\n').join(''))
        let buffer = ''
        socket.on('data', (chunk) => {
          buffer += chunk.toString()
          for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
            const line = buffer.slice(0, nl).replace(/\r$/, '')
            buffer = buffer.slice(nl + 1)
            received.push(line)
            socket.write(
              reply(line)
                .map((l) => l + '\r\n')
                .join(''),
            )
          }
        })
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as { port: number }).port
      const close = () => {
        for (const s of sockets) s.destroy()
        return new Promise<void>((resolve) => server.close(() => resolve()))
      }
      return { port, received, close }
    }

    async function sessionTo(port: number, framing: Framing, trace = false): Promise<Session> {
      const socket = connect({ host: '127.0.0.1', port })
      await new Promise((resolve) => socket.once('connect', resolve))
      const session = new Session(framing, trace)
      session.use(socket)
      return session
    }

    /** ManageSieve's replies: lines up to OK, NO or BYE; within AUTHENTICATE, a quoted challenge too. */
    const reader =
      (challenge: boolean): ReplyReader =>
      async (next) => {
        const lines: string[] = []
        for (;;) {
          const line = await next()
          lines.push(line)
          if (/^(OK|NO|BYE)\b/.test(line) || (challenge && line.startsWith('"'))) return { lines, final: line }
        }
      }
    const sieveFraming: Framing = {
      tagged: false,
      greeting: reader(false),
      reply: reader(true),
      continued: reader(true),
    }

    it('SASL framing: quoted mechanism, quoted challenges and answers (ManageSieve AUTHENTICATE)', async () => {
      const b64 = (t: string) => Buffer.from(t).toString('base64')
      const server = await lineServer([], (line) =>
        line === 'AUTHENTICATE "LOGIN"'
          ? [`"${b64('Username:')}"`]
          : line === `"${b64('mario')}"`
            ? [`"${b64('Password:')}"`]
            : line === `"${b64('secret-Passw0rd')}"`
              ? ['OK "Logged in"']
              : ['NO "unexpected"'],
      )
      const session = await sessionTo(server.port, sieveFraming, true)
      const dialect = {
        verb: 'AUTHENTICATE',
        continuation: /^"/,
        start: (m: string, initial?: string) => `AUTHENTICATE "${m}"${initial === undefined ? '' : ` "${initial}"`}`,
        payload: (final: string) => final.replace(/^"|"$/g, ''),
        answer: (response: string) => `"${response}"`,
      }
      const creds = { user: 'mario', password: 'secret-Passw0rd' }
      const reply = await saslAuthenticate(session, dialect, creds, {
        mechanism: 'LOGIN',
        initialResponse: false,
        cancelWaitMs: 500,
      })
      session.close()
      await server.close()
      expect(reply.final).toBe('OK "Logged in"')
      expect(server.received).toEqual(['AUTHENTICATE "LOGIN"', `"${b64('mario')}"`, `"${b64('secret-Passw0rd')}"`])
      expect(JSON.stringify(session.transcript)).not.toContain(b64('secret-Passw0rd'))
    })

    it('capabilities the server states unasked after STARTTLS are read, not asked for (RFC 5804 §2.2)', async () => {
      const server = await lineServer(['"IMPLEMENTATION" "fixture"', '"SASL" "PLAIN"', 'OK'], () => ['NO "asked"'])
      const session = await sessionTo(server.port, sieveFraming)
      const sieve: MailProtocol = {
        ...protocolOf('imap'),
        framing: sieveFraming,
        capabilities: {
          command: 'CAPABILITY',
          starttls: 'STARTTLS',
          inGreeting: (text) => text.split('\n').filter((l) => l.startsWith('"')),
          words: (lines) => lines.map((l) => l.replace(/"/g, '')),
          mechanisms: (upper) => upper.filter((w) => w.startsWith('SASL ')).flatMap((w) => w.split(' ').slice(1)),
          userLogin: () => false,
          commandLogin: () => false,
        },
        starttls: { command: 'STARTTLS', okReply: 'OK', capabilitiesFollow: true },
      }
      const { caps, supported } = await readCapabilities(session, sieve, undefined, sieve.starttls.capabilitiesFollow)
      session.close()
      await server.close()
      expect({ supported, list: caps.list, auth: caps.authMechanisms }).toEqual({
        supported: true,
        list: ['IMPLEMENTATION fixture', 'SASL PLAIN'],
        auth: ['PLAIN'],
      })
      expect(server.received).toEqual([])
    })
  })
})
