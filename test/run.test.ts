// `maildoctor run`: each expectation met and unmet against fixture servers; config mistakes by
// line; JUnit checked against the schema by xmllint (libxml2 as WebAssembly, an npm package, so a
// fresh machine needs nothing installed), Nagios by the plugin line format,
// Prometheus by an exposition-format parser.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filteredPort, refusedPort, type FilteredPort } from '../fixtures/servers/network-faults.js'
import { FIXTURE_USER, startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { startRelay25, startSmtpFixture, type RunningSmtp } from '../fixtures/servers/smtp-fixture.js'
import { runCli } from './cli-harness.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-run-'))
const PW = 'run-Passw0rd'

const run = (argv: string[]) => runCli(argv, { env: { MAILDOCTOR_RUN_PW: PW } })

const servers: Record<string, RunningServer | RunningSmtp> = {}
let refused: number
let dropped: FilteredPort
beforeAll(async () => {
  dropped = await filteredPort()
  servers.imap = await startScriptedServer({
    protocol: 'imap',
    tls: 'implicit',
    accounts: { [FIXTURE_USER]: PW },
    mailbox: { messages: 1 },
  })
  servers.expired = await startScriptedServer({ protocol: 'imap', tls: 'implicit', cert: 'expired' })
  servers.pop3 = await startScriptedServer({ protocol: 'pop3', tls: 'implicit' })
  servers.popOff = await startScriptedServer({
    protocol: 'pop3',
    tls: 'implicit',
    loginRefusal: '-ERR [SYS/PERM] Your account is not enabled for POP access.',
  })
  servers.smtp = await startSmtpFixture({ security: 'starttls', accounts: { [FIXTURE_USER]: PW } })
  servers.relay = await startRelay25()
  servers.slow = await startScriptedServer({ protocol: 'imap', tls: 'implicit', greetingDelayMs: 300 })
  refused = await refusedPort()
})
afterAll(async () => {
  await dropped.close()
  await Promise.all(Object.values(servers).map((s) => s.close()))
})

