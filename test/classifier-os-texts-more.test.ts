// More languages of the operating system's socket and resolver texts and of the .NET sentences around them
// (os-texts-more.ts): each sourced text read alone, as pastes vary it, inside its wrappers and with its number,
// answers as its number, errno or English original does.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'
import { OS_TEXTS } from '../src/diagnose/rules/os-texts.js'
import { OS_TEXTS_MORE } from '../src/diagnose/rules/os-texts-more.js'
import { osTextCause, wordsOf } from '../src/diagnose/rules/os-text-rules.js'

const read = (text: string, protocol?: string, port?: number) => explainText({ text, protocol, port }).classification
const cause = (text: string, protocol?: string, port?: number) => read(text, protocol, port)?.cause ?? null

describe('the further operating system texts table', () => {
  it('reads each text by words that are its own, each with a cause', () => {
    for (const row of OS_TEXTS_MORE) {
      expect(row.text, row.source).toContain(wordsOf(row))
      expect(osTextCause(row.code), `${row.code} ${row.text}`).not.toBeNull()
    }
  })

  it('repeats no text os-texts.ts already holds', () => {
    const known = new Set(OS_TEXTS.map((row) => row.text))
    for (const row of OS_TEXTS_MORE) expect(known.has(row.text), row.text).toBe(false)
  })

  it('covers glibc in every language it was added for', () => {
    const langs = new Set(OS_TEXTS_MORE.filter((r) => r.source.startsWith('bminor/glibc')).map((r) => r.lang))
    expect([...langs].sort()).toEqual(['cs', 'nl', 'pl', 'sv', 'tr', 'uk'])
  })
})

describe('a sourced text alone answers as its number would', () => {
  for (const row of OS_TEXTS_MORE)
    it(`${row.lang} ${row.code}: ${row.text}`, () => {
      expect(cause(row.text)).toBe(osTextCause(row.code))
    })
})

describe('the texts as pastes carry them', () => {
  it('reads them inside the wrappers that print them', () => {
    const wrapped = [
      ['connect to 203.0.113.7 port 993 failed: Połączenie odrzucone', 'tcp_refused'],
      ['getaddrinfo: Naam of dienst is niet bekend', 'dns_nxdomain'],
      ['imap.example.com: Tijdelijk probleem in naamsherleiding', 'dns_servfail'],
      ['Failed to connect to mail.example.com port 465: Förbindelsens tidsgräns löpte ut', 'tcp_timeout'],
      ['curl: (6) Could not resolve host: mail.example.com: Невідома назва чи сервіс', 'dns_nxdomain'],
      ['read: Spojení zrušeno druhou stranou', 'tcp_reset'],
      ['connect: Makinaya ağ üzerinden yol yok', 'net_unreachable'],
      // Pastes of the same WinSock messages, worded as Windows prints them.
      [
        'ConnectionRefusedError: [WinError 10061] Hedef makine etkin olarak reddettiğinden bağlantı kurulamadı',
        'tcp_refused',
      ],
      ['System.Net.Sockets.SocketException (11001): そのようなホストは不明です。', 'dns_nxdomain'],
      [
        "TimeoutError(10060, 'Попытка установить соединение была безуспешной, т.к. от другого компьютера " +
          'за требуемое время не получен нужный отклик, или было разорвано уже установленное соединение ' +
          'из-за неверного отклика ' +
          "уже подключенного компьютера', None, 10060, None)",
        'tcp_timeout',
      ],
      [
        '(provider: TCP Provider, error: 0 - 連線嘗試失敗，因為連線對象有一段時間並未正確回應，或是連線建立失敗)',
        'tcp_timeout',
      ],
    ]
    for (const [text, expected] of wrapped) expect(cause(text), text).toBe(expected)
  })

  it('reads a timeout text on the relay port while sending as the provider block, as the number does', () => {
    expect(cause('Verbinding is verlopen', 'smtp', 25)).toBe('port_25_blocked')
    expect(
      cause('Próba połączenia nie powiodła się, ponieważ połączona strona nie odpowiedziała poprawnie', 'smtp', 25),
    ).toBe('port_25_blocked')
  })
})

describe('the .NET sentences answer as their English originals', () => {
  it('reads WebException\'s Polish "Unable to connect to the remote server" as the English one', () => {
    const [pl, en] = ['Nie można połączyć się z serwerem zdalnym', 'Unable to connect to the remote server']
    for (const port of [25, 465, 587]) expect(cause(pl, 'smtp', port), `${port}`).toBe(cause(en, 'smtp', port))
    expect(cause(pl)).toBe(cause(en))
    expect(read(pl)?.via).toBe(read(en)?.via)
  })

  it('lets the SocketException pasted under it decide', () => {
    const text =
      'System.Net.WebException: Nie można połączyć się z serwerem zdalnym ---> System.Net.Sockets.SocketException: ' +
      'Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia 94.23.94.131:80'
    expect(cause(text)).toBe('tcp_refused')
    expect(read(text)?.via).not.toBe('fallback')
  })

  it("reads SmtpClient's secure-connection sentence alone as the English one", () => {
    const english = cause('The SMTP server requires a secure connection or the client was not authenticated.', 'smtp')
    const texts = [
      'SMTP サーバーにセキュリティで保護された接続が必要であるか、またはクライアントが認証されていません。',
      'System.Net.Mail.SmtpException: SMTP 서버에 보안 연결이 필요하거나 클라이언트가 인증되지 않았습니다.',
      'SMTP 伺服器需要安全連接，或用戶端未經驗證。',
      'SMTP-серверу требуется безопасное соединение или клиент не прошел проверку подлинности.',
    ]
    for (const text of texts) expect(cause(text, 'smtp'), text).toBe(english)
  })

  it("leaves the server's reply after it to decide, as in English", () => {
    const en =
      'The SMTP server requires a secure connection or the client was not authenticated. The server response was: '
    const pairs = [
      [
        'SMTP サーバーにセキュリティで保護された接続が必要であるか、またはクライアントが認証されていません。 ' +
          'サーバーの応答:5.7.0 Authentication Required.',
        `${en}5.7.0 Authentication Required.`,
      ],
      [
        'System.Net.Mail.SmtpException: SMTP 서버에 보안 연결이 필요하거나 클라이언트가 인증되지 않았습니다. ' +
          '서버 응답: 5.7.1 Client was not authenticated',
        `System.Net.Mail.SmtpException: ${en}5.7.1 Client was not authenticated`,
      ],
    ]
    for (const [text, english] of pairs) expect(cause(text, 'smtp'), text).toBe(cause(english, 'smtp'))
  })
})
