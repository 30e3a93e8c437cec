// What TLS libraries say about certificates and handshakes, and what it means. OpenSSL's reason
// strings first; then the words Java, Go, .NET, PHP, curl, Schannel (Outlook) and Thunderbird
// wrap around the same failures.
import { TLS_INTERCEPTORS_IN_TEXT } from '../../model/tls-interceptors.js'
import { NSS_RULES } from './nss-rules.js'
import { X509_VERIFY_NUMBER_RULES } from './x509-verify-codes.js'
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const X509_TXT = 'openssl/openssl:crypto/x509/x509_txt.c'
const SSL_ERR = 'openssl/openssl:ssl/ssl_err.c'
// The words of a client that waited for a greeting in vain.
export const GREETING_SILENCE = anyOf(
  /greeting never received|failed to receive greeting|GREETING_TIMEOUT|no greeting/,
  /timed? ?out waiting for (the )?(greeting|banner)|waiting for the server greeting/,
  // aiosmtplib's SMTPConnectTimeoutError after the socket opened (cole/aiosmtplib:src/aiosmtplib/smtp.py).
  /waiting for (the )?server ready message/,
)

// OpenSSL's X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, as its reason string and as Node's error code.
export const SELF_SIGNED_IN_CHAIN =
  /self[- ]signed certificate in (the )?certificate chain|\bSELF_SIGNED_CERT_IN_CHAIN\b/i

// "certificate" in de, fr, es, it (with its compounds: Zertifikatsaussteller, certificato …), and "does
// not match" in the same four languages.
const CERT_WORD = String.raw`(Zertifikat|certificat|certificado|certificato)\S*\b`
const NO_MATCH = String.raw`\b(entspricht nicht|stimmt nicht|non corrisponde|ne correspond pas|no coincide)`