async function runConfig(yaml: string, format = 'json') {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.yml`)
  writeFileSync(file, yaml)
  return run(['run', file, '--ca', CA, '--timeout', '2', '--format', format])
}

const target = (port: number, security: string, expect: string, extra = '') =>
  `  - host: 127.0.0.1\n    port: ${port}\n    security: ${security}\n${extra}    expect:\n${expect}`

describe('expectations, each both ways', () => {
  const cases: Array<[string, () => string, boolean]> = [
    ['imap ok, met', () => target(servers.imap.port, 'tls', '      imap: ok\n'), true],
    ['imap ok, unmet (expired certificate)', () => target(servers.expired.port, 'tls', '      imap: ok\n'), false],
    ['imap fail, met', () => target(servers.expired.port, 'tls', '      imap: fail\n'), true],
    ['imap fail, unmet', () => target(servers.imap.port, 'tls', '      imap: fail\n'), false],
    [
      'pop3 disabled, met (every POP3 port refused while IMAP answers)',
      () =>
        `  - host: 127.0.0.1\n    port: { imap: ${servers.imap.port}, pop3: ${refused} }\n    security: ` +
        `tls\n    expect:\n      imap: ok\n      pop3: disabled\n`,
      true,
    ],
    [
      'pop3 disabled, unmet (a refused port and nothing else answering: fail)',
      () => target(refused, 'tls', '      pop3: disabled\n'),
      false,
    ],
    [
      'pop3 disabled, unmet (a firewall drops everything: fail)',
      () =>
        `  - host: 127.0.0.1\n    port: { imap: ${dropped.port}, pop3: ${dropped.port} }\n    security: ` +
        `tls\n    expect:\n      imap: fail\n      pop3: disabled\n`,
      false,
    ],
    [
      'smtp ok, unmet (port 25 without AUTH is not a way to send)',
      () =>
        `  - address: ${FIXTURE_USER}\n    host: ${(servers.relay as RunningSmtp & { host: string }).host}\n ` +
        `   port: 25\n    security: starttls\n    password_env: MAILDOCTOR_RUN_PW\n    expect:\n      ` +
        `smtp: ok\n`,
      false,
    ],
    [
      'pop3 disabled, met (the provider says it is off)',
      () =>
        `  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: ${servers.popOff.port}\n    ` +
        `security: tls\n    password_env: MAILDOCTOR_RUN_PW\n    expect:\n      pop3: disabled\n`,
      true,
    ],
    ['pop3 disabled, unmet', () => target(servers.pop3.port, 'tls', '      pop3: disabled\n'), false],
    [
      'smtp ok with login, met',
      () =>
        `  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: ${servers.smtp.port}\n    security: ` +
        `starttls\n    password_env: MAILDOCTOR_RUN_PW\n    expect:\n      smtp: ok\n`,
      true,
    ],
    [
      'smtp ok, unmet (STARTTLS demanded where there is none)',
      () => target(servers.pop3.port, 'starttls', '      smtp: ok\n'),
      false,
    ],
    ['cert_days_left, met', () => target(servers.imap.port, 'tls', '      cert_days_left: ">= 21"\n'), true],
    ['cert_days_left, unmet', () => target(servers.imap.port, 'tls', '      cert_days_left: ">= 100000"\n'), false],
    ['max_seconds, met', () => target(servers.imap.port, 'tls', '      max_seconds: 10\n'), true],
    ['max_seconds, unmet', () => target(servers.slow.port, 'tls', '      max_seconds: 0.1\n'), false],
  ]
  for (const [name, config, met] of cases) {
    it(`${name} → exit ${met ? 0 : 1}`, async () => {
      const r = await runConfig(`targets:\n${config()}`)
      expect(r.stderr).toBe('')
      const report = JSON.parse(r.stdout)
      expect(report.targets[0].outcomes.every((o: { met: boolean }) => o.met)).toBe(met)
      expect(r.code).toBe(met ? 0 : 1)
    })
  }
})

describe('config mistakes name the line, exit 2', () => {
  const cases: Array<[string, string, number, RegExp]> = [
    [
      'unknown expectation',
      'targets:\n  - host: mail.example.com\n    expect:\n      imap: ok\n      colour: blue\n',
      5,
      /unknown expectation "colour"/,
    ],
    [
      'bad protocol value',
      'targets:\n  - host: mail.example.com\n    expect:\n      pop3: maybe\n',
      4,
      /pop3: must be ok, disabled or fail/,
    ],
    [
      'bad comparison',
      'targets:\n  - host: mail.example.com\n    expect:\n      cert_days_left: "soon"\n',
      4,
      /cert_days_left: expected a comparison/,
    ],
    ['no host', 'targets:\n  - expect:\n      imap: ok\n', 2, /needs host: or address:/],
    [
      'unknown field',
      'targets:\n  - host: mail.example.com\n    pasword_env: X\n    expect:\n      imap: ok\n',
      3,
      /unknown field "pasword_env"/,
    ],
    ['not YAML', 'targets:\n  - host: [unclosed\n', 3, /./],
    ['no targets', 'hosts: []\n', 1, /expected "targets:"/],
  ]
  for (const [name, yaml, line, message] of cases) {
    it(name, async () => {
      const r = await runConfig(yaml)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(new RegExp(`line ${line}: `))
      expect(r.stderr).toMatch(message)
    })
  }
  it('under --format nagios a config mistake is UNKNOWN, exit 3', async () => {
    const r = await runConfig('targets: 3\n', 'nagios')
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(/^MAILDOCTOR UNKNOWN - /)
  })
})

describe('formats', () => {
  const mixed = () =>
    'targets:\n' +
    target(servers.imap.port, 'tls', '      imap: ok\n      cert_days_left: ">= 21"\n') +
    target(servers.expired.port, 'tls', '      imap: ok\n')

  it('JUnit validates against the JUnit XML schema', async () => {
    const r = await runConfig(mixed(), 'junit')
    expect(r.code).toBe(1)
    const { validateXML } = await import('xmllint-wasm')
    const schema = readFileSync(join(PACKAGE_ROOT, 'test', 'schemas', 'junit.xsd'), 'utf8')
    const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: r.stdout }], schema: [schema] })
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
    expect(r.stdout).toContain('failures="1"')
  })

  it('Nagios: status word, message, perfdata with units, exit 0/2', async () => {
    const ok = await runConfig(`targets:\n${target(servers.imap.port, 'tls', '      imap: ok\n')}`, 'nagios')
    expect(ok.code).toBe(0)
    const bad = await runConfig(mixed(), 'nagios')
    expect(bad.code).toBe(2)
    const line =
      /^MAILDOCTOR (OK|WARNING|CRITICAL|UNKNOWN) - [^|\n]+ \| ('[^']+'=-?[\d.]+(s|%|B|KB|MB|TB|c)?(;[-\d.]*){0,4} ?)+\n$/
    expect(ok.stdout).toMatch(line)
    expect(bad.stdout).toMatch(line)
    expect(bad.stdout).toMatch(/^MAILDOCTOR CRITICAL - .*expected ok, got fail/)
    expect(ok.stdout).toMatch(/'time'=[\d.]+s;;;0/)
  })

  it('Prometheus text parses with an exposition-format parser', async () => {
    const r = await runConfig(mixed(), 'prometheus')
    const parse = (await import('parse-prometheus-text-format')).default as (
      text: string,
    ) => Array<{ name: string; type: string; metrics: Array<{ labels: Record<string, string>; value: string }> }>
    const families = parse(r.stdout)
    const byName = Object.fromEntries(families.map((f) => [f.name, f]))
    expect(byName.maildoctor_success.metrics.map((m) => m.value).sort()).toEqual(['0', '1'])
    expect(Number(byName.maildoctor_cert_days_left.metrics[0].value)).toBeGreaterThan(21)
    expect(byName.maildoctor_finding.metrics.some((m) => m.labels.cause === 'tls_cert_expired')).toBe(true)
    expect(families.every((f) => f.type === 'GAUGE')).toBe(true)
  })
})

describe('names', () => {
  it('two targets with one name are a config mistake', async () => {
    const r = await runConfig(
      'targets:\n  - host: a.example.com\n    name: mail\n    expect:\n      imap: ok\n  - host: ' +
        'b.example.com\n    name: mail\n    expect:\n      imap: ok\n',
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/line 6: a second target named "mail"/)
  })
})

describe('--roundtrip against fixture servers', () => {
  it('submits over SMTP, finds it over IMAP, reports the time, deletes it', async () => {
    const { MailStore } = await import('../fixtures/servers/mail-store.js')
    const store = new MailStore()
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: PW },
      mailbox: { messages: 0 },
      store,
    })
    const smtp = await startSmtpFixture({ security: 'tls', accounts: { [FIXTURE_USER]: PW }, store })
    try {
      const config =
        `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: { imap: ${imap.port}, ` +
        `smtp: ${smtp.port} }\n    security: tls\n    password_env: MAILDOCTOR_RUN_PW\n    expect:\n      ` +
        `imap: ok\n      smtp: ok\n      roundtrip_seconds: 10\n`
      const file = join(dir, 'roundtrip.yml')
      writeFileSync(file, config)
      const r = await run(['run', file, '--ca', CA, '--timeout', '2', '--format', 'json', '--roundtrip'])
      const report = JSON.parse(r.stdout)
      expect(
        report.targets[0].outcomes.map((o: { expectation: string; met: boolean }) => [o.expectation, o.met]),
      ).toEqual([
        ['imap', true],
        ['smtp', true],
        ['roundtrip_seconds', true],
      ])
      expect(report.targets[0].roundtripSeconds).toBeGreaterThan(0)
      expect(r.code).toBe(0)
      // The test message came in and went out again.
      expect(imap.received.some((l) => /UID SEARCH/i.test(l))).toBe(true)
      expect(store.messages).toHaveLength(0)
      const prom = await run(['run', file, '--ca', CA, '--timeout', '2', '--format', 'prometheus', '--roundtrip'])
      expect(prom.stdout).toMatch(/maildoctor_roundtrip_seconds\{target="mario@maildoctor.test"\} [\d.]+/)
    } finally {
      await Promise.all([imap.close(), smtp.close()])
    }
  })
})

describe('--roundtrip for a POP-only account', () => {
  it('submits over SMTP, finds it over POP3 (node-pop3), deletes it', async () => {
    const { MailStore } = await import('../fixtures/servers/mail-store.js')
    const store = new MailStore()
    store.deliver('Subject: an older message\r\n\r\nkept\r\n')
    const pop3 = await startScriptedServer({
      protocol: 'pop3',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: PW },
      store,
    })
    const smtp = await startSmtpFixture({ security: 'tls', accounts: { [FIXTURE_USER]: PW }, store })
    try {
      const file = join(dir, 'roundtrip-pop.yml')
      writeFileSync(
        file,
        `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: { pop3: ${pop3.port}, ` +
          `smtp: ${smtp.port} }\n    security: tls\n    password_env: MAILDOCTOR_RUN_PW\n    expect: { ` +
          `pop3: ok, smtp: ok, roundtrip_seconds: 10 }\n`,
      )
      const r = await run(['run', file, '--ca', CA, '--timeout', '2', '--format', 'json', '--roundtrip'])
      const report = JSON.parse(r.stdout)
      expect(
        report.targets[0].outcomes.map((o: { expectation: string; met: boolean }) => [o.expectation, o.met]),
      ).toEqual([
        ['pop3', true],
        ['smtp', true],
        ['roundtrip_seconds', true],
      ])
      expect(r.code).toBe(0)
      expect(pop3.received.some((l) => /^TOP \d+ 0$/.test(l))).toBe(true)
      // The test message is gone, the older one is still there.
      expect(store.messages.map((m) => m.subject)).toEqual(['an older message'])
    } finally {
      await Promise.all([pop3.close(), smtp.close()])
    }
  })
})

describe('--roundtrip when the message never arrives', () => {
  it('is an unmet expectation, exit 1', async () => {
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: PW },
      mailbox: { messages: 0 },
      store: new (await import('../fixtures/servers/mail-store.js')).MailStore(),
    })
    const smtp = await startSmtpFixture({ security: 'tls', accounts: { [FIXTURE_USER]: PW } })
    try {
      const file = join(dir, 'lost.yml')
      writeFileSync(
        file,
        `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: { imap: ${imap.port}, ` +
          `smtp: ${smtp.port} }\n    security: tls\n    password_env: MAILDOCTOR_RUN_PW\n    expect:\n      ` +
          `roundtrip_seconds: 10\n`,
      )
      const r = await run([
        'run',
        file,
        '--ca',
        CA,
        '--timeout',
        '2',
        '--format',
        'json',
        '--roundtrip',
        '--roundtrip-timeout',
        '1',
      ])
      const outcome = JSON.parse(r.stdout).targets[0].outcomes[0]
      expect(outcome).toMatchObject({ expectation: 'roundtrip_seconds', actual: 'not delivered', met: false })
      expect(r.code).toBe(1)
    } finally {
      await Promise.all([imap.close(), smtp.close()])
    }
  })
})

describe('--roundtrip by host name', () => {
  it('connects where the probes resolved (--dns-server) and verifies the name', async () => {
    const { MailStore } = await import('../fixtures/servers/mail-store.js')
    const { startDnsServer } = await import('../fixtures/servers/dns-server.js')
    const store = new MailStore()
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: PW },
      mailbox: { messages: 0 },
      store,
    })
    const smtp = await startSmtpFixture({ security: 'tls', accounts: { [FIXTURE_USER]: PW }, store })
    const dns = await startDnsServer({ 'mail.maildoctor.test': { A: ['127.0.0.1'] } })
    try {
      const file = join(dir, 'roundtrip-name.yml')
      writeFileSync(
        file,
        `targets:\n  - address: ${FIXTURE_USER}\n    host: mail.maildoctor.test\n    port: { imap: ` +
          `${imap.port}, smtp: ${smtp.port} }\n    security: tls\n    password_env: MAILDOCTOR_RUN_PW\n    ` +
          `expect: { imap: ok, smtp: ok, roundtrip_seconds: 10 }\n`,
      )
      const r = await run([
        'run',
        file,
        '--ca',
        CA,
        '--timeout',
        '2',
        '--format',
        'json',
        '--roundtrip',
        '--dns-server',
        dns.address,
      ])
      expect(JSON.parse(r.stdout).targets[0].outcomes.every((o: { met: boolean }) => o.met)).toBe(true)
      expect(r.code).toBe(0)
    } finally {
      await Promise.all([imap.close(), smtp.close(), dns.close()])
    }
  })
})

describe('--roundtrip only where the login passed', () => {
  it("never sends the password to servers a foreign domain's SRV suggested (their login was skipped)", async () => {
    const { startDnsServer } = await import('../fixtures/servers/dns-server.js')
    const victim = 'mario@victim.test'
    // Servers on a foreign domain, with a certificate valid for their name: the transport is fine.
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      cert: 'wrong-host',
      accounts: { [victim]: PW },
      mailbox: { messages: 0 },
    })
    const smtp = await startSmtpFixture({ security: 'tls', cert: 'wrong-host', accounts: { [victim]: PW } })
    const foreign = 'mail.other-provider.example'
    const dns = await startDnsServer({
      '_imaps._tcp.victim.test': { SRV: [{ target: foreign, port: imap.port }] },
      '_submissions._tcp.victim.test': { SRV: [{ target: foreign, port: smtp.port }] },
      [foreign]: { A: ['127.0.0.1'] },
    })
    try {
      const file = join(dir, 'roundtrip-foreign.yml')
      writeFileSync(
        file,
        `targets:\n  - address: ${victim}\n    password_env: MAILDOCTOR_RUN_PW\n    expect: { imap: ok, ` +
          `smtp: ok, roundtrip_seconds: 10 }\n`,
      )
      const r = await run([
        'run',
        file,
        '--ca',
        CA,
        '--timeout',
        '2',
        '--format',
        'json',
        '--roundtrip',
        '--roundtrip-timeout',
        '1',
        '--dns-server',
        dns.address,
      ])
      const target = JSON.parse(r.stdout).targets[0]
      expect(target.outcomes.find((o: { expectation: string }) => o.expectation === 'imap').met).toBe(true)
      expect(target.outcomes.find((o: { expectation: string }) => o.expectation === 'roundtrip_seconds')).toMatchObject(
        { met: false },
      )
      expect(smtp.logins).toEqual([])
      expect(imap.received.some((l) => /LOGIN|AUTHENTICATE/i.test(l))).toBe(false)
    } finally {
      await Promise.all([imap.close(), smtp.close(), dns.close()])
    }
  })
})

describe('run is polite per host, like batch', () => {
  it('--per-host bounds the connections to one host across targets', async () => {
    const slow = await startScriptedServer({ protocol: 'imap', tls: 'implicit', greetingDelayMs: 120 })
    try {
      const targets = [1, 2, 3, 4].map(
        (i) =>
          `  - name: t${i}\n    host: 127.0.0.1\n    port: ${slow.port}\n    security: tls\n    expect: { imap: ok }\n`,
      )
      const file = join(dir, 'per-host.yml')
      writeFileSync(file, `targets:\n${targets.join('')}`)
      const one = await run(['run', file, '--ca', CA, '--timeout', '2', '--format', 'json', '--per-host', '1'])
      expect(one.code).toBe(0)
      expect(slow.maxConcurrent).toBe(1)
      expect(slow.accepted).toBe(4)
      const bad = await run(['run', file, '--per-host', '0'])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/--per-host must be a whole number/)
    } finally {
      await slow.close()
    }
  })
})

describe('--roundtrip when the SMTP server never answers MAIL FROM', () => {
  it('ends by --roundtrip-timeout and says where it stopped, exit 1', async () => {
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: PW },
      mailbox: { messages: 0 },
      store: new (await import('../fixtures/servers/mail-store.js')).MailStore(),
    })
    const smtp = await startSmtpFixture({
      security: 'tls',
      accounts: { [FIXTURE_USER]: PW },
      silentAfterMailFrom: true,
    })
    try {
      const file = join(dir, 'stuck.yml')
      writeFileSync(
        file,
        `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: { imap: ${imap.port}, ` +
          `smtp: ${smtp.port} }\n    security: tls\n    password_env: MAILDOCTOR_RUN_PW\n    expect:\n      ` +
          `roundtrip_seconds: 10\n`,
      )
      const started = performance.now()
      const r = await run([
        'run',
        file,
        '--ca',
        CA,
        '--timeout',
        '2',
        '--format',
        'json',
        '--roundtrip',
        '--roundtrip-timeout',
        '1.5',
      ])
      const took = performance.now() - started
      const target = JSON.parse(r.stdout).targets[0]
      expect(target.outcomes[0]).toMatchObject({
        expectation: 'roundtrip_seconds',
        actual: 'not delivered',
        met: false,
      })
      expect(target.roundtripProblem).toMatch(/no answer to the message \(MAIL FROM.*within 1.5 s/)
      expect(r.code).toBe(1)
      expect(took).toBeLessThan(6000)
      const human = await run(['run', file, '--ca', CA, '--timeout', '2', '--roundtrip', '--roundtrip-timeout', '1'])
      expect(human.stdout).toMatch(/✖ roundtrip\s+SMTP 127\.0\.0\.1:\d+: no answer to the message \(MAIL FROM/)
      const junit = await run([
        'run',
        file,
        '--ca',
        CA,
        '--timeout',
        '2',
        '--format',
        'junit',
        '--roundtrip',
        '--roundtrip-timeout',
        '1',
      ])
      expect(junit.stdout).toMatch(/got not delivered \(SMTP 127\.0\.0\.1:\d+: no answer to the message/)
    } finally {
      await Promise.all([imap.close(), smtp.close()])
    }
  }, 20_000)
})
