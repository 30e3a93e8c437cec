// IMAP login over the probe's own session, which the earlier stages have already encrypted and
// whose certificate they accepted: no second connection, no second TLS handshake. Then the
// INBOX and its quota, in one round trip.
import type { Evidence, Facts } from '../../model/types.js'
import { parseCapabilities } from '../../protocol/capabilities.js'
import { wireEvidence } from '../greeting.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probe.js'
import { fail, pass, warn } from '../probe.js'
import type { Reply, Session } from '../session.js'
import { connectionLost, loginRefused, noWayIn, refusal } from './login-evidence.js'
import { quotaEvidence } from './quota.js'
import { saslAuthenticate } from './sasl-exchange.js'
import { pickMechanism } from './sasl.js'

const OK = /^\S+ OK\b/i
const NOT_CONNECTED = /^\S+ BAD .*authenticated but not connected/i

export async function imapLogin(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const caps = ctx.state.capabilities
  const mechanisms = caps?.authMechanisms ?? []
  const way = chooseWay(mechanisms, caps?.list ?? [], caps?.loginDisabled ?? false, creds)
  if (!way) {
    // RFC 3501 §6.2.3: with LOGINDISABLED the client must not send LOGIN at all. Before TLS that
    // means "encrypt first"; over TLS it means the server wants another way in (a token).
    if (!ctx.state.secure && caps?.loginDisabled)
      return fail([{ code: 'LOGIN_DISABLED_BEFORE_TLS', detail: `imap:${ctx.endpoint.port}` }], { 'auth.tried': false })
    return noWayIn(creds, mechanisms, `imap:${ctx.endpoint.port}`)
  }
  try {
    const reply =
      way.kind === 'login'
        ? { ...(await loginCommand(ctx.session, creds, way.literalPlus)), challenges: [] }
        : await saslAuthenticate(ctx.session, 'imap', way.mechanism, creds, way.initialResponse)
    if (!OK.test(reply.final)) {
      // Untagged alerts often carry the reason ("* NO [ALERT] Application-specific password required").
      const words = reply.lines.filter((l) => l === reply.final || /^\* (NO|BAD|BYE|OK \[ALERT\])/i.test(l))
      const text = ctx.session.scrub(words.join('\n'))
      return loginRefused(creds, text, reply.challenges, undefined, way.kind === 'login' ? 'LOGIN' : 'AUTHENTICATE')
    }
    // Servers list the logged-in capabilities in the tagged OK or untagged before it (Gmail).
    const after = parseCapabilities('imap', reply.lines)
    const quota = (after.list.length ? after.list : (caps?.list ?? [])).some((c) => /^QUOTA/i.test(c))
    ctx.state.mailbox = { inspect: () => inspectInbox(ctx.session, quota) }
    return pass({
      'auth.user': creds.user,
      ...(way.kind === 'login' ? { 'auth.command': 'LOGIN' } : { 'auth.mechanism': way.mechanism }),
    })
  } catch (err) {
    const lost = wireEvidence(err)
    return fail([connectionLost('maildoctor', lost.detail ?? '', lost.source?.code)])
  }
}

/** The LOGIN command, or a SASL mechanism through AUTHENTICATE. */
type Way = { kind: 'login'; literalPlus: boolean } | { kind: 'sasl'; mechanism: string; initialResponse: boolean }

// The fewest round trips first: SASL with an initial response, then LOGIN with quoted strings,
// then SASL with a challenge, then LOGIN with literals for names quoted strings cannot carry.
function chooseWay(mechanisms: string[], list: string[], loginDisabled: boolean, creds: Credentials): Way | undefined {
  const upper = list.map((c) => c.toUpperCase())
  const saslIr = upper.includes('SASL-IR')
  // A token goes only by a token mechanism: LOGIN would send it as a password.
  if (creds.token !== undefined) {
    const mechanism = pickMechanism(mechanisms, creds)
    return mechanism ? { kind: 'sasl', mechanism, initialResponse: saslIr } : undefined
  }
  const literalPlus = upper.includes('LITERAL+') || upper.includes('LITERAL-')
  if (saslIr && mechanisms.includes('PLAIN')) return { kind: 'sasl', mechanism: 'PLAIN', initialResponse: true }
  if (!loginDisabled && quotable(creds.user) && quotable(creds.password)) return { kind: 'login', literalPlus }
  const sasl = pickMechanism(mechanisms)
  if (sasl) return { kind: 'sasl', mechanism: sasl, initialResponse: saslIr }
  if (!loginDisabled) return { kind: 'login', literalPlus }
  return undefined
}

