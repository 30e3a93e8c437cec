// More of the operating system's own words for a socket or resolver error (os-texts.ts holds the first languages):
// glibc's catalogues in pl, nl, tr, cs, uk, sv, and Windows' WinSock texts in ru, pl, ja, ko, zh-TW, tr as a page
// quotes them. os-text-rules.ts reads each row as the cause its number or errno already has. As in os-texts.ts, a
// text no source showed is left out, never translated here; `words` keeps the clause that the pastes of the same
// message share when the cited page words the rest differently (a documentation page translated on its own).
//
// Also the .NET Framework sentences that wrap a mail failure in those languages (dotnet-l10n-rules.ts holds the
// first ones): WebException's "Unable to connect to the remote server" and SmtpClient's "The SMTP server requires a
// secure connection or the client was not authenticated", read where their English originals are.
import { osTextRules, RELAY } from './os-text-rules.js'
import { from, glibc, type OsText } from './os-texts.js'
import { sourced, type ClassifierRule } from './rule.js'

// glibc's msgids are read in os-texts.ts's order (GLIBC_ORDER there), from bminor/glibc at 04e750e7 (2026-01-20); none
// of the texts below is marked fuzzy there.
const GLIBC: OsText[] = [
  ...glibc('pl', 'pl', [
    'Połączenie odrzucone',
    'Przekroczony czas oczekiwania na połączenie',
    'Połączenie zerwane przez drugą stronę',
    'Brak trasy do hosta',
    'Sieć jest niedostępna',
    'Oprogramowanie spowodowało przerwanie połączenia',
    'Urządzenie jest wyłączone',
    'Ta nazwa lub usługa jest nieznana',
    'Odwzorowanie nazwy jest chwilowo niemożliwe',
    'Brak adresu związanego z nazwą hosta',
  ]),
  ...glibc('nl', 'nl', [
    'Verbinding is geweigerd',
    'Verbinding is verlopen',
    'Verbinding is weggevallen',
    'Geen route naar host',
    'Netwerk is onbereikbaar',
    'Verbinding is verbroken door lokaal probleem',
    'Host is inactief',
    'Naam of dienst is niet bekend',
    'Tijdelijk probleem in naamsherleiding',
    'Aan hostnaam is geen adres verbonden',
  ]),
  ...glibc('tr', 'tr', [
    'Bağlantı reddedildi',
    'Bağlantıda zaman aşımı',
    'Bağlantı karşıdan kesildi',
    'Makinaya ağ üzerinden yol yok',
    'Ağ erişilebilir durumda değil',
    'Yazılım bağlantının kopmasına sebep oldu',
    'Makina çökük',
    'İsim ya da servis bilinmiyor',
    'İsim çözünürlüğünde geçici başarısızlık',
    'Makina ismiyle ilişkili adres yok',
  ]),
  ...glibc('cs', 'cs', [
    'Spojení odmítnuto',
    'Spojení bylo příliš dlouho neaktivní',
    'Spojení zrušeno druhou stranou',
    'K počítači neexistuje cesta',
    'Síť není dostupná',
    'Software způsobil ukončení spojení (abort)',
    'Počítač není v provozu',
    'Neznámé jméno nebo služba',
    'Dočasná chyba při vyhodnocování jména',
    'Jméno počítače nemá přiřazenu adresu',
  ]),
  ...glibc('uk', 'uk', [
    "У з'єднанні відмовлено",
    "Перевищено інтервал очікування з'єднання",
    'Вузол розірвав з’єднання',
    'Немає маршруту до вузла',
    'Не вдалося отримати доступ до мережі',
    'З’єднання розірвано програмним забезпеченням',
    'Вузол вимкнено',
    'Невідома назва чи сервіс',
    "Тимчасова помилка розв'язання назв",
    "З даною назвою вузла не пов'язано жодної адреси",
  ]),
  ...glibc('sv', 'sv', [
    'Förbindelsen förvägrad',
    'Förbindelsens tidsgräns löpte ut',
    'Förbindelse borttagen av partnern',
    'Ingen väg till värd',
    'Nätverket kan inte nås',
    'Programvaran orsakade ett förbindelsebrott',
    'Värddator är nere',
    'Namn eller tjänst okänd',
    'Namnuppslagning misslyckades temporärt',
    'Ingen adress associerad med värdnamn',
  ]),
]

// SQL Server's localized error pages quote the WinSock text its TCP provider prints ("(provider: TCP Provider,
// error: 0 - <text>)"); only those whose wording a paste of the message repeats are kept here.
const SQL_DOCS = (lang: string, n: number, book = 'docs/relational-databases') =>
  `zelanko/sql-docs.${lang}:${book}/errors-events/mssqlserver-${n}-database-engine-error.md`

