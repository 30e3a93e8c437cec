// Evidence codes the probes emit → cause ids. Codes that carry a server's or a library's own
// words are handed to the classifier, which knows the wording; the fallback applies when it
// has no match, and `accept` limits what the classifier may conclude in that spot.

import type { EvidenceCode } from '../model/evidence-codes.js'
import type { CauseId } from './cause-ids.js'

export interface EvidenceRule {
  /** Cause id, or null: the evidence is a fact for the report, not a problem. */
  cause: CauseId | null
  classify?: { stage?: string; accept?: CauseId[] }
}

// Every code has a row (a missing one is a compile error): a code nobody mapped must not pass
// silently as "protocol_error".
export const EVIDENCE_RULES: Record<EvidenceCode, EvidenceRule> = {
  DNS_NXDOMAIN: { cause: 'dns_nxdomain' },
  DNS_NODATA: { cause: 'dns_no_address' },
  DNS_SERVFAIL: { cause: 'dns_servfail' },
  DNS_TIMEOUT: { cause: 'dns_servfail' },
  TCP_REFUSED: { cause: 'tcp_refused' },
  TCP_TIMEOUT: { cause: 'tcp_timeout' },
  TCP_RESET: { cause: 'tcp_reset' },
  TCP_UNREACHABLE: { cause: 'net_unreachable' },
  TCP_NO_ADDRESS: { cause: 'dns_no_address' },
  TCP_ERROR: { cause: 'tcp_reset', classify: { stage: 'tcp' } },
  CONNECTION_CLOSED: { cause: 'tcp_reset' },
  TLS_WRONG_MODE: { cause: 'tls_wrong_mode' },
  TLS_OLD_PROTOCOL: { cause: 'tls_old_protocol' },
  TLS_ERROR: { cause: 'tls_handshake_failed', classify: { stage: 'tls' } },
  TLS_TIMEOUT: { cause: 'tls_handshake_failed' },
  TLS_NO_CERTIFICATE: { cause: 'tls_handshake_failed' },
  TLS_CERT_EXPIRED: { cause: 'tls_cert_expired' },
  TLS_CERT_NOT_YET_VALID: { cause: 'tls_cert_not_yet_valid' },
  TLS_CERT_HOSTNAME_MISMATCH: { cause: 'tls_cert_hostname_mismatch' },
  TLS_CERT_UNTRUSTED: { cause: 'tls_cert_untrusted' },
  TLS_CERT_INTERCEPTED: { cause: 'tls_intercepted_by_antivirus' },
  TLS_CERT_EXPIRING_SOON: { cause: null },
  GREETING_TIMEOUT: { cause: 'greeting_timeout' },
  GREETING_OTHER_PROTOCOL: { cause: 'protocol_port_mismatch' },
  PROTOCOL_GARBAGE: { cause: 'protocol_error' },
  PROTOCOL_LINE_TOO_LONG: { cause: 'protocol_error' },
  PROTOCOL_SASL_LOOP: { cause: 'protocol_error' },
  // The server greeted, then closed the connection (a FIN, not a reset): it ended the talk.
  SERVER_CLOSED: { cause: 'protocol_error' },
  SERVER_REPLY: { cause: 'server_unavailable', classify: { stage: 'greeting' } },
  CAPABILITIES_TIMEOUT: { cause: 'protocol_error' },
  CAPABILITIES_UNSUPPORTED: { cause: null },
  LOGIN_DISABLED_BEFORE_TLS: { cause: 'auth_plaintext_disabled' },
  STARTTLS_NOT_OFFERED: { cause: 'starttls_not_offered' },
  STARTTLS_REFUSED: {
    cause: 'starttls_failed',
    classify: {
      stage: 'starttls',
      accept: ['starttls_failed', 'starttls_not_offered', 'server_unavailable', 'auth_rate_limited'],
    },
  },
  // After a yes to STARTTLS, plaintext where TLS was due is a broken upgrade, not a wrong setting.
  STARTTLS_HANDSHAKE_FAILED: {
    cause: 'starttls_failed',
    classify: { stage: 'starttls', accept: ['tls_old_protocol'] },
  },
  STARTTLS_TIMEOUT: { cause: 'starttls_failed' },
  STARTTLS_INJECTION: { cause: 'starttls_tampered' },
  SOCKET_ERROR: { cause: 'protocol_error', classify: {} },
  AUTH_NOT_TRIED: { cause: null },
  AUTH_TIMEOUT: { cause: 'server_unavailable' },
  // No answer to a login after others to the same host were refused: the server slows logins down.
  AUTH_SLOWED: { cause: 'auth_rate_limited' },
  AUTH_REJECTED: { cause: 'auth_bad_credentials', classify: { stage: 'auth' } },
  NO_ENCRYPTION: { cause: 'no_encryption_available' },
  AUTH_CONNECTION_LOST: { cause: 'tcp_reset' },
  SMTP_AUTH_NOT_ADVERTISED: { cause: 'auth_mechanism_unsupported' },
  AUTH_NO_COMMON_MECHANISM: { cause: 'auth_mechanism_unsupported' },
  AUTH_AFTER_TLS_ONLY: { cause: 'auth_plaintext_disabled' },
  // A refused token is the token's fault unless the words name something that no token fixes;
  // Microsoft's bare "AUTHENTICATE failed." / "5.7.3 Authentication unsuccessful" fall back here.
  AUTH_TOKEN_REJECTED: {
    cause: 'auth_token_invalid',
    classify: {
      stage: 'auth',
      accept: [
        'auth_token_invalid',
        'auth_account_locked',
        'auth_rate_limited',
        'server_unavailable',
        'imap_disabled',
        'pop_disabled',
        'auth_mechanism_unsupported',
      ],
    },
  },
  AUTH_OAUTH_ONLY: { cause: 'auth_basic_auth_disabled' },
  AUTH_NO_TOKEN_MECHANISM: { cause: 'auth_mechanism_unsupported' },
  // Office 365: LOGIN said OK, the next command "User is authenticated but not connected".
  AUTH_NOT_CONNECTED: { cause: 'auth_bad_credentials' },
  MAILBOX_FULL: { cause: 'mailbox_over_quota' },
  MAILBOX_NEARLY_FULL: { cause: 'mailbox_over_quota' },
  MAILBOX_TIMEOUT: { cause: null },
  INTERNAL_ERROR: { cause: 'protocol_error' },
  DEADLINE: { cause: null },
  // The probe was stopped (its stage's time or the check's deadline ran out): that stop says so.
  ABORTED: { cause: null },
  // Set by the cross-endpoint and input rules, which name their cause themselves.
  RELAY_PORT_NO_LOGIN: { cause: 'auth_mechanism_unsupported' },
  PLAINTEXT_WHILE_TLS_WORKS: { cause: 'insecure_settings' },
  NOT_PROVIDER_HOST: { cause: 'wrong_server_name' },
  DOMAIN_RECEIVES_NO_MAIL: { cause: 'address_domain_typo' },
}