/** A quoted string holds printable 7-bit text (RFC 3501 §4.3); anything else goes as a literal. */
const quotable = (s: string) => /^[\x20-\x7e]*$/.test(s)
const quote = (s: string) => `"${s.replace(/[\\"]/g, (c) => '\\' + c)}"`

async function loginCommand(session: Session, creds: Credentials, literalPlus: boolean): Promise<Reply> {
  if (quotable(creds.user) && quotable(creds.password)) {
    return session.command(`LOGIN ${quote(creds.user)} ${quote(creds.password)}`, {
      shown: `LOGIN ${quote(creds.user)} ********`,
    })
  }
  // Literals: {n} waits for the server's "+" before the bytes; {n+} (LITERAL+) does not.
  const parts = [creds.user, creds.password].map((s) => ({ text: s, bytes: Buffer.byteLength(s, 'utf8') }))
  const marker = (n: number) => (literalPlus ? `{${n}+}` : `{${n}}`)
  if (literalPlus) {
    const line = `LOGIN ${marker(parts[0].bytes)}\r\n${parts[0].text} ${marker(parts[1].bytes)}\r\n${parts[1].text}`
    return session.command(line, { shown: `LOGIN {${parts[0].bytes}+} ${creds.user} {${parts[1].bytes}+} ********` })
  }
  let reply = await session.command(`LOGIN ${marker(parts[0].bytes)}`)
  if (reply.final.startsWith('+'))
    reply = await session.continueWith(
      `${parts[0].text} ${marker(parts[1].bytes)}`,
      `${creds.user} {${parts[1].bytes}}`,
    )
  if (reply.final.startsWith('+')) reply = await session.continueWith(parts[1].text, '********')
  return reply
}

/** STATUS and GETQUOTAROOT in one flight, LOGOUT behind them (nobody waits for its answer). */
async function inspectInbox(session: Session, quota: boolean): Promise<ProbeOutcome> {
  const facts: Facts = {}
  const evidence: Evidence[] = []
  const [status, quotaReply] = session.pipeline([
    { command: 'STATUS INBOX (MESSAGES)' },
    ...(quota ? [{ command: 'GETQUOTAROOT INBOX' }] : []),
    { command: 'LOGOUT' },
  ])
  try {
    const s = await status
    // Office 365 answers LOGIN "OK" for a password or mailbox it cannot serve, then this.
    if (NOT_CONNECTED.test(s.final))
      return fail(
        [{ ...refusal('maildoctor', session.scrub(s.final), undefined, 'STATUS'), code: 'AUTH_NOT_CONNECTED' }],
        facts,
      )
    if (!OK.test(s.final)) return warn(facts, [refusal('maildoctor', session.scrub(s.final), undefined, 'STATUS')])
    const messages = s.lines.map((l) => /^\* STATUS .*\(.*MESSAGES (\d+)/i.exec(l)?.[1]).find(Boolean)
    facts['inbox.messages'] = Number(messages ?? 0)
    if (quota) {
      const q = await quotaReply
      // "* QUOTA "" (STORAGE 950000 1000000)": kilobytes (RFC 2087).
      const storage = q.lines.map((l) => /^\* QUOTA .*\(.*STORAGE (\d+) (\d+)/i.exec(l)).find(Boolean)
      if (storage && Number(storage[2])) {
        const used = Number(storage[1]) * 1024
        const limit = Number(storage[2]) * 1024
        facts['quota.usedBytes'] = used
        facts['quota.limitBytes'] = limit
        evidence.push(...quotaEvidence(used, limit))
      }
    }
  } catch (err) {
    return warn(facts, [{ ...wireEvidence(err), code: 'MAILBOX_TIMEOUT' }])
  }
  return verdict(facts, evidence)
}

export function verdict(facts: Facts, evidence: Evidence[]): ProbeOutcome {
  if (evidence.some((e) => e.code === 'MAILBOX_FULL')) return fail(evidence, facts)
  return evidence.length ? warn(facts, evidence) : pass(facts)
}
