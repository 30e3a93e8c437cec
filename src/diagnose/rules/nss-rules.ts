// NSS and mozilla::pkix, the TLS library of Thunderbird, Firefox and Red Hat's curl: their error names and texts as
// people paste them (Thunderbird's certificate dialog and error console, "Error code: SEC_ERROR_UNKNOWN_ISSUER",
// curl's "NSS error -8179 (SEC_ERROR_UNKNOWN_ISSUER)" and "Peer's Certificate issuer is not recognized."). Each row
// reads what the name says: the issuer unknown or distrusted, a certificate for another name, dates, no cipher in
// common, or a plaintext reply read as a TLS record. Strings from NSS's lib/util/SECerrs.h and lib/ssl/SSLerrs.h.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const SEC_ERRS = 'nss-dev/nss:lib/util/SECerrs.h'
const SSL_ERRS = 'nss-dev/nss:lib/ssl/SSLerrs.h'
// The same strings as Thunderbird and Firefox show them in Italian, and in the de/, fr/ and es-ES/ files beside it.
const L10N = 'mozilla-l10n/firefox-l10n:it/security/manager/chrome/pipnss/nsserrors.properties'
const EN = 'mozilla/gecko-dev:security/manager/locales/en-US/chrome/pipnss/nsserrors.properties'

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
  // The protocol version or ciphers one side no longer accepts, by name and in the words nsserrors.properties gives
  // them: SSL_ERROR_UNSUPPORTED_VERSION (a TLS 1.0-only server, a client limited to old versions),
  // SSL_ERROR_PROTOCOL_VERSION_ALERT, SSL_ERROR_INSUFFICIENT_SECURITY_ALERT, SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY
  // (an old server's short DH key) and SSL_ERROR_UNSAFE_NEGOTIATION (legacy renegotiation).
  ...sourced(EN, [
    {
      cause: 'tls_old_protocol',
      text: anyOf(
        /\bSSL_ERROR_(UNSUPPORTED_VERSION|PROTOCOL_VERSION_ALERT|INSUFFICIENT_SECURITY_ALERT)\b/,
        /\bSSL_ERROR_(WEAK_SERVER_EPHEMERAL_DH_KEY|UNSAFE_NEGOTIATION)\b/,
        /\bPeer using unsupported version of security protocol\b|\bServer requires ciphers more secure than\b/i,
        /\bweak ephemeral Diffie-Hellman key\b|\bPeer attempted old style \(potentially vulnerable\) handshake\b/i,
      ),
    },
    // SSL_ERROR_HANDSHAKE_FAILURE_ALERT: the peer's handshake_failure alert, which says no more than that.
    {
      cause: 'tls_handshake_failed',
      text: /\bSSL_ERROR_HANDSHAKE_FAILURE_ALERT\b|\bSSL peer was unable to negotiate an acceptable set of security parameters\b/i,
    },
  ]),
  ...sourced(L10N, [
    {
      cause: 'tls_old_protocol',
      text: anyOf(
        // SSL_ERROR_UNSUPPORTED_VERSION
        /utilizza una versione non supportata del protocollo di sicurezza/i,
        /verwendet eine nicht unterstützte Version des Sicherheitsprotokolls/i,
        /utilise une version non gérée du protocole de sécurité/i,
        /usando una versión del protocolo de seguridad no admitida/i,
        // SSL_ERROR_PROTOCOL_VERSION_ALERT
        /segnala una versione del protocollo incompatibile o non supportata/i,
        /meldet eine inkompatible oder nicht unterstützte Protokollversion/i,
        /signale une version de protocole non compatible ou non gérée/i,
        /informa de una versión del protocolo incompatible o no admitida/i,
        // SSL_ERROR_INSUFFICIENT_SECURITY_ALERT
        /richiede un livello di cifratura superiore a quello supportato dal client/i,
        /benötigt Ciphers, die sicherer sind/i,
        /requiert des chiffrements plus sûrs que ceux gérés par le client/i,
        /requiere cifrado más seg\w+ del soportado por el cliente/i,
        // SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY
        /chiave Diffie-Hellman temporanea \(ephemeral\) debole|schwachen kurzlebigen Diffie-Hellman-Schlüssel/i,
        /clé Diffie-Hellman éphémère faible|clave Diffie-Hellman efímera débil/i,
        // SSL_ERROR_NO_CYPHER_OVERLAP
        /non esistono algoritmi crittografici in comune|Keine gemeinsamen Verschlüsselungsalgorithmen/i,
        /aucun algorithme de chiffrement en commun|no hay algoritmos de cifrado comunes/i,
      ),
    },
    // SSL_ERROR_BAD_CERT_DOMAIN
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(
        /nome di dominio richiesto non corrisponde al certificato del server/i,
        /Angeforderter Domainname stimmt nicht mit dem Zertifikat des Servers überein/i,
        /nom de domaine demandé ne correspond pas au certificat du serveur/i,
        /nombre de dominio solicitado no coincide con el certificado del servidor/i,
      ),
    },
    // SSL_ERROR_RX_RECORD_TOO_LONG: a plaintext greeting read as a TLS record (NSS_RECORD_TOO_LONG above).
    {
      cause: 'tls_wrong_mode',
      text: anyOf(
        /SSL ha ricevuto un pacchetto che eccede la dimensione massima consentita/i,
        /SSL hat einen Eintrag erhalten, der die maximal erlaubte Länge überschritten hat/i,
        /SSL a reçu un enregistrement qui dépasse la longueur maximale autorisée/i,
        /SSL ha recibido un registro que excedía la longitud máxima permitida/i,
      ),
    },
    // SEC_ERROR_UNKNOWN_ISSUER in French (the others' languages are read by the general certificate rows).
    { cause: 'tls_cert_untrusted', text: /autorité de délivrance du certificat du pair n.est pas reconnue/i },
    // SSL_ERROR_HANDSHAKE_FAILURE_ALERT
    {
      cause: 'tls_handshake_failed',
      text: anyOf(
        /non è stato in grado di negoziare un insieme di parametri di sicurezza accettabile/i,
        /konnte keinen akzeptablen Satz an Sicherheitsparametern aushandeln/i,
        /n.a pas réussi à négocier un jeu de paramètres de sécurité acceptable/i,
        /no ha podido negociar un conjunto aceptable de parámetros de seguridad/i,
      ),
    },
  ]),
]
