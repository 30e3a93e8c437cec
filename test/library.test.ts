// The library API (src/index.ts) against real fixture servers on loopback: the same engine as
// the CLI, no printing, no process state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type RunningDns } from '../fixtures/servers/dns-server.js'
import { testCaPem } from '../fixtures/servers/certs.js'
import { FIXTURE_USER, startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { check, discover, explain, runBatch, type AccountResult } from '../src/index.js'
import { expectValidReport } from './schema.js'

const PASSWORD = 'library-pw-1'
let imap: Awaited<ReturnType<typeof startScriptedServer>>
let dns: RunningDns

beforeAll(async () => {
  imap = await startScriptedServer({ protocol: 'imap', tls: 'implicit', accounts: { [FIXTURE_USER]: PASSWORD } })
  dns = await startDnsServer({
    'maildoctor.test': { MX: [{ exchange: 'mx.maildoctor.test', priority: 10 }] },
    'mx.maildoctor.test': { A: ['127.0.0.1'] },
  })
})
afterAll(async () => {
  await Promise.all([imap?.close(), dns?.close()])
})

const server = () => ({
  host: '127.0.0.1',
  protocols: ['imap' as const],
  port: imap.port,
  security: 'tls' as const,
  ca: [testCaPem()],
  timeoutMs: 1000,
})

describe('library API', () => {
  it('check: a login that works, in the report of check --json', async () => {
    const seen: number[] = []
    const report = await check({
      ...server(),
      address: FIXTURE_USER,
      password: PASSWORD,
      lang: 'it',
      onEndpoint: (e) => seen.push(e.endpoint.port),
    })
    expectValidReport(report)
    expect(report.lang).toBe('it')
    expect(report.verdict.receive).toMatchObject({ status: 'ok', via: { port: imap.port } })
    expect(seen).toEqual([imap.port])
    expect(JSON.stringify(report)).not.toContain(PASSWORD)
  })

  it('check: a wrong password is a finding, and bad input a TypeError', async () => {
    const report = await check({ ...server(), address: FIXTURE_USER, password: 'wrong' })
    expect(report.findings.map((f) => f.cause)).toEqual(['auth_bad_credentials'])
    await expect(check({})).rejects.toThrow(TypeError)
    await expect(check({ ...server(), user: 'a\r\nLOGOUT', password: 'x' })).rejects.toThrow(/line break/)
  })

  it('discover: every source, from the fixture DNS server', async () => {
    const found = await discover(FIXTURE_USER, {
      dnsServer: dns.address,
      timeoutMs: 500,
      autoconfigUrls: ['http://127.0.0.1:1/{domain}'],
    })
    expect(found.domain).toBe('maildoctor.test')
    expect(found.sources.map((s) => s.source)).toEqual(['provider', 'srv', 'autoconfig', 'mx', 'guess'])
    await expect(discover('not an address')).rejects.toThrow(TypeError)
  })

  it('explain: the cause and fixes of a pasted error', () => {
    const e = explain('-ERR [SYS/PERM] Your account is not enabled for POP access.', { lang: 'en' })
    expect(e.cause).toBe('pop_disabled')
    expect(e.fixes?.length).toBeGreaterThan(0)
    expect(explain('nothing recognisable here').cause).toBeNull()
  })

  it('runBatch: passwords as values, a bad account as a result, each result as it is done', async () => {
    const results: AccountResult[] = []
    const accounts = [
      { address: FIXTURE_USER, ...server(), password: PASSWORD },
      { address: FIXTURE_USER, ...server(), user: 'someone-else', password: PASSWORD },
      { host: 'not a host' },
    ].map(({ address, host, protocols, port, security, user, password }) => ({
      address,
      host,
      protocols,
      port,
      security,
      user,
      password,
    }))
    const outcome = await runBatch(accounts, (r) => void results.push(r), { ca: [testCaPem()], timeoutMs: 1000 })
    expect(outcome).toEqual({ done: 2, stopped: false })
    const byLine = Object.fromEntries(results.map((r) => [r.line, r]))
    expect(byLine[1]).toMatchObject({ ok: true, verdict: { receive: { status: 'ok' } } })
    expect(byLine[2].findings.map((f) => f.cause)).toEqual(['auth_bad_credentials'])
    expect(byLine[3].inputError).toMatch(/host is not a host name/)
  })
})
