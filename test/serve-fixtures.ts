// The servers the serve tests check: a fixture domain (maildoctor.test) whose SRV records point at
// an IMAPS and a submission server on loopback, one IMAPS server with an expired certificate, and
// `maildoctor serve` itself, in-process, on 127.0.0.1 port 0.
import { testCaPem } from '../fixtures/servers/certs.js'
import { startDnsServer, type RunningDns } from '../fixtures/servers/dns-server.js'
import { FIXTURE_USER, startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { startSmtpFixture, type RunningSmtp } from '../fixtures/servers/smtp-fixture.js'
import { DEFAULT_MODULES, type ProbeModule } from '../src/serve/modules.js'
import { startServe, type RunningServe, type ServeSettings } from '../src/serve/server.js'

const DOMAIN = 'maildoctor.test'
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

export { FIXTURE_USER }
