// maildoctor serve over real sockets: the JSON API (plain and streamed), /openapi.json, /probe
// and /metrics parsed as Prometheus text, and each security rule: Host header, Origin, token,
// private targets, mail ports, rate and concurrency limits, the body cap, passwords nowhere,
// the CSP, and a graceful SIGTERM of the real binary.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAutoconfigServer } from '../fixtures/servers/autoconfig-server.js'
import { testCaPem } from '../fixtures/servers/certs.js'
import { startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { expectValidReport } from './schema.js'
import { canaryForms } from './helpers.js'
import { runCli } from './cli-harness.js'
import {
  FIXTURE_USER,
  MAIL_HOST,
  startMailFixtures,
  startTestServe,
  type MailFixtures,
  type ServeUnderTest,
} from './serve-fixtures.js'

type Family = { name: string; metrics: Array<{ labels?: Record<string, string>; value: string }> }
const parseProm = async (text: string) =>
  ((await import('parse-prometheus-text-format')).default as (t: string) => Family[])(text)
const sample = (families: Family[], name: string, labels: Record<string, string> = {}) =>
  families
    .find((f) => f.name === name)
    ?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value

const PASSWORD = `Serve-${randomUUID()}`
let f: MailFixtures
let serve: ServeUnderTest
const bodies: string[] = []

/** Every answer of every test is kept for the canary test at the end. */
async function call(
  server: { url: string },
  path: string,
  init: RequestInit & { origin?: boolean } = {},
): Promise<{ status: number; text: string; headers: Headers }> {
  const headers = new Headers(init.headers)
  if (init.origin !== false && init.method === 'POST' && !headers.has('Origin')) headers.set('Origin', server.url)
  const res = await fetch(server.url + path, { ...init, headers })
  const text = await res.text()
  bodies.push(text, JSON.stringify([...res.headers]))
  return { status: res.status, text, headers: res.headers }
}

const postJson = (server: { url: string }, body: unknown, headers: Record<string, string> = {}) =>
  call(server, '/api/check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

/** A raw request, for headers fetch will not let a test set (Host). */
function rawGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  f = await startMailFixtures(PASSWORD)
  serve = await startTestServe(f)
})
afterAll(async () => {
  await serve?.close(1000)
  await f?.close()
})