const WINDOWS: OsText[] = [
  ...from(SQL_DOCS('ru-ru', 10060, 'docs/2014/relational-databases'), 'ru', [
    [
      10060,
      'Попытка установить соединение была безуспешной, т.к. от другого компьютера за требуемое время не получен ' +
        'нужный отклик, или было разорвано уже установленное соединение из-за неверного отклика уже подключенного ' +
        'компьютера',
      'за требуемое время не получен нужный отклик',
    ],
  ]),
  // A table of WinSock's Russian texts (r_keeper's StoreHouse documentation).
  ...from('https://docs.rkeeper.ru/archive/kody-oshibok-winsock-19595446.html', 'ru', [
    [
      10013,
      'Сделана попытка доступа к сокету методом, запрещенным правами доступа.',
      'доступа к сокету методом, запрещенным правами доступа',
    ],
  ]),
  ...from(SQL_DOCS('ja-jp', 10060), 'ja', [
    [
      10060,
      '接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。' +
        'または接続済みのホストが応答しなかったため、確立された接続は失敗しました。',
      '接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかった',
    ],
  ]),
  // .NET's SocketException for HostNotFound (11001), printed without the number.
  ...from(SQL_DOCS('ja-jp', 11001), 'ja', [[11001, 'そのようなホストは不明です。']]),
  ...from(SQL_DOCS('zh-tw', 10060), 'zh-TW', [
    [
      10060,
      '連線嘗試失敗，因為連線對象有一段時間並未正確回應，或是連線建立失敗，因為連線的主機無法回應。',
      '連線對象有一段時間並未正確回應',
    ],
  ]),
  ...from(SQL_DOCS('ko-kr', 10061), 'ko', [
    [10061, '대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다.', '대상 컴퓨터에서 연결을 거부했으므로'],
  ]),
  // .NET's SocketException under its WebException, as Polish Windows prints them.
  ...from('https://pastebin.com/7CQQYrke', 'pl', [
    [
      10061,
      'Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia',
      'komputer docelowy aktywnie go odmawia',
    ],
  ]),
  ...from('https://pastebin.com/gfQP2AYh', 'pl', [
    [
      10054,
      'Istniejące połączenie zostało gwałtownie zamknięte przez zdalnego hosta',
      'zostało gwałtownie zamknięte przez zdalnego hosta',
    ],
  ]),
  ...from('https://pastebin.com/RT351dis', 'pl', [
    [
      10060,
      'Próba połączenia nie powiodła się, ponieważ połączona strona nie odpowiedziała poprawnie po ustalonym ' +
        'okresie czasu lub utworzone połączenie nie powiodło się, ponieważ połączony host nie odpowiedział.',
      'połączona strona nie odpowiedziała poprawnie',
    ],
  ]),
  // WCF's EndpointNotFoundException quoting "TCP error code 10061: …" in the Turkish .NET documentation; pastes of
  // the message say "… bağlantı kurulamadı" where the page says "… bağlantı yapılamaz": the clause before is shared.
  ...from('yunuskorkmaz/docs.tr-tr:docs/framework/wcf/troubleshooting-the-getting-started-tutorial.md', 'tr', [
    [10061, 'Hedef makine etkin olarak reddettiğinden bağlantı yapılamaz.', 'Hedef makine etkin olarak reddettiğinden'],
  ]),
]

export const OS_TEXTS_MORE: readonly OsText[] = [...WINDOWS, ...GLIBC]

/** The rows above as rule rows, each read as its number or errno (os-text-rules.ts). */
export const OS_TEXT_MORE_RULES: ClassifierRule[] = OS_TEXTS_MORE.flatMap(osTextRules)

// WebException's net_webstatus_ConnectFailure in Polish, with the SocketException under it (10061 above).
const REMOTE_SERVER: Array<[string, RegExp]> = [
  ['https://pastebin.com/7CQQYrke', /Nie można połączyć się z serwerem zdalnym/],
]

/** As DOTNET_L10N_FALLBACK: the provider's block on the relay port while sending, else no answer at all. */
export const DOTNET_MORE_FALLBACK: ClassifierRule[] = REMOTE_SERVER.flatMap(([source, text]) =>
  sourced(source, [
    { cause: 'port_25_blocked', ...RELAY, text },
    { cause: 'tcp_timeout', text },
  ]),
)

// SmtpClient's net_mail_SmtpServerRequiresSecureConnection as Reporting Services' localized e-mail page quotes it
// ("Failure sending mail: <it>"), read as its English original is (auth-words.ts PLAINTEXT_OFF) when it stands alone:
// with the server's reply after it ("The server response was: 5.7.0 …"), the reply's code decides, as in English.
const SSRS_PAGE =
  'docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md'
const SSRS_MAIL = (lang: string) => `zelanko/sql-docs.${lang}:${SSRS_PAGE}`

const SERVER_RESPONSE = /\b[245]\.\d{1,3}\.\d{1,3}\b/

export const DOTNET_MORE_PLAINTEXT_RULES: ClassifierRule[] = [
  ...sourced(SSRS_MAIL('ja-jp'), [
    {
      cause: 'auth_plaintext_disabled',
      text: /SMTP ?サーバーにセキュリティで保護された接続が必要/,
      unless: SERVER_RESPONSE,
    },
  ]),
  ...sourced(SSRS_MAIL('ko-kr'), [
    {
      cause: 'auth_plaintext_disabled',
      text: /SMTP ?서버에 보안 연결이 필요하거나 클라이언트가 인증되지/,
      unless: SERVER_RESPONSE,
    },
  ]),
  ...sourced(SSRS_MAIL('zh-tw'), [
    { cause: 'auth_plaintext_disabled', text: /SMTP ?伺服器需要安全連接/, unless: SERVER_RESPONSE },
  ]),
  ...sourced(SSRS_MAIL('ru-ru'), [
    {
      cause: 'auth_plaintext_disabled',
      text: /SMTP-серверу требуется безопасное соединение/i,
      unless: SERVER_RESPONSE,
    },
  ]),
]
