// The CLI in-process (argv → exit code, stdout, stderr) and once as the real built binary.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { runCli } from './cli-harness.js'
import { expectValidReport } from './schema.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')

const run = (argv: string[], env: Record<string, string> = {}, stdin = '') => runCli(argv, { env, stdin })

describe('usage errors: one line on stderr, exit 2, no stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unparsable address', ['check', 'mario@@libero'], /not a valid email address/],
    ['port out of range', ['check', 'mail.example.com', '--port', '70000'], /--port must be a number from 1 to 65535/],
    [
      'missing CA file',
      ['check', 'mail.example.com', '--ca', '/nonexistent/ca.pem'],
      /--ca \/nonexistent\/ca.pem: cannot read/,
    ],
    ['unknown option', ['check', 'mail.example.com', '--frobnicate'], /unknown option/],
    ['bad timeout', ['check', 'mail.example.com', '--timeout', '-1'], /--timeout must be/],
    ['bad language', ['check', 'mail.example.com', '--lang', 'fr'], /--lang must be it or en/],
    ['non-standard port without protocol', ['check', 'mail.example.com', '--port', '2525'], /say which protocol/],
    [
      'unset password variable',
      ['check', 'mario@example.com', '--password-env', 'NOPE_NOT_SET'],
      /--password-env: the environment variable it names is not set/,
    ],
    ['explain without text', ['explain'], /explain needs the error text/],
    ['unknown security mode', ['check', 'mail.example.com', '--security', 'ssl'], /--security.*invalid/],
    ['unknown format', ['check', 'mail.example.com', '--format', 'xml'], /--format.*invalid/],
    [
      'bad DNS server',
      ['check', 'mail.example.com', '--dns-server', 'dns.example.com'],
      /--dns-server takes an IP address/,
    ],
    ['bad deadline', ['check', 'mail.example.com', '--deadline', 'soon'], /--deadline must be/],
    [
      'CA file without a certificate',
      ['check', 'mail.example.com', '--ca', join(PACKAGE_ROOT, 'package.json')],
      /no PEM certificate/,
    ],
    [
      'two password sources',
      ['check', 'mario@example.com', '--password-env', 'X', '--password-stdin'],
      /use one of --password-env, --password-stdin, --password-cmd/,
    ],
    [
      'host that is not a host',
      ['check', 'mario@example.com', '--host', 'not a host'],
      /neither an email address nor a host name|--host takes a host name/,
    ],
    ['domain without a dot', ['check', 'mario@localhost'], /not a valid email address/],
    ['unknown command', ['frobnicate'], /unknown command/],
    ['missing argument', ['check'], /missing required argument/],
  ]
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await run(argv)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(message)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
    })
  }
})

describe('check', () => {
  it('--json gives the schema of design.md and exit 1 for a refused port', async () => {
    const port = await refusedPort()
    const r = await run([
      'check',
      '127.0.0.1',
      '--imap',
      '--port',
      String(port),
      '--security',
      'tls',
      '--json',
      '--timeout',
      '1',
    ])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    expectValidReport(report)
    expect(report.schemaVersion).toBe(1)
    expect(report.tool.name).toBe('maildoctor')
    expect(report.target).toEqual({ host: '127.0.0.1' })
    expect(report.endpoints[0]).toMatchObject({
      protocol: 'imap',
      host: '127.0.0.1',
      port,
      security: 'tls',
      status: 'fail',
    })
    expect(report.endpoints[0].stages.map((s: { stage: string }) => s.stage)).toEqual([
      'dns',
      'tcp',
      'tls',
      'greeting',
      'capabilities',
      'auth',
      'mailbox',
    ])
    expect(report.findings[0]).toMatchObject({
      cause: 'tcp_refused',
      severity: 'error',
      endpoints: [{ protocol: 'imap', host: '127.0.0.1', port }],
    })
    expect(report.findings[0].fixes.length).toBeGreaterThan(0)
    expect(report.summary).toMatchObject({ ok: false, errors: 1 })
  })

  it('speaks Italian with --lang it and from the locale', async () => {
    const port = await refusedPort()
    const args = ['check', '127.0.0.1', '--pop3', '--port', String(port), '--security', 'tls', '--timeout', '1']
    expect((await run([...args, '--lang', 'it'])).stdout).toContain('Il server rifiuta le connessioni su questa porta')
    expect((await run(args, { LANG: 'it_IT.UTF-8' })).stdout).toContain('Cosa fare')
    expect((await run(args, { LANG: 'C' })).stdout).toContain('What to do')
  })

  it('--trace shows the transcript; exit 0 when everything works', async () => {
    const s = await startScriptedServer({ protocol: 'smtp', tls: 'starttls' })
    try {
      const r = await run([
        'check',
        '127.0.0.1',
        '--smtp',
        '--port',
        String(s.port),
        '--security',
        'starttls',
        '--ca',
        CA,
        '--trace',
        '--timeout',
        '2',
      ])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('C: EHLO maildoctor.invalid')
      expect(r.stdout).toContain('C: STARTTLS')
      expect(r.stdout).toContain('Everything works')
    } finally {
      await s.close()
    }
  })
})

