// The per-protocol conversation as data: what to send for capabilities and STARTTLS, and what a
// success looks like. The probes and the fixture servers both read these tables, so the fake
// servers cannot drift from what the probes expect.
import type { Protocol } from '../model/types.js'

export interface Dialect {
  /** Command that lists capabilities (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO). */
  capabilityCommand: string
  /** Command that starts the TLS upgrade. */
  starttlsCommand: string
  /** Reply a fixture server gives to a successful upgrade request (without tag). */
  starttlsOkReply: string
  /** IMAP tags its commands; POP3 and SMTP do not. */
  tagged: boolean
  /** Name of the capability that advertises STARTTLS. */
  starttlsCapability: string
}

export const DIALECTS = {
  imap: {
    capabilityCommand: 'CAPABILITY',
    starttlsCommand: 'STARTTLS',
    starttlsOkReply: 'OK Begin TLS negotiation now',
    tagged: true,
    starttlsCapability: 'STARTTLS',
  },
  pop3: {
    capabilityCommand: 'CAPA',
    starttlsCommand: 'STLS',
    starttlsOkReply: '+OK Begin TLS negotiation',
    tagged: false,
    starttlsCapability: 'STLS',
  },
  smtp: {
    capabilityCommand: 'EHLO maildoctor.invalid',
    starttlsCommand: 'STARTTLS',
    starttlsOkReply: '220 2.0.0 Ready to start TLS',
    tagged: false,
    starttlsCapability: 'STARTTLS',
  },
} as const satisfies Record<Protocol, Dialect>

/** The standard ports and the security each one speaks (RFC 8314 for the implicit-TLS ones). */
export const STANDARD_PORTS: ReadonlyArray<{ protocol: Protocol; port: number; security: 'tls' | 'starttls' }> = [
  { protocol: 'imap', port: 993, security: 'tls' },
  { protocol: 'imap', port: 143, security: 'starttls' },
  { protocol: 'pop3', port: 995, security: 'tls' },
  { protocol: 'pop3', port: 110, security: 'starttls' },
  { protocol: 'smtp', port: 465, security: 'tls' },
  { protocol: 'smtp', port: 587, security: 'starttls' },
  { protocol: 'smtp', port: 25, security: 'starttls' },
]

export function standardPort(port: number) {
  return STANDARD_PORTS.find((p) => p.port === port)
}
