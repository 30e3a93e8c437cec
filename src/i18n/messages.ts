// Words of the interface (not of the causes), in both languages.
import { PROTOCOL_NAMES, type Protocol } from '../model/primitives.js'
import type { Lang } from './locale.js'

const EN = {
  checking: 'Checking',
  endpoint: 'Endpoint',
  security: 'Security',
  status: 'Status',
  time: 'Time',
  failedAt: 'failed at',
  statusOk: 'works',
  statusWarn: 'works, with warnings',
  statusFail: 'fails',
  statusSkipped: 'not checked',
  allGood: 'Everything works: no problem found.',
  problemsFound: (n: number) => (n === 1 ? '1 problem found' : `${n} problems found`),
  warningsFound: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
  working: 'These work (best first):',
  noneWorking: 'No way in works.',
  whatToDo: 'What to do:',
  evidence: 'Seen',
  seenOn: 'on',
  error: 'PROBLEM',
  warning: 'WARNING',
  info: 'NOTE',
  notChecked: 'Not checked: the login (no password given). Add --password-env VAR or --password-stdin to check it.',
  transcript: 'Transcript',
  tookMs: (ms: number) =>
    ms < 100 ? 'Check completed in less than 0.1 s.' : `Check completed in ${(ms / 1000).toFixed(1)} s.`,
  verdict: {
    receive: 'Receiving',
    send: 'Sending',
    works: 'works',
    fails: 'does not work',
    notChecked: 'not checked',
    loginNotChecked: 'login not checked (no password given)',
    whatToDo: 'What to do',
  },
  stageStops: {
    dns: 'stops at the name lookup',
    tcp: 'stops at the connection',
    tls: 'stops at the TLS encryption',
    greeting: 'stops at the server greeting',
    capabilities: 'stops at the capability list',
    starttls: 'stops at STARTTLS',
    auth: 'stops at the login',
    mailbox: 'stops at the mailbox',
  } as Record<string, string>,
  statusRelay: 'for servers only (no login)',
  securityNone: 'none',
  demoTitle: 'maildoctor demo: test servers on this computer (127.0.0.1), nothing leaves it.',
  demoScenario: 'Scenario',
  explainNoMatch:
    'maildoctor does not recognise this message. Check the server name, port, security and password, ' +
    'and try `maildoctor check <address>`.',
  explainCause: 'Most likely cause',
  explainGuessed: 'The message says only that the connection failed, not why.',
  explainGuessedContext: (shown: string) =>
    `The message shows what happened ("${shown}"), not why; where it comes from, this is the usual reason.`,
  explainGuessedPolicy: (provider: string) =>
    `The server refused the login. ${provider} does not take the account's normal password from mail programs, ` +
    'which is the usual reason; a mistyped password is the other.',
  explainCommonCause: 'The most common reason',
  explainExtracted: 'Read from the message',
  explainTryCheck: 'To test exactly these settings from this computer, run:',
  explainAlsoSeen: 'If that is not it, the same message has also turned out to be',
  explainTellApart: 'The check tells them apart. From this computer, run:',
  explainCheckFix: (protocol: string, port: string, command: string) =>
    `Test ${protocol} on port ${port} from this computer: ${command}`,
  explainFields: {
    host: 'server',
    protocol: 'protocol',
    port: 'port',
    security: 'security',
    socketError: 'socket error',
    errorNumber: 'error number',
    reply: 'server reply',
  } as Record<string, string>,
  explainHostPlaceholder: '<server or address>',
  batch: {
    accounts: 'accounts',
    ok: 'ok',
    withErrors: 'with problems',
    withWarnings: 'with warnings',
    notChecked: 'not checked',
    stopped: 'stopped before the end',
    cause: 'cause',
    what: 'what it means',
    line: 'line',
    title: 'maildoctor batch report',
    filter: 'Filter accounts…',
    allCauses: 'all causes',
    account: 'account',
    findings: 'findings',
    status: 'status',
    fixes: 'what to do',
    byCause: 'Accounts by cause',
    noProblem: 'no problem',
    duplicates: 'duplicates',
    duplicateOf: (line: number) => `duplicate of line ${line}`,
    receive: 'receive',
    send: 'send',
    user: 'user',
    port: 'port',
    host: 'host',
    serviceStatus: { ok: 'ok', fail: 'fail', not_checked: 'not checked' },
  },
  settingsTitle: 'Configure your mail program like this:',
  /** A protocol in the settings table: what it is for, then its label ("Incoming (IMAP)"). */
  service: { receive: 'Incoming', send: 'Outgoing' },
  server: 'server',
  port: 'port',
  encryption: 'encryption',
  username: 'user name',
  providerId: 'the user ID your provider gave you',
  authRequired: 'authentication: required, same user name and password',
  authOAuth: "authentication: OAuth2 (sign in through the provider's account window)",
  advice: [
    'Read your mail on several devices (phone, computer)? Use IMAP: mail stays on the server and ' +
      'every device sees the same folders; deleting a message deletes it everywhere.',
    'Use POP only for a single device, and turn on "leave a copy on the server", or the messages ' +
      'disappear from the webmail and the other devices.',
  ],
  notCheckedDeadline:
    'Not checked: the deadline ran out before some ways in were tried to the end (marked "not ' +
    'checked"). That says nothing about the server; check again with a longer --deadline.',
  notCheckedUntrusted:
    'No password was sent to servers that another domain suggested (SRV or autoconfig): a hostile ' +
    'configuration could collect it. Add --trust-discovered if you trust them.',
  certDays: (n: number) => `certificate valid ${n} more days`,
  loginOk: 'login OK',
  inboxMessages: (n: number) => `${n} messages in the inbox`,
}

