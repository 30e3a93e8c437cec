import type { Evidence, Protocol } from '../model/types.js'
import { parseCapabilities, type Capabilities } from '../protocol/capabilities.js'
import { DIALECTS } from '../protocol/dialogues.js'
import { wireEvidence } from './greeting.js'
import type { Probe, ProbeContext } from './probe.js'
import { clip, fail, pass, warn } from './probe.js'
import type { Session } from './session.js'

export const probeCapabilities: Probe = async (ctx) => {
  try {
    const { caps, supported } = await readCapabilities(ctx.session, ctx.endpoint.protocol, ctx.state.greeting?.text)
    ctx.state.capabilities = caps
    const facts = capabilityFacts(caps, '', (t, max) => ctx.session.shown(t, max))
    if (!supported)
      return warn(facts, [
        { code: 'CAPABILITIES_UNSUPPORTED', detail: DIALECTS[ctx.endpoint.protocol].capabilityCommand },
      ])
    if (ctx.endpoint.security === 'plain' && caps.loginDisabled)
      return warn(facts, [{ code: 'LOGIN_DISABLED_BEFORE_TLS' }])
    return pass(facts)
  } catch (err) {
    return fail([closedAfterGreeting(wireEvidence(err))])
  }
}

/** After its greeting, a server that closes (a FIN) ends the talk itself: no cut, no reset. */
const closedAfterGreeting = (e: Evidence): Evidence =>
  e.code === 'CONNECTION_CLOSED'
    ? { ...e, code: 'SERVER_CLOSED', detail: 'the server closed the connection after its greeting' }
    : e

export function capabilityFacts(caps: Capabilities, prefix = '', show = clip): Record<string, string | boolean> {
  return {
    [`${prefix}caps`]: show(caps.list.join(' '), 400),
    [`${prefix}caps.starttls`]: caps.starttls,
    [`${prefix}caps.auth`]: caps.authMechanisms.join(' '),
    [`${prefix}caps.loginDisabled`]: caps.loginDisabled,
    [`${prefix}caps.oauthOnly`]: caps.oauthOnly,
  }
}

/** Reads capabilities; IMAP servers that list them in the greeting save a round trip. */
export async function readCapabilities(
  session: Session,
  protocol: Protocol,
  greeting?: string,
): Promise<{ caps: Capabilities; supported: boolean }> {
  if (protocol === 'imap' && greeting && /\[CAPABILITY /i.test(greeting)) {
    return { caps: parseCapabilities('imap', [greeting]), supported: true }
  }
  const reply = await session.command(DIALECTS[protocol].capabilityCommand, { multiline: true })
  const ok = SUCCESS[protocol](reply.final)
  if (!ok && protocol === 'smtp') {
    // An SMTP server without ESMTP: HELO still works, with no extensions.
    await session.command('HELO maildoctor.invalid')
  }
  return { caps: parseCapabilities(protocol, ok ? reply.lines : []), supported: ok }
}

export const SUCCESS: Record<Protocol, (final: string) => boolean> = {
  imap: (final) => /^\S+ OK\b/i.test(final),
  pop3: (final) => /^\+OK/i.test(final),
  smtp: (final) => /^2\d\d /.test(final),
}

export type { ProbeContext }
