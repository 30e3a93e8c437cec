import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'

export const CAUSES_IT: Record<CauseId, CauseText> = {
  address_domain_typo: {
    title: "L'indirizzo sembra scritto male",
    explanation: 'La parte dopo la @ non è un dominio di posta reale, ma differisce di una lettera da uno molto noto.',
    details: ['Forse intendevi {suggestion}?'],
    fixes: [
      "Controlla l'indirizzo nel programma di posta: probabilmente è {suggestion}.",
      "Correggi l'indirizzo e riprova.",
    ],
  },
  wrong_server_name: {
    title: 'Questo non è il server di questa casella',
    explanation:
      'Il nome del server inserito nel programma di posta non è quello dove il provider tiene la posta, ' +
      'spesso perché viene da una vecchia guida.',
    details: ['Il server del provider è {expected}.'],
    fixes: [
      'Sostituisci il nome del server con {expected}.',
      'Prendi i nomi dei server dalle pagine di assistenza attuali del provider, non da vecchie guide.',
    ],
  },
  dns_nxdomain: {
    title: 'Il nome del server non esiste',
    explanation:
      'Il nome {host} non è registrato da nessuna parte su Internet, quindi il programma di posta non ' +
      'trova il server. Quasi sempre è un errore di battitura o un nome di server sbagliato.',
    fixes: [
      "Controlla come è scritto il nome del server nelle impostazioni dell'account ({host}).",
      'Verifica i nomi esatti dei server sulle pagine di assistenza del provider.',
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  dns_no_address: {
    title: 'Il nome del server non ha un indirizzo',
    explanation:
      "Il nome {host} esiste ma non porta a nessun server, quindi non c'è niente a cui collegarsi. O il " +
      'nome non è pensato per la posta, o il provider non ha finito di configurarlo.',
    fixes: [
      'Controlla che {host} sia davvero il server indicato dal provider.',
      'Usa questo altro accesso, che funziona: {working}.',
      "Se il nome è giusto, avvisa chi gestisce il dominio: manca il record dell'indirizzo.",
    ],
  },
  dns_servfail: {
    title: 'Il nome del server ora non si riesce a risolvere',
    explanation:
      'La ricerca di {host} è fallita: il servizio DNS usato dal computer non ha risposto o ha dato ' +
      'errore. Il server di posta può essere a posto; il problema è trovarlo.',
    fixes: [
      'Controlla che la connessione a Internet funzioni (apri una pagina web).',
      'Riavvia il router, oppure imposta sul computer un altro servizio DNS.',
      'Riprova fra qualche minuto: spesso è un problema passeggero.',
    ],
  },
  net_unreachable: {
    title: 'Il server non è raggiungibile da questa rete',
    explanation:
      "Il computer non ha una strada per arrivare a {host}. O non è connesso, o ha provato l'indirizzo " +
      'IPv6 del server su una rete dove IPv6 non funziona.',
    fixes: [
      'Controlla che il computer sia connesso a Internet.',
      'Se fallisce solo IPv6, disattiva IPv6 su questa connessione o fai sistemare il router: IPv4 può funzionare.',
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  tcp_refused: {
    title: 'Il server rifiuta le connessioni su questa porta',
    explanation:
      "Il server {host} ha risposto, ma {onPorts} non c'è nessun servizio in ascolto. La porta è " +
      'sbagliata per questo servizio, oppure il servizio è spento.',
    fixes: [
      'Usa questo altro accesso, che funziona: {working}.',
      'Controlla la porta nelle impostazioni: IMAP 993 (SSL/TLS) o 143 (STARTTLS), POP3 995 o 110, SMTP ' +
        '465 (SSL/TLS) o 587 (STARTTLS).',
      'Se le impostazioni sono giuste, il servizio è fermo: contatta il provider.',
    ],
  },
  tcp_timeout: {
    title: 'Nessuna risposta su questa porta',
    explanation:
      'Da {host} {onPorts} non è tornato niente: i tentativi di connessione sono stati scartati in ' +
      'silenzio da qualche parte fra te e il server (un firewall o un antivirus su questo computer, la ' +
      'rete che stai usando, oppure il lato del server); a volte il server è fermo, o la porta ' +
      'semplicemente non è in servizio.',
    fixes: [
      'Usa questo altro accesso, che funziona: {working}.',
      "Controlla che il firewall o l'antivirus del computer non blocchino il programma di posta.",
      "Prova da un'altra rete (per esempio l'hotspot del telefono): se lì funziona, il blocco è in questa rete.",
    ],
  },
  tcp_reset: {
    title: 'La connessione è stata chiusa appena aperta',
    explanation:
      'La connessione a {host} {onPorts} si è aperta ed è stata chiusa subito. Succede con un firewall, ' +
      'un antivirus o un server sovraccarico.',
    fixes: [
      'Riprova fra qualche minuto.',
      'Disattiva per un momento la "protezione posta" dell\'antivirus e riprova.',
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  port_25_blocked: {
    title: 'La porta 25 è bloccata in uscita',
    explanation:
      'La porta 25 non risponde mentre le altre porte di invio dello stesso server sì. Molti provider ' +
      'di connessione bloccano la porta 25 contro lo spam: serve ai server, non ai programmi di posta.',
    fixes: [
      'Imposta il server in uscita (SMTP) sulla porta 587 con STARTTLS, oppure 465 con SSL/TLS.',
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  firewall_all_ports_blocked: {
    title: 'Nessuna porta di posta del server è raggiungibile',
    explanation: 'Il nome del server {host} si trova, ma nessuna porta della posta lascia passare la connessione.',
    details: [
      'Nessuna risposta {onSilentPorts}: i pacchetti vengono scartati da qualche parte fra te e il ' +
        'server (un firewall su questo computer, la rete che stai usando, il provider di connessione o il ' +
        'firewall del server stesso).',
      'Connessione rifiutata {onRejectedPorts}: un firewall respinge le connessioni di posta, oppure ' +
        'tutti i servizi di posta del server sono spenti.',
    ],
    fixes: [
      "Prova da un'altra rete (per esempio l'hotspot del telefono): se lì funziona, il blocco è nella " +
        'tua rete; se no, è dal lato del server.',
      'Controlla che un firewall o un antivirus su questo computer non blocchi il programma di posta.',
      "In ufficio o su una rete pubblica, chiedi all'amministratore se le porte della posta sono bloccate.",
      'Se non funziona da nessuna rete, contatta il provider: i suoi servizi di posta potrebbero essere fermi.',
    ],
  },
  protocol_port_mismatch: {
    title: 'Su questa porta risponde un altro protocollo',
    explanation:
      'La porta {port} di {host} parla una lingua diversa da quella che il programma di posta si ' +
      'aspetta: tipicamente un account IMAP impostato su una porta POP3 o SMTP.',
    details: ['Chi ha risposto parla {spoken}.'],
    fixes: [
      'Imposta la porta standard: IMAP 993 o 143, POP3 995 o 110, SMTP 465 o 587.',
      'Controlla di non aver scambiato server in entrata e in uscita nelle impostazioni.',
    ],
  },
  tls_wrong_mode: {
    title: 'Impostazione di cifratura sbagliata per questa porta',
    explanation:
      "Programma di posta e server non sono d'accordo su come è cifrata la porta {port}: o è cifrata " +
      'dal primo byte (SSL/TLS) o parte in chiaro e poi passa alla cifratura (STARTTLS).',
    fixes: [
      'Usa SSL/TLS sulle porte 993, 995 e 465; usa STARTTLS sulle porte 143, 110 e 587.',
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  tls_handshake_failed: {
    title: 'Non è stato possibile stabilire la connessione sicura',
    explanation:
      'La connessione cifrata con {host} sulla porta {port} è fallita mentre si stabiliva. Programma e ' +
      'server non hanno trovato un modo comune di cifrare, oppure qualcosa in mezzo ha interrotto lo ' +
      'scambio.',
    fixes: [
      'Usa questo altro accesso, che funziona: {working}.',
      'Aggiorna il programma di posta.',
      'Disattiva la "scansione delle connessioni sicure" dell\'antivirus e riprova.',
      'Se continua, contatta il provider.',
    ],
  },
  tls_old_protocol: {
    title: 'Cifratura obsoleta',
    explanation:
      'Il server sulla porta {port} offre solo una vecchia versione di TLS/SSL o cifrari deboli, che i ' +
      'sistemi attuali rifiutano perché non più sicuri.',
    details: ['Il server ha accettato solo: {version}.'],
    fixes: [
      'Chiedi al provider di abilitare TLS 1.2 o 1.3: il server va aggiornato.',
      'Usa questo altro accesso, che funziona: {working}.',
      'Non abbassare le impostazioni di sicurezza del programma di posta per aggirarlo.',
    ],
  },
  tls_cert_expired: {
    title: 'Il certificato del server è scaduto',
    explanation:
      "Il certificato che garantisce l'identità del server è scaduto, quindi il programma di posta non " +
      'può fidarsi. Il provider si è dimenticato di rinnovarlo; a meno che la data del computer sia ' +
      'sbagliata, solo lui può sistemarlo.',
    details: ['È scaduto il {date}.'],
    fixes: [
      'Controlla che data e ora del computer siano giuste.',
      'Avvisa il provider: il certificato di {host} è scaduto.',
      'Non accettare il certificato in modo permanente: aspetta il rinnovo.',
    ],
  },
  tls_cert_not_yet_valid: {
    title: "Il certificato non è ancora valido: controlla l'orologio",
    explanation:
      'Il certificato del server risulta valido solo da una data futura. Quasi sempre significa che ' +
      'data e ora di questo computer sono sbagliate (per esempio dopo che si è scaricata la batteria ' +
      "dell'orologio).",
    details: ['Il certificato è valido dal {date}.'],
    fixes: [
      'Imposta data e ora corrette sul computer, meglio se in automatico da Internet.',
      "Riprova quando l'orologio è giusto.",
    ],
  },
  tls_cert_hostname_mismatch: {
    title: 'Il certificato è intestato a un altro nome',
    explanation:
      'Il server {host} ha mostrato un certificato per nomi diversi, quindi il programma di posta non ' +
      'può sapere se sta parlando con il server giusto. Di solito il nome del server nelle impostazioni ' +
      'non è quello ufficiale del provider.',
    details: ['Il certificato vale per: {names}.'],
    fixes: [
      'Usa come nome del server uno dei nomi per cui vale il certificato: {names}.',
      'Nessuno dei nomi del certificato ({certNames}) porta a un server: chiedi al provider il nome giusto del server.',
      'Prendi il nome del server dalle pagine di assistenza del provider.',
      'Se hai scritto un indirizzo IP, scrivi invece il nome del server.',
    ],
  },
  tls_cert_untrusted: {
    title: 'Il certificato non è attendibile',
    explanation:
      "Il certificato di {host} è autofirmato o è stato emesso da un'autorità che il sistema non " +
      'riconosce (oppure il server invia una catena incompleta). Chiunque potrebbe averlo creato.',
    details: ['Emesso da: {issuer}.'],
    fixes: [
      'Se è un server della tua azienda, installa il certificato della sua autorità (maildoctor: --ca FILE).',
      "Altrimenti avvisa il provider: serve un certificato di un'autorità pubblica, con la catena completa.",
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  tls_intercepted_by_antivirus: {
    title: 'Un antivirus o un proxy intercetta la connessione di posta',
    explanation:
      'Il certificato ricevuto non è del provider di posta ma di un prodotto di sicurezza sul computer ' +
      'o nella rete, che apre le connessioni cifrate per controllarle. I programmi di posta spesso lo ' +
      'rifiutano.',
    details: ['Emesso da: {issuer}.'],
    fixes: [
      "Nell'antivirus disattiva la scansione della posta / delle connessioni sicure (Avast, AVG, " +
        "Kaspersky, ESET, Bitdefender…), oppure aggiungi un'eccezione per il programma di posta.",
      "In ufficio chiedi all'amministratore del proxy di ispezione TLS.",
      'Riavvia il programma di posta dopo la modifica.',
    ],
  },
  starttls_not_offered: {
    title: 'Il server qui non offre STARTTLS',
    explanation:
      'Sulla porta {port} il server non propone di passare a una connessione cifrata, quindi la ' +
      'password viaggerebbe in chiaro.',
    fixes: [
      'Usa questo altro accesso, che funziona: {working}.',
      'Usa invece la porta SSL/TLS: 993 per IMAP, 995 per POP3, 465 per SMTP.',
      'Se gestisci il server, abilita TLS su questa porta.',
    ],
  },
  starttls_failed: {
    title: 'Il passaggio alla cifratura è fallito',
    explanation:
      'Il server sulla porta {port} offre STARTTLS ma non è riuscito a completare il passaggio alla ' +
      'connessione cifrata: di solito è un problema di configurazione del server.',
    fixes: [
      'Usa questo altro accesso, che funziona: {working}.',
      'Riprova più tardi e, se continua, contatta il provider.',
    ],
  },
  starttls_tampered: {
    title: 'Qualcuno ha manomesso il passaggio alla cifratura',
    explanation:
      'Sulla porta {port} di {host} è arrivato testo in chiaro subito dopo che il server aveva ' +
      'accettato di passare alla cifratura, e prima che il passaggio avvenisse. Un server vero non lo ' +
      'fa mai: qualcosa tra te e il server (un attaccante, oppure un firewall o un proxy difettoso) sta ' +
      'inserendo dati, quindi niente di ciò che dice questa connessione è affidabile. maildoctor non ha ' +
      "fatto l'accesso.",
    fixes: [
      "Riprova da un'altra rete (per esempio l'hotspot del telefono): se lì funziona, la manomissione è " +
        'in questa rete.',
      'Usa la porta cifrata fin dal primo byte (SSL/TLS): 993 per IMAP, 995 per POP3, 465 per SMTP.',
      'Usa questo altro accesso, che funziona: {working}.',
      'Avvisa chi gestisce questa rete: un dispositivo interferisce con le connessioni di posta.',
    ],
  },
  no_encryption_available: {
    title: 'Nessun modo cifrato per accedere',
    explanation:
      'Il server non offre una connessione cifrata, quindi maildoctor non ha inviato la password: ' +
      'chiunque sulla rete potrebbe leggerla.',
    details: [
      'Nessuna porta di {host} offre la cifratura ({ports}): le porte SSL/TLS sono chiuse e le altre ' +
        'non offrono STARTTLS.',
      'Il server accetterebbe la password senza cifratura ({plaintextAcceptedOn}): funziona, ma ' +
        'chiunque sulla rete può leggerla.',
      'Il server {plaintextRefused} rifiuta la password anche senza cifratura: nessuno può accedere ' +
        'finché il provider non attiva la cifratura.',
    ],
    fixes: [
      'Chiedi al provider di attivare la cifratura (SSL/TLS su 993, 995, 465 oppure STARTTLS su 143, ' +
        '110, 587), o il nome giusto del server.',
      'Solo se accetti che la password viaggi leggibile: --allow-plaintext-auth.',
    ],
  },
  greeting_timeout: {
    title: 'Il server si è collegato ma non ha mai risposto',
    explanation:
      'La connessione a {host} {onPorts} si è aperta, ma il server non ha mai mandato il suo saluto. ' +
      'Può essere sovraccarico o guasto, oppure qualcosa in mezzo trattiene il traffico.',
    fixes: [
      'Riprova fra qualche minuto.',
      'Controlla che un antivirus o un firewall non stia trattenendo la connessione.',
      'Usa questo altro accesso, che funziona: {working}.',
    ],
  },
  server_unavailable: {
    title: 'Il server è temporaneamente non disponibile',
    explanation:
      'Il server ha detto di essere in manutenzione, sovraccarico o momentaneamente fuori servizio. Le ' +
      "tue impostazioni e la password non c'entrano.",
    details: ['Il server ha risposto: "{response}".'],
    fixes: [
      'Aspetta e riprova più tardi.',
      'Controlla la pagina sullo stato dei servizi del provider o i suoi canali social.',
    ],
  },
  protocol_error: {
    title: 'Il server risponde in modo errato',
    explanation:
      'Le risposte di {host} sulla porta {port} non seguono il protocollo di posta (confuse, interrotte ' +
      'o lunghissime). Il programma di posta non riesce a interpretarle.',
    fixes: [
      'Controlla che la porta sia quella giusta per questo protocollo.',
      'Usa questo altro accesso, che funziona: {working}.',
      "Avvisa il provider o l'amministratore del server.",
    ],
  },
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
}
