// Round 13b: a mail program's bare status titles that name no cause (silent-lines.ts reads them). Thunderbird for
// Android's validation screen says "Server error" for any unexpected server answer: read alone, its words would
// name the server unavailable; so would Evolution's words for a recipient's 550. No import (silent-lines.ts is
// read by rule.ts).
export const CLIENT_SILENT_LINES = [
  {
    source: 'thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values/strings.xml',
    text: /^(Server error|Errore del server|Erreur du serveur|Serverfehler|Error del servidor)$/,
  },
  // camel-smtp-transport.c's text for a 550/450 reply: the recipient's mailbox, not the sender's server.
  {
    source: 'GNOME/evolution-data-server:src/camel/providers/smtp/camel-smtp-transport.c',
    text: /^(Requested (mail )?action not taken: mailbox unavailable|Azione di posta richiesta non intrapresa: mailbox non disponibile)$/,
  },
  // CDO_E_FAILED_TO_CONNECT (0x80040213): any failed connect (no name, refused, silent, an implicit-TLS port): it names
  // none of them.
  {
    source: 'https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526287(v=exchg.10)',
    text: /^The transport failed to connect to the server\.?$/,
  },
  // Geary's status line for an account with any problem: the dialog's other lines say which.
  {
    source: 'GNOME/geary:src/client/accounts/accounts-editor-list-pane.vala',
    text: /^(This account has encountered a problem and is unavailable|Questo account si è imbattuto in un problema e non è disponibile)$/,
  },
  // Roundcube's servererror ("Server Error!") for any error a plugin or the storage reported without words, and
  // Nextcloud Mail's answer to the autoconfig endpoint's HTTP 429: neither names a mail server's state.
  {
    source: 'roundcube/roundcubemail:program/localization/en_US/messages.inc',
    text: /^(Server Error!|Errore del server!)$/,
  },
  {
    source: 'nextcloud/mail:src/components/AccountForm.vue',
    text: /^Configuration discovery temporarily not available\. Please try again later\.$/,
  },
  // Round 26c: KDE's wrappers and sentences that name no cause or several. The Akonadi IMAP resource's "could not
  // connect" first line (kimap's reason follows it), its offline status and its setup check; the POP3 resource's
  // "APOP/SASL failed: unsupported, or the password may be wrong"; SASL or encryption state inside the client.
  {
    source: 'KDE/kdepim-runtime:resources/imap/sessionpool.cpp',
    text: /^(Could not connect to the IMAP[- ]server( \S+?)?|Impossibile collegarsi al server IMAP( \S+?)?|Die Verbindung zum IMAP-Server( \S+)? kann nicht hergestellt werden|Impossible de se connecter au serveur IMAP( \S+?)?|No se ha podido conectar (al|con el) servidor IMAP( \S+?)?|Unable to connect to the IMAP server)\.$/,
  },
  {
    source: 'KDE/kdepim-runtime:po/it/akonadi_imap_resource.po',
    text: /^(Could not test the capabilities supported by the IMAP server|Impossibile verificare le funzionalità supportate dal server IMAP)( \S+?)?\.$|^(Server is not available|Il server non è disponibile|Der Server ist nicht verfügbar|Le serveur n'est pas disponible|El servidor no está disponible)\.$/,
  },
  {
    source: 'KDE/kdepim-runtime:resources/imap/setupserver.cpp',
    text: /^(Unable to connect to the server, please verify the server address|Impossibile collegarsi al server, verifica l'indirizzo del server|Es kann keine Verbindung mit dem Server hergestellt werden\. Überprüfen Sie die Serveradresse|Impossible de se connecter au serveur\. Veuillez vérifier l'adresse du serveur|No es posible conectarse al servidor\. Verifique la dirección del servidor)\.$/,
  },
  {
    source: 'KDE/kdepim-runtime:resources/pop3/pop3protocol.cpp',
    text: /^(Login via (APOP|SASL ?\(\S+\)) failed\.|Accesso tramite (APOP|SASL ?\(\S+\)) non riuscito\.|Die Anmeldung mit (APOP|SASL ?\(\S+\)) ist fehlgeschlagen\.|La connexion grâce à la méthode d'authentification « (APOP|SASL) ».{0,12} a échoué\.|El inicio de sesión (APOP|SASL ?\(\S+\)) ha fallado\.).*(password may be wrong|password potrebbe essere sbagliata|falsches Passwort|mot de passe pourrait être erroné|contraseña sea incorrecta)/,
  },
  {
    source: 'KDE/kimap:src/loginjob.cpp',
    text: /\b(initiali[sz]e the SASL library|initialize SASL, aborting|inizializzare la libreria SASL|SASL-Bibliothek kann nicht initialisiert|initialiser la bibliothèque « SASL »|inicializar la biblioteca SASL)\b|^(Internal error, tried to login before encryption|Errore interno, tentativo di login prima della cifratura|Interner Fehler\. Anmeldeversuch vor Verschlüsselung\.|Erreur interne, tentative de connexion avant le chiffrement|Error interno: se ha intentado iniciar sesión antes de cifrar\.)$/,
  },
  // Jenkins Email Extension's own throttle (EmailThrottler, when its "throttling" option is on): a limit of the
  // Jenkins job, not the mail server's.
  {
    source: 'jenkinsci/email-ext-plugin:src/main/java/hudson/plugins/emailext/ExtendedEmailPublisher.java',
    text: /^Could not send email\. Throttling limit exceeded\.$/,
  },
  // Chatwoot's SMTP inbox check for Net::SMTPServerBusy, SMTPSyntaxError and SMTPFatalError alike: any 4xx or 5xx.
  {
    source: 'chatwoot/chatwoot:app/helpers/api/v1/inboxes_helper.rb',
    text: /^SMTP server error\. Please check your configuration and try again\.$/,
  },
]
