// Endpoints are probed at once: a check costs about its slowest endpoint, not the sum.
import { describe, expect, it } from 'vitest'
import { startScriptedServer } from '../fixtures/servers/scripted-server.js'
import type { EndpointSpec, Protocol, Security } from '../src/model/types.js'
import { runCheckRequest } from '../src/run/check.js'
import { testOptions } from './helpers.js'

const DELAY = 300
const LAYOUT: Array<[Protocol, Security]> = [
  ['imap', 'tls'],
  ['imap', 'starttls'],
  ['pop3', 'tls'],
  ['pop3', 'starttls'],
  ['smtp', 'tls'],
  ['smtp', 'starttls'],
  ['smtp', 'starttls'],
]

describe('concurrency', () => {
  it(`seven endpoints each ${DELAY} ms slow take about ${DELAY} ms, not ${7 * DELAY}`, async () => {
    const servers = await Promise.all(
      LAYOUT.map(([protocol, security]) =>
        startScriptedServer({ protocol, tls: security === 'tls' ? 'implicit' : 'starttls', greetingDelayMs: DELAY }),
      ),
    )
    try {
      const endpoints: EndpointSpec[] = servers.map((s, i) => ({
        protocol: LAYOUT[i][0],
        host: '127.0.0.1',
        port: s.port,
        security: LAYOUT[i][1],
        source: 'user',
      }))
      const result = await runCheckRequest({
        target: { host: '127.0.0.1' },
        protocols: [],
        endpoints,
        options: testOptions({ timeoutMs: 2000 }),
      })
      expect(result.findings).toEqual([])
      const slowest = Math.max(...result.endpoints.map((e) => e.durationMs))
      console.log(
        `7 endpoints: check ${result.durationMs} ms, slowest endpoint ${slowest} ms, sum ` +
          `${result.endpoints.reduce((a, e) => a + e.durationMs, 0)} ms`,
      )
      expect(result.durationMs).toBeLessThan(slowest * 1.5 + 50)
      expect(result.durationMs).toBeLessThan(3 * DELAY)
    } finally {
      await Promise.all(servers.map((s) => s.close()))
    }
  })
})
