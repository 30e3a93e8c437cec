// SMTP AUTH (RFC 4954) over the probe's own session, after EHLO (and STARTTLS, verified):
// AUTH only, no mail is sent. PLAIN with its initial response is a single round trip.
import { wireEvidence } from '../greeting.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probe.js'
import { fail, pass } from '../probe.js'
import { connectionLost, refusal } from './auth-context.js'
import { saslAuthenticate } from './sasl-exchange.js'
import { pickMechanism } from './sasl.js'

export async function smtpLogin(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const offered = ctx.state.capabilities?.authMechanisms ?? []
  const mechanism = pickMechanism(offered)
  if (!mechanism) return fail([{ code: 'AUTH_NO_COMMON_MECHANISM', detail: offered.join(' ') || 'none' }], { 'auth.tried': false, 'auth.offered': offered.join(' ') })
  try {
    const reply = await saslAuthenticate(ctx.session, 'smtp', mechanism, creds, true)
    if (!/^235\b/.test(reply.final)) {
      // Multi-line refusals ("535-5.7.8 …" then "535 5.7.8 …") read as one text.
      return fail([refusal('maildoctor', ctx.session.scrub(reply.lines.join('\n')), String(reply.final.slice(0, 3)), 'AUTH')])
    }
    ctx.session.pipeline([{ command: 'QUIT' }])
    return pass({ 'auth.user': creds.user, 'auth.mechanism': mechanism })
  } catch (err) {
    const lost = wireEvidence(err)
    return fail([connectionLost('maildoctor', lost.detail ?? '', lost.source?.code)])
  }
}
