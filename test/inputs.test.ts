// Inputs people actually have: a CSV from an Italian Excel, internationalised domains, host:port
// targets, and names whose first address is dead.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type RunningDns } from '../fixtures/servers/dns-server.js'
import { filteredPort, type FilteredPort } from '../fixtures/servers/network-faults.js'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { readAccounts, type AccountItem } from '../src/batch/accounts.js'
import { parseTargetText } from '../src/input/values.js'

const parseTarget = (text: string) => parseTargetText(text, '<address-or-host>')
import { runCli } from './cli-harness.js'

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-inputs-'))

async function rows(text: string, name: string): Promise<AccountItem[]> {
  const file = join(dir, name)
  writeFileSync(file, text)
  const out: AccountItem[] = []
  for await (const item of readAccounts(file, 'csv')) out.push(item)
  return out
}

interface Stage {
  stage: string
  status: string
  facts: Record<string, unknown>
}

describe('batch CSV as spreadsheets save it', () => {
  it('an Italian Excel CSV (";" separator, UTF-8 BOM) is read', async () => {
    const text = [
      '\ufeffaddress;host;protocols;port;security',
      'mario@libero.it;imap.libero.it;imap,smtp;993;tls',
      'luigi@aruba.it;;pop3;;',
      '',
    ].join('\r\n')
    const items = await rows(text, 'excel-it.csv')
    expect(
      items.map(
        (i) => i.error ?? [i.account.line, i.account.address, i.account.host, i.account.protocols, i.account.port],
      ),
    ).toEqual([
      [2, 'mario@libero.it', 'imap.libero.it', ['imap', 'smtp'], 993],
      [3, 'luigi@aruba.it', undefined, ['pop3'], undefined],
    ])
  })

  it('internationalised domains and host:port cells are converted, not refused', async () => {
    const items = await rows(
      [
        'address,host,protocols',
        'mario@città.it,posta.città.it:993,imap',
        'x@y.it,[::1]:995,pop3',
        'z@y.it,127.0.0.1:143,imap',
        '',
      ].join('\n'),
      'idn.csv',
    )
    expect(items.map((i) => i.error ?? [i.account.address, i.account.host, i.account.port])).toEqual([
      ['mario@xn--citt-3na.it', 'posta.xn--citt-3na.it', 993],
      ['x@y.it', '::1', 995],
      ['z@y.it', '127.0.0.1', 143],
    ])
    const clash = await rows('address,host,port\nmario@libero.it,imap.libero.it:993,143\n', 'clash.csv')
    expect(clash[0].error?.message).toMatch(/names port 993 but port is 143/)
  })
})

describe('targets on the command line', () => {
  it('parses host:port, [v6]:port and internationalised names', () => {
    expect(parseTarget('mail.example.com:993')).toEqual({ host: 'mail.example.com', port: 993 })
    expect(parseTarget('[2001:db8::1]:465')).toEqual({ host: '2001:db8::1', port: 465 })
    expect(parseTarget('[::1]')).toEqual({ host: '::1' })
    expect(parseTarget('::1')).toEqual({ host: '::1' })
    expect(parseTarget('Mario.Rossi@Città.it')).toEqual({ address: 'mario.rossi@xn--citt-3na.it' })
    expect(parseTarget('posta.città.it')).toEqual({ host: 'posta.xn--citt-3na.it' })
    expect(() => parseTarget('mail.example.com:99999')).toThrow(/port must be a number from 1 to 65535/)
  })

  let server: RunningServer
  let dns: RunningDns
  let filtered: FilteredPort
  beforeAll(async () => {
    server = await startScriptedServer({ protocol: 'imap', tls: 'none' })
    // Same port on 127.0.0.3, where SYNs are dropped: the address that is there but dead.
    filtered = await filteredPort('127.0.0.3', server.port)
    dns = await startDnsServer({
      'posta.xn--citt-3na.test': { A: ['127.0.0.1'] },
      // Nothing listens on 127.0.0.2: connecting there is refused.
      'refused-first.maildoctor.test': { A: ['127.0.0.2', '127.0.0.1'] },
      'silent-first.maildoctor.test': { A: ['127.0.0.3', '127.0.0.1'] },
    })
  })
  afterAll(async () => {
    await Promise.all([server.close(), dns.close(), filtered.close()])
  })

  const check = async (target: string, extra: string[] = []) => {
    const r = await runCli([
      'check',
      target,
      '--imap',
      '--security',
      'plain',
      '--dns-server',
      dns.address,
      '--timeout',
      '0.4',
      '--json',
      ...extra,
    ])
    return { code: r.code, stderr: r.stderr, report: r.stdout ? JSON.parse(r.stdout) : undefined }
  }
  const tcp = (report: { endpoints: Array<{ stages: Stage[] }> }) =>
    report.endpoints[0].stages.find((s) => s.stage === 'tcp')!

  it('check host:port and an internationalised host name', async () => {
    const byPort = await check(`127.0.0.1:${server.port}`)
    expect(byPort.stderr).toBe('')
    expect(byPort.report.endpoints.map((e: { port: number; status: string }) => [e.port, e.status])[0]).toEqual([
      server.port,
      'ok',
    ])
    const idn = await check(`posta.città.test:${server.port}`)
    expect(idn.report.endpoints.map((e: { host: string; status: string }) => [e.host, e.status])[0]).toEqual([
      'posta.xn--citt-3na.test',
      'ok',
    ])
    const clash = await check(`127.0.0.1:${server.port}`, ['--port', '1'])
    expect(clash.code).toBe(2)
    expect(clash.stderr).toMatch(/two different ports/)
  })

  it('a name whose first address refuses: the next one is tried and named', async () => {
    const r = await check('refused-first.maildoctor.test', ['--port', String(server.port)])
    expect(r.report.findings).toEqual([])
    expect(r.report.endpoints[0].status).toBe('ok')
    expect(tcp(r.report).facts).toMatchObject({ 'tcp.address': '127.0.0.1', 'tcp.failed': '127.0.0.2 (ECONNREFUSED)' })
  })

  it(
    'a name whose first address drops packets: the next one is tried 250 ms later, within the stage ' + 'timeout',
    async () => {
      const r = await check('silent-first.maildoctor.test', ['--port', String(server.port)])
      expect(r.report.findings).toEqual([])
      expect(r.report.endpoints[0].status).toBe('ok')
      const stage = tcp(r.report) as Stage & { durationMs: number }
      expect(stage.facts['tcp.address']).toBe('127.0.0.1')
      expect(stage.durationMs).toBeGreaterThanOrEqual(240)
      expect(stage.durationMs).toBeLessThan(400)
    },
  )
})
