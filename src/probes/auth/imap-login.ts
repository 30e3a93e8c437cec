// IMAP login with imapflow, on a connection of its own, then the INBOX and its quota.
import type { Evidence, Facts } from '../../model/types.js'
import type { Credentials, MailboxHandle, ProbeContext, ProbeOutcome } from '../probe.js'
import { fail, pass, warn } from '../probe.js'
import { authTarget, connectionLost, refusal, scrub } from './auth-context.js'
import { quotaEvidence } from './quota.js'

interface ImapError extends Error {
  code?: string
  response?: string
  responseStatus?: string
  serverResponseCode?: string
  responseText?: string
  authenticationFailed?: boolean
}

export async function imapLogin(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const { ImapFlow } = await import('imapflow')
  const t = authTarget(ctx)
  const client = new ImapFlow({
    host: t.address,
    port: t.port,
    secure: ctx.endpoint.security === 'tls',
    doSTARTTLS: ctx.endpoint.security === 'starttls' ? true : ctx.endpoint.security === 'plain' ? false : undefined,
    servername: t.servername,
    auth: { user: creds.user, pass: creds.password },
    tls: t.tls,
    logger: false,
    connectionTimeout: t.timeoutMs,
    greetingTimeout: t.timeoutMs,
    socketTimeout: t.timeoutMs * 2,
    disableAutoIdle: true,
    emitLogs: false,
  } as ConstructorParameters<typeof ImapFlow>[0])
  client.on('error', () => {})
  const alerts: string[] = []
  client.on('alert', (a: { message?: string; code?: string }) => alerts.push(`* NO [${a.code ?? 'ALERT'}] ${a.message ?? ''}`))
  ctx.session.onClose(() => void client.close())
  try {
    await client.connect()
  } catch (err) {
    const e = err as ImapError
    const text = scrub(describe(e, alerts), creds.password)
    // A tagged NO/BAD or a BYE is the server speaking; anything else is the connection failing.
    const spoke = e.authenticationFailed || e.responseStatus || e.response || alerts.length || /login is disabled/i.test(e.message)
    if (!spoke) return fail([connectionLost('imapflow', text, e.code)])
    return fail([refusal('imapflow', text, e.code ?? e.serverResponseCode, 'LOGIN')])
  }
  const handle: MailboxHandle = { inspect: () => inspectInbox(client), close: () => client.logout().catch(() => undefined) }
  ctx.state.mailbox = handle
  return pass({ 'auth.user': creds.user })
}

// The server's words with their codes, so the classifier can read them: "NO [CODE] text".
function describe(e: ImapError, alerts: string[]): string {
  const reply = e.response
    ? e.response
    : e.responseText
      ? `${e.responseStatus ?? 'NO'} ${e.serverResponseCode ? `[${e.serverResponseCode}] ` : ''}${e.responseText}`
      : `${e.code ? e.code + ': ' : ''}${e.message}`
  // An untagged alert often repeats the tagged refusal; keep it only when it adds something.
  const extra = alerts.filter((a) => !reply.includes(a.replace(/^\* NO \[[^\]]*\]\s*/, '')))
  return [...extra, reply].join('\n')
}

async function inspectInbox(client: import('imapflow').ImapFlow): Promise<ProbeOutcome> {
  const facts: Facts = {}
  const evidence: Evidence[] = []
  try {
    const status = await client.status('INBOX', { messages: true })
    facts['inbox.messages'] = (status && status.messages) || 0
  } catch (err) {
    return warn(facts, [refusal('imapflow', (err as ImapError).response ?? (err as Error).message, undefined, 'STATUS')])
  }
  if (client.capabilities.has('QUOTA')) {
    const quota = await client.getQuota('INBOX').catch(() => false as const)
    const storage = quota && quota.storage
    if (storage && storage.limit) {
      facts['quota.usedBytes'] = storage.usage ?? 0
      facts['quota.limitBytes'] = storage.limit
      evidence.push(...quotaEvidence(storage.usage ?? 0, storage.limit))
    }
  }
  await client.logout().catch(() => undefined)
  return verdict(facts, evidence)
}

export function verdict(facts: Facts, evidence: Evidence[]): ProbeOutcome {
  if (evidence.some((e) => e.code === 'MAILBOX_FULL')) return fail(evidence, facts)
  return evidence.length ? warn(facts, evidence) : pass(facts)
}
