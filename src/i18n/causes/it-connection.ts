// The causes of a connection that fails before the login (Italian): the address, DNS, TCP,
// TLS and certificates, STARTTLS, the greeting.
import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'

export const CONNECTION_IT = {
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
      'Confrontalo con quello che pubblica il provider: {expected}.',
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
      'La porta 25 non risponde. Molti provider di connessione bloccano la porta 25 contro lo spam: serve ai ' +
      'server, non ai programmi di posta.',
    details: ['Lo stesso server risponde {onAnsweringPorts}.'],
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
      'inserendo dati, quindi niente di ciò che dice questa connessione è affidabile, e nessuna password ' +
      'va inviata su di essa.',
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
      'Il server non offre una connessione cifrata: una password inviata viaggia in chiaro e chiunque ' +
      'sulla rete potrebbe leggerla.',
    details: [
      'Nessuna porta di {host} offre la cifratura ({ports}): le porte SSL/TLS sono chiuse e le altre ' +
        'non offrono STARTTLS.',
      'Il server accetterebbe la password senza cifratura ({plaintextAcceptedOn}): funziona, ma ' +
        "chiunque sulla rete può leggerla, quindi maildoctor non l'ha inviata.",
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
} satisfies Partial<Record<CauseId, CauseText>>
