// Italian providers. Only advice we could confirm is here; exact menu paths of their web
// settings are left to the provider table of issue 5, checked against several sources.
import type { Provider } from './provider.js'

const webLogin = (name: string, url: string) => ({
  en: [
    `Sign in to ${name} at ${url} in a browser: if it asks you to change the password or confirm the ` +
      `account, do it there, then put the new password in the mail program.`,
  ],
  it: [
    `Accedi a ${name} da un browser (${url}): se chiede di cambiare la password o di confermare ` +
      `l'account, fallo lì, poi inserisci la nuova password nel programma di posta.`,
  ],
})

// TIM Mail (tim.it, alice.it) answers the same way whatever the domain.
const TIM_FIXES: Provider['fixes'] = {
  auth_web_login_required: webLogin('TIM Mail', 'mail.tim.it'),
  auth_bad_credentials: webLogin('TIM Mail', 'mail.tim.it'),
  auth_rate_limited: {
    en: [
      'TIM Mail accepts at most 50 recipients per message (To, Cc and Bcc together) and limits messages ' +
        'per day: split the mailing.',
    ],
    it: [
      'TIM Mail accetta al massimo 50 destinatari per messaggio (A, Cc e Ccn insieme) e limita gli ' +
        "invii giornalieri: dividi l'invio.",
    ],
  },
}

