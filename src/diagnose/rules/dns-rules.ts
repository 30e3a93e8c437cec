// What resolvers and the programs around them say when a name lookup fails, and which of the DNS causes it is: a
// name that does not exist, a name with no address, or a resolver that could not answer now.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const NODE = 'nodejs/node:lib/internal/errors.js'

export const DNS_RULES: ClassifierRule[] = [
  ...sourced(NODE, [
    { cause: 'dns_nxdomain', errorCode: ['ENOTFOUND', 'EAI_NONAME'], unless: /ENODATA/ },
    // Not Android's "Unable to resolve host … EAI_NODATA": bionic reports a missing name that way too (below).
    { cause: 'dns_no_address', errorCode: ['ENODATA', 'EAI_NODATA', 'EADDRINFO'], unless: /unable to resolve host/i },
    {
      cause: 'dns_servfail',
      errorCode: ['EAI_AGAIN', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED'],
      stage: ['dns'],
      stageKnown: true,
    },
    // Not a server's refusal that names its own failed lookup of the client's rDNS (Haraka's fcrdns plugin).
    {
      cause: 'dns_servfail',
      errorCode: ['EAI_AGAIN', 'ESERVFAIL', 'EREFUSED', 'EBADRESP'],
      unless: /\brDNS lookup\b/,
    },
    { cause: 'dns_servfail', stage: ['dns'], stageKnown: true, errorCode: ['ETIMEOUT', 'ETIMEDOUT'] },
  ]),
  // Java/Android wrap every lookup failure as UnknownHostException: the name is unknown, whatever EAI code follows.
  ...sourced('openjdk/jdk:src/java.base/share/classes/java/net/UnknownHostException.java', [
    { cause: 'dns_servfail', text: /UnknownHostException: \S+: Temporary failure in name resolution/i },
    { cause: 'dns_nxdomain', text: /unable to resolve host|UnknownHostException|Unknown (SMTP|IMAP|POP3?) host/i },
  ]),
  // Go's resolver (net/dnsclient_unix.go): "lookup <name>[ on <server>]: i/o timeout" is the DNS server's silence.
  ...sourced('golang/go:src/net/dnsclient_unix.go', [
    { cause: 'dns_servfail', text: /\blookup \S+( on \S+)?: i\/o timeout\b/ },
  ]),
  ...sourced('https://man7.org/linux/man-pages/man3/getaddrinfo.3.html', [
    { cause: 'dns_no_address', text: /no address associated with (the )?host ?name|no data of the requested type/i },
    {
      cause: 'dns_servfail',
      text: anyOf(
        /SERVFAIL|temporary failure in name resolution|server misbehaving|could not contact DNS servers?/,
        /lookup \S+ on \S+: .*(i\/o timeout|timed out)/,
        // WSATRY_AGAIN (11002) in Windows' English (Windows Sockets error codes), German, French and Spanish.
        /\btemporary error during host ?name resolution\b/,
        /vorübergehender Fehler bei der Namensauflösung|erreur temporaire .{0,30}résolution de noms/,
        /error temporal .{0,30}resoluci[óo]n de nombres/,
        // glibc's EAI_AGAIN text and GLib's "Temporarily unable to resolve" in de, fr, es, it.
        /(Temporär|vorübergehend)\S* Fehler bei der Namensauflösung|kann vorübergehend nicht aufgelöst werden/,
        /(errore|échec|erreur) tempora\S* (nella|dans la) (risoluzione|résolution)/,
        /(fallo|error) temporal (en la|de) resolución/,
        /Momentaneamente impossibile risolvere|Impossible temporairement de résoudre/,
        /No se puede resolver «?\S+ temporalmente/,
      ),
      unless: /\brDNS lookup\b/,
    },
    { cause: 'dns_servfail', text: /Resource temporarily unavailable/i, unless: /lock|mailbox|INBOX/i },
    {
      cause: 'dns_nxdomain',
      text: anyOf(
        /\bNXDOMAIN\b|name (or service )?not known|host not found|could(n'?t| not) resolve host|unknown host/,
        /no such host|nodename nor servname|host sconosciuto/,
        // WSAHOST_NOT_FOUND (11001) in de, fr, es Windows.
        /(angegebene )?Host ist unbekannt|Unbekannter Host|H[ôo]te inconnu|Host desconocido|host no conocido/,
        // glibc's EAI_NONAME ("Name or service not known") and GLib's "Error resolving" in de, fr, es, it.
        /Name oder (der )?Dienst ist nicht bekannt|Nome o servizio sconosciuto/,
        /Nom ou service inconnu|Nombre o servicio desconocido/,
        /Fehler beim Auflösen von|Errore nel risolvere|Erreur de résolution de|Error al resolver/,
      ),
    },
  ]),
  // The mail programs' own sentences for an unknown host (Thunderbird unknownHostError and
  // smtpSendFailedUnknownServer, Outlook 0x800CCC0D) in en/it, and the same idea in other languages.
  ...sourced('mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messenger.properties', [
    {
      cause: 'dns_nxdomain',
      text: anyOf(
        /^Failed to connect to server \S+?\.?$|^Connessione al server \S+ non riuscita\.?$/,
        // The same unknownHostError in de, fr, es and zh-CN.
        /^Verbindung mit Server \S+ (konnte nicht hergestellt werden|fehlgeschlagen)\.?$/,
        /^(Échec lors de la connexion au|Impossible de se connecter au) serveur \S+?\.?$/,
        /^No se pudo conectar con el servidor \S+?\.?$|^连接服务器 \S+ 失败。?$/,
      ),
    },
    {
      cause: 'dns_nxdomain',
      text: anyOf(
        /\(SMTP\) \S+ (is unknown|sconosciuto)|No such host as/,
        /\S+\.[a-z]{2,}\s?[»”"]?\s(ist unbekannt|est inconnu|es desconocido)|（SMTP）\s*\S+ 未知/,
      ),
    },
    {
      cause: 'dns_nxdomain',
      text: anyOf(
        /host '?\S+'? could not be found|impossibile trovare (il server|l['’]host)|找不到(服务器|主机)/,
        /introuvable|nicht gefunden|no se (encuentra|pudo encontrar) el servidor/,
      ),
      // FairEmail's "Inbox not found" (title_setup_no_inbox) is a folder, not a host.
      unless: /bo[iî]te de r[ée]ception|Posteingang|\binbox\b/i,
    },
  ]),
  // NeoMutt's English original (conn/raw.c): getaddrinfo found no address for the name.
  ...sourced('neomutt/neomutt:conn/raw.c', [{ cause: 'dns_nxdomain', text: /\bCould not find the host "[^"]+"/ }]),
  // camel's "Host lookup “x” failed" and NeoMutt's "Could not find the host" in de/fr/es/it.
  ...sourced('GNOME/evolution-data-server:po/de.po', [
    {
      cause: 'dns_nxdomain',
      text: anyOf(
        /(Host-Suche|Ricerca dell'host)\b.{0,80}(fehlgeschlagen|non riuscita)/,
        /résolution de l'hôte\b.{0,80}a échoué/,
        /Fall[óo] al resolver|No se (pudo|puede) resolver|No se encontr[óo] la direcci[óo]n del servidor/,
        /Impossible de trouver la machine|Kann Host .{0,80} nicht finden/,
      ),
    },
  ]),
]
