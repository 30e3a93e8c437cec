// The smallest words of the model: protocols, security modes, stages, statuses, sources. They
// import nothing, so every other model module may import them.
/**
 * Every protocol maildoctor speaks: the name users and files give it, the name shown to people,
 * and what a mail program uses it for. Its behaviour lives in src/protocols/<name>.ts; every list
 * of protocols elsewhere (options, flags, forms, schemas, labels) is derived from this table.
 */
export const PROTOCOL_NAMES = {
  imap: { label: 'IMAP', service: 'receive' },
  pop3: { label: 'POP3', service: 'receive' },
  smtp: { label: 'SMTP', service: 'send' },
} as const
export type Protocol = keyof typeof PROTOCOL_NAMES
/** What a mail program uses a protocol for. */
export type Service = (typeof PROTOCOL_NAMES)[Protocol]['service']
export const PROTOCOLS = Object.keys(PROTOCOL_NAMES) as readonly Protocol[]
export const serviceOf = (protocol: Protocol): Service => PROTOCOL_NAMES[protocol].service
/** A name (from a user, a file, a pasted text) that is one of ours. */
export const isProtocolName = (name: string): name is Protocol => Object.hasOwn(PROTOCOL_NAMES, name)

export const SECURITIES = ['tls', 'starttls', 'plain'] as const
export type Security = (typeof SECURITIES)[number]

/** In the order a check runs them. */
export type StageName = 'dns' | 'tcp' | 'tls' | 'greeting' | 'capabilities' | 'starttls' | 'auth' | 'mailbox'

export type StageStatus = 'pass' | 'warn' | 'fail' | 'skip'
export type EndpointStatus = 'ok' | 'warn' | 'fail' | 'skipped'
export type Severity = 'error' | 'warning' | 'info'

/** Where a candidate server came from; decides whether credentials may be sent to it. */
export type ServerSource = 'user' | 'provider' | 'srv' | 'autoconfig' | 'mx' | 'guess'
