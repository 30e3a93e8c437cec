// .NET Framework's System.Net sentences in the language of the system that printed them, as public threads paste
// them. Each is read where its English original is: the WebException "Unable to connect to the remote server" with
// the bare "could not connect" guesses (connection-rules.ts CONNECT_FALLBACK, read last, so the SocketException
// pasted under it decides first), and SmtpClient's "The operation has timed out" with the bare timeouts
// (connection-rules.ts) and the silent implicit-TLS port (mode-rules.ts SILENCE). test/corpus/source-tables.jsonl
// holds every string read; test/classifier-dotnet-l10n.test.ts runs them.
import { GREETING_SILENCE } from './tls-rules.js'
import { RELAY } from './os-text-rules.js'
import { sourced, type ClassifierRule } from './rule.js'

const GH = 'https://github.com/'

// WebException's net_webstatus_ConnectFailure, each with the SocketException under it: pt-BR (over 10060), es (over
// 10013), zh-CN (over 10060; also 2dust/v2rayN#1732 over 10013).
const REMOTE_SERVER: Array<[string, RegExp]> = [
  [`${GH}hama3254/Crunchyroll-Downloader-v3.0/issues/683`, /Impossível conectar-se ao servidor remoto/],
  [`${GH}jonas-med-ett-s/idle_master_extended/issues/492`, /No es posible conectar con el servidor remoto/],
  [`${GH}j6mes/httplib/issues/25`, /无法连接到远程服务器/],
]

/** As COULD_NOT_CONNECT: the provider's block on the relay port while sending, else no answer at all. */
export const DOTNET_L10N_FALLBACK: ClassifierRule[] = REMOTE_SERVER.flatMap(([source, text]) =>
  sourced(source, [
    { cause: 'port_25_blocked', ...RELAY, text },
    { cause: 'tcp_timeout', text },
  ]),
)

/** SmtpClient's net_timeout in zh-CN (SmtpClient.Send timing out). */
export const TIMEOUT_L10N_SOURCE = `${GH}dotnet/runtime/issues/107128`
export const TIMEOUT_L10N = /操作已超时/

/** As the bare English timeout: the provider's block on the relay port while sending, else the connection. */
export const DOTNET_L10N_TIMEOUT_RULES: ClassifierRule[] = sourced(TIMEOUT_L10N_SOURCE, [
  { cause: 'port_25_blocked', ...RELAY, text: TIMEOUT_L10N, unless: GREETING_SILENCE },
  { cause: 'tcp_timeout', text: TIMEOUT_L10N },
])
