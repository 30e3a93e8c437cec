// What each of Thunderbird's error strings means, by its key: the cause its English text reads today
// (test/corpus/source-tables.jsonl, the mozilla/releases-comm-central en-US rows), and the condition that raises it in
// comm-central (nsImapProtocol, Pop3Client, SmtpClient, the socket errors mapped in nsMsgProtocol). The translations
// in thunderbird-l10n-more-*.ts carry the key, so every language reads the string as the English one does.
import { keyedRows, type ClassifierRule } from './rule.js'

const TB_L10N = 'thunderbird/thunderbird-l10n:'
export const MESSENGER = 'mail/chrome/messenger/messenger.properties'
export const IMAP = 'mail/chrome/messenger/imapMsgs.properties'
export const LOCAL = 'mail/chrome/messenger/localMsgs.properties'
export const COMPOSE = 'mail/chrome/messenger/messengercompose/composeMsgs.properties'
export const SETUP = 'mail/messenger/accountcreation/accountSetup.ftl'
export const CERT = 'mail/messenger/certError.ftl'

const MEANING: Record<string, string> = {
  // NS_ERROR_UNKNOWN_HOST: the name did not resolve (a bare sentence, so its rows are anchored to the whole text).
  unknownHostError: 'dns_nxdomain',
  imapUnknownHostError: 'dns_nxdomain',
  smtpSendFailedUnknownServer: 'dns_nxdomain',
  // The OAuth2 token was refused, not the password.
  oAuth2Error: 'auth_token_invalid',
  imapOAuth2Error: 'auth_token_invalid',
  // NS_ERROR_CONNECTION_REFUSED, NS_ERROR_NET_TIMEOUT, NS_ERROR_NET_RESET / NS_ERROR_NET_INTERRUPT.
  connectionRefusedError: 'tcp_refused',
  imapConnectionRefusedError: 'tcp_refused',
  smtpSendRequestRefused: 'tcp_refused',
  netTimeoutError: 'tcp_timeout',
  imapNetTimeoutError: 'tcp_timeout',
  smtpSendTimeout: 'tcp_timeout',
  netResetError: 'tcp_reset',
  netInterruptError: 'tcp_reset',
  imapServerDisconnected: 'tcp_reset',
  smtpSendInterrupted: 'tcp_reset',
  // The greeting was not an IMAP4 one: the port speaks another protocol.
  imapServerNotImap4: 'protocol_port_mismatch',
  // A TLS error no certificate exception can override: the handshake itself failed.
  imapTlsError: 'tls_handshake_failed',
  // The server dropped a new connection at once: too many connections from this account.
  imapServerDroppedConnection2: 'auth_rate_limited',
  // STARTTLS required but not advertised (POP3 CAPA without STLS, SMTP EHLO without STARTTLS).
  nsErrorCouldNotConnectViaTls: 'starttls_not_offered',
  startTlsFailed: 'starttls_not_offered',
  // The chosen method is not among the server's: encrypted chosen, only plain offered, or none in common.
  imapAuthChangeEncryptToPlainSSL: 'auth_mechanism_unsupported',
  imapAuthChangeEncryptToPlainNoSSL: 'auth_mechanism_unsupported',
  imapAuthMechNotSupported: 'auth_mechanism_unsupported',
  pop3AuthChangeEncryptToPlainNoSSL: 'auth_mechanism_unsupported',
  pop3AuthChangeEncryptToPlainSSL: 'auth_mechanism_unsupported',
  pop3AuthMechNotSupported: 'auth_mechanism_unsupported',
  smtpHintAuthEncryptToPlainNoSsl: 'auth_mechanism_unsupported',
  smtpHintAuthEncryptToPlainSsl: 'auth_mechanism_unsupported',
  smtpAuthMechNotSupported: 'auth_mechanism_unsupported',
  // Plain password chosen, the server offers only encrypted methods.
  imapAuthChangePlainToEncrypt: 'auth_plaintext_disabled',
  pop3AuthChangePlainToEncrypt: 'auth_plaintext_disabled',
  smtpHintAuthPlainToEncrypt: 'auth_plaintext_disabled',
  // The server refused the credentials (login, USER/PASS, AUTH, a Kerberos ticket, the account-setup check).
  mailServerLoginFailed2: 'auth_bad_credentials',
  imapAuthGssapiFailed: 'auth_bad_credentials',
  pop3UsernameFailure: 'auth_bad_credentials',
  pop3PasswordFailed: 'auth_bad_credentials',
  pop3GssapiFailure: 'auth_bad_credentials',
  smtpAuthFailure: 'auth_bad_credentials',
  smtpAuthGssapi: 'auth_bad_credentials',
  'account-setup-credentials-wrong': 'auth_bad_credentials',
  'account-setup-credentials-incomplete': 'auth_bad_credentials',
  // A -ERR [SYS/TEMP] or other temporary POP3 error: the server, not the account.
  pop3TempServerError: 'server_unavailable',
  // certError.ftl: the certificate-error dialog says which check failed; the inline titles ("Connection error. …")
  // say it again, in some languages in other words.
  'cert-error-domain-mismatch': 'tls_cert_hostname_mismatch',
  'cert-error-expired': 'tls_cert_expired',
  'cert-error-not-yet-valid': 'tls_cert_not_yet_valid',
  'cert-error-untrusted-default': 'tls_cert_untrusted',
  'cert-error-inline-domain-mismatch': 'tls_cert_hostname_mismatch',
  'cert-error-inline-expired': 'tls_cert_expired',
  'cert-error-inline-not-yet-valid': 'tls_cert_not_yet_valid',
  'cert-error-inline-untrusted-default': 'tls_cert_untrusted',
}

/**
 * One language's file of Thunderbird strings: each message's pattern (its first sentence, with \S+ where the
 * host or user name goes) under its key, one row per cause with the messages of that cause as alternatives.
 */
export function tbRows(lang: string, file: string, patterns: Record<string, RegExp>): ClassifierRule[] {
  const causeOf = (key: string): string => {
    const cause = MEANING[key]
    if (cause === undefined) throw new Error(`thunderbird-l10n: no meaning for ${key}`)
    return cause
  }
  const typed = Object.fromEntries(
    Object.entries(patterns).map(([key, re]) => [key, HOST_ONLY_KEYS.has(key) ? withTypedHost(re) : re]),
  )
  return keyedRows(`${TB_L10N}${lang}/${file}`, causeOf, typed)
}

// unknownHostError is a whole line, "could not connect to <host>", in every language: its host slot takes a name
// with a dot, as a server is typed, so that another program's sentence in the same words with a plain word there
// (.NET's Polish "Nie można połączyć się z serwerem zdalnym", "the remote server") is not read as a failed lookup.
const HOST_ONLY_KEYS = new Set(['unknownHostError'])
const TYPED_HOST = String.raw`[^\s.«»]+(?:\.[^\s.«»]+)+`
const withTypedHost = (re: RegExp): RegExp => new RegExp(re.source.replace(String.raw`\S+`, TYPED_HOST), re.flags)
