// .NET Framework's System.Net sentences in other languages (dotnet-l10n-rules.ts) answer as their English originals
// do: the bare WebException as a guess read last, the SocketException pasted under it first, and SmtpClient's timeout
// by the port it waited on.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, protocol?: string, port?: number) => explainText({ text, protocol, port }).classification

const cause = (text: string, protocol?: string, port?: number) => read(text, protocol, port)?.cause ?? null

// As pasted (hama3254/Crunchyroll-Downloader-v3.0#683, jonas-med-ett-s/idle_master_extended#492, j6mes/httplib#25).
const BARE = [
  ['Impossível conectar-se ao servidor remoto', 'Unable to connect to the remote server'],
  ['No es posible conectar con el servidor remoto', 'Unable to connect to the remote server'],
  ['无法连接到远程服务器', 'Unable to connect to the remote server'],
  // dotnet/runtime#107128.
  ['操作已超时', 'The operation has timed out.'],
]

describe('a localized .NET sentence answers as its English original', () => {
  for (const [text, english] of BARE)
    it(text, () => {
      for (const port of [25, 465, 587]) expect(cause(text, 'smtp', port), `${port}`).toBe(cause(english, 'smtp', port))
      expect(cause(text)).toBe(cause(english))
      expect(read(text)?.via).toBe(read(english)?.via)
    })
})

describe('the SocketException pasted under the WebException decides', () => {
  it('reads the inner WinSock text, not the wrapper', () => {
    const pastes = [
      [
        'System.Net.WebException: Impossível conectar-se ao servidor remoto ---> System.Net.Sockets.SocketException: ' +
          'Uma tentativa de conexão falhou porque o componente conectado não respondeu\ncorretamente após um período ' +
          'de tempo ou a conexão estabelecida falhou\nporque o host conectado não respondeu 34.104.32.36:443',
        'tcp_timeout',
      ],
      [
        'System.Net.WebException: No es posible conectar con el servidor remoto ---> ' +
          'System.Net.Sockets.SocketException: Intento de acceso a un socket no permitido por sus permisos ' +
          'de acceso 140.82.113.5:443',
        'firewall_all_ports_blocked',
      ],
      [
        'System.Net.WebException: 无法连接到远程服务器 ---> System.Net.Sockets.SocketException: ' +
          '以一种访问权限不允许的方式做了一个访问套接字的尝试。 49.234.243.251:443',
        'firewall_all_ports_blocked',
      ],
    ]
    for (const [text, expected] of pastes) {
      expect(cause(text), text).toBe(expected)
      expect(read(text)?.via, text).not.toBe('fallback')
    }
  })
})
