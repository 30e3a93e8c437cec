// Numbers that carry a meaning on their own: WinSock error numbers (Windows dialogs, Python's
// [WinError n], .NET's SocketException (n)) and the Windows mail programs' 0x800CCCxx numbers.
// null: the number is known but says too little by itself (the text or another hint decides).
import { isProtocolName } from '../../model/types.js'
import { isRelayPort } from '../../protocols/index.js'
import { OUTLOOK_CODES } from './client-sweep-rules.js'

export interface CodeRow {
  cause: string | null
  name: string
  source: string
  /** The Italian text Windows shows for it, for people who paste only that. */
  it?: string
}

const WSA = 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2'

// [number, cause, name, Italian text]
const WINSOCK_ROWS: Array<[number, string | null, string, string]> = [
  [
    10013,
    'firewall_all_ports_blocked',
    'WSAEACCES',
    'Tentativo di accesso al socket con modalità non consentite dalle autorizzazioni di accesso.',
  ],
  [10048, null, 'WSAEADDRINUSE', 'Di norma è consentito un solo utilizzo di ogni indirizzo di socket.'],
  [10051, 'net_unreachable', 'WSAENETUNREACH', 'Tentativo di operazione su un socket per una rete non raggiungibile.'],
  [10053, 'tcp_reset', 'WSAECONNABORTED', 'Connessione interrotta dal software del computer host.'],
  [10054, 'tcp_reset', 'WSAECONNRESET', "Connessione in corso interrotta forzatamente dall'host remoto."],
  [
    10060,
    'tcp_timeout',
    'WSAETIMEDOUT',
    "Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo.",
  ],
  [
    10061,
    'tcp_refused',
    'WSAECONNREFUSED',
    'Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione.',
  ],
  [10064, 'tcp_timeout', 'WSAEHOSTDOWN', "Operazione socket non riuscita. L'host di destinazione non è attivo."],
  [10065, 'net_unreachable', 'WSAEHOSTUNREACH', 'Tentativo di operazione su un socket per un host non raggiungibile.'],
  [11001, 'dns_nxdomain', 'WSAHOST_NOT_FOUND', 'Host sconosciuto.'],
  [11002, 'dns_servfail', 'WSATRY_AGAIN', 'Errore temporaneo durante la risoluzione del nome host.'],
  [11003, 'dns_servfail', 'WSANO_RECOVERY', 'Errore irreversibile durante la ricerca nel database.'],
  [11004, 'dns_no_address', 'WSANO_DATA', 'Nome valido, ma non sono stati trovati dati del tipo richiesto.'],
]

export const WINSOCK: Record<number, CodeRow> = Object.fromEntries(
  WINSOCK_ROWS.map(([n, cause, name, it]) => [n, { cause, name, source: WSA, it }]),
)

const OE = 'http://tthosting.dk/MSOutlookErrorCodes.htm'
const WINHTTP = 'https://learn.microsoft.com/en-us/windows/win32/winhttp/error-messages'
const KB =
  'https://learn.microsoft.com/en-us/outlook/troubleshoot/email-delivery/0x800ccc0e-error-when-you-send-or-receive-email'

export const WINDOWS_MAIL: Record<string, CodeRow> = {
  '0x800CCC0B': { cause: 'server_unavailable', name: 'BUSY', source: OE },
  '0x800CCC0D': { cause: 'dns_nxdomain', name: 'CANT_FIND_HOST', source: OE },
  // FAILED_TO_CONNECT: the socket error next to it says how.
  '0x800CCC0E': { cause: null, name: 'FAILED_TO_CONNECT', source: KB },
  '0x800CCC0F': { cause: 'tcp_reset', name: 'CONNECTION_DROPPED', source: OE },
  '0x800CCC13': { cause: 'net_unreachable', name: 'SOCKET_INIT_ERROR', source: OE },
  '0x800CCC15': { cause: 'tcp_refused', name: 'SOCKET_CONNECT_ERROR', source: OE },
  '0x800CCC18': { cause: 'auth_bad_credentials', name: 'SICILY_LOGON_FAILED', source: OE },
  '0x800CCC19': { cause: 'tcp_timeout', name: 'TIMEOUT', source: OE },
  '0x800CCC1A': { cause: 'tls_wrong_mode', name: 'SECURE_CONNECT_FAILED', source: OE },
  '0x800CCC7D': { cause: 'tls_wrong_mode', name: 'SMTP_SSL_NOT_SUPPORTED', source: OE },
  '0x800CCC90': { cause: 'auth_bad_credentials', name: 'POP3_RESPONSE_ERROR', source: OE },
  '0x800CCC92': { cause: 'auth_bad_credentials', name: 'POP3_PASS_FAILURE', source: OE },
  '0x800CCC79': { cause: 'smtp_relay_denied', name: 'SMTP_REJECTED_RECIPIENTS', source: OE },
  ...OUTLOOK_CODES,
  // WinHTTP's certificate errors as HRESULTs (0x8007 and 12037, 12038, 12045 in hex), which the Windows mail apps
  // show for an account they sync over HTTPS.
  '0x80072F05': { cause: 'tls_cert_expired', name: 'ERROR_WINHTTP_SECURE_CERT_DATE_INVALID', source: WINHTTP },
  '0x80072F06': { cause: 'tls_cert_hostname_mismatch', name: 'ERROR_WINHTTP_SECURE_CERT_CN_INVALID', source: WINHTTP },
  '0x80072F0D': { cause: 'tls_cert_untrusted', name: 'ERROR_WINHTTP_SECURE_INVALID_CA', source: WINHTTP },
}

/** A timeout on port 25 while sending is the provider's block, not the server's silence. */
export function socketCause(code: number, protocol: string, port: number | undefined): string | null {
  const cause = WINSOCK[code]?.cause ?? null
  if (cause === 'tcp_timeout' && isProtocolName(protocol) && port !== undefined && isRelayPort({ protocol, port }))
    return 'port_25_blocked'
  return cause
}
