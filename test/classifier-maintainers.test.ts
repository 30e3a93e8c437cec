// Round 30: what a mail program's maintainers say one of its messages usually means (maintainer-rules.ts), and the
// messages whose usual reason they give only as a guess behind the event (root-cause-context.ts).
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, hints: { protocol?: string; port?: number } = {}) =>
  explainText({ text, ...hints }).classification

const cause = (text: string, hints: { protocol?: string; port?: number } = {}) => read(text, hints)?.cause ?? null

describe("FairEmail's FAQ", () => {
  it("reads Yahoo's IMAP 'Too many bad auth attempts' as the account password where an app password belongs", () => {
    expect(cause("The email server said: '[AUTHENTICATIONFAILED] Too many bad auth attempts.'")).toBe(
      'auth_app_password_required',
    )
    expect(cause('A1 NO [AUTHENTICATIONFAILED] Too many bad auth attempts.')).toBe('auth_app_password_required')
    // Yahoo's SMTP reply has its own code and meaning: a limit.
    expect(cause('535 5.7.0 (#AUTH005) Too many bad auth attempts.')).toBe('auth_rate_limited')
  })

  it("reads Android's EACCES on connect as the system blocking the app's connections", () => {
    expect(
      cause('failed to connect to imap.example.com/203.0.113.5 (port 993): connect failed: EACCES (Permission denied)'),
    ).toBe('firewall_all_ports_blocked')
  })

  it('reads the servers that want APOP, and those that relay only after a login, by what they need', () => {
    expect(cause('-ERR You must use stronger authentication such as AUTH or APOP to connect to this server')).toBe(
      'auth_mechanism_unsupported',
    )
    expect(cause('550 5.7.1 You must check for new mail before sending mail')).toBe('smtp_relay_denied')
  })

  it("reads the account manager's and Jakarta Mail's OAuth failures as a token to renew", () => {
    expect(cause('Token refresh required')).toBe('auth_token_invalid')
    expect(cause('Authentication failed: No token')).toBe('auth_token_invalid')
    expect(cause('AuthenticationFailedException: 334 eyJzdGF0dXMiOiI0MDAifQ== OAUTH2 asked for more')).toBe(
      'auth_token_invalid',
    )
    expect(cause('Invalid ID Token Issued at time is more than 10 minutes before or after the current time')).toBe(
      'auth_token_invalid',
    )
    // A bare "Authentication failed" is still the password.
    expect(cause('Authentication failed')).toBe('auth_bad_credentials')
  })

  it("reads Android's internal_error alert in the handshake as no protocol or cipher in common", () => {
    const alert = [
      'javax.net.ssl.SSLHandshakeException: Read error: ssl=0x7b2f5c8: Failure in SSL library,',
      'usually a protocol error',
      'error:10000438:SSL routines:OPENSSL_internal:TLSV1_ALERT_INTERNAL_ERROR',
    ].join(' ')
    expect(cause(alert)).toBe('tls_old_protocol')
  })

  it("reads Jakarta Mail's 'Connection dropped by server?' at connect as a guess of too many logins", () => {
    expect(read("Couldn't connect to host: Connection dropped by server?")).toEqual({
      cause: 'auth_rate_limited',
      via: 'context',
      event: 'tcp_reset',
    })
    // A store that was open (the login was accepted) and is now closed: the drop is the network's.
    expect(
      cause(
        'javax.mail.StoreClosedException: * BYE JavaMail Exception: java.io.IOException: Connection dropped by server?',
      ),
    ).toBe('tcp_reset')
    expect(cause('A2 OK LOGIN completed\nMessagingException: Connection dropped by server?')).toBe('tcp_reset')
  })
})
