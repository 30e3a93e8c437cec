import type { Evidence } from '../model/types.js'
import type { Capabilities } from '../protocols/capabilities.js'
import { parseCapabilities, protocolOf } from '../protocols/index.js'
import type { MailProtocol } from '../protocols/types.js'
import type { Probe } from './probe.js'
import { clip, fail, pass, warn } from './probe.js'
import type { Session } from './session.js'
import { wireEvidence } from './wire-evidence.js'

export const probeCapabilities: Probe = async (ctx) => {
  const protocol = protocolOf(ctx.endpoint.protocol)
  try {
    const { caps, supported } = await readCapabilities(ctx.session, protocol, ctx.state.greeting?.text)
    ctx.state.capabilities = caps
    const facts = capabilityFacts(caps, '', (t, max) => ctx.session.shown(t, max))
    if (!supported) return warn(facts, [{ code: 'CAPABILITIES_UNSUPPORTED', detail: protocol.capabilities.command }])
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

/** Reads capabilities; servers that list them in the greeting (IMAP) save a round trip. */
export async function readCapabilities(
  session: Session,
  protocol: MailProtocol,
  greeting?: string,
): Promise<{ caps: Capabilities; supported: boolean }> {
  const dialect = protocol.capabilities
  const inGreeting = greeting ? dialect.inGreeting?.(greeting) : undefined
  if (inGreeting) return { caps: parseCapabilities(protocol.name, inGreeting), supported: true }
  const reply = await session.command(dialect.command, { multiline: true })
  const ok = protocol.replyClass(reply.final) === 'ok'
  if (!ok && dialect.fallback) await session.command(dialect.fallback)
  return { caps: parseCapabilities(protocol.name, ok ? reply.lines : []), supported: ok }
}
