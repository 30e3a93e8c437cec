// One parser per kind of value, for every way a value comes in: the command line, a row of a
// batch file (CSV, JSON lines, YAML), maildoctor.yml and the serve API. Each takes the value and
// the name it had where it came from (--port, port), and answers the typed value or a UsageError
// in one style: "<name> <is not|must be> …", in English and Italian. The rejected value is never
// repeated: a password typed in the wrong place would be printed.
import { isIP } from 'node:net'
import { LANGS, type Lang } from '../i18n/locale.js'
import { isHostOrIp } from '../model/host-name.js'
import { PROTOCOLS, SECURITIES, type Protocol, type Security } from '../model/types.js'
import { asciiAddress, asciiDomain, splitHostPort } from './targets.js'
import { UsageError } from './usage-error.js'

type Say = (name: string, p: Readonly<Record<string, string | number>>) => string
const PROBLEMS = {
  host: { en: (n) => `${n} is not a host name or an IP address`, it: (n) => `${n} non è un nome di host né un IP` },
  address: {
    en: (n) => `${n} is not a valid email address`,
    it: (n) => `${n} non è un indirizzo email valido`,
  },
  target: {
    en: (n) => `${n} is neither an email address nor a host name`,
    it: (n) => `${n} non è né un indirizzo email né un nome di host`,
  },
  port: { en: (n) => `${n} must be a number from 1 to 65535`, it: (n) => `${n} deve essere un numero da 1 a 65535` },
  seconds: {
    en: (n, p) => `${n} must be a number of seconds above 0 and at most ${p.max}`,
    it: (n, p) => `${n} deve essere un numero di secondi sopra 0 e al massimo ${p.max}`,
  },
  whole: {
    en: (n, p) => `${n} must be a whole number from ${p.min} to ${p.max}`,
    it: (n, p) => `${n} deve essere un numero intero da ${p.min} a ${p.max}`,
  },
  lang: { en: (n) => `${n} must be it or en`, it: (n) => `${n} deve essere it o en` },
  security: {
    en: (n) => `${n} must be one of ${SECURITIES.join(', ')}`,
    it: (n) => `${n} deve essere uno tra ${SECURITIES.join(', ')}`,
  },
  protocols: {
    en: (n) => `${n}: each must be one of ${PROTOCOLS.join(', ')}`,
    it: (n) => `${n}: ciascuno deve essere uno tra ${PROTOCOLS.join(', ')}`,
  },
  noUser: {
    en: (n, p) =>
      `${p.kind === 'token' ? 'a token' : 'a password'} was given but no user: add ${n} or check an email address`,
    it: (n, p) =>
      `${p.kind === 'token' ? 'è stato dato un token' : 'è stata data una password'} ma nessun utente: ` +
      `aggiungi ${n} o verifica un indirizzo email`,
  },
  unknownPort: {
    en: (n, p) => `${n} ${p.port} is not a standard mail port: say which protocol it speaks (${p.how})`,
    it: (n, p) => `${n} ${p.port} non è una porta di posta standard: indica quale protocollo usa (${p.how})`,
  },
} satisfies Record<string, Record<Lang, Say>>

type ValueProblem = keyof typeof PROBLEMS

/** The one error of every value parser: the value's name where it came from, and what is wrong. */
export class ValueError extends UsageError {
  constructor(
    readonly field: string,
    readonly problem: ValueProblem,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    const say: Record<Lang, Say> = PROBLEMS[problem]
    super({ en: say.en(field, params), it: say.it(field, params) })
  }

  /** The same mistake under the name the value has elsewhere (the API's "port" for the command line's --port). */
  named(field: string, params: Readonly<Record<string, string | number>> = {}): ValueError {
    return new ValueError(field, this.problem, { ...this.params, ...params })
  }
}

/** A secret with no user to log in as. */
export function noUserError(field: string, kind: 'password' | 'token'): ValueError {
  return new ValueError(field, 'noUser', { kind })
}

/** A port that names no protocol by itself; `how` says how the user names one. */
export function unknownPortError(field: string, port: number, how: string): ValueError {
  return new ValueError(field, 'unknownPort', { port, how })
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim())

/** A host name (ASCII form, lower case) or an IP address; "[v6]" loses its brackets. */
export function parseHostName(value: unknown, field: string): string {
  const t = text(value).replace(/^\[(.+)\]$/, '$1')
  const host = isIP(t) ? t : asciiDomain(t)
  if (!host || !isHostOrIp(host)) throw new ValueError(field, 'host')
  return host.toLowerCase()
}

const LOCAL_PART = /^[^\s@"<>()[\],;:]+$/

/** An email address: a plain local part, @, a domain with a dot; the domain in ASCII form, all in lower case. */
export function parseAddress(value: unknown, field: string): string {
  const t = text(value)
  const at = t.lastIndexOf('@')
  const domain = asciiDomain(t.slice(at + 1))
  const domainOk = domain !== undefined && domain.includes('.') && !isIP(domain) && isHostOrIp(domain)
  if (at < 1 || !LOCAL_PART.test(t.slice(0, at)) || !domainOk) throw new ValueError(field, 'address')
  return asciiAddress(t)!.toLowerCase()
}

export function parsePortNumber(value: unknown, field: string): number {
  const t = text(value)
  const port = Number(t)
  if (!/^\d+$/.test(t) || port < 1 || port > 65535) throw new ValueError(field, 'port')
  return port
}

/** A duration in seconds (fractions allowed), above 0 and at most `max`. */
export function parseSeconds(value: unknown, field: string, max: number): number {
  const t = text(value)
  const n = Number(t)
  if (!t || !Number.isFinite(n) || n <= 0 || n > max) throw new ValueError(field, 'seconds', { max })
  return n
}

export function parseWholeNumber(value: unknown, field: string, min: number, max: number): number {
  const t = text(value)
  const n = Number(t)
  if (!/^\d+$/.test(t) || n < min || n > max) throw new ValueError(field, 'whole', { min, max })
  return n
}

export function parseLanguage(value: unknown, field: string): Lang {
  const t = text(value)
  if (!(LANGS as readonly string[]).includes(t)) throw new ValueError(field, 'lang')
  return t as Lang
}

export function parseSecurityMode(value: unknown, field: string): Security {
  const t = text(value)
  if (!(SECURITIES as readonly string[]).includes(t)) throw new ValueError(field, 'security')
  return t as Security
}

/** "imap,smtp", "IMAP+SMTP", "pop" or a list of names → protocols, each once. */
export function parseProtocolList(value: unknown, field: string): Protocol[] {
  const words = (Array.isArray(value) ? value.map(text) : text(value).split(/[\s;|,+]+/))
    .filter(Boolean)
    .map((p) => p.toLowerCase().replace(/^pop$/, 'pop3'))
  if (!words.length || words.some((p) => !(PROTOCOLS as readonly string[]).includes(p)))
    throw new ValueError(field, 'protocols')
  return [...new Set(words as Protocol[])]
}

/** An address, or a host with an optional port ("host:port", "[v6]:port"). */
export function parseTargetText(
  value: string,
  field: string,
): { address: string; host?: undefined; port?: undefined } | { host: string; port?: number; address?: undefined } {
  const t = value.trim()
  if (t.includes('@')) return { address: parseAddress(t, field) }
  const { host, port } = splitHostPort(t)
  try {
    return { host: parseHostName(host, field), ...(port !== undefined ? { port: parsePortNumber(port, 'port') } : {}) }
  } catch (err) {
    if (err instanceof ValueError && err.problem === 'host') throw new ValueError(field, 'target')
    throw err
  }
}
