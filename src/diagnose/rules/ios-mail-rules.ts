// iOS Mail's own English messages, read in a public dump of iOS 26.1's decompiled Message framework and Mail app,
// where each message sits next to its key (MFLookupLocalizedString(KEY, "English text", table)). The key and the
// code that raises it say what happened: HOST_UNREACHABLE only for EHOSTUNREACH, the SSL_* keys for the Secure
// Transport errors, WEBLOGIN_PROMPT_FORMAT for Gmail's WEBALERT. Messages that cover several failures (the
// "is not responding" fallback, MF_SSL_CONNECTION_FAILURE) are left to the general connection rows.
import { sourced, type ClassifierRule } from './rule.js'

const DUMP = 'EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/Message.framework/Message'

export const IOS_MAIL_RULES: ClassifierRule[] = [
  // MFConnection: HOST_UNREACHABLE, raised only for POSIX error 65 (no route to host).
  ...sourced(`${DUMP}/MFConnection.mm`, [
    { cause: 'net_unreachable', text: /\bThe server [“"][^”"\n]{1,100}[”"] cannot be contacted on port \d+/i },
  ]),
  // _setupSSLDomainError: the Secure Transport error behind each message (-9807 invalid chain, -9813 no root,
  // -9843 host name mismatch); SSL_GENERIC_READ/WRITE_ERROR for any other SSL error while reading or writing.
  ...sourced(DUMP, [
    { cause: 'tls_cert_hostname_mismatch', text: /\bThe certificate hostname does not match\b/i },
    { cause: 'tls_cert_untrusted', text: /\bThere is no root certificate for this server\b/i },
    { cause: 'tls_cert_untrusted', text: /^\s*The certificate for the server is invalid\.?\s*$/im },
    {
      cause: 'tls_handshake_failed',
      text: /\bAn SSL error occurred while trying to (provide|read) data (to|from) the server\b/i,
    },
  ]),
  // MFAccount: NO_PASSWORD_PROVIDED_FOR_ACCOUNT_FORMAT / _FOR_USER_FORMAT, shown when no password is stored for the
  // account: the fix is the password, as for a refused one.
  ...sourced(`${DUMP}/MFAccount.mm`, [
    { cause: 'auth_bad_credentials', text: /\bNo password provided for (user )?[“"][^”"\n]{1,100}[”"]/i },
  ]),
  // GmailAccount: a WEBALERT answer becomes "Verification Required" / "Log in to your %@ account" (code 1058), which
  // opens Google's sign-in page.
  ...sourced(`${DUMP}/GmailAccount.mm`, [
    { cause: 'auth_web_login_required', text: /\bLog in to your (Google|Gmail) account\b/i },
  ]),
]
