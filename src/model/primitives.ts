// The smallest words of the model: protocols, security modes, stages, statuses, sources. They
// import nothing, so every other model module may import them.
export const PROTOCOLS = ['imap', 'pop3', 'smtp'] as const
export type Protocol = (typeof PROTOCOLS)[number]

export const SECURITIES = ['tls', 'starttls', 'plain'] as const
export type Security = (typeof SECURITIES)[number]

/** In the order a check runs them. */
export type StageName = 'dns' | 'tcp' | 'tls' | 'greeting' | 'capabilities' | 'starttls' | 'auth' | 'mailbox'

export type StageStatus = 'pass' | 'warn' | 'fail' | 'skip'
export type EndpointStatus = 'ok' | 'warn' | 'fail' | 'skipped'
export type Severity = 'error' | 'warning' | 'info'

/** Where a candidate server came from; decides whether credentials may be sent to it. */
export type ServerSource = 'user' | 'provider' | 'srv' | 'autoconfig' | 'mx' | 'guess'
