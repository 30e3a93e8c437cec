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
]
