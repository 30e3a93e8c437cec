// POP3 (RFC 1939, CAPA RFC 2449, STLS RFC 2595, AUTH RFC 5034) as maildoctor speaks it: ports,
// greeting, capabilities, STLS, the login (USER/PASS or SASL) and STAT, behind MailProtocol.
import { connectionLost, loginRefused, noWayIn, refusal } from '../probes/auth/login-evidence.js'
import { saslAuthenticate } from '../probes/auth/sasl-exchange.js'
import { pickMechanism } from '../probes/auth/sasl.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probes/probe.js'
import { fail, pass, warn } from '../probes/probe.js'
import { readLine, readStatusThenDot, type Reply } from '../probes/session.js'
import { wireEvidence } from '../probes/wire-evidence.js'
import { BUSY, UNAVAILABLE } from './greeting.js'
import type { MailProtocol, ReplyClass } from './types.js'

const OK = /^\+OK/i
/** RFC 2449/3206 codes that say "not now" rather than "no". */
const TEMPORARY_CODES = /^-ERR \[(SYS\/TEMP|IN-USE|LOGIN-DELAY)\b/i

export const pop3: MailProtocol = {
  name: 'pop3',
  switchedOffCause: 'pop_disabled',
  ports: [
    { port: 995, security: 'tls' },
    { port: 110, security: 'starttls' },
  ],
  discovery: {
    srv: [
      { label: '_pop3s._tcp', security: 'tls' },
      { label: '_pop3._tcp', security: 'starttls' },
    ],
    hostPrefixes: ['pop', 'pop3', 'mail'],
  },
  inText: {
    named: /\b(poplib|Net::POP|Pop3Client|POP3?|STLS)\b/,
    greeting: /(^|\s|=)(\+OK|-ERR)\b/,
  },
  framing: { tagged: false, greeting: readLine, reply: readStatusThenDot, continued: readLine },
  signature: /^(\+OK|-ERR)(\s|$)/i,
  greetingKind(first, codes) {
    if (codes.pop3Status === '+OK') return 'ready'
    if (codes.pop3Code === 'SYS/TEMP' || UNAVAILABLE.test(first)) return 'unavailable'
    if (codes.pop3Code === 'IN-USE' || BUSY.test(first)) return 'busy'
    return 'rejected'
  },
  capabilities: {
    command: 'CAPA',
    starttls: 'STLS',
    words: (lines) => lines.map((l) => l.trim()).filter((l) => l && l !== '.' && !/^[+-](OK|ERR)/i.test(l)),
    mechanisms: (upper) => upper.filter((w) => w.startsWith('SASL')).flatMap((w) => w.split(/\s+/).slice(1)),
    userLogin: (upper) => upper.includes('USER'),
    // Dovecot lists USER even when only token mechanisms exist, and refuses PASS: where the SASL
    // list is given, it is what counts.
    commandLogin: (upper, mechanisms) => upper.includes('USER') && !mechanisms.length,
  },
  // A server without CAPA may still know STLS: only a listed absence is final.
  starttls: { command: 'STLS', okReply: '+OK Begin TLS negotiation', mayBeUnlisted: (list) => list.length === 0 },
  sasl: { verb: 'AUTH', continuation: /^\+( |$)/, challengePrefix: '+ ' },
  // A server without CAPA still knows USER/PASS (RFC 1939).
  takesPassword: ({ words, mechanisms }) => words.length === 0 || words.includes('USER') || Boolean(mechanisms),
  replyClass,
  login,
}

function replyClass(final: string): ReplyClass {
  if (/^\+( |$)/.test(final)) return 'continuation'
  if (OK.test(final)) return 'ok'
  return TEMPORARY_CODES.test(final) ? 'temporary' : 'permanent'
}

// With PIPELINING (RFC 2449) USER, PASS and STAT go in one flight: one round trip.
async function login(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const s = ctx.session
  const caps = ctx.state.capabilities
  const upper = (caps?.list ?? []).map((c) => c.toUpperCase())
  // A server without CAPA still knows USER/PASS (RFC 1939); SASL only when USER is not listed,
  // or for a token, which only a token mechanism may carry.
  const token = creds.token !== undefined
  const sasl =
    caps && caps.list.length && (token || !caps.userLogin) ? pickMechanism(caps.authMechanisms, creds) : undefined
  // Without USER and a usable mechanism USER/PASS is still tried: the refusal says why (a server
  // that hides USER before STLS answers "plaintext authentication disallowed").
  if (!sasl && (token || caps?.oauthOnly))
    return noWayIn(creds, caps?.authMechanisms ?? [], `pop3:${ctx.endpoint.port}`)
  const pipelined = upper.includes('PIPELINING')
  let challenges: string[] = []
  try {
    let stat: Promise<Reply> | undefined
    let reply: Reply
    let command: string
    if (sasl) {
      command = 'AUTH'
      const run = { mechanism: sasl, initialResponse: true, cancelWaitMs: ctx.timeouts.saslCancel }
      const answer = await saslAuthenticate(s, pop3.sasl, creds, run)
      challenges = answer.challenges
      reply = answer
    } else if (pipelined) {
      const [user, passReply, statReply] = s.pipeline([
        { command: `USER ${creds.user}` },
        { command: `PASS ${creds.password}`, shown: 'PASS ********' },
        { command: 'STAT' },
      ])
      const u = await user
      command = OK.test(u.final) ? 'PASS' : 'USER'
      reply = OK.test(u.final) ? await passReply : u
      stat = statReply
    } else {
      const u = await s.command(`USER ${creds.user}`)
      command = OK.test(u.final) ? 'PASS' : 'USER'
      reply = OK.test(u.final) ? await s.command(`PASS ${creds.password}`, { shown: 'PASS ********' }) : u
    }
    if (!OK.test(reply.final)) return loginRefused(creds, s.scrub(reply.final), challenges, undefined, command)
    const statReply = stat ?? s.command('STAT')
    ctx.state.mailbox = { inspect: () => readStat(ctx, statReply) }
    return pass({ 'auth.user': creds.user, ...(sasl ? { 'auth.mechanism': sasl } : { 'auth.command': 'USER/PASS' }) })
  } catch (err) {
    const lost = wireEvidence(err)
    return fail([connectionLost('maildoctor', lost.detail ?? '', lost.source?.code)])
  }
}

async function readStat(ctx: ProbeContext, stat: Promise<Reply>): Promise<ProbeOutcome> {
  try {
    const reply = await stat
    ctx.session.pipeline([{ command: 'QUIT' }])
    // Logged in but the mailbox cannot be read: the way in works, the mailbox is the finding.
    if (!OK.test(reply.final))
      return warn({}, [refusal('maildoctor', ctx.session.scrub(reply.final), undefined, 'STAT')])
    return pass(statFacts(reply.final.replace(/^\+OK\s*/i, '')))
  } catch (err) {
    return warn({}, [{ ...wireEvidence(err), code: 'MAILBOX_TIMEOUT' }])
  }
}

function statFacts(stat: string): Record<string, number> {
  const [count, size] = stat.trim().split(/\s+/).map(Number)
  return { 'inbox.messages': Number.isFinite(count) ? count : 0, 'inbox.bytes': Number.isFinite(size) ? size : 0 }
}
