// Send-to-receive: submit a test message over SMTP to the account itself, wait until it appears
// over IMAP, report the delivery time, and delete it.
import { randomUUID } from 'node:crypto'
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
  const smtp = working.find((e) => e.endpoint.protocol === 'smtp' && e.endpoint.port !== 25)?.endpoint
  const imap = working.find((e) => e.endpoint.protocol === 'imap')?.endpoint
  if (!smtp || !imap) return undefined
  const token = `maildoctor-roundtrip-${randomUUID()}`
  const tls = { secureContext: trustContext(req.options.ca), rejectUnauthorized: true }
  const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection/index.js')
  const conn = new SMTPConnection({ host: smtp.host, port: smtp.port, secure: smtp.security === 'tls', requireTLS: smtp.security === 'starttls', tls, name: 'maildoctor.invalid', connectionTimeout: req.options.timeoutMs, logger: false } as ConstructorParameters<typeof SMTPConnection>[0])
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
  const client = new ImapFlow({ host: imap.host, port: imap.port, secure: imap.security === 'tls', doSTARTTLS: imap.security === 'starttls' ? true : undefined, auth: { user: req.credentials.user, pass: req.credentials.password }, tls, logger: false } as ConstructorParameters<typeof ImapFlow>[0])
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
