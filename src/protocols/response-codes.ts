// Parses the machine-readable parts of server replies: IMAP response codes (RFC 5530),
// POP3 extended codes (RFC 2449/3206), SMTP basic and enhanced status codes (RFC 3463).
// Pure functions; the classifier and the probes both read replies through here.

export interface ReplyCodes {
  /** IMAP status word of the line: OK, NO, BAD, BYE, PREAUTH. */
  imapStatus?: string
  /** IMAP response code in brackets, upper-cased: AUTHENTICATIONFAILED, UNAVAILABLE … */
  imapCode?: string
  /** POP3 status: +OK / -ERR. */
  pop3Status?: '+OK' | '-ERR'
  /** POP3 extended response code: AUTH, SYS/TEMP, SYS/PERM, IN-USE, LOGIN-DELAY. */
  pop3Code?: string
  /** SMTP basic reply code: 421, 535 … */
  smtpCode?: number
  /** SMTP enhanced status code: 5.7.8 … */
  enhanced?: string
}

const IMAP_LINE = /^(?:\*|\+|[A-Za-z0-9.#_-]+)\s+(OK|NO|BAD|BYE|PREAUTH)\b\s*(?:\[([A-Za-z0-9.-]+)[^\]]*\])?/i
const IMAP_BARE_CODE = /^\s*(?:(OK|NO|BAD|BYE)\s+)?\[([A-Z][A-Z0-9.-]+)(?:\s[^\]]*)?\]/i
const POP3_LINE = /^(\+OK|-ERR)\b\s*(?:\[([A-Za-z/-]+)\])?/i
const SMTP_LINE = /(?:^|[\s:'"(])([2-5]\d\d)(?:[ -]|$)(?:\s*([245]\.\d{1,3}\.\d{1,3})\b)?/
const ENHANCED = /(?:^|[\s(#])([245]\.\d{1,3}\.\d{1,3})(?=[\s),;:]|$)/

/** Reads every code that a line (or a client's error text quoting a line) carries. */
export function parseReplyCodes(text: string): ReplyCodes {
  const codes: ReplyCodes = {}
  const line = text.trim()
  const imap = IMAP_LINE.exec(line) ?? IMAP_BARE_CODE.exec(line)
  if (imap) {
    if (imap[1]) codes.imapStatus = imap[1].toUpperCase()
    if (imap[2]) codes.imapCode = imap[2].toUpperCase()
  }
  const pop = POP3_LINE.exec(line)
  if (pop) {
    codes.pop3Status = pop[1].toUpperCase() === '+OK' ? '+OK' : '-ERR'
    if (pop[2]) codes.pop3Code = pop[2].toUpperCase()
  }
  const smtp = SMTP_LINE.exec(line)
  if (smtp && !pop && !looksLikeAddress(line, smtp.index)) {
    codes.smtpCode = Number(smtp[1])
    if (smtp[2]) codes.enhanced = smtp[2]
  }
  if (!codes.enhanced) {
    const enh = ENHANCED.exec(line)
    if (enh) codes.enhanced = enh[1]
  }
  return codes
}

// "connect ECONNREFUSED 127.0.0.1:465" must not read as SMTP reply 465; "STARTTLS: 502 …", a reply quoted after a
// label's colon and a space, is one.
function looksLikeAddress(line: string, index: number): boolean {
  return line[index] === ':' || line[index] === '.' || (line[index] !== ' ' && line[index - 1] === '.')
}