export const CERTIFICATE_RULES: ClassifierRule[] = [
  // NSS's and mozilla::pkix's names and texts (Thunderbird, Firefox, RHEL's curl), before the wider words.
  ...NSS_RULES,
  ...X509_VERIFY_NUMBER_RULES,
  // "expired or not yet valid … current time X is before Y" (Go) and NotBefore (Java) read the
  // clock the other way round: before the expiry rows.
  ...sourced('golang/go:src/crypto/x509/verify.go', [
    {
      cause: 'tls_cert_not_yet_valid',
      // rustls' CertificateError::NotValidYet reads the same way (lettre/lettre:src/transport/smtp/error.rs).
      text: /current time \S+ is before|NotBefore|CertificateNotYetValid|invalid peer certificate: NotValidYet/i,
    },
  ]),
  ...sourced(X509_TXT, [
    { cause: 'tls_cert_expired', errorCode: ['CERT_HAS_EXPIRED'] },
    {
      cause: 'tls_cert_expired',
      text: anyOf(
        /certificate (has )?expired|expired certificate|certificato (del server )?(è )?scadut/,
        /certificate has expired or is not yet valid|NotAfter|CertificateExpired|NotTimeValid/,
        /current time \S+ is after|Outdated Information|Informazioni obsolete|certificat.{0,40}a expiré|Zertifikat.{0,40}abgelaufen/,
        /certificado.{0,40}caducado|证书已过期|SEC_E_CERT_EXPIRED|CERT_E_EXPIRED/,
        // .NET's X509ChainStatus NotTimeValid text (MailKit lists it) and rustls' CertificateError::Expired.
        /not within its validity period|invalid peer certificate: Expired\b/,
      ),
    },
    // Java's PKIX validator on a certificate outside its dates (BasicChecker.verifyTimestamp, EXPIRED or
    // NOT_YET_VALID); the not-yet-valid case names NotBefore in its cause, read above.
    {
      source: 'openjdk/jdk:src/java.base/share/classes/sun/security/provider/certpath/BasicChecker.java',
      cause: 'tls_cert_expired',
      text: /\b(CertPathValidatorException|PKIX path validation failed)\b[^\n]{0,120}\btimestamp check failed\b/,
    },
    { cause: 'tls_cert_not_yet_valid', errorCode: ['CERT_NOT_YET_VALID'] },
    {
      cause: 'tls_cert_not_yet_valid',
      text: /not yet valid|non ancora valido|noch nicht gültig|pas encore valide|todavía no es válido/i,
    },
    { cause: 'tls_cert_hostname_mismatch', errorCode: ['ERR_TLS_CERT_ALTNAME_INVALID'] },
  ]),
  // Host name checks: OpenSSL (hostname mismatch), Node, Java HostnameChecker, Go, .NET
  // SslPolicyErrors, PHP, c-client, curl, Schannel/Outlook ("target principal name") and
  // Thunderbird/Firefox certManager ("Wrong Site").
  ...sourced('openjdk/jdk:src/java.base/share/classes/sun/security/util/HostnameChecker.java', [
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(
        /(does not|doesn't|did not) match (certificate|the server certificate|expected CN|either of)/,
        /not in the cert'?s (altnames|list)|hostname mismatch|certificate is (only )?valid for/,
        // OpenSSL's X509_V_ERR_IP_ADDRESS_MISMATCH (x509_txt.c), as CPython's ssl module prints it.
        /\bIP address mismatch\b/,
        /is valid for \S+(, \S+)*, not|not valid for any names|legacy Common Name/,
        /no (subject )?alternative (DNS )?(names?|certificate subject name) match|No name matching|SEC_E_WRONG_PRINCIPAL/,
        /host name did not match|NameMismatch|Server name does not match certificate/,
        /target princip(al|le) name is incorrect|nome dell['’]entità di destinazione non è corretto/,
        // SEC_E_WRONG_PRINCIPAL in de, fr, es, as Microsoft's localized SQL Server TLS pages and Indy's fr SSPI
        // strings print it (learn.microsoft.com/de-de/sql/database-engine/configure-windows/
        // enable-encrypted-connections-to-the-database-engine, its es-es page).
        /Zielprinzipalname (ist falsch|stimmt nicht)|nom principal de la cible est incorrect/,
        /nombre principal de destino es incorrecto/,
        /Wrong Site|Sito errato|belongs to a different site|appartiene a un sito diverso/,
        /Certificate does not match hostname/,
        // MailKit's SslHandshakeException names both: "The host name (x) did not match the name(s) given in …".
        /host name ?\(\S+\) did not match/,
        // Firefox/Thunderbird certManager's "Wrong Site" in de, fr, es.
        /Zertifikat (gehört|ist) (zu|für) (einer |eine )?andere|Falsche Website|Site incorrect|Sitio incorrecto/,
        /certificat (appartient|est) .{0,20}autre site|certificado (pertenece|es) .{0,20}otro sitio/,
      ),
    },
  ]),
  // Gmail's "Send mail as" bounce since April 2020, "TLS Negotiation failed, the certificate doesn't match the
  // host.": Gmail checks the name on the relay's certificate against the SMTP server name the user entered (the page
  // also notes that a self-signed certificate is refused with the same words).
  ...sourced('https://blog.gaiterjones.com/gmail-tls-negotiation-failed-the-certificate-doesnt-match-the-host/', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bcertificate (doesn't|does not) match the host\b/i },
  ]),
  // PHP's OpenSSL layer could not open the CA bundle it was told to use (openssl.cafile, a distribution's path that
  // does not exist in this image): with no authority to check against, no server certificate can be trusted.
  ...sourced('php/php-src:ext/openssl/xp_ssl.c', [
    { cause: 'tls_cert_untrusted', text: /\bfailed loading cafile stream\b/ },
  ]),
  // NeoMutt's own English verdicts (conn/openssl.c, conn/gnutls.c): check_host()'s "certificate owner does
  // not match hostname" after "Certificate host check failed:", and the untrusted-certificate error.
  ...sourced('neomutt/neomutt:conn/openssl.c', [
    {
      cause: 'tls_cert_hostname_mismatch',
      text: /\bCertificate host check failed\b|\bcertificate owner does not match hostname\b/i,
    },
    {
      cause: 'tls_cert_untrusted',
      text: /\bUntrusted server certificate\b|\bServer certificate has been revoked\b|\bSigner of server certificate is not a CA\b/i,
    },
    // conn/gnutls.c: a signature algorithm GnuTLS calls insecure (MD5, SHA-1) is an outdated server setup,
    // like OpenSSL's "ca md too weak".
    { cause: 'tls_old_protocol', text: /\bServer certificate was signed using an insecure algorithm\b/i },
    // conn/openssl.c: every TLS version is switched off in the client's own settings ($ssl_use_tlsv1_*).
    { cause: 'tls_old_protocol', text: /\bAll available protocols for TLS\/SSL connection disabled\b/i },
  ]),
  // The certificate verdicts of mail clients in de/fr/es/it: Thunderbird's certError.ftl (the
  // host name and a date sit between "certificate" and the verdict), NeoMutt's and Evolution's
  // (camel/NSS) warnings. Validity dates first: "not valid until" is no host name mismatch.
  ...sourced('thunderbird/thunderbird-l10n:de/mail/messenger/certError.ftl', [
    {
      cause: 'tls_cert_not_yet_valid',
      text: anyOf(
        /Zertifikat.{0,80}\berst (ab (dem )?)?\S+ gültig|non sarà valido fino|ne sera pas valide (jusqu|avant)/,
        /no será válido hasta|non è ancora valid|(pas|n'est) (encore|toujours) (valide|pas valide)/,
      ),
    },
    {
      cause: 'tls_cert_expired',
      text: anyOf(
        new RegExp(`${CERT_WORD}.{0,80}\\b(abgelaufen|a expiré|est expiré|caduc[óo]|caducado)`),
        new RegExp(`${CERT_WORD}.{0,80}\\b((se )?ha vencido|venci[óo]|è scaduto|scaduto il)`),
      ),
    },
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(
        new RegExp(`${CERT_WORD}.{0,80}\\b(für diesen Server nicht gültig|non è valido per quel server)`),
        new RegExp(`${CERT_WORD}.{0,80}\\b(pas valide (sur|pour) ce serveur|no es válido para ese servidor)`),
        new RegExp(
          `(Host ?name|Rechnername|nome host|nom (du serveur|d'hôte)|nombre del (servidor|equipo)).{0,40}${NO_MATCH}`,
        ),
        new RegExp(`${CERT_WORD}.{0,40}${NO_MATCH}\\b.{0,30}\\b(Rechner|Host|nom|nombre)`),
      ),
    },
  ]),
  ...sourced('https://support.avast.com/en-ww/article/Antivirus-Email-Shield', [
    {
      cause: 'tls_intercepted_by_antivirus',
      // The same list the certificate probe reads issuers with: kept once.
      text: TLS_INTERCEPTORS_IN_TEXT,
      unless: /^(\d{3}|\* |[+-](OK|ERR))/,
    },
  ]),
  // Outlook's security alert (KB 2006728): the certificate's root is not in Windows' trusted store, in English and
  // as the Italian article words it.
  ...sourced('https://mskb.pkisolutions.com/kb/2006728', [
    {
      cause: 'tls_cert_untrusted',
      text: /\bissued by a company you have not chosen to trust\b|rilasciato da una società che non si è scelto di considerare attendibile/i,
    },
  ]),
  // A self-signed root at the top of the chain: the client does not trust the authority that signed the server's
  // certificate. On a server of the user's own (a private authority, a container's relay) that is the whole story;
  // on a public provider's server it means something in between re-signed the traffic (root-cause-context.ts).
  ...sourced('https://nodejs.org/api/cli.html#node_extra_ca_certsfile', [
    { cause: 'tls_cert_untrusted', errorCode: ['SELF_SIGNED_CERT_IN_CHAIN'] },
    { cause: 'tls_cert_untrusted', text: SELF_SIGNED_IN_CHAIN },
  ]),
  ...sourced(X509_TXT, [
    {
      cause: 'tls_cert_untrusted',
      errorCode: [
        'DEPTH_ZERO_SELF_SIGNED_CERT',
        'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
        'UNABLE_TO_GET_ISSUER_CERT',
        'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        'CERT_UNTRUSTED',
        'CERT_SIGNATURE_FAILURE',
        'CERT_REJECTED',
        'INVALID_CA',
      ],
    },
    // A server log's "alert certificate unknown / bad certificate / unknown ca" is the client
    // refusing the server's certificate.
    { cause: 'tls_cert_untrusted', text: /alert (certificate unknown|bad certificate|unknown ca)/i },
    // The same alerts as Go's crypto/tls names them in a Go server's log (Proton Mail Bridge, go-smtp servers):
    // "TLS handshake error from …: remote error: tls: bad certificate" (golang/go:src/crypto/tls/alert.go).
    {
      source: 'golang/go:src/crypto/tls/alert.go',
      cause: 'tls_cert_untrusted',
      text: /\bremote error: tls: (bad certificate|unknown certificate authority|certificate unknown)\b/,
    },
    // X509_V_ERR_UNABLE_TO_GET_CRL: revocation could not be checked, so the chain is not trusted.
    { cause: 'tls_cert_untrusted', errorCode: ['UNABLE_TO_GET_CRL'] },
    { cause: 'tls_cert_untrusted', text: /\bunable to get certificate CRL\b/i },
  ]),
  // Thunderbird's cert-error-untrusted-default, Thunderbird for Android's "potential security threat"
  // screen, NeoMutt's "signer … is not a CA" and camel/NSS's "issuer is not recognized", in de/fr/es/it.
  ...sourced('thunderbird/thunderbird-android:feature/account/server/certificate/src/main/res/values-de/strings.xml', [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /nicht von einer vertrauenswürdigen Quelle|non proviene da una fonte attendibile/,
        /ne provient pas d'une source sûre|no proviene de una fuente (de confianza|confiable)/,
        /potenzielle Sicherheitsbedrohung|potenziale minaccia alla sicurezza|menace de sécurité potentielle/,
        /posible problema de seguridad y ha cortado la conexión/,
        /(Aussteller|émetteur|emisor|emittente)\S*\b.{0,60}\b(nicht erkannt|n'est pas reconnu)/,
        /(Aussteller|émetteur|emisor|emittente)\S*\b.{0,60}\b(no (se )?reconoc|non (è )?riconosciut)/,
        /(ist keine|non è una|n'est pas (un|une)|no es del tipo) «?CA\b/,
        // "unknown certificate authority" in de, fr, es, it.
        /autorité (de certification )?(inconnue|non reconnue)|autoridad (de certificación )?desconocida/,
        /Zertifizierungsstelle\S*.{0,30}(unbekannt|nicht vertrauenswürdig)|autorità di certificazione sconosciuta/,
      ),
    },
  ]),
  ...sourced('https://learn.microsoft.com/en-us/dotnet/api/system.net.security.sslpolicyerrors', [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /self[- ]signed certificate|unable to (get (local )?issuer|verify the first) certificate/,
        /untrusted (certificate|issuer|root)|certificate (is )?not trusted|authority that is not trusted|UNTRUSTED_?ROOT/,
        /unknown (ca|certificate authority)|signed by unknown authority|certificate verify failed/,
        // Go's crypto/x509 (verify.go) with no CA bundle in the image: nothing to check a chain against.
        /\bfailed to load system roots\b/,
        /PKIX path|certification path|Trust anchor|invalid according to the validation procedure/,
        // .NET's RemoteCertificate invalid and Java's PKIX failure in German.
        /laut Validierungsverfahren ungültig|PKIX-Pfad/,
        // The same .NET sentence in it, fr, es, and es's "Could not establish trust relationship for the SSL/TLS
        // secure channel" (as learn.microsoft.com's it-it, fr-fr, es-es Azure pages quote them).
        /non è valido in base alla procedura di convalida|n.est pas valide selon la procédure de validation/,
        /no es válido según el procedimiento de validación|relación de confianza para el canal seguro/,
        /errors in the certificate chain|certificate.{0,40}(could not|cannot) be verified|Certificate verification failed/,
        // .NET's X509ChainStatus PartialChain/UntrustedRoot texts, rustls' UnknownIssuer, glib-networking's
        // G_TLS_ERROR_BAD_CERTIFICATE ("Unacceptable TLS certificate": Evolution, GNOME apps).
        /chain could not be built to a trusted root|invalid peer certificate: (UnknownIssuer|BadSignature)/,
        /Unacceptable TLS certificate/,
        // Windows CERT_E_UNTRUSTEDROOT as MailKit lists it; Postfix smtp_proto.c's deferral reason.
        /terminated in a root certificate which is not trusted|\bServer certificate not verified\b/,
        /certificato.{0,40}non può essere verificato|non (è )?(considerato )?attendibil|Unknown Identity/,
        /(can't|cannot|can not) verify (the )?(server )?identity|non può verificare l['’]identità/,
        /Identità sconosciuta|invalid SSL certificate|certificato SSL non valido/,
        /Impossibile verificare l['’]identità|Verify return code: 2[01]\b/,
        /Zertifikat.{0,40}(nicht vertrauenswürdig|nicht verifiziert|selbst signiert|unbekannt)|Unbekannte Identität/,
        /certificat.{0,40}(non approuvé|non fiable|pas de confiance|auto-signé)|Identité inconnue/,
        /certificado.{0,40}(no es de confianza|no confiable|autofirmado)|Identidad desconocida/,
      ),
      // K-9's SASL EXTERNAL message names certificate authorities as a possible reason only.
      unless: /does not advertise the SASL/i,
    },
  ]),
]

