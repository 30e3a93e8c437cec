// SMTP AUTH (RFC 4954) over the probe's own session, after EHLO (and STARTTLS, verified):
// AUTH only, no mail is sent. PLAIN with its initial response is a single round trip.
import { wireEvidence } from '../greeting.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probe.js'
import { fail, pass } from '../probe.js'
import { connectionLost, loginRefused, noWayIn } from './login-evidence.js'
import { saslAuthenticate } from './sasl-exchange.js'
import { pickMechanism } from './sasl.js'

export async function smtpLogin(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const offered = ctx.state.capabilities?.authMechanisms ?? []
  const mechanism = pickMechanism(offered, creds)
  if (!mechanism) return noWayIn(creds, offered, `smtp:${ctx.endpoint.port}`)
  try {
    const reply = await saslAuthenticate(ctx.session, 'smtp', mechanism, creds, true)
    if (!/^235\b/.test(reply.final)) {
      // Multi-line refusals ("535-5.7.8 …" then "535 5.7.8 …") read as one text.
      const text = ctx.session.scrub(reply.lines.join('\n'))
      return loginRefused(creds, text, reply.challenges, String(reply.final.slice(0, 3)), 'AUTH')
    }
    ctx.session.pipeline([{ command: 'QUIT' }])
    return pass({ 'auth.user': creds.user, 'auth.mechanism': mechanism })
  } catch (err) {
    const lost = wireEvidence(err)
    return fail([connectionLost('maildoctor', lost.detail ?? '', lost.source?.code)])
  }
}