describe('POST /api/check', () => {
  it('checks an address found by discovery and answers with the JSON report', async () => {
    const r = await postJson(serve, {
      address: FIXTURE_USER,
      password: PASSWORD,
      protocols: ['imap', 'smtp'],
      lang: 'it',
    })
    expect(r.status).toBe(200)
    const report = JSON.parse(r.text)
    expectValidReport(report)
    expect(report.lang).toBe('it')
    expect(report.verdict.receive).toMatchObject({
      status: 'ok',
      via: { protocol: 'imap', host: MAIL_HOST, port: f.imap.port },
    })
    expect(report.verdict.send).toMatchObject({ status: 'ok', via: { protocol: 'smtp', port: f.smtp.port } })
    expect(report.endpoints.map((e: { port: number }) => e.port).sort()).toEqual([f.imap.port, f.smtp.port].sort())
  })

  it('streams the endpoints as they are planned and done, then the report (Accept: text/event-stream)', async () => {
    const r = await postJson(
      serve,
      {
        host: MAIL_HOST,
        port: f.imap.port,
        protocols: ['imap'],
        security: 'tls',
        user: FIXTURE_USER,
        password: PASSWORD,
      },
      { Accept: 'text/event-stream' },
    )
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/text\/event-stream/)
    const events = r.text
      .trim()
      .split('\n\n')
      .map((block) => ({ event: /^event: (.+)$/m.exec(block)![1], data: JSON.parse(/^data: (.+)$/m.exec(block)![1]) }))
    expect(events.map((e) => e.event)).toEqual(['planned', 'endpoint', 'report'])
    expect(events[0].data.endpoints).toEqual([
      { protocol: 'imap', host: MAIL_HOST, port: f.imap.port, security: 'tls' },
    ])
    expect(events[1].data).toMatchObject({ protocol: 'imap', port: f.imap.port, status: 'ok' })
    expectValidReport(events[2].data)
    expect(events[2].data.verdict.receive.status).toBe('ok')
  })

  it('validates like the CLI: the same parsers, the same messages, 422', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ host: MAIL_HOST, port: 99999 }, /^port must be a number from 1 to 65535/],
      [{ host: MAIL_HOST, port: 2000 }, /^port 2000 is not a standard mail port: .*"protocols": "imap"/],
      [{ address: 'a<b@x.it' }, /^address is not a valid email address/],
      [{ address: 'not an address@' }, /not a valid email address/],
      [{ host: MAIL_HOST, security: 'ssl' }, /^security must be one of tls, starttls, plain/],
      [{ host: MAIL_HOST, protocols: ['ftp'] }, /protocols: each must be one of imap, pop3, smtp/],
      [{ host: MAIL_HOST, protocols: 'imap' }, /protocols must be a list/],
      [{ host: MAIL_HOST, colour: 'red' }, /unknown field "colour"/],
      [{ host: MAIL_HOST, password: PASSWORD }, /no user/],
      [{ address: FIXTURE_USER, password: `a\r\nLOGOUT` }, /line break/],
      [{}, /give an address or a host/],
      [{ host: MAIL_HOST, lang: 'fr' }, /^lang must be it or en/],
    ]
    for (const [body, message] of cases) {
      const r = await postJson(serve, body)
      expect(r.status, JSON.stringify(body)).toBe(422)
      expect(JSON.parse(r.text).error).toMatch(message)
      // The API names its own fields, never the command line's flags.
      expect(JSON.parse(r.text).error).not.toMatch(/--|<address/)
    }
    // In the caller's language.
    const italian = await postJson(serve, { host: MAIL_HOST, port: 99999 }, { 'Accept-Language': 'it-IT,it;q=0.9' })
    expect(JSON.parse(italian.text).error).toBe('port deve essere un numero da 1 a 65535')
    const notJson = await call(serve, '/api/check', { method: 'POST', body: '{oops' })
    expect(notJson.status).toBe(422)
  })

  it('GET /openapi.json describes the API', async () => {
    const r = await call(serve, '/openapi.json')
    const doc = JSON.parse(r.text)
    expect(doc.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.components.schemas.CheckRequest.properties).sort()).toEqual([
      'address',
      'host',
      'lang',
      'password',
      'port',
      'protocols',
      'security',
      'user',
    ])
    expect(doc.paths['/api/check'].post.responses).toHaveProperty('413')
    expect(doc.paths['/probe'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'target',
      'module',
      'debug',
    ])
  })
})

