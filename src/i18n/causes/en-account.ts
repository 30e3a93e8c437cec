// The causes at the login and after it (English): credentials, app passwords, tokens,
// protocols switched off, the mailbox, sending, settings.
import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'

export const ACCOUNT_EN = {
  auth_bad_credentials: {
    title: 'User name or password is wrong',
    explanation:
      'The server refused the login. Most often the password is wrong (or was changed elsewhere), or ' +
      'the user name is not in the form the provider wants (usually the full address).',
    fixes: [
      'Retype the password carefully (watch Caps Lock).',
      'The user name tried was the full address {triedAddress}: if the provider wants only the part ' +
        'before the @, try {localPart}.',
      'The user name tried was {triedLocal}: most providers want the full email address; try {fullAddress}.',
      'The user name tried was {noDomain}: most providers want the full email address as user name.',
      "Check that the password works on the provider's webmail; if not, reset it.",
    ],
  },
  auth_app_password_required: {
    title: 'An app password is needed',
    explanation:
      'The account has two-step verification (or the provider requires it): mail programs must log in ' +
      'with an "app password" generated in the account\'s security settings, not with the normal ' +
      'password.',
    fixes: [
      "Create an app password in the account's security settings and use it in the mail program instead " +
        'of the normal password.',
      'If the provider does not offer app passwords, turn on two-step verification first.',
    ],
  },
  auth_web_login_required: {
    title: 'Sign in on the web first',
    explanation:
      'The provider blocked the login until you sign in on its website and confirm: a suspicious ' +
      'sign-in, a password that expired or must be changed.',
    fixes: [
      "Sign in to the provider's webmail in a browser and follow what it asks (confirm it was you, " +
        'change the password).',
      'Then enter the new password in the mail program.',
    ],
  },
  auth_basic_auth_disabled: {
    title: 'Password login is switched off by the provider',
    explanation:
      'The server no longer accepts a simple user name and password from mail programs ("basic ' +
      'authentication"): it wants a modern sign-in (OAuth), or the organisation\'s administrator ' +
      'switched it off.',
    details: ['Here the server offers only token sign-ins ({tokenMechanisms}), no way to send a password.'],
    fixes: [
      'This server needs a modern sign-in (OAuth): use a mail program that signs in through the ' +
        "provider's account window (current Outlook, Thunderbird, Apple Mail) and re-create the account.",
      'To check the account with maildoctor, give it an access token: --oauth2-token-cmd "oauth2ms" (or ' +
        'mutt_oauth2.py, gcloud auth application-default print-access-token) or --oauth2-token-env VAR.',
      'In a company, ask the administrator to enable SMTP AUTH / IMAP / POP for the mailbox.',
    ],
  },
  auth_token_invalid: {
    title: 'The access token was refused',
    explanation:
      'The server refused the OAuth 2.0 access token: it expired, was revoked, was issued for another ' +
      'account, or lacks the mail scope.',
    details: [
      'The server says the token is no longer valid (status {tokenExpired}): it expired (access tokens ' +
        'last about an hour) or was revoked.',
      'The server says the token does not fit (status {tokenStatus}): it lacks the mail scope, or it ' +
        'was issued for another account than {tokenAccount}.',
      'The server wants a token with the scope {tokenScope}.',
    ],
    fixes: [
      'Get a fresh token from the tool that issued it (oauth2ms, mutt_oauth2.py, gcloud auth ' +
        'application-default print-access-token …), or sign in again in the mail program.',
      'Request the token with the scope {tokenScope}, signed in as the account you log in with.',
      'Check that the token was issued for this account and with the mail scope.',
    ],
  },
  auth_plaintext_disabled: {
    title: 'Login refused before encryption',
    explanation:
      'The server does not accept passwords on an unencrypted connection, and the mail program tried to ' +
      'log in before switching to encryption.',
    fixes: [
      'Turn on encryption in the account settings: SSL/TLS on 993/995/465 or STARTTLS on 143/110/587.',
      'Use this other way in, which works: {working}.',
    ],
  },
  auth_mechanism_unsupported: {
    title: 'No common way to send the password',
    explanation:
      'The mail program and the server have no login method in common, or the server refuses the one chosen.',
    details: [
      'Port {relayPort} is for servers passing mail to each other: it offers no login over an encrypted ' +
        'connection. Mail programs send on 587 (STARTTLS) or 465 (SSL/TLS).',
    ],
    fixes: [
      'An access token was given, but this server offers no token sign-in (it lists: ' +
        '{passwordMechanisms}): log in with the password instead.',
      'In the account settings set authentication to "Normal password" (or "Automatic").',
      "Check that the server is the provider's submission server, not a server for other servers (an MX).",
      'If the server offers no login at all (a relay on your own network that takes mail without one), leave the ' +
        "user name and password empty for it, or send through your provider's submission server instead.",
    ],
  },
  auth_account_locked: {
    title: 'The account is locked or suspended',
    explanation:
      'The provider has locked, suspended or restricted the account (or blocked your connection), often ' +
      'after suspicious activity or unpaid service.',
    fixes: [
      "Sign in to the provider's website to see the reason and unlock the account.",
      "Contact the provider's support.",
    ],
  },
  auth_rate_limited: {
    title: 'Too many connections or attempts',
    explanation:
      'The server is limiting you: too many mail programs or devices connected at once, too many failed ' +
      'logins, or too many messages sent.',
    fixes: [
      'Close other mail programs and devices using the same account, then try again.',
      'Wait a while (often 15-60 minutes) before retrying.',
      "If you send a lot of mail, stay within the provider's sending limits.",
    ],
  },
  imap_disabled: {
    title: 'IMAP is switched off for this account',
    explanation:
      "The account does not allow IMAP access: it has to be enabled in the mailbox settings on the provider's website.",
    details: [
      'The server refuses IMAP on every port ({protocolPortsRefused}) while it answers on its other ' +
        'ports: IMAP is not offered here.',
    ],
    fixes: [
      "Enable IMAP in the mailbox settings on the provider's website.",
      'Or use POP3, which works: {otherWorking}.',
      'Then try again (it can take a few minutes).',
    ],
  },
  pop_disabled: {
    title: 'POP is switched off for this account',
    explanation:
      'The account does not allow POP access: it has to be enabled in the mailbox settings on the ' +
      "provider's website (some providers keep it off by default).",
    details: [
      'The server refuses POP3 on every port ({protocolPortsRefused}) while it answers on its other ' +
        'ports: POP is not offered here.',
    ],
    fixes: [
      'Use IMAP, which works and keeps mail in sync on all devices: {otherWorking}.',
      "Or enable POP in the mailbox settings on the provider's website.",
    ],
  },
  mailbox_over_quota: {
    title: 'The mailbox is full',
    explanation: 'The mailbox has (almost) used up its space: new mail may be refused and sending may fail.',
    details: ['In use: {usage}.'],
    fixes: [
      'Delete old messages with large attachments and empty the trash.',
      'With POP, turn on "remove from server after N days", or buy more space.',
    ],
  },
  smtp_relay_denied: {
    title: 'The server refuses to send this mail (relay denied)',
    explanation:
      'The outgoing server does not pass on mail for you: usually because the mail program did not log ' +
      "in to it, or it is not your provider's sending server.",
    fixes: [
      'In the outgoing (SMTP) settings, turn on "My server requires authentication", with the same user ' +
        'and password as incoming.',
      "Use your provider's SMTP server on port 587 or 465.",
    ],
  },
  smtp_sender_rejected: {
    title: 'The sender address is refused',
    explanation:
      'The server does not let this account send as the address in "From": it is not the account\'s own ' +
      'address or an allowed alias.',
    fixes: [
      'Send from the address of the account you log in with.',
      'To send as another address, add and verify it as an alias at the provider.',
    ],
  },
  insecure_settings: {
    title: 'The settings are not encrypted',
    explanation:
      'The chosen port and security send your password and mail in the clear, while an encrypted way in works.',
    fixes: ['Switch to: {working}.'],
  },
} satisfies Partial<Record<CauseId, CauseText>>
