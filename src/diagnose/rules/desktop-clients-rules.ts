// The Linux desktop's mail programs and the GNOME network stack under them, in English and Italian, read from
// their own sources and translation files: GLib's resolver and sockets, glib-networking's GnuTLS errors (Evolution,
// Geary), Evolution's camel, Claws Mail, Sylpheed, KMail's libraries and Qt's SSL texts. Each row reads what the
// code that raises the message says happened.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const GLIB = 'GNOME/glib:gio/gthreadedresolver.c'
const GNUTLS = 'GNOME/glib-networking:tls/gnutls/gtlsconnection-gnutls.c'
const CAMEL = 'GNOME/evolution-data-server:src/camel/camel-session.c'
const CLAWS = 'eworm-de/claws-mail:src/common/ssl_certificate.c'
const SYLPHEED = 'sylpheed-mail/sylpheed:libsylph/imap.c'
const KDE = 'KDE/kdepim-runtime:pop3protocol.cpp'

export const DESKTOP_CLIENTS_RULES: ClassifierRule[] = [
  ...sourced(GLIB, [
    { cause: 'dns_servfail', text: /\bTemporarily unable to resolve\b/i },
    {
      cause: 'dns_no_address',
      text: /\bNo DNS record of the requested type for\b|\bNessun record DNS del tipo richiesto per\b|\bNessun indirizzo associato al nome host\b/i,
    },
  ]),
  ...sourced('GNOME/glib:gio/gsocket.c', [{ cause: 'net_unreachable', text: /\b(Rete|Host) irraggiungibile\b/i }]),
  // GnuTLS's reasons under glib-networking's "Error performing TLS handshake" / "Peer sent fatal TLS alert".
  ...sourced(GNUTLS, [
    // A record that is no TLS (GNUTLS_E_UNEXPECTED_PACKET, _UNSUPPORTED_VERSION_PACKET): the other side speaks plain.
    {
      cause: 'tls_wrong_mode',
      text: anyOf(
        /\bAn unexpected TLS packet was received\b|È stato ricevuto un pacchetto TLS inatteso\b/,
        /\bA packet with illegal or unsupported version was received\b/,
        /È stato ricevuto un pacchetto con versione non consentita\b/,
      ),
    },
    // No cipher or version in common, an algorithm too weak, the peer's protocol_version / insufficient_security.
    {
      cause: 'tls_old_protocol',
      text: anyOf(
        /\bCould not negotiate a supported cipher suite\b|\bImpossibile negoziare una suite supportata di cifrari\b/,
        /\bOne of the involved algorithms has insufficient security level\b/,
        /\bUno degli algoritmi utilizzati non ha un livello di sicurezza sufficiente\b/,
        /(fatal TLS alert|avviso TLS fatale): (Error in protocol version|Errore nella versione del protocollo)/,
        /(fatal TLS alert|avviso TLS fatale): (Insufficient security|Sicurezza insufficiente)/,
      ),
    },
    { cause: 'tls_handshake_failed', text: /avviso TLS fatale: Handshake non riuscito/i },
  ]),
  ...sourced(CAMEL, [
    // GTlsCertificateFlags as camel words them for the trust prompt.
    {
      cause: 'tls_cert_untrusted',
      text: /\bThe signing certificate authority is not known\b|\bL['’]autorità di certificazione della firma è sconosciuta\b/i,
    },
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(
        /\bThe certificate does not match the expected identity of the site\b/,
        /\bL['’]identità indicata nel certificato non corrisponde a quella attesa\b/,
      ),
    },
    {
      cause: 'tls_cert_not_yet_valid',
      text: /\bThe certificate['’]s activation time is still in the future\b|\bLa data di attivazione del certificato è nel futuro\b/i,
    },
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bThis server does not support this type of authentication and may not support authentication at all\b/i,
    },
    {
      cause: 'auth_bad_credentials',
      text: /\bYour login to your server [“"][^”"\n]+[”"] as [“"][^”"\n]+[”"] failed\b/i,
    },
  ]),
  // Evolution's OAuth 2.0 accounts: the refresh token was refused, sign in again.
  ...sourced('GNOME/evolution-data-server:src/libedataserver/e-oauth2-service.c', [
    {
      cause: 'auth_token_invalid',
      text: anyOf(
        /\bFailed to refresh access token\b|\bAggiornamento del token di accesso non riuscito\b/,
        /\bIl token di accesso è scaduto e non è riuscito l['’]aggiornamento\b/,
      ),
    },
  ]),
  ...sourced('GNOME/evolution-data-server:src/camel/providers/pop3/camel-pop3-store.c', [
    {
      cause: 'starttls_failed',
      text: /\bFailed to connect to POP server \S+ in secure mode\b|\bConnessione al server POP \S+ in modalità sicura non riuscita\b/i,
      // Its detail "STLS not supported by server" is the capability missing, read elsewhere.
      unless: /\bSTLS (not supported|non supportato)\b/i,
    },
  ]),
  // Claws Mail's certificate prompts and IMAP error lines (imap.c's imap_handle_error).
  ...sourced(CLAWS, [
    {
      cause: 'tls_cert_hostname_mismatch',
      text: /\bCertificate is for \S+, but connection is to \S+|\bIl certificate è valido per \S+, ma la connessione è con\b/i,
    },
    {
      cause: 'tls_cert_untrusted',
      text: /\bCertificate for \S+ is unknown\b|\bIl certificato per \S+ è sconosciuto\b|\bTLS certificate is unknown\b/i,
    },
    {
      cause: 'tls_cert_expired',
      text: /\bCertificate for \S+ is expired\b|\bIl certificato per \S+ è scaduto\b|\bTLS certificate is expired\b/i,
    },
  ]),
  ...sourced('eworm-de/claws-mail:src/imap.c', [
    { cause: 'auth_bad_credentials', text: /\bIMAP error on \S+: LOGIN error\b|\bErrore IMAP su \S+: errore LOGIN\b/i },
    {
      cause: 'starttls_failed',
      text: /\bIMAP error on \S+: STARTTLS error\b|\bErrore IMAP su \S+: errore STARTTLS\b/i,
    },
    {
      cause: 'protocol_error',
      text: /\bIMAP error on \S+: (parse|protocol) error\b|\bErrore IMAP su \S+: errore di (parsing|protocollo)\b/i,
    },
  ]),
  ...sourced(SYLPHEED, [
    {
      cause: 'auth_plaintext_disabled',
      text: /\bIMAP4 server disables LOGIN\b|\bIl server IMAP4 disabilita il LOGIN\b/i,
    },
    { cause: 'starttls_failed', text: /\bCan['’]t start TLS session\b|\bImpossibile avviare la sessione TLS\b/i },
    { cause: 'auth_bad_credentials', text: /\bAutenticazione IMAP4 fallita\b|\bLogin IMAP4 fallito\b/i },
  ]),
  ...sourced(KDE, [
    {
      cause: 'auth_bad_credentials',
      text: /\bCould not login to \S+\. The password may be wrong\b|\bImpossibile accedere a \S+\. La password potrebbe essere sbagliata\b/i,
      // The server's own reply, quoted after it, says why (a [SYS/TEMP] is a pause, not the password).
      unless: /\b(The server said|Il server ha detto)\b/i,
    },
  ]),
  // Qt's QSslSocket texts in Italian (qtbase_it.ts): a self-signed root, nothing verifiable, a root not trusted.
  ...sourced('qt/qttranslations:translations/qtbase_it.ts', [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /\bIl certificato principale della catena di certificati è auto-firmato\b/,
        /\bNessun certificato può essere verificato\b/,
        /\bIl certificato principale dell['’]autorità di certificazione non è affidabile\b/,
      ),
    },
  ]),
]
