// The servers the serve tests check: a fixture domain (maildoctor.test) whose SRV records point at
// an IMAPS and a submission server on loopback, one IMAPS server with an expired certificate, and
// `maildoctor serve` itself, in-process, on 127.0.0.1 port 0.
import { testCaPem } from '../fixtures/servers/certs.js'
import { startDnsServer, type RunningDns } from '../fixtures/servers/dns-server.js'
import { FIXTURE_USER, startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { startSmtpFixture, type RunningSmtp } from '../fixtures/servers/smtp-fixture.js'
import { DEFAULT_MODULES, type ProbeModule } from '../src/serve/modules.js'
import { startServe, type RunningServe, type ServeSettings } from '../src/serve/server.js'

export const DOMAIN = 'maildoctor.test'
export const MAIL_HOST = 'mail.maildoctor.test'

export interface MailFixtures {
  imap: RunningServer
  smtp: RunningSmtp
  expired: RunningServer
  dns: RunningDns
  ports: number[]
  close(): Promise<void>
}

export async function startMailFixtures(password: string, opts: { imapDelayMs?: number } = {}): Promise<MailFixtures> {
  const accounts = { [FIXTURE_USER]: password }
  const imap = await startScriptedServer({
    protocol: 'imap',
    tls: 'implicit',
    accounts,
    mailbox: { messages: 3 },
    greetingDelayMs: opts.imapDelayMs,
  })
  const smtp = await startSmtpFixture({ security: 'starttls', accounts })
  const expired = await startScriptedServer({ protocol: 'imap', tls: 'implicit', cert: 'expired', accounts })
  const dns = await startDnsServer({
    [`_imaps._tcp.${DOMAIN}`]: { SRV: [{ target: MAIL_HOST, port: imap.port }] },
    [`_submission._tcp.${DOMAIN}`]: { SRV: [{ target: MAIL_HOST, port: smtp.port }] },
    [DOMAIN]: { MX: [{ exchange: MAIL_HOST, priority: 10 }] },
    [MAIL_HOST]: { A: ['127.0.0.1'] },
    // A public-looking name that leads to a cloud metadata address.
    'metadata.example.com': { A: ['169.254.169.254'] },
    // A domain whose own autoconfig host is on loopback (a request forgery into the server's network).
    'autoconfig.auto.test': { A: ['127.0.0.1'] },
  })
  return {
    imap,
    smtp,
    expired,
    dns,
    ports: [imap.port, smtp.port, expired.port],
    close: async () => void (await Promise.all([imap.close(), smtp.close(), expired.close(), dns.close()])),
  }
}

export interface ServeUnderTest extends RunningServe {
  logs: string[]
}

export async function startTestServe(f: MailFixtures, extra: Partial<ServeSettings> = {}): Promise<ServeUnderTest> {
  const logs: string[] = []
  const modules: ProbeModule[] = [
    ...DEFAULT_MODULES,
    { name: 'imaps', protocols: ['imap'], port: f.imap.port, security: 'tls', expect: { protocols: {} } },
    { name: 'imaps_expired', protocols: ['imap'], port: f.expired.port, security: 'tls', expect: { protocols: {} } },
  ]
  const server = await startServe({
    host: '127.0.0.1',
    port: 0,
    publicNames: [],
    allowPrivate: true,
    mailPorts: f.ports,
    ratePerMinute: 30,
    maxChecks: 4,
    perHost: 4,
    check: { timeout: '1', timeoutMs: 1000, dnsServer: f.dns.address, ca: [testCaPem()] },
    modules,
    log: (line) => void logs.push(line),
    ...extra,
  })
  return { ...server, logs }
}

/** The JSON report, checked for the shape of design.md §4. */
export function checkReportShape(report: Record<string, unknown>): void {
  // The JSON Schema of the report (schema/report-v1.json, validated with ajv) is added by the
  // packaging work of issue 17 (item 3): validate `report` against it here once it exists.
  const r = report as {
    schemaVersion: unknown
    tool: { name: unknown }
    endpoints: Array<Record<string, unknown>>
    findings: unknown[]
    verdict: { receive: { status: unknown }; send: { status: unknown }; primaryCause: unknown }
    summary: { ok: unknown }
  }
  const problems: string[] = []
  if (r.schemaVersion !== 1) problems.push('schemaVersion')
  if (r.tool?.name !== 'maildoctor') problems.push('tool.name')
  if (
    !Array.isArray(r.endpoints) ||
    !r.endpoints.every((e) => typeof e.protocol === 'string' && typeof e.port === 'number' && Array.isArray(e.stages))
  )
    problems.push('endpoints')
  if (!Array.isArray(r.findings)) problems.push('findings')
  for (const service of ['receive', 'send'] as const)
    if (!['ok', 'fail', 'not_checked'].includes(String(r.verdict?.[service]?.status)))
      problems.push(`verdict.${service}`)
  if (typeof r.summary?.ok !== 'boolean') problems.push('summary.ok')
  if (problems.length) throw new Error(`the report does not have the expected shape: ${problems.join(', ')}`)
}

export { FIXTURE_USER }
