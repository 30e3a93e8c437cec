// Send-to-receive: submit a test message over SMTP (nodemailer) to the account itself, wait until
// it appears in the INBOX over IMAP (imapflow) or, for a POP-only account, over POP3 (node-pop3),
// report the delivery time, and delete it.
import { randomUUID } from 'node:crypto'
import { isIP } from 'node:net'
import type { ConnectionOptions } from 'node:tls'
import type { CheckResult, EndpointResult, EndpointSpec, Protocol } from '../model/types.js'
import { xoauth2Message } from '../probes/auth/sasl.js'
import type { Credentials } from '../probes/probe.js'
import { Scrubber } from '../probes/secrets.js'
import { bounded } from '../probes/resolve.js'
import { trustContext } from '../probes/trust.js'
import type { RunOptions } from '../run/run-check.js'
import { rankEndpoints } from '../diagnose/working.js'

export interface RoundtripRequest {
  address: string
  credentials: Credentials
  options: Pick<RunOptions, 'ca' | 'timeoutMs'>
  timeoutMs: number
}

/** Where to connect: the address the probes used (their resolver), the name to verify. */
interface RoundTripEndpoint extends EndpointSpec {
  address: string
  servername?: string
  tls: ConnectionOptions
}

/** Looks for the message with `token` in its subject until `deadline`; deletes it when found. */
type Receiver = (target: RoundTripEndpoint, req: RoundtripRequest, token: string, deadline: number) => Promise<boolean>

const POLL_MS = 250

/** Which working endpoint can receive, in order of preference, and how. node-pop3 has no STLS. */
const RECEIVERS: Array<{
  protocol: Protocol
  usable: (e: EndpointSpec, c: Credentials) => boolean
  receive: Receiver
}> = [
  { protocol: 'imap', usable: () => true, receive: receiveImap },
  // node-pop3 knows no token mechanism either.
  { protocol: 'pop3', usable: (e, c) => e.security === 'tls' && c.token === undefined, receive: receivePop3 },
]

/** The login as the libraries take it: a password, or an OAuth token (XOAUTH2). */
const imapAuth = (c: Credentials) =>
  c.token !== undefined ? { user: c.user, accessToken: c.token } : { user: c.user, pass: c.password }
const smtpAuth = (c: Credentials) =>
  c.token !== undefined
    ? {
        user: c.user,
        oauth2: {
          getToken: (_retry: boolean, done: (err: Error | null, token?: string) => void) => done(null, c.token),
          buildXOAuth2Token: (token: string) => Buffer.from(xoauth2Message(c.user, token), 'utf8').toString('base64'),
        },
      }
    : { user: c.user, pass: c.password }

/** Seconds from submission to the message in INBOX, or what kept it from getting there. */
export interface RoundtripOutcome {
  seconds?: number
  problem?: string
}

/** The whole round trip, submission included, ends by `req.timeoutMs`. */
export async function roundtrip(result: CheckResult, req: RoundtripRequest): Promise<RoundtripOutcome> {
  // Only where the check's own login passed: never a server whose login was skipped (a foreign
  // domain's suggestion, no password) or failed, so the password goes nowhere the check refused.
  const loggedIn = (e: EndpointResult) => e.stages.some((s) => s.stage === 'auth' && s.status === 'pass')
  const working = rankEndpoints(
    result.endpoints.filter(
      (e) => (e.status === 'ok' || e.status === 'warn') && e.endpoint.security !== 'plain' && loggedIn(e),
    ),
  )
  const smtpResult = working.find((e) => e.endpoint.protocol === 'smtp' && e.endpoint.port !== 25)
  const receiver = RECEIVERS.map((r) => ({
    ...r,
    found: working.find((e) => e.endpoint.protocol === r.protocol && r.usable(e.endpoint, req.credentials)),
  })).find((r) => r.found)
  if (!smtpResult || !receiver?.found) return { problem: 'no working way to send and receive' }
  const token = `maildoctor-roundtrip-${randomUUID()}`
  const sent = performance.now()
  const deadline = sent + req.timeoutMs
  const problem = await submit(targetOf(smtpResult, req), req, token, deadline)
  if (problem) return { problem }
  // The receiver polls until the deadline; a server that stops answering does not hold it longer.
  const receiving = receiver.receive(targetOf(receiver.found, req), req, token, deadline)
  const found = await bounded(
    receiving,
    { timeoutMs: Math.max(1, deadline - performance.now()) + 1000 },
    () => {},
  ).catch(() => false)
  return found
    ? { seconds: (performance.now() - sent) / 1000 }
    : { problem: `not in the mailbox after ${req.timeoutMs / 1000} s` }
}

function targetOf(r: EndpointResult, req: RoundtripRequest): RoundTripEndpoint {
  const address =
    r.stages.map((s) => s.facts['tcp.address']).find((a): a is string => typeof a === 'string') ?? r.endpoint.host
  const servername = isIP(r.endpoint.host) ? undefined : r.endpoint.host
  return {
    ...r.endpoint,
    address,
    servername,
    tls: { secureContext: trustContext(req.options.ca), rejectUnauthorized: true, servername },
  }
}

