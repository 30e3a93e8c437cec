// SMTP login with nodemailer's SMTP connection: AUTH only, no mail is sent.
import type { Credentials, ProbeContext, ProbeOutcome } from '../probe.js'
import { fail, pass } from '../probe.js'
import { authTarget, connectionLost, refusal, scrub } from './auth-context.js'

interface SmtpError extends Error {
  code?: string
  response?: string
  responseCode?: number
  command?: string
}

export async function smtpLogin(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection/index.js')
  const t = authTarget(ctx)
  const conn = new SMTPConnection({
    host: t.address,
    port: t.port,
    secure: ctx.endpoint.security === 'tls',
    requireTLS: ctx.endpoint.security === 'starttls',
    ignoreTLS: ctx.endpoint.security === 'plain',
    servername: t.servername,
    tls: t.tls,
    name: 'maildoctor.invalid',
    connectionTimeout: t.timeoutMs,
    greetingTimeout: t.timeoutMs,
    socketTimeout: t.timeoutMs * 2,
    logger: false,
  } as ConstructorParameters<typeof SMTPConnection>[0])
  let failure: SmtpError | undefined
  conn.on('error', (err: SmtpError) => (failure ??= err))
  ctx.session.onClose(() => conn.close())
  try {
    await new Promise<void>((resolve, reject) => {
      conn.once('error', reject)
      conn.connect(() => resolve())
    })
    await new Promise<void>((resolve, reject) => conn.login({ user: creds.user, pass: creds.password }, (err) => (err ? reject(err) : resolve())))
    const mechanism = (conn as unknown as { _authMethod?: string })._authMethod ?? ''
    conn.quit()
    return pass({ 'auth.user': creds.user, 'smtp.mechanism': mechanism })
  } catch (err) {
    const e = (err as SmtpError) ?? failure
    const text = e.response ?? `${e.code ? e.code + ': ' : ''}${e.message}`
    if (!e.response && e.code !== 'EAUTH') return fail([connectionLost('nodemailer', scrub(text, creds.password), e.code)])
    return fail([refusal('nodemailer', scrub(text, creds.password), e.code, e.command)])
  }
}
