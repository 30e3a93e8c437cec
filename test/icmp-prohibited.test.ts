// Every port answered with ICMP "communication administratively prohibited", as a rejecting
// firewall does. Two network namespaces the test makes: a client and a router whose route to the
// server is of type "prohibit", so the router answers each SYN with that ICMP message and the
// client's connect fails with EHOSTUNREACH. No packet leaves the namespaces. Needs root and
// iproute2 (CI runs as root); it fails, never skips, where that is not possible.
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { expectValidReport } from './schema.js'

const tag = `md${process.pid % 100000}`
const CLIENT = `${tag}c`
const ROUTER = `${tag}r`
const SERVER = '10.204.0.5'
const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' })
// ICMP errors for a "prohibit" route are paced by the route-error token bucket (about six at
// once, then one a second), a global knob that network namespaces do not have. Under load the
// later SYNs' answers then came after --timeout. The test turns the pacing off and puts it back.
const ERROR_COST = '/proc/sys/net/ipv4/route/error_cost'
let savedErrorCost: string | undefined

beforeAll(() => {
  ip('netns', 'add', CLIENT)
  ip('netns', 'add', ROUTER)
  ip('link', 'add', `${tag}a`, 'type', 'veth', 'peer', 'name', `${tag}b`)
  ip('link', 'set', `${tag}a`, 'netns', CLIENT)
  ip('link', 'set', `${tag}b`, 'netns', ROUTER)
  ip('-n', CLIENT, 'addr', 'add', '10.203.0.2/24', 'dev', `${tag}a`)
  ip('-n', ROUTER, 'addr', 'add', '10.203.0.1/24', 'dev', `${tag}b`)
  for (const [ns, dev] of [
    [CLIENT, `${tag}a`],
    [ROUTER, `${tag}b`],
  ]) {
    ip('-n', ns, 'link', 'set', dev, 'up')
    ip('-n', ns, 'link', 'set', 'lo', 'up')
  }
  ip('-n', CLIENT, 'route', 'add', 'default', 'via', '10.203.0.1')
  // Each side knows the other's link address up front: SYNs sent while ARP resolves may be dropped.
  const mac = (ns: string, dev: string) =>
    (JSON.parse(String(ip('-j', '-n', ns, 'link', 'show', dev))) as Array<{ address: string }>)[0].address
  ip(
    '-n',
    CLIENT,
    'neigh',
    'replace',
    '10.203.0.1',
    'lladdr',
    mac(ROUTER, `${tag}b`),
    'dev',
    `${tag}a`,
    'nud',
    'permanent',
  )
  ip(
    '-n',
    ROUTER,
    'neigh',
    'replace',
    '10.203.0.2',
    'lladdr',
    mac(CLIENT, `${tag}a`),
    'dev',
    `${tag}b`,
    'nud',
    'permanent',
  )
  // The router forwards, and answers every SYN: no ICMP rate limit (a real firewall's is higher
  // than the kernel's default of one per second and destination).
  execFileSync('ip', ['netns', 'exec', ROUTER, 'sysctl', '-qw', 'net.ipv4.ip_forward=1', 'net.ipv4.icmp_ratelimit=0'])
  ip('-n', ROUTER, 'route', 'add', 'prohibit', `${SERVER}/32`)
  savedErrorCost = readFileSync(ERROR_COST, 'utf8').trim()
  writeFileSync(ERROR_COST, '0')
})

afterAll(() => {
  if (savedErrorCost !== undefined) writeFileSync(ERROR_COST, savedErrorCost)
  for (const ns of [CLIENT, ROUTER]) {
    try {
      ip('netns', 'del', ns)
    } catch {
      // already gone
    }
  }
})

const inClient = async (args: string[]) =>
  promisify(execFile)(
    'ip',
    ['netns', 'exec', CLIENT, process.execPath, join(PACKAGE_ROOT, 'bin', 'maildoctor.js'), ...args],
    { timeout: 20_000 },
  ).catch((e: { stdout: string; stderr: string; code: number }) => e)

describe('ICMP administratively prohibited on every port', () => {
  it('is a firewall rejecting mail (or every service off), not "offline" nor "wrong port"', async () => {
    const r = await inClient(['check', SERVER, '--json', '--timeout', '4'])
    const report = JSON.parse(r.stdout)
    expectValidReport(report)
    const causes = [...new Set(report.findings.map((f: { cause: string }) => f.cause))]
    expect(causes).toEqual(['firewall_all_ports_blocked'])
    expect(report.findings[0].explanation).toMatch(
      /Refused on ports 993, 143, 995, 110, 465, 587 and 25: a firewall rejects mail connections, or every mail service/,
    )
    expect(report.verdict).toEqual({
      receive: { status: 'fail', via: null, cause: 'firewall_all_ports_blocked' },
      send: { status: 'fail', via: null, cause: 'firewall_all_ports_blocked' },
      primaryCause: 'firewall_all_ports_blocked',
    })
    const sources = report.endpoints.map(
      (e: { stages: Array<{ stage: string; evidence: Array<{ source?: { code?: string } }> }> }) =>
        e.stages.find((s) => s.stage === 'tcp')?.evidence[0]?.source?.code,
    )
    expect(new Set(sources)).toEqual(new Set(['EHOSTUNREACH']))
    expect(r.code).toBe(1)
  })

  it('makes `run` say fail, never disabled, for a protocol that is only unreachable', async () => {
    const { tmpdir } = await import('node:os')
    const file = join(mkdtempSync(join(tmpdir(), 'maildoctor-icmp-')), 'maildoctor.yml')
    writeFileSync(file, `targets:\n  - host: ${SERVER}\n    expect: { pop3: disabled }\n`)
    const r = await inClient(['run', file, '--format', 'json', '--timeout', '2'])
    const report = JSON.parse(r.stdout)
    expect(report.targets[0].outcomes).toEqual([
      expect.objectContaining({ expectation: 'pop3', expected: 'disabled', actual: 'fail', met: false }),
    ])
    expect(r.code).toBe(1)
  })
})
