// The operating system's own socket and resolver texts in the languages people paste them in (os-texts.ts): each
// sourced text read alone, as pastes vary it, and with its number, answers as its number or errno does.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'
import { OS_TEXTS } from '../src/diagnose/rules/os-texts.js'
import { osTextCause, wordsOf, wordsPattern } from '../src/diagnose/rules/os-text-rules.js'

const cause = (text: string, protocol?: string, port?: number) =>
  explainText({ text, protocol, port }).classification?.cause ?? null

describe('the operating system texts table', () => {
  it('reads each text by words that are its own', () => {
    for (const row of OS_TEXTS) expect(row.text, row.source).toContain(wordsOf(row))
  })

  it('gives every row the cause of its number or errno', () => {
    for (const row of OS_TEXTS) expect(osTextCause(row.code), `${row.code} ${row.text}`).not.toBeNull()
  })
})

describe('a sourced text alone answers as its number would', () => {
  for (const row of OS_TEXTS)
    it(`${row.lang} ${row.code}: ${row.text}`, () => {
      expect(cause(row.text)).toBe(osTextCause(row.code))
    })
})

describe('the small ways pastes vary a text', () => {
  it('reads ASCII punctuation for full-width, no closing stop, and a wrapped line', () => {
    const variants = [
      ['由于连接方在一段时间后没有正确答复或连接的主机没有反应,连接尝试失败', 'tcp_timeout'],
      // A wrap as a console printed it (xbzstudio/Timeless-Sydney#25): a space inside the sentence.
      ['由于连接方在一段时间后 没有正确答复或连接的主机没有反应，连接尝试失败。', 'tcp_timeout'],
      ['ConnectionAbortedError: 你的主机中的软件中止了一个已\n建立的连接。', 'tcp_reset'],
      ['既存の接続はリモートホストに強制的に切断されました', 'tcp_reset'],
      ['Подключение не установлено, т.к. конечный компьютер\nотверг запрос на подключение.', 'tcp_refused'],
      ['No existe ninguna ruta hasta el ‘host’', 'net_unreachable'],
    ]
    for (const [text, expected] of variants) expect(cause(text), text).toBe(expected)
  })

  it('reads the texts inside the wrappers that print them', () => {
    const wrapped = [
      ['TimeoutError: 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。', 'tcp_timeout'],
      ['System.Net.Sockets.SocketException (0x80004005): 不知道这样的主机。', 'dns_nxdomain'],
      ['ConnectionResetError: Удаленный хост принудительно разорвал существующее подключение', 'tcp_reset'],
      ['connect to 203.0.113.7 port 993 failed: Conexão recusada', 'tcp_refused'],
      ['getaddrinfo: Der Name oder der Dienst ist nicht bekannt', 'dns_nxdomain'],
      ['smtp.example.com: 名前解決に一時的に失敗しました', 'dns_servfail'],
    ]
    for (const [text, expected] of wrapped) expect(cause(text), text).toBe(expected)
  })

  it('reads a timeout text on the relay port while sending as the provider block, as the number does', () => {
    expect(cause('由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。', 'smtp', 25)).toBe(
      'port_25_blocked',
    )
    expect(
      cause('[WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。', 'smtp', 25),
    ).toBe('port_25_blocked')
  })

  it('does not read a neighbour sentence that shares only common words', () => {
    // The glibc Italian EHOSTDOWN text is not WinSock's Italian 10064, which stays a timeout.
    expect(cause("Operazione socket non riuscita. L'host di destinazione non è attivo.")).toBe('tcp_timeout')
    expect(wordsPattern('远程主机强迫关闭了一个现有的连接').test('远程主机关闭了连接')).toBe(false)
  })
})

describe('the texts with their number', () => {
  it('answers by the number, in every wrapper that carries it', () => {
    const numbered = [
      [
        'TimeoutError: [WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
        'tcp_timeout',
      ],
      [
        'System.Net.Sockets.SocketException (10060): 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
        'tcp_timeout',
      ],
      [
        'ConnectionRefusedError: [WinError 10061] 対象のコンピューターによって拒否されたため、接続できませんでした。',
        'tcp_refused',
      ],
      ['ConnectionResetError: [WinError 10054] 현재 연결은 원격 호스트에 의해 강제로 끊겼습니다', 'tcp_reset'],
      [
        '<urlopen error [WinError 10061] Подключение не установлено, т.к. конечный компьютер отверг запрос ' +
          'на подключение>',
        'tcp_refused',
      ],
      [
        'TimeoutError: [WinError 10060] Se produjo un error durante el intento de conexión ya que la parte ' +
          'conectada no respondió adecuadamente tras un periodo de tiempo',
        'tcp_timeout',
      ],
    ]
    for (const [text, expected] of numbered) expect(cause(text), text).toBe(expected)
  })

  it("keeps the Italian Outlook dialog's socket error answering by its number", () => {
    const dialog =
      "Impossibile connettersi al server. Account: 'mario@libero.it', Server: 'imapmail.libero.it', " +
      'Protocollo: IMAP, Porta: 993, Protetto (SSL): Sì, Errore socket: 10060, Numero errore: 0x800CCC0E'
    expect(cause(dialog)).toBe('tcp_timeout')
  })
})

describe('a WinSock number after a bare "Error", and EACCES as Swift Mailer prints it', () => {
  it('reads the number whatever word stands before it', () => {
    for (const text of [
      'Netzwerkfehler [Error 11001] getaddrinfo faild',
      'Socket Error # 10060 Connection timed out.',
      'Error: Io(Os { code: 10061, kind: ConnectionRefused }) (os error 10061)',
    ]) {
      expect(explainText({ text }).extracted.socketError, text).toBeDefined()
    }
    expect(explainText({ text: 'Netzwerkfehler [Error 11001] getaddrinfo faild' }).classification?.cause).toBe(
      'dns_nxdomain',
    )
    // Not a WinSock number: nothing is read from it.
    expect(explainText({ text: 'Error 12345 while sending' }).extracted.socketError).toBeUndefined()
  })

  it("reads Swift Mailer's [Permission denied #13] on connect as a local block", () => {
    const text = 'Connection could not be established with host smtp.example.com [Permission denied #13]'
    expect(explainText({ text }).classification?.cause).toBe('firewall_all_ports_blocked')
  })
})
