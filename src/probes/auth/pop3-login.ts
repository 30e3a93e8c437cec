// POP3 login over the probe's own session (already encrypted and verified by the earlier
// stages). With PIPELINING (RFC 2449) USER, PASS and STAT go in one flight: one round trip.
import { wireEvidence } from '../greeting.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probe.js'
import { fail, pass, warn } from '../probe.js'
import type { Reply } from '../session.js'
import { connectionLost, loginRefused, noWayIn, refusal } from './login-evidence.js'
import { saslAuthenticate } from './sasl-exchange.js'
import { pickMechanism } from './sasl.js'

const OK = /^\+OK/i

export async function pop3Login(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
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
      const answer = await saslAuthenticate(s, 'pop3', sasl, creds, true)
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
