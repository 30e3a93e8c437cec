// SMTP submission (RFC 6409, RFC 8314) and relay (port 25) as maildoctor speaks it: ports,
// greeting, EHLO, STARTTLS (RFC 3207) and AUTH (RFC 4954), behind MailProtocol. No mail is sent.
import { connectionLost, loginRefused, noWayIn } from '../probes/auth/login-evidence.js'
import { saslAuthenticate } from '../probes/auth/sasl-exchange.js'
import { pickMechanism } from '../probes/auth/sasl.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probes/probe.js'
import { fail, pass, warn } from '../probes/probe.js'
import { readDashContinued } from '../probes/session.js'
import { wireEvidence } from '../probes/wire-evidence.js'
import { BUSY, UNAVAILABLE } from './greeting.js'
import type { MailProtocol, ReplyClass } from './types.js'

export const smtp: MailProtocol = {
  name: 'smtp',
  ports: [
    { port: 465, security: 'tls' },
    { port: 587, security: 'starttls' },
    { port: 25, security: 'starttls', relay: true },
  ],
  discovery: {
    // Submission only: RFC 6186 announces no relay.
    srv: [
      { label: '_submissions._tcp', security: 'tls' },
      { label: '_submission._tcp', security: 'starttls' },
    ],
    hostPrefixes: ['smtp', 'mail'],
  },
  inText: {
    named: /\b(smtplib|SMTPTransport|SmtpClient|SmtpException|Net::SMTP|ESMTP|gsmtp|SMTP)\b/,
    // A greeting opens the text, or a parser quotes it: "during parsing of \"220 mail.x ESMTP ready\"" (an IMAP client
    // that met an SMTP port); RFC 5321 §4.3.1's 220 with the ESMTP keyword is no other protocol's first line.
    greeting: /^\s*\d{3}[ -]\S|["'`]220[ -]\S[^"'`\n]*\bE?SMTP\b/,
    // A reply code with an enhanced status code of the same class (RFC 3463), "535 5.7.3 …", "535-5.7.8 …", MailKit's
    // "535: 5.7.3 …": SMTP's alone.
    ownStatus: /(?:^|[\s:('"])(?:2\d\d(?:[ -]|: )2|4\d\d(?:[ -]|: )4|5\d\d(?:[ -]|: )5)\.\d{1,3}\.\d{1,3}\b/m,
  },
  framing: { tagged: false, greeting: readDashContinued, reply: readDashContinued, continued: readDashContinued },
  signature: /^[2-5]\d\d[ -]/,
  greetingKind(_first, codes, text) {
    if (codes.smtpCode === 220) return 'ready'
    if (BUSY.test(text)) return 'busy'
    if (codes.smtpCode === 421 || UNAVAILABLE.test(text)) return 'unavailable'
    return 'rejected'
  },
  capabilities: {
    command: 'EHLO maildoctor.invalid',
    // A server without ESMTP: HELO still works, with no extensions.
    fallback: 'HELO maildoctor.invalid',
    starttls: 'STARTTLS',
    // "250-mail.example.com Hello", "250-STARTTLS", "250 AUTH PLAIN LOGIN"; the first line is the greeting.
    words: (lines) =>
      lines
        .slice(1)
        .map((l) => l.replace(/^\d{3}[ -]/, '').trim())
        .filter(Boolean),
    mechanisms: (upper) =>
      upper
        .filter((w) => /^AUTH[ =]/.test(w))
        .flatMap((w) => w.slice(5).trim().split(/\s+/))
        .filter((m, i, all) => m && all.indexOf(m) === i),
    userLogin: (_upper, mechanisms) => mechanisms.length > 0,
    commandLogin: () => false,
  },
  starttls: { command: 'STARTTLS', okReply: '220 2.0.0 Ready to start TLS' },
  sasl: { verb: 'AUTH', continuation: /^334( |$)/, challengePrefix: '334 ' },
  takesPassword: ({ mechanisms }) => Boolean(mechanisms),
  replyClass,
  beforeLogin,
  login,
}

function replyClass(final: string): ReplyClass {
  if (/^3\d\d( |$)/.test(final)) return 'continuation'
  // Only a final line with text after the code counts as a success (as the probes always read it).
  if (/^2\d\d /.test(final)) return 'ok'
  return final.startsWith('4') ? 'temporary' : 'permanent'
}

const isRelay = (port: number): boolean => smtp.ports.some((p) => p.port === port && p.relay)

function beforeLogin(ctx: ProbeContext): ProbeOutcome | undefined {
  const caps = ctx.state.capabilities
  if (!caps || caps.authAdvertised) return undefined
  const where = `smtp:${ctx.endpoint.port}`
  // Postfix (smtpd_tls_auth_only) and Exim show AUTH only after STARTTLS.
  if (!ctx.state.secure && caps.starttls)
    return fail([{ code: 'AUTH_AFTER_TLS_ONLY', detail: where }], { 'auth.tried': false })
  // Port 25 is server-to-server relay, where no login is expected.
  const evidence = [{ code: 'SMTP_AUTH_NOT_ADVERTISED' as const, detail: where }]
  return isRelay(ctx.endpoint.port) ? warn({ 'auth.tried': false }, evidence) : fail(evidence, { 'auth.tried': false })
}

// AUTH only, after EHLO (and STARTTLS, verified). PLAIN with its initial response is a single round trip.
async function login(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const offered = ctx.state.capabilities?.authMechanisms ?? []
  const mechanism = pickMechanism(offered, creds)
  if (!mechanism) return noWayIn(creds, offered, `smtp:${ctx.endpoint.port}`)
  try {
    const run = { mechanism, initialResponse: true, cancelWaitMs: ctx.timeouts.saslCancel }
    const reply = await saslAuthenticate(ctx.session, smtp.sasl, creds, run)
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
