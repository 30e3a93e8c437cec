// Discovery from the address alone: provider table, SRV, autoconfig, MX → provider, guesses,
// a foreign-domain autoconfig that must get no password, a typo'd domain, an outdated host name.
// DNS goes to a server the test starts; autoconfig to a local HTTPS server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAutoconfigServer, type RunningAutoconfig } from '../fixtures/servers/autoconfig-server.js'
import { testCaPem } from '../fixtures/servers/certs.js'
import { startDnsServer, type RunningDns } from '../fixtures/servers/dns-server.js'
import { FIXTURE_USER, startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { startSmtpFixture, type RunningSmtp } from '../fixtures/servers/smtp-fixture.js'
import { discoveryText as renderDiscovery } from '../src/report/discovery.js'
import { discover } from '../src/discover/discover.js'
import { runCheckRequest } from '../src/run/check.js'
import { buildReport } from '../src/report/report-model.js'
import { renderHuman } from '../src/report/human.js'
import { testOptions } from './helpers.js'

const PW = 'discover-Passw0rd'
let dns: RunningDns
let auto: RunningAutoconfig
let plainAuto: RunningAutoconfig
let evil: RunningServer
let srvImap: RunningServer

beforeAll(async () => {
  evil = await startScriptedServer({
    protocol: 'imap',
    tls: 'implicit',
    accounts: { [FIXTURE_USER]: PW, 'mario@victim.test': PW },
    mailbox: { messages: 1 },
  })
  srvImap = await startScriptedServer({
    protocol: 'imap',
    tls: 'implicit',
    accounts: { 'mario@srv.test': PW },
    mailbox: { messages: 2 },
  })
  dns = await startDnsServer({
    // SRV on the domain itself; the targets are loopback names the test certificate covers.
    '_imaps._tcp.srv.test': { SRV: [{ target: 'localhost', port: srvImap.port }] },
    '_submission._tcp.srv.test': { SRV: [{ target: '.', port: 0 }] },
    localhost: { A: ['127.0.0.1'] },
    'srv.test': { MX: [{ exchange: 'mx.srv.test', priority: 10 }] },
    // A domain whose mail Google hosts.
    'custom.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] },
    // Only guessable names.
    'guess.test': { MX: [{ exchange: 'mx.guess.test', priority: 10 }] },
    'imap.guess.test': { A: ['127.0.0.1'] },
    'mail.guess.test': { A: ['127.0.0.1'] },
    // The foreign host a hostile autoconfig points to.
    'mail.maildoctor.test': { A: ['127.0.0.1'] },
    'victim.test': { MX: [{ exchange: 'mx.victim.test', priority: 10 }] },
    'ac.test': { MX: [{ exchange: 'mx.ac.test', priority: 10 }] },
    'libero.it': { MX: [{ exchange: 'mx.libero.it', priority: 10 }] },
  })
  auto = await startAutoconfigServer({
    'ac.test': [
      { protocol: 'imap', host: 'imap.ac.test', port: 993, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.ac.test', port: 587, security: 'starttls' },
    ],
    'victim.test': [{ protocol: 'imap', host: 'mail.maildoctor.test', port: evil.port, security: 'tls' }],
  })
  plainAuto = await startAutoconfigServer(
    { 'ac.test': [{ protocol: 'imap', host: 'imap.ac.test', port: 993, security: 'tls' }] },
    { plainHttp: true },
  )
})

afterAll(async () => {
  await Promise.all([dns?.close(), auto?.close(), plainAuto?.close(), evil?.close(), srvImap?.close()])
})

const opts = () => ({ dnsServer: dns.address, timeoutMs: 1000, autoconfigUrls: [auto.url], ca: [testCaPem()] })
const sourceOf = (r: Awaited<ReturnType<typeof discover>>, protocol: string) => [
  ...new Set(r.chosen.filter((c) => c.protocol === protocol).map((c) => c.source)),
]

describe('discover', () => {
  it('shows whether the provider wants OAuth 2.0, per protocol, with its source (Outlook.com)', async () => {
    const r = await discover('mario.rossi@outlook.com', ['imap', 'pop3', 'smtp'], opts())
    expect(r.oauth?.protocols).toEqual({ imap: 'required', pop3: 'required', smtp: 'required' })
    const text = renderDiscovery('mario.rossi@outlook.com', r, 'en')
    expect(text).toMatch(
      /sign-in \(OAuth 2\.0\): \(source https:\/\/support\.microsoft\.com\/\S+, checked \d{4}-\d{2}-\d{2}\)/,
    )
    expect(text).toMatch(/IMAP {2}OAuth required/)
    expect(renderDiscovery('mario.rossi@outlook.com', r, 'it')).toMatch(/SMTP {2}OAuth obbligatorio/)
  })
  it('provider table: Libero from its domain', async () => {
    const r = await discover('mario.rossi@libero.it', ['imap', 'pop3', 'smtp'], opts())
    expect(r.provider).toBe('libero')
    expect(r.chosen.map((c) => `${c.protocol} ${c.host}:${c.port} ${c.security}`)).toEqual([
      'imap imapmail.libero.it:993 tls',
      'pop3 popmail.libero.it:995 tls',
      'smtp smtp.libero.it:465 tls',
    ])
    expect(r.chosen.every((c) => c.source === 'provider' && c.trusted)).toBe(true)
  })
  it('RFC 6186 SRV, and "." meaning "not offered"', async () => {
    const r = await discover('mario@srv.test', ['imap', 'smtp'], opts())
    expect(sourceOf(r, 'imap')).toEqual(['srv'])
    expect(r.chosen.find((c) => c.protocol === 'imap')).toMatchObject({
      host: 'localhost',
      port: srvImap.port,
      security: 'tls',
    })
    // localhost is not in srv.test: a foreign host gets no password.
    expect(r.chosen.find((c) => c.protocol === 'imap')?.trusted).toBe(false)
    expect(sourceOf(r, 'smtp')).toEqual(['guess'])
  })
  it('autoconfig over HTTPS, same domain: trusted', async () => {
    const r = await discover('mario@ac.test', ['imap', 'smtp'], opts())
    expect(r.chosen.map((c) => `${c.source} ${c.host}:${c.port} ${c.trusted}`)).toEqual([
      'autoconfig imap.ac.test:993 true',
      'autoconfig smtp.ac.test:587 true',
    ])
  })
  it('autoconfig over plain HTTP: not trusted', async () => {
    const r = await discover('mario@ac.test', ['imap'], { ...opts(), autoconfigUrls: [plainAuto.url] })
    expect(r.chosen[0]).toMatchObject({ source: 'autoconfig', trusted: false, untrustedBecause: 'plain-http' })
  })
  it("MX → provider: a domain hosted by Google gets Gmail's servers", async () => {
    const r = await discover('boss@custom.test', ['imap', 'smtp'], opts())
    expect(sourceOf(r, 'imap')).toEqual(['mx'])
    expect(r.chosen.find((c) => c.protocol === 'imap')?.host).toBe('imap.gmail.com')
    expect(r.sources.find((s) => s.source === 'mx')?.detail).toContain('Gmail')
  })
  it('guesses only', async () => {
    const r = await discover('mario@guess.test', ['imap', 'pop3', 'smtp'], opts())
    expect([...new Set(r.chosen.map((c) => `${c.protocol} ${c.host} ${c.source}`))]).toEqual([
      'imap imap.guess.test guess',
      'pop3 mail.guess.test guess',
      'smtp mail.guess.test guess',
    ])
  })
  it('a misspelled domain: one edit from a mail domain, and no MX', async () => {
    const r = await discover('mario@gmial.com', ['imap'], opts())
    expect(r.typoOf).toBe('gmail.com')
    const ok = await discover('mario@guess.test', ['imap'], opts())
    expect(ok.typoOf).toBeUndefined()
  })
  it('reports what every source said, including nothing and errors', async () => {
    const r = await discover('mario@guess.test', ['imap'], opts())
    expect(r.sources.map((s) => `${s.source}:${s.status}`)).toEqual([
      'provider:nothing',
      'srv:nothing',
      'autoconfig:nothing',
      'mx:nothing',
      'guess:found',
    ])
  })
})

describe('check from the address alone', () => {
  it("never sends credentials to a server a foreign domain's autoconfig suggested", async () => {
    const check = (trustDiscovered: boolean) =>
      runCheckRequest({
        target: { address: 'mario@victim.test' },
        protocols: ['imap'],
        autoconfigUrls: [auto.url],
        options: testOptions({
          dnsServer: dns.address,
          timeoutMs: 1000,
          credentials: { user: 'mario@victim.test', password: PW },
          trustDiscovered,
        }),
      })
    const result = await check(false)
    expect(result.endpoints[0].endpoint).toMatchObject({
      host: 'mail.maildoctor.test',
      port: evil.port,
      source: 'autoconfig',
      trusted: false,
    })
    expect(result.endpoints[0].stages.find((s) => s.stage === 'tls')?.status).toBe('pass')
    expect(evil.received.some((l) => /LOGIN|AUTHENTICATE/i.test(l))).toBe(false)
    const report = buildReport(result, 'en', 'test')
    expect(report.notChecked).toContain('auth-untrusted')
    expect(renderHuman(report, { color: false, trace: false })).toContain('--trust-discovered')
    // Only the user's explicit word sends it there.
    await check(true)
    expect(evil.received.some((l) => /LOGIN/i.test(l))).toBe(true)
  })

  it('names the typo in the domain', async () => {
    const result = await runCheckRequest({
      target: { address: 'mario@gmial.com' },
      protocols: ['imap'],
      autoconfigUrls: [auto.url],
      options: testOptions({ dnsServer: dns.address, timeoutMs: 500 }),
    })
    const typo = result.findings.find((f) => f.cause === 'address_domain_typo')
    expect(typo?.params.suggestion).toBe('gmail.com')
    expect(buildReport(result, 'it', 'test').findings[0].explanation).toContain('gmail.com')
  })

  it('names the right server when the user typed an outdated one', async () => {
    const result = await runCheckRequest({
      target: { address: 'mario.rossi@libero.it' },
      host: 'imap.libero.it',
      protocols: ['imap'],
      options: testOptions({ dnsServer: dns.address, timeoutMs: 500 }),
    })
    const wrong = result.findings.find((f) => f.cause === 'wrong_server_name')
    expect(wrong?.params.expected).toBe('imapmail.libero.it')
    expect(wrong?.severity).toBe('error')
  })

  it('SRV hit: probes and logs in where the SRV record points, with --trust-discovered', async () => {
    const result = await runCheckRequest({
      target: { address: 'mario@srv.test' },
      protocols: ['imap'],
      autoconfigUrls: [auto.url],
      options: testOptions({
        dnsServer: dns.address,
        timeoutMs: 1000,
        credentials: { user: 'mario@srv.test', password: PW },
        trustDiscovered: true,
      }),
    })
    expect(result.findings).toEqual([])
    expect(result.endpoints[0].stages.find((s) => s.stage === 'mailbox')?.facts['inbox.messages']).toBe(2)
  })
})

describe('check a provider from its table (binds 127.0.0.41 on 993/995/465: root, as in CI)', () => {
  let servers: Array<RunningServer | RunningSmtp> = []
  let dnsLibero: RunningDns
  beforeAll(async () => {
    const host = '127.0.0.41'
    servers = [
      await startScriptedServer({
        protocol: 'imap',
        tls: 'implicit',
        host,
        port: 993,
        cert: 'provider-hosts',
        accounts: { 'mario.rossi@libero.it': PW },
        mailbox: { messages: 5 },
      }),
      await startScriptedServer({
        protocol: 'pop3',
        tls: 'implicit',
        host,
        port: 995,
        cert: 'provider-hosts',
        accounts: { 'mario.rossi@libero.it': PW },
        mailbox: { messages: 5 },
      }),
      await startSmtpFixture({
        security: 'tls',
        host,
        port: 465,
        cert: 'provider-hosts',
        accounts: { 'mario.rossi@libero.it': PW },
      }),
    ]
    dnsLibero = await startDnsServer({
      'imapmail.libero.it': { A: [host] },
      'popmail.libero.it': { A: [host] },
      'smtp.libero.it': { A: [host] },
      'libero.it': { MX: [{ exchange: 'mx.libero.it', priority: 10 }] },
    })
  })
  afterAll(async () => {
    await Promise.all([...servers.map((s) => s.close()), dnsLibero?.close()])
  })

  it('finds, probes, logs in, and says how to configure the mail client', async () => {
    const result = await runCheckRequest({
      target: { address: 'mario.rossi@libero.it' },
      protocols: ['imap', 'pop3', 'smtp'],
      autoconfigUrls: [auto.url],
      options: testOptions({
        dnsServer: dnsLibero.address,
        timeoutMs: 1000,
        credentials: { user: 'mario.rossi@libero.it', password: PW },
      }),
    })
    expect(result.findings).toEqual([])
    expect(result.endpoints.map((e) => `${e.endpoint.host}:${e.endpoint.port} ${e.status}`)).toEqual([
      'imapmail.libero.it:993 ok',
      'popmail.libero.it:995 ok',
      'smtp.libero.it:465 ok',
    ])
    const report = buildReport(result, 'it', 'test')
    expect(report.settings).toEqual([
      { protocol: 'imap', host: 'imapmail.libero.it', port: 993, security: 'tls', username: 'mario.rossi@libero.it' },
      { protocol: 'pop3', host: 'popmail.libero.it', port: 995, security: 'tls', username: 'mario.rossi@libero.it' },
      { protocol: 'smtp', host: 'smtp.libero.it', port: 465, security: 'tls', username: 'mario.rossi@libero.it' },
    ])
    const text = renderHuman(report, { color: false, trace: false })
    expect(text).toContain('Configura il programma di posta così:')
    expect(text).toContain('lascia una copia sul server')
  })
})

describe('insecure settings', () => {
  it('a plaintext setting that works, next to an encrypted one that works too', async () => {
    const server = await startScriptedServer({ protocol: 'pop3', tls: 'none', accounts: { [FIXTURE_USER]: PW } })
    const secure = await startScriptedServer({ protocol: 'pop3', tls: 'implicit' })
    try {
      const { planEndpoints } = await import('../src/run/plan.js')
      // The user's plaintext choice, and the encrypted alternative the planner adds beside it.
      const endpoints = [
        ...planEndpoints({
          hosts: [{ protocol: 'pop3', host: '127.0.0.1', source: 'user' }],
          port: server.port,
          security: 'plain',
        }),
        {
          protocol: 'pop3' as const,
          host: '127.0.0.1',
          port: secure.port,
          security: 'tls' as const,
          source: 'user' as const,
        },
      ]
      const result = await runCheckRequest({
        target: { host: '127.0.0.1' },
        protocols: ['pop3'],
        endpoints,
        options: testOptions(),
      })
      const finding = result.findings.find((f) => f.cause === 'insecure_settings')
      expect(finding?.severity).toBe('warning')
      expect(finding?.params.working).toBe(`POP3 127.0.0.1:${secure.port} SSL/TLS`)
    } finally {
      await Promise.all([server.close(), secure.close()])
    }
  })
})

describe('planning around a plaintext choice', () => {
  it('adds the encrypted standard ways into the same host', async () => {
    const result = await runCheckRequest({
      target: { host: '127.0.0.1' },
      host: '127.0.0.1',
      protocols: ['pop3'],
      port: 1,
      security: 'plain',
      options: testOptions({ timeoutMs: 200 }),
    })
    expect(result.endpoints.map((e) => `${e.endpoint.port} ${e.endpoint.security}`)).toEqual([
      '1 plain',
      '995 tls',
      '110 starttls',
    ])
  })
})

describe('check from an autoconfig hit and from the MX provider (binds 127.0.0.42:993: root, as in CI)', () => {
  let imap: RunningServer
  let acImap: RunningServer
  let dnsHit: RunningDns
  let autoHit: RunningAutoconfig
  beforeAll(async () => {
    imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      host: '127.0.0.42',
      port: 993,
      cert: 'provider-hosts',
      accounts: { 'boss@custom.test': PW },
      mailbox: { messages: 7 },
    })
    acImap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      cert: 'provider-hosts',
      accounts: { 'mario@ac.test': PW },
      mailbox: { messages: 4 },
    })
    dnsHit = await startDnsServer({
      'custom.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] },
      'imap.gmail.com': { A: ['127.0.0.42'] },
      'ac.test': { MX: [{ exchange: 'mx.ac.test', priority: 1 }] },
      'imap.ac.test': { A: ['127.0.0.1'] },
    })
    autoHit = await startAutoconfigServer({
      'ac.test': [{ protocol: 'imap', host: 'imap.ac.test', port: acImap.port, security: 'tls' }],
    })
  })
  afterAll(async () => {
    await Promise.all([imap?.close(), acImap?.close(), dnsHit?.close(), autoHit?.close()])
  })

  const checkAs = (address: string) =>
    runCheckRequest({
      target: { address },
      protocols: ['imap'],
      autoconfigUrls: [autoHit.url],
      options: testOptions({
        dnsServer: dnsHit.address,
        timeoutMs: 1000,
        credentials: { user: address, password: PW },
      }),
    })

  it('autoconfig on the same domain: probed, trusted, logged in', async () => {
    const result = await checkAs('mario@ac.test')
    expect(result.endpoints[0].endpoint).toMatchObject({ host: 'imap.ac.test', source: 'autoconfig' })
    expect(result.findings).toEqual([])
    expect(result.endpoints[0].stages.find((s) => s.stage === 'mailbox')?.facts['inbox.messages']).toBe(4)
  })

  it("a domain whose MX is Google: Gmail's IMAP server, trusted, logged in", async () => {
    const result = await checkAs('boss@custom.test')
    expect(result.endpoints[0].endpoint).toMatchObject({ host: 'imap.gmail.com', port: 993, source: 'mx' })
    expect(result.findings).toEqual([])
    expect(imap.received.some((l) => / LOGIN /.test(l))).toBe(true)
  })
})