export const ITALIAN: Provider[] = [
  {
    id: 'libero',
    servers: [
      { protocol: 'imap', host: 'imapmail.libero.it', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'popmail.libero.it', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.libero.it', port: 465, security: 'tls' },
    ],
    username: 'address',
    sources: ['Thunderbird ISPDB libero.it', 'aiuto.libero.it (parametri di configurazione per il client di posta)'],
    name: 'Libero Mail',
    family: 'italiaonline',
    domains: ['libero.it', 'inwind.it', 'iol.it', 'blu.it', 'giallo.it'],
    fixes: {
      auth_web_login_required: webLogin('Libero Mail', 'login.libero.it'),
      auth_account_locked: webLogin('Libero Mail', 'login.libero.it'),
      auth_bad_credentials: webLogin('Libero Mail', 'login.libero.it'),
    },
  },
  {
    id: 'virgilio',
    servers: [
      { protocol: 'imap', host: 'in.virgilio.it', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'in.virgilio.it', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'out.virgilio.it', port: 465, security: 'tls' },
    ],
    username: 'address',
    sources: ['Thunderbird ISPDB virgilio.it', 'aiuto.virgilio.it (configurare Virgilio Mail con client di posta)'],
    name: 'Virgilio Mail',
    family: 'italiaonline',
    domains: ['virgilio.it'],
    fixes: {
      auth_web_login_required: webLogin('Virgilio Mail', 'login.virgilio.it'),
      auth_account_locked: webLogin('Virgilio Mail', 'login.virgilio.it'),
    },
  },
  {
    id: 'alice',
    name: 'TIM Mail (Alice)',
    family: 'tim',
    domains: ['alice.it'],
    servers: [
      { protocol: 'imap', host: 'in.alice.it', port: 143, security: 'starttls' },
      { protocol: 'pop3', host: 'in.alice.it', port: 110, security: 'starttls' },
      { protocol: 'smtp', host: 'out.alice.it', port: 587, security: 'starttls' },
    ],
    username: 'address',
    sources: ['Thunderbird ISPDB alice.it', 'tim.it (assistenza: protocolli posta)'],
    fixes: TIM_FIXES,
  },
  {
    // TIM Mail for tim.it / tin.it: no server names confirmed by two sources yet.
    id: 'tim',
    name: 'TIM Mail',
    family: 'tim',
    domains: ['tim.it', 'tin.it'],
    sources: ['tim.it (assistenza: webmail mail.tim.it per @tim.it e @alice.it, 50 destinatari per messaggio)'],
    fixes: TIM_FIXES,
  },
  {
    id: 'aruba',
    servers: [
      { protocol: 'imap', host: 'imaps.aruba.it', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'pop3s.aruba.it', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtps.aruba.it', port: 465, security: 'tls' },
    ],
    mx: /(^|\.)aruba\.it$/i,
    username: 'address',
    sources: ['guide.hosting.aruba.it (configurazione casella POP)', 'published client guides using imaps.aruba.it'],
    name: 'Aruba',
    family: 'aruba',
    domains: ['aruba.it'],
    hosts: /(^|\.)aruba\.it$/i,
    fixes: {
      auth_bad_credentials: {
        en: ['At Aruba the user name is the full mailbox address; check the password at webmail.aruba.it.'],
        it: ["Su Aruba il nome utente è l'indirizzo completo della casella; verifica la password su webmail.aruba.it."],
      },
      auth_rate_limited: {
        en: [
          'Aruba blocks sending for a while after too many messages in a short time: wait, then send in ' +
            'smaller batches (Aruba suggests a few hundred messages every 20 minutes at most).',
        ],
        it: [
          "Aruba blocca per un po' l'invio dopo troppi messaggi in poco tempo: aspetta, poi invia a gruppi " +
            'più piccoli (Aruba indica al massimo qualche centinaio di messaggi ogni 20 minuti).',
        ],
      },
    },
  },
  {
    id: 'aruba-pec',
    servers: [
      { protocol: 'imap', host: 'imaps.pec.aruba.it', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'pop3s.pec.aruba.it', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtps.pec.aruba.it', port: 465, security: 'tls' },
    ],
    username: 'address',
    quirks: { appPasswordWith2fa: true, settingsUrl: 'https://webmail.pec.it' },
    sources: [
      'guide.pec.it (configurare casella PEC: smtps.pec.aruba.it, password dedicata con la verifica in due passaggi)',
      'published PEC client guides',
    ],
    name: 'Aruba PEC',
    family: 'aruba',
    domains: ['pec.it', 'arubapec.it'],
    hosts: /(^|\.)pec\.aruba\.it$/i,
    fixes: {
      auth_app_password_required: {
        en: [
          'With two-step verification on, Aruba PEC wants a dedicated password for mail programs: generate ' +
            'it in the PEC management panel (Security → Password for mail programs) and use it instead of the ' +
            'PEC password.',
        ],
        it: [
          'Con la verifica in due passaggi attiva, Aruba PEC vuole una password dedicata per i programmi di ' +
            'posta: generala nel pannello di gestione PEC (Sicurezza → Password per programmi di posta) e ' +
            'usala al posto della password della PEC.',
        ],
      },
      tls_wrong_mode: {
        en: ['Aruba PEC works only over SSL/TLS: use IMAP 993, POP3 995 and SMTP 465, all with SSL/TLS.'],
        it: ['Aruba PEC funziona solo con SSL/TLS: usa IMAP 993, POP3 995 e SMTP 465, tutti con SSL/TLS.'],
      },
      auth_bad_credentials: {
        en: [
          'The user name is the full PEC address; check the password at webmail.pec.it (PEC passwords ' +
            'expire and must be renewed there).',
        ],
        it: [
          "Il nome utente è l'indirizzo PEC completo; verifica la password su webmail.pec.it (le password " +
            'PEC scadono e vanno rinnovate lì).',
        ],
      },
    },
  },
  {
    id: 'fastweb',
    servers: [
      { protocol: 'imap', host: 'imap.fastwebnet.it', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'pop.fastwebnet.it', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.fastwebnet.it', port: 587, security: 'starttls' },
    ],
    username: 'address',
    sources: ['Thunderbird ISPDB fastwebnet.it', 'fastweb.it (guida mail POP e IMAP)'],
    name: 'Fastweb Mail',
    family: 'fastweb',
    domains: ['fastwebnet.it', 'fastweb.it'],
    fixes: {
      auth_web_login_required: webLogin('Fastweb Mail', 'the MyFastweb area'),
      smtp_relay_denied: {
        en: [
          'Turn on authentication for the outgoing server, with the same user name and password as the ' +
            'Fastweb mailbox.',
        ],
        it: [
          "Attiva l'autenticazione del server in uscita, con lo stesso nome utente e password della casella Fastweb.",
        ],
      },
    },
  },
  {
    id: 'legalmail',
    name: 'Legalmail (InfoCert PEC)',
    family: 'legalmail',
    domains: ['legalmail.it'],
    servers: [
      { protocol: 'imap', host: 'mbox.cert.legalmail.it', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'mbox.cert.legalmail.it', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'sendm.cert.legalmail.it', port: 465, security: 'tls' },
    ],
    mx: /(^|\.)cert\.legalmail\.it$/i,
    username: 'provider-id',
    sources: [
      'help.infocert.it (server mbox.cert.legalmail.it e sendm.cert.legalmail.it)',
      'help.infocert.digital (Apple Mail: User ID as user name)',
      'legalmail.it (MX mx.cert.legalmail.it)',
    ],
    fixes: {
      auth_bad_credentials: {
        en: ['Legalmail wants the User ID InfoCert gave you as user name, not the PEC address.'],
        it: ["Legalmail vuole come nome utente la User ID fornita da InfoCert, non l'indirizzo PEC."],
      },
      auth_rate_limited: {
        en: [
          'Legalmail accepts at most 6 messages a minute from a mail program: wait a minute and send fewer at a time.',
        ],
        it: [
          'Legalmail accetta al massimo 6 messaggi al minuto da un programma di posta: aspetta un minuto e ' +
            'invia meno messaggi alla volta.',
        ],
      },
    },
  },
  {
    // Tiscali: no server names confirmed by two sources yet.
    id: 'tiscali',
    name: 'Tiscali Mail',
    family: 'tiscali',
    domains: ['tiscali.it'],
    fixes: {
      auth_web_login_required: webLogin('Tiscali Mail', 'mail.tiscali.it'),
    },
  },
  {
    // Poste: no server names confirmed by two sources yet.
    id: 'poste',
    name: 'Poste Italiane (PosteMail)',
    family: 'poste',
    domains: ['poste.it', 'postemail.it'],
    fixes: {
      auth_web_login_required: webLogin('Poste Italiane', 'poste.it'),
    },
  },
]
