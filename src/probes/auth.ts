// The login stage: only after the transport passed, only over a verified encrypted connection
// (unless the user allowed plaintext), and only with a password the user gave.
import { unsafeCredentialField } from '../model/credential-text.js'
import { protocolOf } from '../protocols/index.js'
import type { Probe } from './probe.js'
import { fail, skip } from './probe.js'

export const probeAuth: Probe = async (ctx) => {
  const creds = ctx.options.credentials
  if (!creds) return skip({ 'auth.tried': false }, [{ code: 'AUTH_NOT_TRIED', detail: 'no-password' }])
  // Inputs refuse these already; this holds for every caller that builds credentials itself.
  if (unsafeCredentialField(creds))
    return skip({ 'auth.tried': false }, [{ code: 'AUTH_NOT_TRIED', detail: 'unsafe-credentials' }])
  // A foreign domain's SRV or autoconfig may point anywhere: a hostile one would collect passwords.
  if (ctx.endpoint.trusted === false && !ctx.options.trustDiscovered)
    return skip({ 'auth.tried': false }, [{ code: 'AUTH_NOT_TRIED', detail: 'untrusted-server' }])
  if (!ctx.state.secure && !ctx.options.allowPlaintextAuth) {
    return fail([{ code: 'NO_ENCRYPTION', detail: `${ctx.endpoint.protocol}:${ctx.endpoint.port}` }], {
      'auth.tried': false,
    })
  }
  const protocol = protocolOf(ctx.endpoint.protocol)
  const notNow = protocol.beforeLogin?.(ctx)
  if (notNow) return notNow
  // The login goes over the connection the earlier stages opened, encrypted and verified: one
  // TCP and one TLS handshake per endpoint (the benchmark's critical path), not two.
  const outcome = await protocol.login(ctx, creds)
  // The user name tried, refused or not: the advice on a refusal depends on its form.
  return { ...outcome, facts: { 'auth.user': creds.user, ...outcome.facts } }
}

/** After a login: what the mailbox holds, and how full it is. */
export const probeMailbox: Probe = async (ctx) => {
  const mailbox = ctx.state.mailbox
  return mailbox ? mailbox.inspect() : skip()
}
