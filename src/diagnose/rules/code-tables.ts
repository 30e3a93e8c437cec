// Numbers that carry a meaning on their own: WinSock error numbers (Windows dialogs, Python's
// [WinError n], .NET's SocketException (n)) and the Windows mail programs' 0x800CCCxx numbers.
// null: the number is known but says too little by itself (the text or another hint decides).

export interface CodeRow {
  cause: string | null
  name: string
  source: string
  /** The Italian text Windows shows for it, for people who paste only that. */
  it?: string
}

const WSA = 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2'

export const WINSOCK: Record<number, CodeRow> = {
  10013: { cause: 'firewall_all_ports_blocked', name: 'WSAEACCES', source: WSA, it: 'Tentativo di accesso al socket con modalità non consentite dalle autorizzazioni di accesso.' },
  10048: { cause: null, name: 'WSAEADDRINUSE', source: WSA, it: 'Di norma è consentito un solo utilizzo di ogni indirizzo di socket.' },
  10051: { cause: 'net_unreachable', name: 'WSAENETUNREACH', source: WSA, it: 'Tentativo di operazione su un socket per una rete non raggiungibile.' },
  10053: { cause: 'tcp_reset', name: 'WSAECONNABORTED', source: WSA, it: 'Connessione interrotta dal software del computer host.' },
  10054: { cause: 'tcp_reset', name: 'WSAECONNRESET', source: WSA, it: "Connessione in corso interrotta forzatamente dall'host remoto." },
  10060: { cause: 'tcp_timeout', name: 'WSAETIMEDOUT', source: WSA, it: "Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo." },
  10061: { cause: 'tcp_refused', name: 'WSAECONNREFUSED', source: WSA, it: 'Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione.' },
  10064: { cause: 'tcp_timeout', name: 'WSAEHOSTDOWN', source: WSA, it: "Operazione socket non riuscita. L'host di destinazione non è attivo." },
  10065: { cause: 'net_unreachable', name: 'WSAEHOSTUNREACH', source: WSA, it: 'Tentativo di operazione su un socket per un host non raggiungibile.' },
  11001: { cause: 'dns_nxdomain', name: 'WSAHOST_NOT_FOUND', source: WSA, it: 'Host sconosciuto.' },
  11002: { cause: 'dns_servfail', name: 'WSATRY_AGAIN', source: WSA, it: 'Errore temporaneo durante la risoluzione del nome host.' },
  11003: { cause: 'dns_servfail', name: 'WSANO_RECOVERY', source: WSA, it: 'Errore irreversibile durante la ricerca nel database.' },
  11004: { cause: 'dns_no_address', name: 'WSANO_DATA', source: WSA, it: 'Nome valido, ma non sono stati trovati dati del tipo richiesto.' },
}

const OE = 'http://tthosting.dk/MSOutlookErrorCodes.htm'
const KB = 'https://learn.microsoft.com/en-us/outlook/troubleshoot/email-delivery/0x800ccc0e-error-when-you-send-or-receive-email'

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
}

/** A timeout on port 25 while sending is the provider's block, not the server's silence. */
export function socketCause(code: number, protocol: string, port: number | undefined): string | null {
  const cause = WINSOCK[code]?.cause ?? null
  if (cause === 'tcp_timeout' && protocol === 'smtp' && port === 25) return 'port_25_blocked'
  return cause
}
