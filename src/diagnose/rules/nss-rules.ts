// NSS and mozilla::pkix, the TLS library of Thunderbird, Firefox and Red Hat's curl: their error names and texts as
// people paste them (Thunderbird's certificate dialog and error console, "Error code: SEC_ERROR_UNKNOWN_ISSUER",
// curl's "NSS error -8179 (SEC_ERROR_UNKNOWN_ISSUER)" and "Peer's Certificate issuer is not recognized."). Each row
// reads what the name says: the issuer unknown or distrusted, a certificate for another name, dates, no cipher in
// common, or a plaintext reply read as a TLS record. Strings from NSS's lib/util/SECerrs.h and lib/ssl/SSLerrs.h.
import { sourced, type ClassifierRule } from './rule.js'

const SEC_ERRS = 'nss-dev/nss:lib/util/SECerrs.h'
const SSL_ERRS = 'nss-dev/nss:lib/ssl/SSLerrs.h'

// SSL_ERROR_RX_RECORD_TOO_LONG by name or text: the "length" of a record header made of a plaintext greeting
// ("220 …", "* OK") is far past the maximum: TLS spoken to a plaintext port, as OpenSSL's "wrong version number" is.
export const NSS_RECORD_TOO_LONG =
  /\bSSL_ERROR_RX_RECORD_TOO_LONG\b|\bSSL received a record that exceeded the maximum permissible length\b/i

export const NSS_RULES: ClassifierRule[] = [
  ...sourced(SEC_ERRS, [
    {
      cause: 'tls_cert_untrusted',
      text: /\bSEC_ERROR_(?:UNKNOWN_ISSUER|UNTRUSTED_ISSUER|UNTRUSTED_CERT|CA_CERT_INVALID)\b|\bPeer's Certificate issuer is not recognized\b|\bPeer's certificate (?:issuer )?has been marked as not trusted by the user\b|\bIssuer certificate is invalid\b/i,
    },
    {
      cause: 'tls_cert_expired',
      text: /\bSEC_ERROR_EXPIRED_(?:ISSUER_)?CERTIFICATE\b|\bThe certificate issuer's certificate has expired\b/i,
    },
  ]),
  // mozilla::pkix's own codes (its ErrorCode enum), shown by Thunderbird's and Firefox's certificate error pages under
  // "Error code:". MITM_DETECTED is their name for a security product or proxy that re-signs the connection.
  ...sourced('nss-dev/nss:lib/mozpkix/include/pkix/pkixnss.h', [
    { cause: 'tls_cert_untrusted', text: /\bMOZILLA_PKIX_ERROR_SELF_SIGNED_CERT\b/i },
    { cause: 'tls_cert_not_yet_valid', text: /\bMOZILLA_PKIX_ERROR_NOT_YET_VALID_(?:ISSUER_)?CERTIFICATE\b/i },
    { cause: 'tls_intercepted_by_antivirus', text: /\bMOZILLA_PKIX_ERROR_MITM_DETECTED\b/i },
  ]),
  ...sourced(SSL_ERRS, [
    {
      cause: 'tls_cert_hostname_mismatch',
      text: /\bSSL_ERROR_BAD_CERT_DOMAIN\b|\brequested domain name does not match the server's certificate\b/i,
    },
    // No cipher both sides accept, as OpenSSL's "no shared cipher" is read: an obsolete cipher on one side.
    {
      cause: 'tls_old_protocol',
      text: /\bSSL_ERROR_NO_CYPHER_OVERLAP\b|\bCannot communicate securely with peer: no common encryption algorithm/i,
    },
    { cause: 'tls_wrong_mode', text: NSS_RECORD_TOO_LONG },
  ]),
]
