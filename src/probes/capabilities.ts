import type { Evidence } from '../model/types.js'
import { parseCapabilityList, type Capabilities } from '../protocols/capabilities.js'
import { protocolOf } from '../protocols/index.js'
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

/**
 * Reads capabilities; servers that list them in the greeting (IMAP) save a round trip, and a
 * server that states them unasked (`unsolicited`) is only listened to.
 */
export async function readCapabilities(
  session: Session,
  protocol: MailProtocol,
  greeting?: string,
  unsolicited = false,
): Promise<{ caps: Capabilities; supported: boolean }> {
  const dialect = protocol.capabilities
  const inGreeting = greeting ? dialect.inGreeting?.(greeting) : undefined
  if (inGreeting) return { caps: parseCapabilityList(dialect, inGreeting), supported: true }
  if (unsolicited) {
    // Said by the server unasked, shaped like its greeting (ManageSieve after STARTTLS).
    const said = dialect.inGreeting?.((await session.readGreeting()).lines.join('\n'))
    return { caps: parseCapabilityList(dialect, said ?? []), supported: said !== undefined }
  }
  const reply = await session.command(dialect.command, { multiline: true })
  const ok = protocol.replyClass(reply.final) === 'ok'
  if (!ok && dialect.fallback) await session.command(dialect.fallback)
  return { caps: parseCapabilityList(dialect, ok ? reply.lines : []), supported: ok }
}
