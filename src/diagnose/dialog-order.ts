// Outlook's and Windows Mail's error dialog read by the order of its fields, whatever language its labels are in.
// The dialog writes the same fields in the same order in every language ("Account: '…', Server: '…', Protocol:
// IMAP, [Server Response: '…',] Port: 993, Secure(SSL): Yes, [Server Error: …,] Socket Error: 10060, Error Number:
// 0x800CCC0E", Microsoft's page for 0x800CCC0E); a translation changes the labels, not the order or the values.
// wrapper.ts reads the labels it knows (en, it, de, fr, es); for any other language this reads the values by
// position: the protocol is the field whose value is IMAP, POP3 or SMTP, the port the next field holding a bare
// number, the socket error a field holding a number in WinSock's range. Only in a text that carries the dialog's own
// error number, so that a log's "SMTP, 25" is not taken for a dialog. Source of the English dialog and its fields:
// https://learn.microsoft.com/en-us/outlook/troubleshoot/email-delivery/0x800ccc0e-error-when-you-send-or-receive-email

export interface DialogFields {
  /** The protocol field's value as the dialog writes it (IMAP, POP3, SMTP); wrapper.ts names the protocol. */
  protocolField?: string
  port?: number
  socketError?: number
  /** The Server Response field: the field right after the protocol, when its value is quoted. */
  reply?: string
}

// 0x800CCCxx (Outlook Express, Windows Mail, Outlook's POP/IMAP/SMTP) and 0x8004xxxx (Outlook's own).
const DIALOG_NUMBER = /\b0x(?:800CCC[0-9A-F]{2}|8004[0-9A-F]{4})\b/i
// A colon, ASCII or full-width (zh, ja), then the value; a field ends at a comma (ASCII, full-width, ideographic).
const PROTOCOL_FIELD = /[:：]\s*(IMAP|POP3|SMTP)\s*(?=[,，、]|$)/i
const NUMBER_FIELD = /[:：]\s*(\d{1,5})\s*(?=[,，、]|$)/g
// The Secure(SSL) field: its label keeps "(SSL)" in every language Microsoft's pages show it in.
const SSL_FIELD = /\(SSL\)\s*[:：]/i
// A quoted value (the account, the server, the server's response) may hold colons and numbers of its own.
const QUOTED = /'[^']*'|‘[^’]*’|"[^"]*"|「[^」]*」/g

// The field right after the protocol, when it is the server's response: a label, a colon, a quoted value.
const RESPONSE_FIELD = /^\s*[,，、]\s*[^,，、:：'‘]{1,40}[:：]\s*(?:'([^']*)'|‘([^’]*)’)/

const isWinsock = (n: number): boolean => n >= 10000 && n < 12000

export function dialogFields(text: string): DialogFields {
  if (!DIALOG_NUMBER.test(text)) return {}
  // Blanked, not removed, so that an index into it is an index into the text.
  const fields = text.replace(QUOTED, (quoted) => `'${' '.repeat(quoted.length - 2)}'`)
  const protocolField = PROTOCOL_FIELD.exec(fields)
  if (!protocolField) return {}
  const out: DialogFields = {}
  out.protocolField = protocolField[1]
  const response = RESPONSE_FIELD.exec(text.slice(protocolField.index + protocolField[0].length))
  if (response) out.reply = (response[1] ?? response[2]).trim() || undefined
  const after = fields.slice(protocolField.index + protocolField[0].length)
  const sslAt = after.search(SSL_FIELD)
  for (const m of after.matchAll(NUMBER_FIELD)) {
    const value = Number(m[1])
    const beforeSsl = sslAt < 0 || (m.index ?? 0) < sslAt
    if (out.port === undefined && beforeSsl && !isWinsock(value) && value > 0 && value < 65536) out.port = value
    else if (out.socketError === undefined && isWinsock(value)) out.socketError = value
  }
  return out
}
