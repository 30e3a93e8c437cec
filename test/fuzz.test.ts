// Hostile and broken servers: generated behaviours against real sockets. maildoctor must never
// throw, never pass its deadline, and name only known causes. The seed is printed so a failure
// can be replayed: FUZZ_SEED=<seed> npx vitest run test/fuzz.test.ts
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { startFuzzServer, type FuzzAction, type FuzzBehaviour } from '../fixtures/servers/fuzz-server.js'
import { CAUSE_IDS } from '../src/diagnose/cause-ids.js'
import type { EndpointSpec, Protocol, Security } from '../src/model/types.js'
import { runCheckRequest } from '../src/run/check.js'
import { testOptions } from './helpers.js'

// A fixed seed by default, so CI runs are reproducible; set FUZZ_SEED to explore others.
const SEED = Number(process.env.FUZZ_SEED ?? 20261122)
const RUNS = Number(process.env.FUZZ_RUNS ?? 500)
const PER_RUN = 20
const TIMEOUT_MS = 60
const DEADLINE_MS = 800

const text = (s: string) => new TextEncoder().encode(s)
// Openings a real server might send, so later stages get reached too.
const plausible = fc.constantFrom(
  '* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\r\n',
  '* OK ready\r\n',
  '+OK ready\r\n',
  '220 fuzz ESMTP\r\n',
  '220-fuzz\r\n220 ESMTP\r\n',
  '* BYE [UNAVAILABLE] go away\r\n',
  '421 4.3.2 later\r\n',
)
const plausibleReply = fc.constantFrom(
  'A1 OK done\r\n', '* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK\r\n', 'A2 OK Begin TLS\r\n', '+OK\r\n', '+OK\r\nUSER\r\nSTLS\r\n.\r\n',
  '250-fuzz\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n', '220 go ahead\r\n', '535 5.7.8 no\r\n', 'A3 NO [AUTHENTICATIONFAILED] no\r\n', '-ERR [AUTH] no\r\n',
  // The login dialogue: continuations that never end, odd mechanisms, a login that succeeds
  // and a mailbox that answers nonsense.
  '+ \r\n', '+ VXNlcm5hbWU6\r\n', '334 VXNlcm5hbWU6\r\n', '334 UGFzc3dvcmQ6\r\n', '334 !!notbase64\r\n', '235 2.7.0 ok\r\n',
  '* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN AUTH=CRAM-MD5 LITERAL+\r\nA1 OK\r\n', 'A2 OK [CAPABILITY IMAP4rev1 QUOTA] in\r\n',
  '* STATUS INBOX (MESSAGES 99999999999999999999)\r\nA3 OK\r\n', '* QUOTA "" (STORAGE 5 0)\r\nA4 OK\r\n', '+OK\r\nPIPELINING\r\nSASL PLAIN LOGIN\r\n.\r\n',
  '250-fuzz\r\n250 AUTH LOGIN CRAM-MD5 XOAUTH2\r\n', '+OK 3 abc\r\n',
)
const bytes = fc.uint8Array({ maxLength: 400 })
const action: fc.Arbitrary<FuzzAction> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(plausible.map(text), bytes).map((data) => ({ kind: 'write' as const, data })) },
  { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 2_000_000 }).map((n) => ({ kind: 'flood' as const, bytes: n })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drip' as const), data: fc.oneof(plausible.map(text), bytes), everyMs: fc.integer({ min: 1, max: 15 }) }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 }).map((ms) => ({ kind: 'wait' as const, ms })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'halfClose' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
)
const behaviour: fc.Arbitrary<FuzzBehaviour> = fc.record({
  tls: fc.boolean(),
  opening: fc.array(action, { maxLength: 4 }),
  replies: fc.array(fc.oneof(plausibleReply.map(text), bytes), { maxLength: 6 }),
})
const endpointShape = fc.record({ protocol: fc.constantFrom<Protocol>('imap', 'pop3', 'smtp'), security: fc.constantFrom<Security>('tls', 'starttls', 'plain') })

describe(`hostile servers (seed ${SEED}, ${RUNS} checks × ${PER_RUN} behaviours)`, () => {
  it('never throws, never passes the deadline, names only known causes', async () => {
    console.log(`fuzz seed ${SEED}: replay with FUZZ_SEED=${SEED}`)
    let behaviours = 0
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(behaviour, endpointShape), { minLength: PER_RUN, maxLength: PER_RUN }), fc.boolean(), async (cases, withLogin) => {
        const servers = await Promise.all(cases.map(([b]) => startFuzzServer(b)))
        try {
          const endpoints: EndpointSpec[] = cases.map(([b, shape], i) => ({ ...shape, security: b.tls ? 'tls' : shape.security === 'tls' ? 'starttls' : shape.security, host: '127.0.0.1', port: servers[i].port, source: 'user' }))
          const started = performance.now()
          const result = await runCheckRequest({
            target: { address: 'fuzz@maildoctor.test' },
            protocols: [],
            endpoints,
            options: testOptions({ timeoutMs: TIMEOUT_MS, deadlineMs: DEADLINE_MS, credentials: withLogin ? { user: 'fuzz@maildoctor.test', password: 'fuzz-pw' } : undefined, allowPlaintextAuth: true }),
          })
          const took = performance.now() - started
          expect(took).toBeLessThan(DEADLINE_MS + 400)
          for (const f of result.findings) expect(CAUSE_IDS).toContain(f.cause)
          expect(result.endpoints).toHaveLength(PER_RUN)
          behaviours += PER_RUN
        } finally {
          await Promise.all(servers.map((s) => s.close()))
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    console.log(`fuzz: ${behaviours} server behaviours, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`)
    expect(behaviours).toBe(RUNS * PER_RUN)
    // Lines are capped at 16 KiB: megabyte floods must not pile up in memory.
    expect(process.memoryUsage().heapUsed).toBeLessThan(512 * 2 ** 20)
  }, 600_000)
})
