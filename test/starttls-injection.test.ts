// STARTTLS injection (RFC 2595 §3.1, RFC 3207 §4.2): someone on the path appends plaintext lines
// to the server's go-ahead, in the same packet: a fake capability list and a fake "logged in".
// The real server behind refuses the login. maildoctor must name the tampering, never read the
// injected lines as the encrypted conversation, and never report the login as working.
import { describe, expect, it } from 'vitest'
import { FIXTURE_USER, startScriptedServer, type ScriptedServerOptions } from '../fixtures/servers/scripted-server.js'
import type { CheckResult, Protocol } from '../src/model/types.js'
import { runCheckRequest } from '../src/run/check.js'
import { runCli } from './cli-harness.js'
import { testOptions } from './helpers.js'

const REAL_PASSWORD = 'the-Real-Passw0rd'
const TRIED = 'a-Wrong-Passw0rd'

// What each protocol's client would read next after TLS, if it believed the injected lines.
const INJECTIONS: Record<Protocol, { injection: string[]; extra?: Partial<ScriptedServerOptions> }> = {
  imap: {
    injection: [
      '* CAPABILITY IMAP4rev1 AUTH=PLAIN',
      'A2 OK CAPABILITY completed',
      'A3 OK [CAPABILITY IMAP4rev1] Logged in',
    ],
  },
  pop3: { injection: ['+OK capabilities follow', 'USER', 'PIPELINING', '.', '+OK', '+OK mailbox ready', '+OK 3 3600'] },
  smtp: {
    injection: ['250-fake.example hello', '250 AUTH PLAIN', '235 2.7.0 Authentication successful'],
    // The real server refuses every login.
    extra: { handlers: { AUTH: () => ['535 5.7.8 Authentication credentials invalid'] } },
  },
}

async function checkInjected(protocol: Protocol): Promise<{ result: CheckResult; received: string[]; port: number }> {
  const { injection, extra } = INJECTIONS[protocol]
  const s = await startScriptedServer({
    protocol,
    tls: 'starttls',
    accounts: { [FIXTURE_USER]: REAL_PASSWORD },
    starttlsInjection: injection,
    ...extra,
  })
  try {
    const result = await runCheckRequest({
      target: { host: '127.0.0.1' },
      protocols: [protocol],
      endpoints: [{ protocol, host: '127.0.0.1', port: s.port, security: 'starttls', source: 'user' }],
      options: testOptions({ trace: true, credentials: { user: FIXTURE_USER, password: TRIED } }),
    })
    return { result, received: [...s.received], port: s.port }
  } finally {
    await s.close()
  }
}

describe('STARTTLS injection', () => {
  for (const protocol of ['imap', 'pop3', 'smtp'] as const) {
    it(`${protocol}: lines after the go-ahead are tampering, the login is not reported as working`, async () => {
      const { result, received } = await checkInjected(protocol)
      const stages = Object.fromEntries(result.endpoints[0].stages.map((s) => [s.stage, s]))
      expect(stages.starttls.status).toBe('fail')
      expect(stages.starttls.evidence.map((e) => e.code)).toEqual(['STARTTLS_INJECTION'])
      expect(stages.auth.status).not.toBe('pass')
      expect(result.findings.map((f) => f.cause)).toEqual(['starttls_tampered'])
      // The injected capabilities are not taken for the server's.
      expect(JSON.stringify(stages.starttls.facts)).not.toMatch(/AUTH/)
      // Nothing of the password went to a connection someone tampers with.
      expect(received.some((l) => /LOGIN|AUTH|PASS|USER/i.test(l))).toBe(false)
    })
  }

  it('the report says so and exits 1, in both languages', async () => {
    const s = await startScriptedServer({
      protocol: 'imap',
      tls: 'starttls',
      starttlsInjection: INJECTIONS.imap.injection,
    })
    try {
      const argv = [
        'check',
        '127.0.0.1',
        '--imap',
        '--port',
        String(s.port),
        '--security',
        'starttls',
        '--timeout',
        '1',
      ]
      const en = await runCli([...argv, '--lang', 'en'])
      expect(en.code).toBe(1)
      expect(en.stdout).toContain('[starttls_tampered]')
      expect(en.stdout).toMatch(/993/)
      const it = await runCli([...argv, '--lang', 'it'])
      expect(it.stdout).toContain('manomesso')
    } finally {
      await s.close()
    }
  })
})
