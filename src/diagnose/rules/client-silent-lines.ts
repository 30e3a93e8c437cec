// Round 13b: a mail program's bare status titles that name no cause (silent-lines.ts reads them). Thunderbird for
// Android's validation screen says "Server error" for any unexpected server answer: read alone, its words would
// name the server unavailable. No import (silent-lines.ts is read by rule.ts).
export const CLIENT_SILENT_LINES = [
  {
    source: 'thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values/strings.xml',
    text: /^(Server error|Errore del server|Erreur du serveur|Serverfehler|Error del servidor)$/,
  },
]