describe('a discovery answer listing a thousand servers', () => {
  it('is capped and de-duplicated per protocol, loopback servers still probed', async () => {
    const target = await startScriptedServer({ protocol: 'imap', tls: 'implicit' })
    const hosts = Array.from({ length: 400 }, (_, i) => `h${i}.flood.test`)
    const records = Object.fromEntries(hosts.map((h) => [h, { A: ['127.0.0.1'] }]))
    const floodDns = await startDnsServer({
      ...records,
      'flood.test': { MX: [{ exchange: 'mx.flood.test', priority: 10 }] },
    })
    // 1,000 entries, each host listed more than once: what a hostile or broken file may hold.
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      protocol: 'imap' as const,
      host: hosts[i % hosts.length],
      port: target.port,
      security: 'tls' as const,
    }))
    const flood = await startAutoconfigServer({ 'flood.test': entries })
    try {
      const r = await discover('mario@flood.test', ['imap'], {
        ...opts(),
        dnsServer: floodDns.address,
        autoconfigUrls: [flood.url],
      })
      expect(r.sources.find((s) => s.source === 'autoconfig')?.candidates).toHaveLength(1000)
      expect(r.chosen.map((c) => c.host)).toEqual(['h0.flood.test', 'h1.flood.test', 'h2.flood.test'])
      const result = await runCheckRequest({
        target: { address: 'mario@flood.test' },
        protocols: ['imap'],
        autoconfigUrls: [flood.url],
        options: testOptions({ dnsServer: floodDns.address }),
      })
      expect(result.endpoints).toHaveLength(3)
      // Loopback is where these names point, and it is probed: capped, not refused.
      expect(result.endpoints.every((e) => e.stages.find((s) => s.stage === 'tcp')?.status === 'pass')).toBe(true)
      expect(target.accepted).toBe(3)
    } finally {
      await Promise.all([target.close(), floodDns.close(), flood.close()])
    }
  })

  it('a discovered name that is a dotted number or not a name at all is not probed', async () => {
    const floodDns = await startDnsServer({ 'odd.test': { MX: [{ exchange: 'mx.odd.test', priority: 10 }] } })
    const odd = await startAutoconfigServer({
      'odd.test': ['1.2.3', '127.1', 'bad host', 'imap.odd.test'].map((host) => ({
        protocol: 'imap' as const,
        host,
        port: 993,
        security: 'tls' as const,
      })),
    })
    try {
      const r = await discover('mario@odd.test', ['imap'], {
        ...opts(),
        dnsServer: floodDns.address,
        autoconfigUrls: [odd.url],
      })
      expect(r.chosen.map((c) => c.host)).toEqual(['imap.odd.test'])
    } finally {
      await Promise.all([floodDns.close(), odd.close()])
    }
  })
})
