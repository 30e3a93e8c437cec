// Words of the interface (not of the causes), in both languages.
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
  tookMs: (ms: number) => `Check took ${(ms / 1000).toFixed(1)} s.`,
  demoTitle: 'maildoctor demo: test servers on this computer (127.0.0.1), nothing leaves it.',
  demoScenario: 'Scenario',
  explainNoMatch: 'maildoctor does not recognise this message. Check the server name, port, security and password, and try `maildoctor check <address>`.',
  explainCause: 'Most likely cause',
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
  notChecked: 'Non verificato: l\'accesso con password (nessuna password fornita). Aggiungi --password-env VAR o --password-stdin per verificarlo.',
  transcript: 'Trascrizione',
  tookMs: (ms: number) => `Verifica durata ${(ms / 1000).toFixed(1).replace('.', ',')} s.`,
  demoTitle: 'maildoctor demo: server di prova su questo computer (127.0.0.1), niente esce da qui.',
  demoScenario: 'Scenario',
  explainNoMatch: 'maildoctor non riconosce questo messaggio. Controlla nome del server, porta, sicurezza e password, e prova `maildoctor check <indirizzo>`.',
  explainCause: 'Causa più probabile',
}

export const MESSAGES: Record<Lang, Messages> = { en: EN, it: IT }
export type { Messages }
