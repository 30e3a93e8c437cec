import type { Localised, Provider } from './provider.js'

const GMAIL_SETTINGS = 'Impostazioni (ingranaggio) → Visualizza tutte le impostazioni → Inoltro e POP/IMAP'
const GMAIL_SETTINGS_EN = 'Settings (gear) → See all settings → Forwarding and POP/IMAP'

const googleAppPassword: Localised = {
  en: [
    'Turn on 2-Step Verification in your Google Account (Security), then create an app password at ' +
      'myaccount.google.com/apppasswords and use it in the mail program instead of your Google ' +
      'password.',
  ],
  it: [
    "Attiva la Verifica in due passaggi nell'Account Google (Sicurezza), poi crea una password per le " +
      'app su myaccount.google.com/apppasswords e usala nel programma di posta al posto della password ' +
      'di Google.',
  ],
}

const microsoftModernAuth: Localised = {
  en: [
    'Outlook.com and Microsoft 365 no longer accept the plain password from mail programs: remove the ' +
      'account and add it again in a program that opens the Microsoft sign-in window (current Outlook, ' +
      'Thunderbird, Apple Mail, the Outlook app).',
  ],
  it: [
    'Outlook.com e Microsoft 365 non accettano più la semplice password dai programmi di posta: ' +
      "rimuovi l'account e aggiungilo di nuovo con un programma che apre la finestra di accesso " +
      "Microsoft (Outlook aggiornato, Thunderbird, Mail di Apple, l'app Outlook).",
  ],
}

