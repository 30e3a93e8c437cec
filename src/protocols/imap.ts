// IMAP (RFC 3501, RFC 9051) as maildoctor speaks it: ports, greeting, capabilities, STARTTLS,
// the login (LOGIN or AUTHENTICATE) and the INBOX inspection, all behind the MailProtocol interface.
import type { Evidence, Facts } from '../model/types.js'
import { connectionLost, loginRefused, noWayIn, refusal } from '../probes/auth/login-evidence.js'
import { quotaEvidence } from '../probes/auth/quota.js'
import { saslAuthenticate } from '../probes/auth/sasl-exchange.js'
import { pickMechanism } from '../probes/auth/sasl.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probes/probe.js'
import { fail, pass, warn } from '../probes/probe.js'
import { readLine, readTagged, type Reply, type Session } from '../probes/session.js'
import { wireEvidence } from '../probes/wire-evidence.js'
import { parseCapabilityList, type CapabilityDialect } from './capabilities.js'
import { BUSY, UNAVAILABLE } from './greeting.js'
import type { MailProtocol, ReplyClass } from './types.js'

const OK = /^\S+ OK\b/i
const NOT_CONNECTED = /^\S+ BAD .*authenticated but not connected/i
/** RFC 5530 codes that say "not now" rather than "no". */
const TEMPORARY_CODES = /\[(UNAVAILABLE|INUSE|LIMIT|SERVERBUG|OVERQUOTA)\b/i

const capabilities: CapabilityDialect = {
  command: 'CAPABILITY',
  starttls: 'STARTTLS',
  inGreeting: (greeting) => (/\[CAPABILITY /i.test(greeting) ? [greeting] : undefined),
  words: (lines) =>
    lines.flatMap((l) => {
      const m = /\[CAPABILITY ([^\]]*)\]/i.exec(l) ?? /^\*\s+CAPABILITY\s+(.*)$/i.exec(l)
      return m ? m[1].trim().split(/\s+/) : []
    }),
  mechanisms: (upper) => upper.filter((w) => w.startsWith('AUTH=')).map((w) => w.slice(5)),
  loginDisabled: (upper) => upper.includes('LOGINDISABLED'),
  userLogin: (_upper, _mechanisms, loginDisabled) => !loginDisabled,
  commandLogin: (_upper, _mechanisms, loginDisabled) => !loginDisabled,
}

export const imap: MailProtocol = {
  name: 'imap',
  switchedOffCause: 'imap_disabled',
  ports: [
    { port: 993, security: 'tls' },
    { port: 143, security: 'starttls' },
  ],
  discovery: {
    srv: [
      { label: '_imaps._tcp', security: 'tls' },
      { label: '_imap._tcp', security: 'starttls' },
    ],
    hostPrefixes: ['imap', 'mail'],
  },
  inText: {
    named: /\b(imaplib|IMAP4|imap_open|Net::IMAP|ImapClient|IMAPStore|IMAP)\b/,
    greeting: /(^|\s|=)\* OK\b/,
  },
  framing: { tagged: true, greeting: readLine, reply: readTagged, continued: readTagged },
  signature: /^\* (OK|PREAUTH|BYE)\b/i,
  greetingKind(first, codes) {
    if (codes.imapStatus === 'OK') return 'ready'
    if (codes.imapStatus === 'PREAUTH') return 'preauth'
    if (codes.imapCode === 'UNAVAILABLE' || UNAVAILABLE.test(first)) return 'unavailable'
    if (codes.imapCode === 'LIMIT' || BUSY.test(first)) return 'busy'
    return 'rejected'
  },
  capabilities,
  starttls: { command: 'STARTTLS', okReply: 'OK Begin TLS negotiation now' },
  sasl: { verb: 'AUTHENTICATE', continuation: /^\+( |$)/, challengePrefix: '+ ' },
  takesPassword: ({ loginDisabled }) => !loginDisabled,
  replyClass,
  login,
}

function replyClass(final: string): ReplyClass {
  // "+ OK" reads as a success, as the probes always read it.
  if (OK.test(final)) return 'ok'
  if (/^\+( |$)/.test(final)) return 'continuation'
  return TEMPORARY_CODES.test(final) ? 'temporary' : 'permanent'
}

async function login(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
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
        : await saslAuthenticate(ctx.session, imap.sasl, creds, {
            mechanism: way.mechanism,
            initialResponse: way.initialResponse,
            cancelWaitMs: ctx.timeouts.saslCancel,
          })
    if (!OK.test(reply.final)) {
      // Untagged alerts often carry the reason ("* NO [ALERT] Application-specific password required").
      const words = reply.lines.filter((l) => l === reply.final || /^\* (NO|BAD|BYE|OK \[ALERT\])/i.test(l))
      const text = ctx.session.scrub(words.join('\n'))
      return loginRefused(creds, text, reply.challenges, undefined, way.kind === 'login' ? 'LOGIN' : 'AUTHENTICATE')
    }
    // Servers list the logged-in capabilities in the tagged OK or untagged before it (Gmail).
    const after = parseCapabilityList(capabilities, reply.lines)
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
  if (evidence.some((e) => e.code === 'MAILBOX_FULL')) return fail(evidence, facts)
  return evidence.length ? warn(facts, evidence) : pass(facts)
}