/** Steps of a submission, in the words the report uses when one gets no answer. */
const SUBMIT_STEPS = {
  connect: 'the greeting',
  login: 'the login',
  send: 'the message (MAIL FROM, RCPT TO, DATA)',
} as const

/** Undefined when the message was accepted; else why not. Each step gets the time that is left. */
async function submit(
  smtp: RoundTripEndpoint,
  req: RoundtripRequest,
  token: string,
  deadline: number,
): Promise<string | undefined> {
  const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection/index.js')
  const left = () => Math.max(1, deadline - performance.now())
  // nodemailer's own socket timeout is 10 minutes: the round trip's limit has to be ours.
  const conn = new SMTPConnection({
    host: smtp.address,
    servername: smtp.servername,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    tls: smtp.tls,
    name: 'maildoctor.invalid',
    connectionTimeout: Math.min(req.options.timeoutMs, left()),
    greetingTimeout: left(),
    socketTimeout: left(),
    logger: false,
  } as ConstructorParameters<typeof SMTPConnection>[0])
  conn.on('error', () => {})
  const message = [
    `From: <${req.address}>`,
    `To: <${req.address}>`,
    `Subject: ${token}`,
    `Message-ID: <${token}@maildoctor.invalid>`,
    `Date: ${new Date().toUTCString()}`,
    '',
    'maildoctor round-trip test; it deletes itself.',
    '',
  ].join('\r\n')
  let step: keyof typeof SUBMIT_STEPS = 'connect'
  const within = <T>(work: Promise<T>) => bounded(work, { timeoutMs: left() }, () => conn.close())
  try {
    await within(
      new Promise<void>((resolve, reject) => {
        conn.once('error', reject)
        conn.connect(() => resolve())
      }),
    )
    step = 'login'
    await within(
      new Promise<void>((resolve, reject) =>
        conn.login(smtpAuth(req.credentials) as Parameters<typeof conn.login>[0], (err) =>
          err ? reject(err) : resolve(),
        ),
      ),
    )
    step = 'send'
    await within(
      new Promise<void>((resolve, reject) =>
        conn.send({ from: req.address, to: [req.address] }, message, (err) => (err ? reject(err) : resolve())),
      ),
    )
    conn.quit()
    return undefined
  } catch (err) {
    conn.close()
    const e = err as NodeJS.ErrnoException & { response?: string }
    const where = `SMTP ${smtp.host}:${smtp.port}`
    if (e.code === 'ETIMEOUT' || e.code === 'ETIMEDOUT')
      return `${where}: no answer to ${SUBMIT_STEPS[step]} within ${req.timeoutMs / 1000} s`
    const answer = new Scrubber([req.credentials]).scrub(e.response ?? e.code ?? 'error')
    return `${where}: ${SUBMIT_STEPS[step]} failed (${clipText(answer)})`
  }
}

const clipText = (text: string) => (text.length > 200 ? text.slice(0, 200) + '…' : text)

const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_MS))

async function receiveImap(
  imap: RoundTripEndpoint,
  req: RoundtripRequest,
  token: string,
  deadline: number,
): Promise<boolean> {
  const { ImapFlow } = await import('imapflow')
  const client = new ImapFlow({
    host: imap.address,
    servername: imap.servername,
    port: imap.port,
    secure: imap.security === 'tls',
    doSTARTTLS: imap.security === 'starttls' ? true : undefined,
    auth: imapAuth(req.credentials),
    tls: imap.tls,
    logger: false,
  } as ConstructorParameters<typeof ImapFlow>[0])
  client.on('error', () => {})
  try {
    await client.connect()
    const lock = await client.getMailboxLock('INBOX')
    try {
      while (performance.now() < deadline) {
        const found = await client.search({ header: { subject: token } }, { uid: true })
        if (found && found.length) {
          await client.messageDelete(found, { uid: true })
          return true
        }
        await pause()
      }
      return false
    } finally {
      lock.release()
    }
  } finally {
    await client.logout().catch(() => undefined)
  }
}

// A POP3 session sees the mailbox as it was at login: every look is a new session.
async function receivePop3(
  pop: RoundTripEndpoint,
  req: RoundtripRequest,
  token: string,
  deadline: number,
): Promise<boolean> {
  const { default: Pop3Command } = await import('node-pop3')
  while (performance.now() < deadline) {
    const pop3 = new Pop3Command({
      host: pop.address,
      port: pop.port,
      tls: true,
      servername: pop.servername,
      tlsOptions: pop.tls as import('node:tls').TlsOptions,
      timeout: req.options.timeoutMs,
      user: req.credentials.user,
      password: req.credentials.password,
    })
    pop3.on('error', () => {})
    try {
      const list = (await pop3.UIDL()) as unknown as string[][]
      // Newest last: look from the end, headers only.
      for (const [number] of [...list].reverse()) {
        const headers = String(await pop3.TOP(Number(number), 0))
        if (headers.includes(token)) {
          await pop3.command('DELE', number)
          await pop3.QUIT()
          return true
        }
      }
      await pop3.QUIT()
    } catch {
      ;(pop3 as unknown as { _socket?: { destroy(): void } })._socket?.destroy()
    }
    await pause()
  }
  return false
}
