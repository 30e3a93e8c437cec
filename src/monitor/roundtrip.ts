// Send-to-receive: submit a test message over SMTP to the account itself, wait until it appears
// over IMAP, report the delivery time, and delete it.
import { randomUUID } from 'node:crypto'
import { isIP } from 'node:net'
import type { CheckResult } from '../model/types.js'
import type { Credentials } from '../probes/probe.js'
import { trustContext } from '../probes/trust.js'
import type { RunOptions } from '../run/run-check.js'
import { rankEndpoints } from '../diagnose/working.js'

export interface RoundtripRequest {
  address: string
  credentials: Credentials
  options: Pick<RunOptions, 'ca' | 'timeoutMs'>
  timeoutMs: number
}

/** Seconds from submission to the message in INBOX; undefined when it did not arrive in time. */
export async function roundtrip(result: CheckResult, req: RoundtripRequest): Promise<number | undefined> {
  const working = rankEndpoints(result.endpoints.filter((e) => (e.status === 'ok' || e.status === 'warn') && e.endpoint.security !== 'plain'))
  const smtpResult = working.find((e) => e.endpoint.protocol === 'smtp' && e.endpoint.port !== 25)
  const imapResult = working.find((e) => e.endpoint.protocol === 'imap')
  if (!smtpResult || !imapResult) return undefined
  // Connect where the probes connected (their resolver, --dns-server included); verify the name.
  const target = (r: typeof smtpResult) => {
    const address = r.stages.map((s) => s.facts['tcp.address']).find((a): a is string => typeof a === 'string') ?? r.endpoint.host
    return { ...r.endpoint, address, servername: isIP(r.endpoint.host) ? undefined : r.endpoint.host }
  }
  const smtp = target(smtpResult)
  const imap = target(imapResult)
  const token = `maildoctor-roundtrip-${randomUUID()}`
  const tlsFor = (servername?: string) => ({ secureContext: trustContext(req.options.ca), rejectUnauthorized: true, servername })
  const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection/index.js')
  const conn = new SMTPConnection({ host: smtp.address, servername: smtp.servername, port: smtp.port, secure: smtp.security === 'tls', requireTLS: smtp.security === 'starttls', tls: tlsFor(smtp.servername), name: 'maildoctor.invalid', connectionTimeout: req.options.timeoutMs, logger: false } as ConstructorParameters<typeof SMTPConnection>[0])
  conn.on('error', () => {})
  const message = [`From: <${req.address}>`, `To: <${req.address}>`, `Subject: ${token}`, `Message-ID: <${token}@maildoctor.invalid>`, `Date: ${new Date().toUTCString()}`, '', 'maildoctor round-trip test; it deletes itself.', ''].join('\r\n')
  const sent = performance.now()
  try {
    await new Promise<void>((resolve, reject) => {
      conn.once('error', reject)
      conn.connect(() => resolve())
    })
    await new Promise<void>((resolve, reject) => conn.login({ user: req.credentials.user, pass: req.credentials.password }, (err) => (err ? reject(err) : resolve())))
    await new Promise<void>((resolve, reject) => conn.send({ from: req.address, to: [req.address] }, message, (err) => (err ? reject(err) : resolve())))
  } catch {
    return undefined
  } finally {
    conn.quit()
  }
  const { ImapFlow } = await import('imapflow')
  const client = new ImapFlow({ host: imap.address, servername: imap.servername, port: imap.port, secure: imap.security === 'tls', doSTARTTLS: imap.security === 'starttls' ? true : undefined, auth: { user: req.credentials.user, pass: req.credentials.password }, tls: tlsFor(imap.servername), logger: false } as ConstructorParameters<typeof ImapFlow>[0])
  client.on('error', () => {})
  try {
    await client.connect()
    const lock = await client.getMailboxLock('INBOX')
    try {
      const deadline = sent + req.timeoutMs
      while (performance.now() < deadline) {
        const found = await client.search({ header: { subject: token } }, { uid: true })
        if (found && found.length) {
          const seconds = (performance.now() - sent) / 1000
          await client.messageDelete(found, { uid: true })
          return seconds
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      return undefined
    } finally {
      lock.release()
    }
  } catch {
    return undefined
  } finally {
    await client.logout().catch(() => undefined)
  }
}