describe('explain', () => {
  it('names the cause and the fixes of a pasted message', async () => {
    const r = await run(['explain', 'NO [ALERT] Application-specific password required', '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('auth_app_password_required')
    expect(r.stdout).toContain('What to do')
  })
  it('--jsonl reads stdin', async () => {
    const r = await run(
      ['explain', '--jsonl'],
      {},
      '{"id":"x","protocol":"smtp","stage":"tcp","text":"connect ECONNREFUSED 127.0.0.1:587"}\n',
    )
    expect(r.stdout.trim()).toBe('{"id":"x","cause":"tcp_refused"}')
  })
  it('--jsonl with a text too is a usage error, not a silent answer to standard input alone', async () => {
    const r = await run(['explain', '--jsonl', 'connect ECONNREFUSED 127.0.0.1:587'], {}, '')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--jsonl reads JSON lines on standard input and takes no text/)
    expect(r.stdout).toBe('')
  })
})

describe('the real binary', () => {
  it('runs check --json against a fixture server', async () => {
    const s = await startScriptedServer({ protocol: 'imap', tls: 'implicit', cert: 'expired' })
    try {
      const bin = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
      const result = await promisify(execFile)(
        process.execPath,
        [bin, 'check', '127.0.0.1', '--imap', '--port', String(s.port), '--security', 'tls', '--ca', CA, '--json'],
        { timeout: 15_000 },
      ).catch((e) => e)
      expect(result.code).toBe(1)
      expectValidReport(result.stdout)
      expect(JSON.parse(result.stdout).findings[0].cause).toBe('tls_cert_expired')
    } finally {
      await s.close()
    }
  })
})

describe('explain takes the text as pasted', () => {
  it('text starting with -ERR, and unquoted words', async () => {
    const pop = await run(['explain', '-ERR [SYS/PERM] Your account is not enabled for POP access.', '--json'])
    expect(JSON.parse(pop.stdout).cause).toBe('pop_disabled')
    const words = await run(['explain', '535', '5.7.8', 'Error:', 'authentication', 'failed', '--json'])
    expect(JSON.parse(words.stdout).cause).toBe('auth_bad_credentials')
  })
})

describe('discover', () => {
  it('--json gives what every source said', async () => {
    const { startDnsServer } = await import('../fixtures/servers/dns-server.js')
    const dns = await startDnsServer({
      'guess.test': { MX: [{ exchange: 'mx.guess.test', priority: 1 }] },
      'imap.guess.test': { A: ['127.0.0.1'] },
    })
    try {
      const r = await run([
        'discover',
        'mario@guess.test',
        '--imap',
        '--dns-server',
        dns.address,
        '--autoconfig-url',
        'https://127.0.0.1:1/{domain}',
        '--timeout',
        '1',
        '--json',
      ])
      expect(r.code).toBe(0)
      const out = JSON.parse(r.stdout)
      expect(out.sources.map((s: { source: string }) => s.source)).toEqual([
        'provider',
        'srv',
        'autoconfig',
        'mx',
        'guess',
      ])
      expect(out.sources.find((s: { source: string }) => s.source === 'autoconfig').status).toBe('error')
      expect(out.chosen[0]).toMatchObject({ protocol: 'imap', host: 'imap.guess.test', source: 'guess' })
      const human = await run([
        'discover',
        'mario@guess.test',
        '--imap',
        '--dns-server',
        dns.address,
        '--autoconfig-url',
        'https://127.0.0.1:1/{domain}',
        '--timeout',
        '1',
        '--lang',
        'it',
      ])
      expect(human.stdout).toContain('maildoctor verificherà')
    } finally {
      await dns.close()
    }
  })
  it('rejects what is not an address', async () => {
    const r = await run(['discover', 'mail.example.com'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/<address> is not a valid email address/)
  })
})
