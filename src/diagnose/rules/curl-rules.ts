// curl's own sentences for IMAP, POP3 and SMTP (its failf() texts, after "curl: (<code>) "). They name
// the step that failed in curl's words ("STARTTLS not available.", "Access denied. N", "Remote access
// denied: 421"), which the general vocabulary reads wrongly or not at all: read before the STARTTLS rows.
import { sourced, type ClassifierRule } from './rule.js'

export const CURL_RULES: ClassifierRule[] = [
  // imap.c / pop3.c / smtp.c: CURLE_USE_SSL_FAILED (64) when the server does not offer the upgrade, or
  // refuses it ("STARTTLS denied[, code N]").
  ...sourced('curl/curl:lib/imap.c', [
    { cause: 'starttls_not_offered', text: /^curl: \(64\) (STARTTLS not (available|supported)|STLS not supported)\b/m },
    { cause: 'starttls_failed', text: /^curl: \(64\) STARTTLS denied\b/m },
    // imap_state_login_resp / pop3's USER and PASS: the server's NO or -ERR to the login (CURLE_LOGIN_DENIED).
    { cause: 'auth_bad_credentials', text: /^curl: \(67\) Access denied\. \S/m },
  ]),
  // smtp.c: EHLO and HELO refused ("Remote access denied: <code>"); a 421 there closes the service.
  ...sourced('curl/curl:lib/smtp.c', [
    { cause: 'server_unavailable', text: /^curl: \(9\) Remote access denied: 421\b/m },
    // MAIL refused with 530 (authentication required): the client did not log in. The same words whatever prints
    // them: the curl tool after "curl: (55) ", R's and PHP's bindings after their own call ("Error in
    // curl::curl_fetch_memory(…) : MAIL failed: 530").
    { cause: 'smtp_relay_denied', text: /\bMAIL failed: 530\b/ },
  ]),
  // curl_sasl.c: none of the server's SASL mechanisms is one curl can use.
  ...sourced('curl/curl:lib/curl_sasl.c', [
    { cause: 'auth_mechanism_unsupported', text: /\bUnsupported SASL authentication mechanism\b/ },
  ]),
  // strerror.c's CURLE_RECV_ERROR (56) without more detail: the connection broke under a read.
  ...sourced('curl/curl:lib/strerror.c', [
    { cause: 'tcp_reset', text: /^curl: \(56\) Failure when receiving data from the peer\b/m },
  ]),
]
