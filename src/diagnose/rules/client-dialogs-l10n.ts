// Round 29 (issue 14): mail programs' dialogs in the user's language, where a public page quotes the program's own
// words: iOS and macOS Mail's (fr, de, es, it, pt-BR, and the Settings line Microsoft's support page quotes in
// English) and the Outlook Express / Windows Mail error texts of Microsoft's zh-CN error-code table. Each row maps
// the translation onto the cause its English original reads today. test/corpus/source-tables.jsonl holds every
// string read, and test/classifier-dialogs-l10n.test.ts runs them.
import { sourced, type ClassifierRule } from './rule.js'

// Microsoft's zh-CN table of the 0x800CCCxx texts ("Outlook Express 和 Windows Mail 的错误代码"), as this page
// reproduces it; the codes' causes are code-tables.ts's WINDOWS_MAIL rows for the same names.
const WINDOWS_MAIL_ZH = 'https://blog.csdn.net/hlzhs/article/details/1785556'

export const DIALOG_L10N_RULES: ClassifierRule[] = [
  // iOS Mail's CONNECTION_FAILED_MESSAGE_FORMAT in French, shortened as the dialog shows it when Mail is already set
  // up: the English "The IMAP server “…” is not responding" reads as a connection that got no answer.
  ...sourced('https://fr.ittrip.xyz/ms-office/outlook/mail-ios-outlook-bloque-oauth', [
    { cause: 'tcp_timeout', text: /\bLe serveur «?\s?[\w.‑-]+\s?»? ne répond pas\b/ },
  ]),
  // The same dialog in Spanish, as this page quotes it with the bare server name. The name must end in a top-level
  // domain, so that "la versión 2.1 no responde" is not a server that got no answer.
  ...sourced('https://es.ittrip.xyz/ms-office/outlook/imap-outlook-ios-error', [
    { cause: 'tcp_timeout', text: /(?:^|[\s“"«])[\w‑-]+(?:\.[\w‑-]+)*\.[a-z]{2,}[”"»]?\s+no responde\b/ },
  ]),
  // iOS Mail's "Cannot Verify Server Identity" in German, read as the English one is: a certificate the device does
  // not trust. Several pages quote it, with and without the article.
  ...sourced('https://techblog.com.de/serveridentitaet-kann-nicht-ueberprueft-werden', [
    { cause: 'tls_cert_untrusted', text: /\bServeridentität kann nicht überprüft werden\b/ },
  ]),
  // macOS Mail's "Unable to verify account name or password" in German (auth-words.ts reads the English).
  ...sourced('https://macpaw.com/de/how-to/unable-to-verify-account-name-password', [
    { cause: 'auth_bad_credentials', text: /\bAccountname(?:\/| oder )Passwort konnte nicht überprüft werden\b/ },
  ]),
  // iOS Mail's "The IMAP server … does not support password authentication" in Italian, read as the English one is.
  ...sourced('https://it.ittrip.xyz/ms-office/outlook/hotmail-iphone-mail-oauth', [
    { cause: 'auth_mechanism_unsupported', text: /\bserver non supporta l['’]autenticazione tramite password\b/ },
  ]),
  // The line iOS Settings shows over an account whose saved sign-in the server stopped taking; Microsoft's page
  // answers it by entering the password again. Whole line only: "not authenticated" inside an SMTP reply is a
  // relay refusal (auth-words.ts).
  ...sourced(
    'https://support.microsoft.com/fr-fr/office/les-utilisateurs-d-ios-et-d-ipados-peuvent-rencontrer-des-problèmes-pour-acceder-à-leurs-comptes-outlook-et-hotmail-depuis-l-application-mail-par-défaut-d-ios-et-d-ipados-3584197b-8ffb-46ce-b5c6-f4cc71ff29a7',
    [{ cause: 'auth_bad_credentials', text: /^\s*Account not authenticated\.?\s*$/m }],
  ),
  // CONNECTION_DROPPED, SICILY_LOGON_FAILED, BUSY and SECURE_CONNECT_FAILED (0x800CCC0F, 18, 0B, 1A). Each anchored
  // at a line's start, where the dialog puts it, so that the same few words inside another sentence do not count.
  ...sourced(WINDOWS_MAIL_ZH, [
    { cause: 'tcp_reset', text: /^\s*连接已关闭。/m },
    { cause: 'auth_bad_credentials', text: /^\s*登录尝试失败。/m },
    { cause: 'server_unavailable', text: /^\s*服务器或邮箱忙。/m },
    { cause: 'tls_wrong_mode', text: /^\s*无法使用安全套接字层 ?\(SSL\) ?连接。/m },
  ]),
]

// Dialogs that say only that the connection failed: read last, as a guess, the way the English "The connection to
// the server failed." and Outlook Express's "Cannot connect to the server." are (connection-rules.ts
// CONNECT_FALLBACK): a more specific line pasted with them decides first.
export const DIALOG_L10N_FALLBACK: ClassifierRule[] = [
  // iOS Mail's failed connection to the outgoing server, in German.
  ...sourced('https://itwelt.at/knowhow/so-beheben-sie-mailserver-fehler-in-apple-mail-fuer-macos', [
    { cause: 'tcp_timeout', text: /\bDie Verbindung zum Postausgangsserver\b.{0,80}?\bist fehlgeschlagen\b/ },
  ]),
  // iOS Mail's "Cannot Get Mail – The connection to the server failed." with its second line in Portuguese (pt-BR),
  // as this page quotes it.
  ...sourced(
    'https://www.inboxally.com/pt-br/blog/como-corrigir-a-mensagem-nao-e-possivel-obter-e-mail-a-conexao-com-o-servidor-falhou',
    [{ cause: 'tcp_timeout', text: /\bA conexão com o servidor falhou\b/ }],
  ),
  // FAILED_TO_CONNECT (0x800CCC0E) without its socket error.
  ...sourced(WINDOWS_MAIL_ZH, [{ cause: 'tcp_timeout', text: /无法连接到服务器/ }]),
]