export const HANDSHAKE_RULES: ClassifierRule[] = [
  ...sourced('openssl/openssl:ssl/record/ssl3_record.c', [
    {
      cause: 'tls_wrong_mode',
      errorCode: ['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_HTTP_REQUEST'],
    },
    // "https proxy request": a proxy CONNECT line where a ClientHello was due (SSL_R_HTTPS_PROXY_REQUEST).
    {
      cause: 'tls_wrong_mode',
      // OpenSSL 1.0's SSL23_GET_CLIENT_HELLO/SERVER_HELLO "unknown protocol" (SSL_R_UNKNOWN_PROTOCOL): the first
      // bytes were no TLS record, as Dovecot and Exim print it at the end of the line too.
      text: /wrong version number|packet length too long|https? (proxy )?request|unknown protocol:|SSL routines:[^:\n]*:unknown protocol\b/i,
    },
    // SSL_R_WRONG_VERSION_NUMBER (267) as its packed code alone, where a log cut the line before the words:
    // OpenSSL 1.1's ERR_PACK(20 SSL, 143 SSL3_GET_RECORD, 267) and 3.x's ERR_PACK(20, 0, 267).
    {
      source: 'openssl/openssl:include/openssl/sslerr.h',
      cause: 'tls_wrong_mode',
      text: /\berror:(?:1408F10B|0A00010B)\b/i,
    },
    // Ruby's OpenSSL::SSL::SSLError prints the same reason after its own "SSL_connect returned=1 errno=0 … state=…:".
    {
      source: 'ruby/openssl:ext/openssl/ossl_ssl.c',
      cause: 'tls_wrong_mode',
      text: /\bSSL_connect returned=\d+ errno=\d+ [^\n]*: unknown protocol\b/,
    },
  ]),
  // Libraries and clients that say "TLS spoken to a plain port" (or the reverse) in words.
  ...sourced('jstedfast/MailKit:MailKit/Security/SslHandshakeException.cs', [
    {
      cause: 'tls_wrong_mode',
      text: anyOf(
        /maybe should use TLS|should use (SSL|TLS)|use secure: ?true|Unrecognized SSL message/,
        /plaintext connection\?|first record does not look like a TLS handshake/,
        /reserved for plain-text connections|does not support the connection encryption type/,
        /non supporta il tipo di crittografia|does not support SSL-secured connections/,
      ),
    },
  ]),
  // Android's Conscrypt reading a plaintext greeting as a TLS record; FairEmail answers it with its
  // "check the protocol (SSL/TLS or STARTTLS)" hint (EmailService.java), here in en, it, de, fr.
  ...sourced('M66B/FairEmail:app/src/main/java/eu/faircode/email/EmailService.java', [
    { cause: 'tls_wrong_mode', text: /Unable to parse TLS packet header/i },
  ]),
  // Plaintext spoken to an implicit-TLS port, TLS to a plaintext one: the port × shape table (mode-rules.ts).
  ...sourced(SSL_ERR, [
    {
      cause: 'tls_old_protocol',
      errorCode: [
        'ERR_SSL_UNSUPPORTED_PROTOCOL',
        'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
        'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
        'ERR_SSL_VERSION_TOO_LOW',
        'ERR_SSL_DH_KEY_TOO_SMALL',
        'ERR_SSL_EE_KEY_TOO_SMALL',
        'ERR_SSL_CA_MD_TOO_WEAK',
        'ERR_SSL_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED',
        'ERR_SSL_UNSAFE_LEGACY_RENEGOTIATION_DISABLED',
      ],
    },
    {
      cause: 'tls_old_protocol',
      text: anyOf(
        /unsupported protocol|alert protocol version|protocol_version|protocol version not supported|wrong ssl version/,
        /protocol version TLS1\d? is not accepted|SEC_E_ALGORITHM_MISMATCH|SEC_E_UNSUPPORTED_FUNCTION/,
        /no protocols available|version too low|dh key too small|(ee|ca) (key|md) too (small|weak)/,
        /insufficient security|legacy sigalg|tls ?1\.[01] .*(only|not supported)/,
        /sslv3 (is )?(not supported|disabled)|No appropriate protocol/,
        /TLS-Version wird nicht unterstützt|(veraltete|unsichere) (TLS|SSL)-(Version|Protokoll)/,
        /do not possess a common algorithm/,
        // OpenSSL 3 refuses a server without RFC 5746 secure renegotiation: a server too old to patch.
        /unsafe legacy renegotiation disabled/,
      ),
    },
  ]),
  // FairEmail's hint after any other handshake failure: the security mode chosen does not fit the port.
  ...sourced('M66B/FairEmail:app/src/main/res/values-it-rIT/strings.xml', [
    {
      cause: 'tls_wrong_mode',
      text: anyOf(
        /double check the protocol \(SSL\/TLS or STARTTLS\)|Verificare il protocollo \(SSL\/TLS o STARTTLS\)/,
        /überprüfen Sie das Protokoll \(SSL\/TLS oder STARTTLS\)|vérifier le protocole \(SSL\/TLS ou STARTTLS\)/,
      ),
    },
  ]),
  ...sourced(SSL_ERR, [
    {
      cause: 'tls_handshake_failed',
      errorCode: ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'ERR_SSL_NO_SHARED_CIPHER', 'EPROTO'],
      unless: /STARTTLS|convert socket to TLS/,
    },
    {
      cause: 'tls_handshake_failed',
      text: anyOf(
        /handshake[ _]failure|no shared cipher|socket disconnected before secure TLS connection/,
        /secure TLS connection was not established|tls handshake (failed|timed? ?out)|ssl routines/,
        /terminated the handshake|closed connection during handshake/,
        /SSL error has occurred|errore SSL|secure connection to the server cannot be made|stabilire una connessione sicura/,
        /Gegenseite den Transportstream geschlossen|keine sichere Verbindung .{0,30}(hergestellt|aufgebaut)/,
        /remote party has closed the transport stream|SSL_ERROR_SYSCALL|SEC_E_ILLEGAL_MESSAGE|fatal SSL\/TLS alert|unexpected eof/,
        /EOF occurred in violation of protocol|Unable to connect using SSL|SSL negotiation failed/,
        /\bTLS error\b|errore TLS|Unable to establish TLS connection|stabilire un collegamento TLS/,
        /SSLHandshakeException|\bhandshake failed\b/,
        // Postfix tls_server.c/tls_client.c: the handshake ended without a reason OpenSSL could name.
        /\bSSL_(accept|connect) error (from|to)\b/,
        /erreur TLS|error de TLS|TLS-Fehler|TLS 错误|(connexion|conexión) TLS|TLS-Verbindung|TLS 连接/,
        // glib-networking's "Peer failed to perform TLS handshake" in de, fr, es, it.
        /TLS-Handshake|handshake TLS|négociation TLS|negociación TLS/,
      ),
      // A server's own 454 reply (Sendmail's "454 4.7.0 TLS handshake failed.") is its STARTTLS failing.
      unless: /STARTTLS|convert socket to TLS|^\s*454[ -]4\.7\.0 TLS handshake failed/m,
    },
  ]),
]