export const INTERNATIONAL: Provider[] = [
  {
    id: 'gmx',
    name: 'GMX',
    family: 'gmx',
    domains: ['gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch', 'gmx.com', 'gmx.it'],
    servers: [
      { protocol: 'imap', host: 'imap.gmx.net', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'pop.gmx.net', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'mail.gmx.net', port: 587, security: 'starttls' },
    ],
    mx: /(^|\.)gmx\.net$/i,
    username: 'address',
    quirks: { popOffByDefault: true },
    sources: ['Thunderbird ISPDB gmx.net', 'support.gmx.com (POP3/IMAP settings)'],
    fixes: {},
  },
  {
    id: 'gmail',
    servers: [
      { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'pop.gmail.com', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.gmail.com', port: 465, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.gmail.com', port: 587, security: 'starttls' },
    ],
    mx: /(^|\.)(google\.com|googlemail\.com)$/i,
    username: 'address',
    quirks: {
      popOffByDefault: true,
      appPasswordWith2fa: true,
      settingsUrl: 'https://mail.google.com/mail/u/0/#settings/fwdandpop',
    },
    sources: ['Thunderbird ISPDB googlemail.com', 'support.google.com/mail/answer/7126229'],
    // Since 2025-03-14 Google accounts take "Sign in with Google" (OAuth) or, with 2-Step
    // Verification, an app password; Workspace administrators may allow OAuth only.
    oauth: {
      protocols: { imap: 'optional', pop3: 'optional', smtp: 'optional' },
      accountPasswordRefused: true,
      source: 'https://support.google.com/a/answer/14114704',
      checked: '2026-12-01',
    },
    name: 'Gmail',
    family: 'gmail',
    domains: ['gmail.com', 'googlemail.com'],
    hosts: /(^|\.)(gmail\.com|google\.com|googlemail\.com)$/i,
    fixes: {
      imap_disabled: {
        en: [
          `In Gmail on the web: ${GMAIL_SETTINGS_EN} → IMAP access: Enable IMAP → Save Changes. (Personal ` +
            `accounts have IMAP always on since 2025; for Google Workspace the administrator may have to ` +
            `allow it.)`,
        ],
        it: [
          `In Gmail dal web: ${GMAIL_SETTINGS} → Accesso IMAP: Attiva IMAP → Salva modifiche. (Per gli ` +
            `account personali IMAP è sempre attivo dal 2025; con Google Workspace può doverlo consentire ` +
            `l'amministratore.)`,
        ],
      },
      pop_disabled: {
        en: [
          `In Gmail on the web: ${GMAIL_SETTINGS_EN} → POP download: Enable POP for all mail (or for mail ` +
            `that arrives from now on) → Save Changes.`,
        ],
        it: [
          `In Gmail dal web: ${GMAIL_SETTINGS} → Download POP: Attiva POP per tutti i messaggi (o per ` +
            `quelli che arrivano da ora in poi) → Salva modifiche.`,
        ],
      },
      auth_app_password_required: googleAppPassword,
      auth_bad_credentials: googleAppPassword,
      auth_web_login_required: {
        en: [
          'Sign in at mail.google.com in a browser, confirm it was you (Google Account → Security → Recent ' +
            'security activity), then try the mail program again.',
        ],
        it: [
          'Accedi a mail.google.com da un browser, conferma che eri tu (Account Google → Sicurezza → ' +
            'Attività di sicurezza recenti), poi riprova dal programma di posta.',
        ],
      },
      auth_rate_limited: {
        en: [
          'Gmail allows about 15 IMAP connections per account at once: close mail programs on other ' +
            "devices, or lower the connections per account in the program's settings.",
        ],
        it: [
          'Gmail consente circa 15 connessioni IMAP contemporanee per account: chiudi i programmi di posta ' +
            'sugli altri dispositivi, o riduci le connessioni per account nelle impostazioni del programma.',
        ],
      },
    },
  },
  {
    id: 'outlook',
    servers: [
      { protocol: 'imap', host: 'outlook.office365.com', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'outlook.office365.com', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtp-mail.outlook.com', port: 587, security: 'starttls' },
    ],
    username: 'address',
    quirks: {
      popOffByDefault: true,
      basicAuthDisabled: true,
      settingsUrl: 'https://outlook.live.com/mail/0/options/mail/popImap',
    },
    sources: ['Thunderbird ISPDB hotmail.com', 'support.microsoft.com (POP, IMAP, and SMTP settings for Outlook.com)'],
    // Outlook.com ended password logins for third-party mail programs on 2024-09-16.
    oauth: {
      protocols: { imap: 'required', pop3: 'required', smtp: 'required' },
      source: 'https://support.microsoft.com/office/c5d65390-9676-4763-b41f-d7986499a90d',
      checked: '2026-12-01',
    },
    name: 'Outlook.com / Hotmail',
    family: 'microsoft',
    domains: ['outlook.com', 'outlook.it', 'hotmail.com', 'hotmail.it', 'live.com', 'live.it', 'msn.com'],
    fixes: {
      pop_disabled: {
        en: [
          'In Outlook.com on the web: Settings → Mail → Forwarding and IMAP → POP and IMAP → "Let devices ' +
            'and apps use POP": Yes → Save.',
        ],
        it: [
          'In Outlook.com dal web: Impostazioni → Posta → Inoltro e IMAP → POP e IMAP → "Consenti ai ' +
            'dispositivi e alle applicazioni di utilizzare POP": Sì → Salva.',
        ],
      },
      auth_basic_auth_disabled: microsoftModernAuth,
      auth_bad_credentials: microsoftModernAuth,
      auth_app_password_required: {
        en: [
          'With two-step verification on, create an app password at account.microsoft.com → Security → ' +
            'Advanced security options → App passwords; better, use a program that signs in with the ' +
            'Microsoft window.',
        ],
        it: [
          'Con la verifica in due passaggi attiva, crea una password per le app su account.microsoft.com → ' +
            'Sicurezza → Opzioni di sicurezza avanzate → Password per le app; meglio ancora, usa un programma ' +
            'che accede con la finestra Microsoft.',
        ],
      },
      auth_web_login_required: {
        en: [
          'Sign in at outlook.live.com in a browser and follow what it asks (verify the account, change the password).',
        ],
        it: [
          "Accedi a outlook.live.com da un browser e segui quello che chiede (verifica dell'account, cambio password).",
        ],
      },
    },
  },
  {
    id: 'microsoft365',
    servers: [
      { protocol: 'imap', host: 'outlook.office365.com', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'outlook.office365.com', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.office365.com', port: 587, security: 'starttls' },
    ],
    mx: /\.mail\.protection\.outlook\.com$/i,
    username: 'address',
    quirks: { basicAuthDisabled: true },
    sources: ['Thunderbird ISPDB office365.com', 'learn.microsoft.com (POP, IMAP and SMTP settings)'],
    // IMAP and POP lost Basic auth in October 2022; SMTP AUTH Basic auth is off by default for
    // existing tenants from the end of December 2026 (Message Center MC786329, update of
    // 2026-01-27), an administrator can still switch it on.
    oauth: {
      protocols: { imap: 'required', pop3: 'required', smtp: 'default' },
      source:
        'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online; ' +
        'MC786329',
      checked: '2026-12-01',
    },
    name: 'Microsoft 365',
    family: 'microsoft',
    domains: [],
    hosts: /(^|\.)(office365\.com|outlook\.office\.com|protection\.outlook\.com)$/i,
    fixes: {
      auth_basic_auth_disabled: {
        en: [
          'Ask the Microsoft 365 administrator: Microsoft 365 admin center → Users → Active users → (the ' +
            'user) → Mail → Manage email apps → tick "Authenticated SMTP" (and IMAP/POP if needed); ' +
            'tenant-wide, SMTP AUTH must not be disabled (Set-TransportConfig ' +
            '-SmtpClientAuthenticationDisabled $false).',
          ...microsoftModernAuth.en,
        ],
        it: [
          "Chiedi all'amministratore di Microsoft 365: interfaccia di amministrazione → Utenti → Utenti " +
            'attivi → (l\'utente) → Posta → Gestisci app di posta → spunta "SMTP autenticato" (e IMAP/POP se ' +
            'servono); a livello di tenant SMTP AUTH non deve essere disattivato (Set-TransportConfig ' +
            '-SmtpClientAuthenticationDisabled $false).',
          ...microsoftModernAuth.it,
        ],
      },
      auth_bad_credentials: microsoftModernAuth,
      auth_mechanism_unsupported: {
        en: [
          'Send through smtp.office365.com on port 587 with STARTTLS: the *.mail.protection.outlook.com ' +
            'hosts are for servers, not mail programs.',
        ],
        it: [
          'Invia tramite smtp.office365.com sulla porta 587 con STARTTLS: gli host ' +
            '*.mail.protection.outlook.com sono per i server, non per i programmi di posta.',
        ],
      },
    },
  },
  {
    id: 'yahoo',
    servers: [
      { protocol: 'imap', host: 'imap.mail.yahoo.com', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'pop.mail.yahoo.com', port: 995, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.mail.yahoo.com', port: 465, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.mail.yahoo.com', port: 587, security: 'starttls' },
    ],
    mx: /(^|\.)yahoodns\.net$/i,
    username: 'address',
    quirks: { appPasswordWith2fa: true },
    sources: ['Thunderbird ISPDB yahoo.com', 'help.yahoo.com (IMAP server settings)'],
    // Yahoo's servers list XOAUTH2/OAUTHBEARER; mail programs without them use an app password.
    oauth: {
      protocols: { imap: 'optional', pop3: 'optional', smtp: 'optional' },
      source: 'https://help.yahoo.com/kb/SLN15241.html',
      checked: '2026-12-01',
    },
    name: 'Yahoo Mail',
    family: 'yahoo',
    domains: ['yahoo.com', 'yahoo.it', 'ymail.com', 'rocketmail.com'],
    fixes: {
      auth_app_password_required: {
        en: [
          'Yahoo only lets mail programs in with an app password: Yahoo Account Info → Account security → ' +
            'Generate app password; use it instead of your Yahoo password.',
        ],
        it: [
          'Yahoo fa entrare i programmi di posta solo con una password per app: Info account Yahoo → ' +
            "Sicurezza dell'account → Genera password per app; usala al posto della password di Yahoo.",
        ],
      },
    },
  },
  {
    id: 'icloud',
    servers: [
      { protocol: 'imap', host: 'imap.mail.me.com', port: 993, security: 'tls' },
      { protocol: 'smtp', host: 'smtp.mail.me.com', port: 587, security: 'starttls' },
    ],
    mx: /(^|\.)mail\.icloud\.com$/i,
    username: 'address',
    quirks: { appPasswordWith2fa: true },
    sources: ['Thunderbird ISPDB me.com', 'support.apple.com/102525'],
    // Apple offers mail programs no OAuth: app-specific passwords only.
    oauth: {
      protocols: { imap: 'none', smtp: 'none' },
      source: 'https://support.apple.com/102654',
      checked: '2026-12-01',
    },
    name: 'iCloud Mail',
    family: 'icloud',
    domains: ['icloud.com', 'me.com', 'mac.com'],
    fixes: {
      auth_app_password_required: {
        en: [
          "iCloud needs an app-specific password for any mail program other than Apple's: appleid.apple.com " +
            '→ Sign-In and Security → App-Specific Passwords.',
        ],
        it: [
          'iCloud vuole una password specifica per le app per ogni programma di posta non Apple: ' +
            'appleid.apple.com → Accesso e sicurezza → Password specifiche per le app.',
        ],
      },
      auth_bad_credentials: {
        en: [
          'Use your full @icloud.com address as user name, and an app-specific password from ' +
            'appleid.apple.com → Sign-In and Security → App-Specific Passwords.',
        ],
        it: [
          "Usa come nome utente l'indirizzo @icloud.com completo, e una password specifica per le app da " +
            'appleid.apple.com → Accesso e sicurezza → Password specifiche per le app.',
        ],
      },
    },
  },
  {
    id: 'qq',
    // No servers listed: Thunderbird's ISPDB (imap.qq.com:993, smtp.qq.com:465) is the only source read for them,
    // and the table asks two; discovery finds them there.
    // QQ Mail takes no account password from mail programs: only the authorization code (授权码) made in its web
    // settings once the IMAP/SMTP service is on. Its own 535 reply links this help page.
    oauth: {
      protocols: { imap: 'none', pop3: 'none', smtp: 'none' },
      accountPasswordRefused: true,
      source: 'http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256',
      checked: '2026-12-03',
    },
    name: 'QQ Mail',
    family: 'qq',
    domains: ['qq.com'],
    // Only QQ Mail's own servers: Tencent Exmail (exmail.qq.com) signs in another way.
    hosts: /^(imap|pop|smtp)\.qq\.com$/i,
    fixes: {
      auth_app_password_required: {
        en: [
          'QQ Mail lets mail programs in only with an authorization code: on mail.qq.com → Settings → Account, ' +
            'turn on the IMAP/SMTP service, generate an authorization code and use it instead of the QQ password.',
        ],
        it: [
          'QQ Mail fa entrare i programmi di posta solo con un codice di autorizzazione: su mail.qq.com → ' +
            'Impostazioni → Account, attiva il servizio IMAP/SMTP, genera un codice di autorizzazione e usalo al ' +
            'posto della password QQ.',
        ],
      },
    },
  },
]
