// What each string of the AOSP Email app and of Thunderbird for Android (K-9 Mail) means, by its key: the cause its
// English text reads today (android-email-rules.ts and client-sweep-rules.ts; the en rows of
// test/corpus/source-tables.jsonl), and where the English row sits. The translations in android-l10n-more-2..5.ts
// carry the key, so every language reads the string as the English one does.
import { keyedRows, type ClassifierRule } from './rule.js'

const EMAIL = 'aosp-mirror/platform_packages_apps_email:res/'
const K9 = 'thunderbird/thunderbird-android:'
export const NOTIFY = 'feature/notification/api/src/commonMain/composeResources'
export const LEGACY = 'legacy/ui/legacy/src/main/res'
export const CERT = 'feature/account/server/certificate/src/main/res'
export const VALIDATE = 'feature/account/server/validation/src/main/res'
export const SETTINGS = 'feature/account/server/settings/src/main/res'

// The AOSP Email app's keys (AccountCheckSettingsFragment.getErrorString, the sync notification). `guess`: the
// English row is a guess read among the "could not connect" fallbacks (connection-rules.ts CONNECT_FALLBACK), where
// a detail line pasted with it (the exception's message in parentheses) decides first.
const AOSP_MEANING: Record<string, { cause: string; guess: boolean }> = {
  // account_setup_failed_tls_required: TLS_REQUIRED, STARTTLS chosen and not among the server's capabilities.
  tlsRequired: { cause: 'starttls_not_offered', guess: false },
  // account_setup_failed_auth_required: AUTH_REQUIRED, the EHLO offered neither AUTH PLAIN nor LOGIN.
  authRequired: { cause: 'auth_mechanism_unsupported', guess: false },
  // account_setup_failed_dlg_auth_message: AUTHENTICATION_FAILED without the server's words.
  authMessage: { cause: 'auth_bad_credentials', guess: false },
  // account_setup_failed_dlg_certificate_message: CERTIFICATE_VALIDATION_ERROR, any SSLException while opening.
  certificateMessage: { cause: 'tls_cert_untrusted', guess: true },
  // account_setup_failed_security: GENERAL_SECURITY, an IOException caused by a CertificateException.
  security: { cause: 'tls_cert_untrusted', guess: true },
  // account_setup_failed_ioerror and _dlg_server_message: IOERROR (no name, refused, silent) or any other failure.
  ioError: { cause: 'tcp_timeout', guess: true },
  serverMessage: { cause: 'tcp_timeout', guess: true },
  // login_failed_ticker / _title: the notification of an AuthenticationFailedException while syncing.
  loginFailedTicker: { cause: 'auth_bad_credentials', guess: true },
  loginFailedTitle: { cause: 'auth_bad_credentials', guess: true },
}

// Thunderbird for Android's keys; every English row is read by a rule of its own (client-sweep-rules.ts,
// tls-rules.ts, transport-rules.ts), none a guess.
const K9_MEANING: Record<string, string> = {
  // notification_authentication_{incoming,outgoing}_server_error_text and the legacy notification_authentication_
  // error_text: an AuthenticationFailedException while syncing or sending.
  incomingAuthFailed: 'auth_bad_credentials',
  outgoingAuthFailed: 'auth_bad_credentials',
  authFailed: 'auth_bad_credentials',
  // notification_certificate_error_title: a CertificateValidationException; the app offers to accept the certificate.
  certificateError: 'tls_cert_untrusted',
  // account_server_certificate_unknown_error_description_format: the same, on the setup screen.
  securityThreat: 'tls_cert_untrusted',
  // account_server_validation_error_authentication and account_server_settings_password_authentication_failed: the
  // bare titles of a refused login (whole text only: a title above the server's own words lets them decide).
  authError: 'auth_bad_credentials',
  passwordAuthFailed: 'auth_bad_credentials',
  // account_server_validation_error_missing_server_capability_details with STARTTLS as the capability.
  missingCapability: 'starttls_not_offered',
}

/** A language's rows: those read where the English ones are, and the guesses among the connect fallbacks. */
export interface AndroidRows {
  rules: ClassifierRule[]
  fallback: ClassifierRule[]
}

/** The AOSP Email app's res/values-<lang>/strings.xml: each key's pattern (\S+ for the account name). */
export function aospRows(lang: string, patterns: Record<string, RegExp>): AndroidRows {
  const meaning = (key: string) => {
    const m = AOSP_MEANING[key]
    if (m === undefined) throw new Error(`android-l10n: no meaning for ${key}`)
    return m
  }
  const pick = (guess: boolean) =>
    Object.fromEntries(Object.entries(patterns).filter(([key]) => meaning(key).guess === guess))
  const source = `${EMAIL}values-${lang}/strings.xml`
  return {
    rules: keyedRows(source, (key) => meaning(key).cause, pick(false)),
    fallback: keyedRows(source, (key) => meaning(key).cause, pick(true)),
  }
}

/** One of Thunderbird for Android's values-<lang>/strings.xml files, under its module's res directory. */
export function k9Rows(dir: string, lang: string, patterns: Record<string, RegExp>): ClassifierRule[] {
  const meaning = (key: string) => {
    const cause = K9_MEANING[key]
    if (cause === undefined) throw new Error(`android-l10n: no meaning for ${key}`)
    return cause
  }
  return keyedRows(`${K9}${dir}/values-${lang}/strings.xml`, meaning, patterns)
}

/** A language's AOSP rows and its K-9 rows (all read where the English K-9 rows are). */
export function androidLang(aosp: AndroidRows, ...k9: ClassifierRule[][]): AndroidRows {
  return { rules: [...aosp.rules, ...k9.flat()], fallback: aosp.fallback }
}
