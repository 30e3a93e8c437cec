// The causes at the login and after it (Italian): credentials, app passwords, tokens,
// protocols switched off, the mailbox, sending, settings.
import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'

export const ACCOUNT_IT = {
  auth_bad_credentials: {
    title: 'Nome utente o password sbagliati',
    explanation:
      "Il server ha rifiutato l'accesso. Il più delle volte la password è sbagliata (o è stata cambiata " +
      "altrove), oppure il nome utente non è nella forma che il provider vuole (di solito l'indirizzo " +
      'completo).',
    fixes: [
      'Riscrivi la password con attenzione (fai attenzione al tasto Bloc Maiusc).',
      "Il nome utente provato era l'indirizzo completo {triedAddress}: se il provider vuole solo la " +
        'parte prima della @, prova {localPart}.',
      "Il nome utente provato era {triedLocal}: quasi tutti i provider vogliono l'indirizzo email " +
        'completo; prova {fullAddress}.',
      'Il nome utente provato era {noDomain}: quasi tutti i provider vogliono come nome utente ' +
        "l'indirizzo email completo.",
      'Controlla che la password funzioni sulla webmail del provider; se no, reimpostala.',
    ],
  },
  auth_app_password_required: {
    title: 'Serve una password per le app',
    explanation:
      "L'account ha la verifica in due passaggi (o il provider la richiede): i programmi di posta " +
      'devono accedere con una "password per le app" generata nelle impostazioni di sicurezza ' +
      "dell'account, non con la password normale.",
    fixes: [
      "Crea una password per le app nelle impostazioni di sicurezza dell'account e usala nel programma " +
        'di posta al posto della password normale.',
      'Se il provider non offre le password per le app, attiva prima la verifica in due passaggi.',
    ],
  },
  auth_web_login_required: {
    title: 'Prima accedi dal sito web',
    explanation:
      "Il provider ha bloccato l'accesso finché non entri dal suo sito e confermi: un accesso sospetto, " +
      'una password scaduta o da cambiare.',
    fixes: [
      'Accedi alla webmail del provider da un browser e segui quello che chiede (conferma che eri tu, ' +
        'cambia la password).',
      'Poi inserisci la nuova password nel programma di posta.',
    ],
  },
  auth_basic_auth_disabled: {
    title: "L'accesso con password è disattivato dal provider",
    explanation:
      'Il server non accetta più nome utente e password semplici dai programmi di posta ' +
      '("autenticazione di base"): vuole un accesso moderno (OAuth), oppure l\'amministratore ' +
      "dell'organizzazione l'ha disattivato.",
    details: ['Qui il server offre solo accessi con token ({tokenMechanisms}), nessun modo per inviare una password.'],
    fixes: [
      'Questo server richiede un accesso moderno (OAuth): usa un programma di posta che accede con la ' +
        "finestra dell'account del provider (Outlook, Thunderbird, Mail di Apple aggiornati) e ricrea " +
        "l'account.",
      "Per controllare l'account con maildoctor, dagli un token di accesso: --oauth2-token-cmd " +
        '"oauth2ms" (oppure mutt_oauth2.py, gcloud auth application-default print-access-token) o ' +
        '--oauth2-token-env VARIABILE.',
      "In azienda, chiedi all'amministratore di abilitare SMTP AUTH / IMAP / POP per la casella.",
    ],
  },
  auth_token_invalid: {
    title: 'Il token di accesso è stato rifiutato',
    explanation:
      'Il server ha rifiutato il token di accesso OAuth 2.0: è scaduto, è stato revocato, è stato ' +
      "emesso per un altro account o non ha l'autorizzazione per la posta.",
    details: [
      'Il server dice che il token non è più valido (stato {tokenExpired}): è scaduto (i token di ' +
        "accesso durano circa un'ora) o è stato revocato.",
      "Il server dice che il token non va bene (stato {tokenStatus}): non ha l'autorizzazione per la " +
        'posta, o è stato emesso per un account diverso da {tokenAccount}.',
      "Il server vuole un token con l'autorizzazione {tokenScope}.",
    ],
    fixes: [
      'Ottieni un token nuovo dallo strumento che lo ha emesso (oauth2ms, mutt_oauth2.py, gcloud auth ' +
        'application-default print-access-token …), oppure accedi di nuovo dal programma di posta.',
      "Richiedi il token con l'autorizzazione {tokenScope}, accedendo con l'account con cui fai il login.",
      "Controlla che il token sia stato emesso per questo account e con l'autorizzazione per la posta.",
    ],
  },
  auth_plaintext_disabled: {
    title: 'Accesso rifiutato prima della cifratura',
    explanation:
      'Il server non accetta password su una connessione non cifrata, e il programma di posta ha ' +
      'provato ad accedere prima di passare alla cifratura.',
    fixes: [
      "Attiva la cifratura nelle impostazioni dell'account: SSL/TLS su 993/995/465 oppure STARTTLS su 143/110/587.",
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  auth_mechanism_unsupported: {
    title: 'Nessun modo comune per inviare la password',
    explanation:
      'Programma di posta e server non hanno un metodo di accesso in comune, oppure il server rifiuta quello scelto.',
    details: [
      'La porta {relayPort} serve ai server per passarsi la posta: non offre un accesso su connessione ' +
        'cifrata. I programmi di posta inviano sulla 587 (STARTTLS) o sulla 465 (SSL/TLS).',
    ],
    fixes: [
      'È stato dato un token di accesso, ma questo server non offre accessi con token (elenca: ' +
        '{passwordMechanisms}): accedi con la password.',
      'Nelle impostazioni dell\'account imposta l\'autenticazione su "Password normale" (o "Automatica").',
      'Controlla che il server sia quello di invio del provider e non un server per altri server (un MX).',
      'Se il server non offre alcun accesso (un relay della tua rete che accetta la posta senza), lascia vuoti ' +
        'nome utente e password per quel server, oppure invia dal server di invio del tuo provider.',
    ],
  },
  auth_account_locked: {
    title: "L'account è bloccato o sospeso",
    explanation:
      "Il provider ha bloccato, sospeso o limitato l'account (o la tua connessione), spesso dopo " +
      'attività sospette o un servizio non rinnovato.',
    fixes: [
      "Accedi al sito del provider per vedere il motivo e sbloccare l'account.",
      "Contatta l'assistenza del provider.",
    ],
  },
  auth_rate_limited: {
    title: 'Troppe connessioni o troppi tentativi',
    explanation:
      'Il server ti sta limitando: troppi programmi o dispositivi collegati insieme, troppi accessi ' +
      'falliti o troppi messaggi inviati.',
    fixes: [
      'Chiudi gli altri programmi e dispositivi che usano lo stesso account, poi riprova.',
      "Aspetta un po' (spesso 15-60 minuti) prima di riprovare.",
      'Se invii molta posta, resta nei limiti di invio del provider.',
    ],
  },
  imap_disabled: {
    title: 'IMAP è disattivato per questo account',
    explanation:
      "L'account non consente l'accesso IMAP: va abilitato nelle impostazioni della casella sul sito del provider.",
    details: [
      'Il server rifiuta IMAP su tutte le porte ({protocolPortsRefused}) mentre risponde sulle altre: ' +
        'qui IMAP non è offerto.',
    ],
    fixes: [
      'Abilita IMAP nelle impostazioni della casella sul sito del provider.',
      'Oppure usa POP3, che funziona: {otherWorking}.',
      'Poi riprova (può servire qualche minuto).',
    ],
  },
  pop_disabled: {
    title: 'POP è disattivato per questo account',
    explanation:
      "L'account non consente l'accesso POP: va abilitato nelle impostazioni della casella sul sito del " +
      "provider (alcuni provider lo tengono spento all'inizio).",
    details: [
      'Il server rifiuta POP3 su tutte le porte ({protocolPortsRefused}) mentre risponde sulle altre: ' +
        'qui POP non è offerto.',
    ],
    fixes: [
      'Usa IMAP, che funziona e tiene la posta allineata su tutti i dispositivi: {otherWorking}.',
      'Oppure abilita POP nelle impostazioni della casella sul sito del provider.',
    ],
  },
  mailbox_over_quota: {
    title: 'La casella è piena',
    explanation: "La casella ha (quasi) esaurito lo spazio: la nuova posta può essere rifiutata e l'invio può fallire.",
    details: ['Spazio usato: {usage}.'],
    fixes: [
      'Elimina i vecchi messaggi con allegati pesanti e svuota il cestino.',
      'Con POP attiva "rimuovi dal server dopo N giorni", oppure acquista più spazio.',
    ],
  },
  smtp_relay_denied: {
    title: 'Il server rifiuta di inoltrare il messaggio (relay negato)',
    explanation:
      'Il server in uscita non inoltra la posta per te: di solito perché il programma di posta non si è ' +
      'autenticato, o perché non è il server di invio del tuo provider.',
    fixes: [
      'Nelle impostazioni del server in uscita (SMTP) attiva "Il server richiede l\'autenticazione", ' +
        'con lo stesso utente e password della posta in arrivo.',
      'Usa il server SMTP del tuo provider sulla porta 587 o 465.',
    ],
  },
  smtp_sender_rejected: {
    title: "L'indirizzo del mittente è rifiutato",
    explanation:
      'Il server non permette a questo account di inviare con l\'indirizzo indicato in "Da": non è ' +
      "l'indirizzo dell'account né un alias consentito.",
    fixes: [
      "Invia dall'indirizzo dell'account con cui accedi.",
      'Per inviare come un altro indirizzo, aggiungilo e verificalo come alias presso il provider.',
    ],
  },
  insecure_settings: {
    title: 'Le impostazioni non sono cifrate',
    explanation:
      'La porta e la sicurezza scelte mandano password e posta in chiaro, mentre un accesso cifrato funziona.',
    fixes: ['Passa a: {working}.'],
  },
} satisfies Partial<Record<CauseId, CauseText>>
