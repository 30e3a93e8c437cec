// The login stage: only after the transport passed, only over a verified encrypted connection
// (unless the user allowed plaintext), and only with a password the user gave.
import { unsafeCredentialField } from '../model/credential-text.js'
import type { Protocol } from '../model/types.js'
import { imapLogin } from './auth/imap-login.js'
import { pop3Login } from './auth/pop3-login.js'
import { smtpLogin } from './auth/smtp-login.js'
import type { Credentials, Probe, ProbeContext, ProbeOutcome } from './probe.js'
import { fail, skip, warn } from './probe.js'

type Authenticator = (ctx: ProbeContext, creds: Credentials) => Promise<ProbeOutcome>

const AUTHENTICATORS = { imap: imapLogin, pop3: pop3Login, smtp: smtpLogin } satisfies Record<Protocol, Authenticator>

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
  const caps = ctx.state.capabilities
  if (ctx.endpoint.protocol === 'smtp' && caps && !caps.authAdvertised && !ctx.state.secure && caps.starttls) {
    // Postfix (smtpd_tls_auth_only) and Exim show AUTH only after STARTTLS.
    return fail([{ code: 'AUTH_AFTER_TLS_ONLY', detail: `smtp:${ctx.endpoint.port}` }], { 'auth.tried': false })
  }
  if (ctx.endpoint.protocol === 'smtp' && caps && !caps.authAdvertised) {
    // Port 25 is server-to-server relay, where no login is expected.
    const evidence = [{ code: 'SMTP_AUTH_NOT_ADVERTISED' as const, detail: `smtp:${ctx.endpoint.port}` }]
    return ctx.endpoint.port === 25 ? warn({ 'auth.tried': false }, evidence) : fail(evidence, { 'auth.tried': false })
  }
  // The login goes over the connection the earlier stages opened, encrypted and verified: one
  // TCP and one TLS handshake per endpoint (the benchmark's critical path), not two.
  const outcome = await AUTHENTICATORS[ctx.endpoint.protocol](ctx, creds)
  // The user name tried, refused or not: the advice on a refusal depends on its form.
  return { ...outcome, facts: { 'auth.user': creds.user, ...outcome.facts } }
}

/** After a login: what the mailbox holds, and how full it is. */
export const probeMailbox: Probe = async (ctx) => {
  const mailbox = ctx.state.mailbox
  return mailbox ? mailbox.inspect() : skip()
}