type Messages = typeof EN

const IT: Messages = {
  checking: 'Verifica di',
  endpoint: 'Accesso',
  security: 'Sicurezza',
  status: 'Stato',
  time: 'Tempo',
  failedAt: 'fallito in',
  statusOk: 'funziona',
  statusWarn: 'funziona, con avvisi',
  statusFail: 'non funziona',
  statusSkipped: 'non verificato',
  allGood: 'Funziona tutto: nessun problema trovato.',
  problemsFound: (n: number) => (n === 1 ? '1 problema trovato' : `${n} problemi trovati`),
  warningsFound: (n: number) => (n === 1 ? '1 avviso' : `${n} avvisi`),
  working: 'Questi funzionano (i migliori prima):',
  noneWorking: 'Nessun accesso funziona.',
  whatToDo: 'Cosa fare:',
  evidence: 'Visto',
  seenOn: 'su',
  error: 'PROBLEMA',
  warning: 'AVVISO',
  info: 'NOTA',
  notChecked:
    "Non verificato: l'accesso con password (nessuna password fornita). Aggiungi --password-env VAR o " +
    '--password-stdin per verificarlo.',
  transcript: 'Trascrizione',
  tookMs: (ms: number) =>
    ms < 100
      ? 'Verifica completata in meno di 0,1 s.'
      : `Verifica completata in ${(ms / 1000).toFixed(1).replace('.', ',')} s.`,
  verdict: {
    receive: 'Ricevere',
    send: 'Inviare',
    works: 'funziona',
    fails: 'non funziona',
    notChecked: 'non verificato',
    loginNotChecked: 'accesso con password non verificato (nessuna password fornita)',
    whatToDo: 'Cosa fare',
  },
  stageStops: {
    dns: 'si ferma alla ricerca del nome',
    tcp: 'si ferma alla connessione',
    tls: 'si ferma alla cifratura TLS',
    greeting: 'si ferma al saluto del server',
    capabilities: "si ferma all'elenco delle funzioni",
    starttls: 'si ferma a STARTTLS',
    auth: "si ferma all'accesso",
    mailbox: 'si ferma alla casella',
  } as Record<string, string>,
  statusRelay: 'solo tra server (nessun accesso)',
  securityNone: 'nessuna',
  demoTitle: 'maildoctor demo: server di prova su questo computer (127.0.0.1), niente esce da qui.',
  demoScenario: 'Scenario',
  explainNoMatch:
    'maildoctor non riconosce questo messaggio. Controlla nome del server, porta, sicurezza e ' +
    'password, e prova `maildoctor check <indirizzo>`.',
  explainCause: 'Causa più probabile',
  explainGuessed: 'Il messaggio dice solo che la connessione non è riuscita, non il perché.',
  explainGuessedContext: (shown: string) =>
    `Il messaggio dice cosa è successo («${shown}»), non il perché; da dove viene, questo è il motivo più comune.`,
  explainGuessedPolicy: (provider: string) =>
    `Il server ha rifiutato l'accesso. ${provider} non accetta dai programmi di posta la normale password ` +
    "dell'account, ed è questo il motivo più comune; l'altro è una password scritta male.",
  explainCommonCause: 'Il motivo più comune',
  explainExtracted: 'Letto dal messaggio',
  explainTryCheck: 'Per provare proprio queste impostazioni da questo computer, esegui:',
  explainAlsoSeen: 'Se non è questo, dietro lo stesso messaggio si è trovato anche',
  explainTellApart: 'La verifica distingue tra queste cause. Da questo computer esegui:',
  explainCheckFix: (protocol: string, port: string, command: string) =>
    `Prova ${protocol} sulla porta ${port} da questo computer: ${command}`,
  explainFields: {
    host: 'server',
    protocol: 'protocollo',
    port: 'porta',
    security: 'sicurezza',
    socketError: 'errore socket',
    errorNumber: 'numero errore',
    reply: 'risposta del server',
  },
  explainHostPlaceholder: '<server o indirizzo>',
  batch: {
    accounts: 'account',
    ok: 'funzionanti',
    withErrors: 'con problemi',
    withWarnings: 'con avvisi',
    notChecked: 'non verificati',
    stopped: 'interrotto prima della fine',
    cause: 'causa',
    what: 'cosa significa',
    line: 'riga',
    title: 'maildoctor: rapporto batch',
    filter: 'Filtra gli account…',
    allCauses: 'tutte le cause',
    account: 'account',
    findings: 'risultati',
    status: 'stato',
    fixes: 'cosa fare',
    byCause: 'Account per causa',
    noProblem: 'nessun problema',
    duplicates: 'doppioni',
    duplicateOf: (line: number) => `doppione della riga ${line}`,
    receive: 'ricevere',
    send: 'inviare',
    user: 'utente',
    port: 'porta',
    host: 'server',
    serviceStatus: { ok: 'funziona', fail: 'non funziona', not_checked: 'non verificato' },
  },
  settingsTitle: 'Configura il programma di posta così:',
  service: { receive: 'Posta in arrivo', send: 'Posta in uscita' },
  server: 'server',
  port: 'porta',
  encryption: 'cifratura',
  username: 'nome utente',
  providerId: 'la user ID che ti ha dato il provider',
  authRequired: 'autenticazione: richiesta, stessi nome utente e password',
  authOAuth: "autenticazione: OAuth2 (accesso dalla finestra dell'account del provider)",
  advice: [
    'Leggi la posta su più dispositivi (telefono, computer)? Usa IMAP: la posta resta sul server e ' +
      'ogni dispositivo vede le stesse cartelle; se cancelli un messaggio, sparisce ovunque.',
    'Usa POP solo per un unico dispositivo, e attiva "lascia una copia sul server", altrimenti i ' +
      'messaggi spariscono dalla webmail e dagli altri dispositivi.',
  ],
  notCheckedDeadline:
    "Non verificato: il tempo massimo (--deadline) è finito prima che alcune vie d'accesso fossero " +
    'provate fino in fondo (segnate "non verificato"). Questo non dice nulla del server; riprova con ' +
    'un --deadline più lungo.',
  notCheckedUntrusted:
    'Nessuna password è stata inviata ai server suggeriti da un altro dominio (SRV o autoconfig): una ' +
    'configurazione ostile potrebbe raccoglierla. Aggiungi --trust-discovered se ti fidi.',
  certDays: (n: number) => `certificato valido ancora ${n} giorni`,
  loginOk: 'accesso riuscito',
  inboxMessages: (n: number) => `${n} messaggi in arrivo`,
}

export const MESSAGES: Record<Lang, Messages> = { en: EN, it: IT }
export type { Messages }

/** A protocol as the settings table names it: what it is for, then its label ("Incoming (IMAP)"). */
export function protocolLabel(protocol: Protocol, m: Pick<Messages, 'service'>): string {
  const { label, service } = PROTOCOL_NAMES[protocol]
  return `${m.service[service]} (${label})`
}
