// Round srv37 (issue 14): the replies of closed-source or not-yet-swept mail servers (Zimbra's nginx proxy, Exchange
// on-premises, Proton Mail Bridge, VPOP3, IceWarp, MailEnable), each read with the cause its vendor's page or code
// gives (src/diagnose/rules/vendor-server-rules.ts). Every string read is also a row of
// test/corpus/source-tables.jsonl.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const said = (text: string, protocol?: string) => {
  const classification = explainText({ text, protocol }).classification
  return classification?.event ?? classification?.cause ?? null
}

describe("closed-source mail servers' replies", () => {
  const table: Array<[string, string | null, string?]> = [
    // Zimbra's proxy throttles: too many logins, not a maintenance BYE nor a wrong password.
    ['* BYE Login rejected from this IP', 'auth_rate_limited', 'imap'],
    ['-ERR Login rejected for this user', 'auth_rate_limited', 'pop3'],
    ['* BYE Login rejected for this user\na1 NO LOGIN failed', 'auth_rate_limited', 'imap'],
    // Its client-certificate checks: a failed handshake.
    ['* BYE SSL certificate error', 'tls_handshake_failed', 'imap'],
    ['-ERR No required SSL certificate', 'tls_handshake_failed', 'pop3'],
    ['421 4.7.1 SSL certificate error', 'tls_handshake_failed', 'smtp'],
    ['-ERR invalid username/password', 'auth_bad_credentials', 'pop3'],
    ['530 5.7.1 Authentication required', 'smtp_relay_denied', 'smtp'],
    // Exchange on-premises.
    ['554 Originator address does not match authentication credentials', 'smtp_sender_rejected', 'smtp'],
    ['The NTLM Authentication package has been disabled for this protocol.', 'auth_mechanism_unsupported', 'pop3'],
    ['451 4.7.0 Temporary server error. Please try again later. PRX2', 'server_unavailable', 'smtp'],
    ['454 4.7.0 Temporary authentication failure', 'server_unavailable', 'smtp'],
    ['* OK The Microsoft Exchange IMAP4 service is ready.', null, 'imap'],
    // Proton Mail Bridge.
    ['a1 NO no such user', 'auth_bad_credentials', 'imap'],
    ['a1 NO too many login attempts', 'auth_rate_limited', 'imap'],
    ['554 Error: transaction failed, blame it on the weather: invalid return path', 'smtp_sender_rejected', 'smtp'],
    // VPOP3.
    ['Your connection has been blocked temporarily - Try again later', 'auth_account_locked'],
    ['-ERR Server access temporarily blocked! Please try again later', 'auth_account_locked', 'pop3'],
    ['550 5.7.1 Relaying not allowed! Bad sender IP address', 'smtp_relay_denied', 'smtp'],
    ['-ERR [IN-USE] Mailbox Locked', 'auth_rate_limited', 'pop3'],
    // Kerio Connect's security log.
    [
      'SMTP: AntiHammering - IP address 203.0.113.4 will be blocked for 5 minutes, ' +
        'too many failed logins from this IP address.',
      'auth_account_locked',
    ],
    ["Too many false 2FA attempts for user: 'jane@example.com', account is locked", 'auth_account_locked'],
    // IceWarp and MailEnable.
    ['501 5.7.0 Authentication failed', 'auth_bad_credentials', 'smtp'],
    ['501 5.0.0 Authentication canceled', null, 'smtp'],
    ['501 5.5.2 Domain name required', 'smtp_sender_rejected', 'smtp'],
    ['501 5.7.1 Message is too long', null, 'smtp'],
    [
      '451 ESMTP MailEnable Service temporarily refused connection at 10/19/19 00:01:25 from IP (203.0.113.7) ' +
        'because the server is too busy.',
      'server_unavailable',
      'smtp',
    ],
    [
      'ME-E0125: Connection Refused: (203.0.113.7) was refused because the inbound connection limit has been reached.',
      'server_unavailable',
    ],
  ]

  it.each(table)('%s', (text, cause, protocol) => {
    expect(said(text, protocol)).toBe(cause)
  })
})