describe('/probe and /metrics (Prometheus text)', () => {
  it("probe_success 1 on a healthy server, with maildoctor's own gauges", async () => {
    const r = await call(serve, `/probe?target=${MAIL_HOST}&module=imaps`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const families = await parseProm(r.text)
    expect(sample(families, 'probe_success')).toBe('1')
    expect(Number(sample(families, 'probe_duration_seconds'))).toBeGreaterThan(0)
    expect(
      sample(families, 'maildoctor_endpoint_up', { target: MAIL_HOST, protocol: 'imap', port: String(f.imap.port) }),
    ).toBe('1')
    expect(Number(sample(families, 'maildoctor_cert_days_left', { target: MAIL_HOST }))).toBeGreaterThan(365)
  })

  it('probe_success 0 on a server with an expired certificate, the cause as a finding gauge', async () => {
    const r = await call(serve, '/probe?target=127.0.0.1&module=imaps_expired')
    const families = await parseProm(r.text)
    expect(sample(families, 'probe_success')).toBe('0')
    expect(sample(families, 'maildoctor_finding', { cause: 'tls_cert_expired', severity: 'error' })).toBe('1')
    expect(Number(sample(families, 'maildoctor_cert_days_left', { target: '127.0.0.1' }))).toBeLessThan(0)
  })

  it('a module from serve.yml logs in and meets its expectation; debug=true returns the probe log', async () => {
    const yaml = [
      'modules:',
      '  submission:',
      '    protocols: [smtp]',
      `    port: ${f.smtp.port}`,
      '    security: starttls',
      `    user: ${FIXTURE_USER}`,
      '    password_env: MAILDOCTOR_SUBMISSION_PW',
      '    expect: { smtp: ok }',
    ].join('\n')
    const { parseModules } = await import('../src/serve/modules.js')
    const modules = await parseModules(yaml, { MAILDOCTOR_SUBMISSION_PW: PASSWORD }, [])
    const own = await startTestServe(f, { modules })
    try {
      const families = await parseProm((await call(own, `/probe?target=${MAIL_HOST}&module=submission`)).text)
      expect(sample(families, 'probe_success')).toBe('1')
      expect(sample(families, 'maildoctor_expectation_met', { expectation: 'smtp' })).toBe('1')
      const debug = await call(own, `/probe?target=${MAIL_HOST}&module=submission&debug=true`)
      expect(debug.text).toMatch(/^Logs for the probe:/)
      expect(debug.text).toMatch(/SMTP mail\.maildoctor\.test:\d+ starttls: ok/)
      expect(debug.text).toMatch(/C: AUTH PLAIN/)
      expect(debug.text).toMatch(/Metrics that would have been returned:\n[\s\S]*probe_success 1/)
      expect((await call(own, '/probe?target=x.test&module=nope')).status).toBe(400)
      expect((await call(own, '/probe?module=submission')).status).toBe(400)
      bodies.push(...own.logs)
    } finally {
      await own.close(1000)
    }
    await expect(parseModules('modules:\n  a:\n    port: 70000\n', {}, [])).rejects.toMatchObject({ line: 3 })
    await expect(
      parseModules('modules:\n  a:\n    password_env: HOME\n    user: x\n', { HOME: '/root' }, []),
    ).rejects.toThrow(/MAILDOCTOR_/)
  })

  it('/metrics counts requests and checks', async () => {
    const families = await parseProm((await call(serve, '/metrics')).text)
    expect(Number(sample(families, 'maildoctor_serve_checks_total', { kind: 'probe' }))).toBeGreaterThanOrEqual(2)
    expect(Number(sample(families, 'maildoctor_serve_checks_total', { kind: 'api' }))).toBeGreaterThanOrEqual(2)
    expect(
      Number(sample(families, 'maildoctor_serve_requests_total', { route: 'GET /probe', code: '200' })),
    ).toBeGreaterThanOrEqual(2)
    expect(sample(families, 'maildoctor_serve_checks_in_progress')).toBe('0')
  })
})

describe('security rules', () => {
  it('a Host header other than the listen address is refused (DNS rebinding): 403', async () => {
    expect(await rawGet(serve.url + '/', { Host: 'evil.example' })).toBe(403)
    expect(await rawGet(serve.url + '/', { Host: `evil.example:${serve.port}` })).toBe(403)
    expect(await rawGet(serve.url + '/metrics', { Host: `localhost:${serve.port + 1}` })).toBe(403)
    expect(await rawGet(serve.url + '/', { Host: `localhost:${serve.port}` })).toBe(200)
    // Listening on every interface, the machine's own addresses and name are its names; others are not.
    const { hostAllowed, listenNames } = await import('../src/serve/guards.js')
    const wildcard = { port: 8025, own: listenNames('0.0.0.0'), extra: new Set<string>() }
    expect(
      [`${hostname()}:8025`, '127.0.0.1:8025', 'evil.example:8025', '127.0.0.1:8026'].map((h) =>
        hostAllowed(wildcard, h),
      ),
    ).toEqual([true, true, false, false])
    const named = await startTestServe(f, { publicNames: ['maildoctor.example.org'] })
    try {
      expect(await rawGet(named.url + '/', { Host: 'maildoctor.example.org' })).toBe(200)
    } finally {
      await named.close(1000)
    }
  })

  it('a cross-origin POST, or one without Origin, is refused: 403; a bearer token needs no Origin', async () => {
    const body = JSON.stringify({ host: MAIL_HOST, port: f.imap.port, protocols: ['imap'] })
    const json = { 'Content-Type': 'application/json' }
    expect(
      (await call(serve, '/api/check', { method: 'POST', headers: { ...json, Origin: 'http://evil.example' }, body }))
        .status,
    ).toBe(403)
    expect((await call(serve, '/api/check', { method: 'POST', headers: json, body, origin: false })).status).toBe(403)
    expect(
      (await call(serve, '/check', { method: 'POST', headers: { Origin: 'null' }, body: 'address=x%40y.it' })).status,
    ).toBe(403)
    const token = `tok-${randomUUID()}`
    const guarded = await startTestServe(f, { token })
    try {
      expect((await call(guarded, '/api/check', { method: 'POST', headers: json, body, origin: false })).status).toBe(
        401,
      )
      expect(
        (
          await call(guarded, '/api/check', {
            method: 'POST',
            headers: { ...json, Authorization: `Bearer ${token}` },
            body,
            origin: false,
          })
        ).status,
      ).toBe(200)
      expect((await call(guarded, '/probe?target=127.0.0.1&module=imaps')).status).toBe(401)
      expect(
        (await call(guarded, '/probe?target=127.0.0.1&module=imaps', { headers: { Authorization: `Bearer ${token}` } }))
          .status,
      ).toBe(200)
      const page = await fetch(guarded.url + '/', { redirect: 'manual' })
      expect([page.status, page.headers.get('location')]).toEqual([303, '/login'])
      const login = await fetch(guarded.url + '/login', {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: guarded.url, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `token=${token}`,
      })
      const cookie = login.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/HttpOnly; SameSite=Strict/)
      expect((await fetch(guarded.url + '/', { headers: { Cookie: cookie.split(';')[0] } })).status).toBe(200)
      // A cookie is not a bearer header: a cross-origin POST carrying it is still refused.
      expect(
        (
          await call(guarded, '/api/check', {
            method: 'POST',
            headers: { ...json, Cookie: cookie.split(';')[0], Origin: 'http://evil.example' },
            body,
          })
        ).status,
      ).toBe(403)
    } finally {
      await guarded.close(1000)
    }
  })

  it('listening beyond loopback without a token is refused at start (exit 2)', async () => {
    for (const listen of ['0.0.0.0:0', '[::]:0', '192.0.2.10:8025']) {
      const r = await runCli(['serve', '--listen', listen])
      expect(r.code, listen).toBe(2)
      expect(r.stderr).toMatch(/--token-env/)
    }
    expect((await runCli(['serve', '--listen', 'nonsense'])).code).toBe(2)
    expect((await runCli(['serve', '--listen', '0.0.0.0:0', '--token-env', 'MAILDOCTOR_UNSET_TOKEN'])).stderr).toMatch(
      /not set/,
    )
  })

  it('serve.yml mistakes are refused at start with their line (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-serve-'))
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['modules:\n  a:\n    protocols: [ftp]\n', {}, /serve\.yml line 3: module a: protocols/],
      ['modules:\n  a:\n    user: x\n    password_env: MAILDOCTOR_UNSET\n', {}, /line 4: .*not set/],
      ['modules:\n  a:\n    expect: { imap: maybe }\n', {}, /line 3: module a: imap: must be ok, disabled or fail/],
      ['targets: []\n', {}, /line 1: expected "modules:"/],
    ]
    for (const [text, env, message] of cases) {
      const file = join(dir, 'serve.yml')
      writeFileSync(file, text)
      const r = await runCli(['serve', '--config', file, '--listen', '127.0.0.1:0'], { env })
      expect(r.code, text).toBe(2)
      expect(r.stderr).toMatch(message)
    }
  })

  it('loopback, private, link-local and metadata targets are refused without --allow-private', async () => {
    const strict = await startTestServe(f, { allowPrivate: false })
    try {
      for (const host of [
        '127.0.0.1',
        '10.1.2.3',
        '192.168.1.1',
        '169.254.169.254',
        '::1',
        '::ffff:127.0.0.1',
        'metadata.example.com',
        MAIL_HOST,
      ]) {
        const r = await postJson(strict, { host, port: f.imap.port, protocols: ['imap'] })
        expect(r.status, host).toBe(403)
        expect(JSON.parse(r.text).error).toMatch(/loopback, private or link-local/)
      }
      // Servers found by discovery are judged too, before any connection.
      const accepted = f.imap.accepted
      const discovered = await postJson(strict, { address: FIXTURE_USER, protocols: ['imap'] })
      expect(discovered.status).toBe(403)
      const streamed = await postJson(
        strict,
        { address: FIXTURE_USER, protocols: ['imap'] },
        { Accept: 'text/event-stream' },
      )
      expect(streamed.text).toMatch(/event: error\ndata: .*"status":403/)
      expect(f.imap.accepted).toBe(accepted)
      expect((await call(strict, `/probe?target=127.0.0.1&module=imaps`)).status).toBe(403)
      // The form without JavaScript gets its page back, with the reason and the address kept.
      const fields = { address: FIXTURE_USER, host: '10.0.0.1', port: String(f.imap.port), protocols: 'imap' }
      const form = new URLSearchParams(fields)
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded' }
      const page = await call(strict, '/check', { method: 'POST', headers, body: form.toString() })
      expect(page.status).toBe(403)
      expect(page.text).toMatch(
        /<p id="error" class="error">[^<]*10\.0\.0\.1 is a loopback, private or link-local address/,
      )
      expect(page.text).toContain(`value="${FIXTURE_USER}"`)
    } finally {
      await strict.close(1000)
    }
  })

  it('discovery fetches no autoconfig file from a private address without --allow-private', async () => {
    const auto = await startAutoconfigServer(
      { 'auto.test': [{ protocol: 'imap', host: MAIL_HOST, port: f.imap.port, security: 'tls' }] },
      { plainHttp: true },
    )
    const port = new URL(auto.url.replace('{domain}', 'x')).port
    const check = {
      timeout: '1',
      timeoutMs: 1000,
      dnsServer: f.dns.address,
      ca: [testCaPem()],
      autoconfigUrls: [`http://autoconfig.{domain}:${port}/mail/config-v1.1.xml?domain={domain}`],
    }
    // The guesses (imap.auto.test on 993 and 143) do not exist: they end at the DNS stage.
    const mailPorts = [...f.ports, 993, 143]
    const strict = await startTestServe(f, { allowPrivate: false, check, mailPorts })
    const open = await startTestServe(f, { allowPrivate: true, check, mailPorts })
    try {
      const body = { address: 'mario@auto.test', protocols: ['imap'] }
      expect((await postJson(strict, body)).status).toBe(200)
      expect(auto.requests).toEqual([])
      // The same request where private addresses are allowed does fetch it.
      expect((await postJson(open, body)).status).toBe(200)
      expect(auto.requests.length).toBe(1)
    } finally {
      await Promise.all([strict.close(1000), open.close(1000), auto.close()])
    }
  })

  it('only mail ports: 422', async () => {
    const r = await postJson(serve, { host: MAIL_HOST, port: 6379, protocols: ['imap'] })
    expect(r.status).toBe(422)
    expect(JSON.parse(r.text).error).toMatch(/port 6379 is not a mail port/)
  })

  it('a body over 1 MiB is refused: 413', async () => {
    const big = JSON.stringify({ address: FIXTURE_USER, user: 'x'.repeat(1024 * 1024 + 10) })
    const r = await call(serve, '/api/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    })
    expect(r.status).toBe(413)
    // Without a Content-Length (chunked), the cap holds while reading.
    const chunked = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode('x'.repeat(100 * 1024)))
        c.close()
      },
    })
    const res = await fetch(serve.url + '/api/check', {
      method: 'POST',
      headers: { Origin: serve.url },
      body: chunked,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
  })

  it('per-client rate limit on /api/check (429), none on /probe', async () => {
    const limited = await startTestServe(f, { ratePerMinute: 3 })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await postJson(limited, { host: MAIL_HOST, port: 99999 })).status)
      expect(statuses).toEqual([422, 422, 422, 429])
      const probes = await Promise.all(
        [1, 2, 3, 4, 5].map(() => call(limited, `/probe?target=${MAIL_HOST}&module=imaps`)),
      )
      expect(probes.map((p) => p.status)).toEqual([200, 200, 200, 200, 200])
    } finally {
      await limited.close(1000)
    }
  })

  it('a global limit on checks at once: two checks of a slow server run one after the other', async () => {
    const slow = await startScriptedServer({ protocol: 'imap', tls: 'implicit', greetingDelayMs: 700 })
    const check = { timeout: '2', timeoutMs: 2000, dnsServer: f.dns.address, ca: [testCaPem()] }
    const one = await startTestServe(f, { maxChecks: 1, mailPorts: [...f.ports, slow.port], check })
    try {
      const body = { host: '127.0.0.1', port: slow.port, protocols: ['imap'], security: 'tls' }
      const started = performance.now()
      const answers = await Promise.all([postJson(one, body), postJson(one, body)])
      expect(answers.map((a) => a.status)).toEqual([200, 200])
      // Each check waits 700 ms for the greeting: one after the other, they take twice that.
      expect(performance.now() - started).toBeGreaterThanOrEqual(1400)
      expect(slow.accepted).toBe(2)
    } finally {
      await one.close(1000)
      await slow.close()
    }
  })

  it('the page sets a strict Content-Security-Policy and has no inline script', async () => {
    const r = await call(serve, '/')
    const csp = r.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'none'/)
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
    expect(r.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(r.text).not.toMatch(/\sstyle=|<style|\son[a-z]+=/)
    expect(r.text).toMatch(/<form id="check-form" method="post" action="\/check"/)
    expect(r.text).toMatch(/<meta name="viewport"/)
  })

  it('Italian or English from Accept-Language, switchable with ?lang=', async () => {
    const page = async (headers: Record<string, string>, path = '/') => (await call(serve, path, { headers })).text
    expect(await page({ 'Accept-Language': 'it-IT,it;q=0.9,en;q=0.8' })).toMatch(
      /<html lang="it">[\s\S]*Indirizzo email/,
    )
    expect(await page({ 'Accept-Language': 'en-GB,en;q=0.9' })).toMatch(/<html lang="en">[\s\S]*Email address/)
    expect(await page({ 'Accept-Language': 'de-DE,it;q=0.5' })).toMatch(/<html lang="it">/)
    expect(await page({ 'Accept-Language': 'it-IT' }, '/?lang=en')).toMatch(/<html lang="en">/)
  })

  it('the canary password is in no response, no stream and no log line', async () => {
    // A wrong password too, so the server's refusal is in the report.
    const canary = `Canary-${randomUUID()}`
    await postJson(serve, { address: FIXTURE_USER, password: canary, protocols: ['imap', 'smtp'] })
    await postJson(
      serve,
      { address: FIXTURE_USER, password: canary, protocols: ['imap', 'smtp'] },
      { Accept: 'text/event-stream' },
    )
    await call(serve, '/api/check?view=html', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ address: FIXTURE_USER, password: canary }),
    })
    const form = new URLSearchParams({ address: FIXTURE_USER, password: canary, protocols: 'imap', lang: 'en' })
    const page = await call(serve, '/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    })
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/id="verdict-receive" class="fail"/)
    // Refusals and validation errors do not echo it either.
    await postJson(serve, { host: MAIL_HOST, port: 6379, password: canary, user: 'x' })
    await postJson(serve, { host: MAIL_HOST, password: canary, colour: canary.length })
    const texts = [...bodies, ...serve.logs]
    expect(serve.logs.length).toBeGreaterThanOrEqual(6)
    // The fixture password is also a secret of every test above.
    for (const secret of [canary, PASSWORD]) {
      for (const form of canaryForms(secret, FIXTURE_USER))
        for (const t of texts) expect(t.includes(form), `${form} in ${t.slice(0, 200)}`).toBe(false)
    }
  })
})

