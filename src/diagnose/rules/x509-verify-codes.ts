// OpenSSL's certificate verification results as bare numbers (X509_V_ERR_*, openssl/openssl:include/openssl/
// x509_vfy.h.in). Most programs print OpenSSL's reason string beside the number, and tls-rules.ts reads that; a few
// print the number alone, and only the table below says what it means.
import { sourced, type ClassifierRule } from './rule.js'

// The verification results that name one of our causes, by number (x509_vfy.h.in's defines). Codes about CRLs,
// policies and Suite B name none.
const VERIFY_RESULT_CAUSE: Record<number, string> = {
  2: 'tls_cert_untrusted', // UNABLE_TO_GET_ISSUER_CERT
  7: 'tls_cert_untrusted', // CERT_SIGNATURE_FAILURE
  9: 'tls_cert_not_yet_valid', // CERT_NOT_YET_VALID
  10: 'tls_cert_expired', // CERT_HAS_EXPIRED
  18: 'tls_cert_untrusted', // DEPTH_ZERO_SELF_SIGNED_CERT
  19: 'tls_cert_untrusted', // SELF_SIGNED_CERT_IN_CHAIN
  20: 'tls_cert_untrusted', // UNABLE_TO_GET_ISSUER_CERT_LOCALLY
  21: 'tls_cert_untrusted', // UNABLE_TO_VERIFY_LEAF_SIGNATURE
  24: 'tls_cert_untrusted', // NO_ISSUER_PUBLIC_KEY (INVALID_CA before 1.1.0)
  27: 'tls_cert_untrusted', // CERT_UNTRUSTED
  62: 'tls_cert_hostname_mismatch', // HOSTNAME_MISMATCH
  64: 'tls_cert_hostname_mismatch', // IP_ADDRESS_MISMATCH
}

function numbersOf(cause: string): string {
  return Object.entries(VERIFY_RESULT_CAUSE)
    .filter(([, c]) => c === cause)
    .map(([n]) => n)
    .join('|')
}

/** Rules for one program's way of printing a bare verification result: `before` is the words right before it. */
function verifyResultRows(source: string, before: string): ClassifierRule[] {
  const causes = [...new Set(Object.values(VERIFY_RESULT_CAUSE))]
  return sourced(
    source,
    causes.map((cause) => ({ cause, text: new RegExp(`${before}(?:${numbersOf(cause)})\\b`, 'i') })),
  )
}

export const X509_VERIFY_NUMBER_RULES: ClassifierRule[] = [
  // imapfilter prints SSL_get_verify_result() alone when it is not one it lets the user accept (18 and 20 it asks
  // about, so they never show here): error("certificate verification failed; %d\n", verify).
  ...verifyResultRows('lefcha/imapfilter:src/cert.c', String.raw`certificate verification failed; `),
]
