// Discovery inside the deadline: a dripping autoconfig server or a DNS server that drops queries
// cannot hold the real CLI process past --deadline, and the process ends once the report is out.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type RunningDns } from '../fixtures/servers/dns-server.js'
import { startDrippingHttp, startSilentDns, type RunningSlow } from '../fixtures/servers/slow-servers.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const BIN = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')

/** Runs the built CLI; returns its exit code, output and wall time (killed after 30 s). */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; wallMs: number }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    })
    let stdout = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.once('exit', (code) => {
      clearTimeout(killer)
      resolve({ code, stdout, wallMs: performance.now() - started })
    })
  })
}

describe('discovery inside --deadline', () => {
  let drip: RunningSlow
  let silent: RunningSlow
  let dns: RunningDns
  beforeAll(async () => {
    drip = await startDrippingHttp()
    silent = await startSilentDns()
    // Every name is unknown: only the autoconfig server has anything to say.
    dns = await startDnsServer({})
  })
  afterAll(async () => {
    await Promise.all([drip.close(), silent.close(), dns.close()])
  })

  it('an autoconfig server dripping a byte a second does not hold check past --deadline 3', async () => {
    const r = await cli([
      'check',
      'mario@drip.test',
      '--autoconfig-url',
      drip.address,
      '--dns-server',
      dns.address,
      '--deadline',
      '3',
      '--json',
    ])
    console.log(`check with a dripping autoconfig: ${Math.round(r.wallMs)} ms, exit ${r.code}`)
    expect(drip.received).toBeGreaterThan(0)
    expect(r.wallMs).toBeLessThan(5000)
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1)
  }, 40_000)

  it('discover ends within its --timeout budget against a dripping autoconfig server', async () => {
    const r = await cli([
      'discover',
      'mario@drip.test',
      '--autoconfig-url',
      drip.address,
      '--dns-server',
      dns.address,
      '--timeout',
      '2',
      '--json',
    ])
    console.log(`discover with a dripping autoconfig: ${Math.round(r.wallMs)} ms, exit ${r.code}`)
    expect(r.code).toBe(0)
    expect(r.wallMs).toBeLessThan(5000)
    expect(JSON.parse(r.stdout).sources.find((s: { source: string }) => s.source === 'autoconfig').status).toBe('error')
  }, 40_000)

  it(
    'a DNS server that drops every query: --deadline 3 takes about 3 s, and the process ends with the ' + 'report',
    async () => {
      const r = await cli([
        'check',
        'mario@dropped.test',
        '--dns-server',
        silent.address,
        '--autoconfig-url',
        'http://127.0.0.1:1/{domain}',
        '--deadline',
        '3',
        '--json',
      ])
      const report = JSON.parse(r.stdout)
      console.log(
        `check against a silent DNS server: report ${report.summary.durationMs} ms, process ` +
          `${Math.round(r.wallMs)} ms, ${silent.received} queries dropped`,
      )
      expect(silent.received).toBeGreaterThan(0)
      expect(report.summary.durationMs).toBeLessThan(3800)
      expect(r.wallMs - report.summary.durationMs).toBeLessThan(1500)
    },
    60_000,
  )
})