describe('graceful shutdown', () => {
  it('SIGTERM: running checks finish and are answered, then the process exits 0', async () => {
    const slow = await startScriptedServer({ protocol: 'imap', tls: 'implicit', greetingDelayMs: 600 })
    const child = spawn(
      process.execPath,
      [
        join(PACKAGE_ROOT, 'bin', 'maildoctor.js'),
        'serve',
        '--listen',
        '127.0.0.1:0',
        '--allow-private',
        '--mail-ports',
        String(slow.port),
        '--ca',
        join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt'),
        '--timeout',
        '2',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', () => {
          const m = /listening on (http:\/\/\S+)/.exec(stderr)
          if (m) resolve(m[1])
        })
        child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)))
      })
      const pending = fetch(url + '/api/check', {
        method: 'POST',
        headers: { Origin: url, 'Content-Type': 'application/json' },
        body: JSON.stringify({ host: '127.0.0.1', port: slow.port, protocols: ['imap'], security: 'tls' }),
      })
      await new Promise((r) => setTimeout(r, 250))
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      child.kill('SIGTERM')
      const answer = await pending
      expect(answer.status).toBe(200)
      expect(JSON.parse(await answer.text()).verdict.receive.status).toBe('ok')
      expect(await exited).toBe(0)
      expect(stderr).toMatch(/SIGTERM, finishing running checks[\s\S]*stopped/)
      await expect(fetch(url + '/')).rejects.toThrow()
    } finally {
      child.kill('SIGKILL')
      await slow.close()
    }
  })
})
