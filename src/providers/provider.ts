// A mail provider as data: how to recognise it, and what to tell its users for a given cause.
import type { Lang } from '../i18n/locale.js'
import type { Protocol, Security } from '../model/types.js'

export type Localised = Record<Lang, string[]>

interface ServerEntry {
  protocol: Protocol
  host: string
  port: number
  security: Security
}

/** What the user name is: the full address, the part before @, or an id the provider gives. */
type UsernameForm = 'address' | 'local-part' | 'provider-id'

interface Quirks {
  popOffByDefault?: boolean
  appPasswordWith2fa?: boolean
  basicAuthDisabled?: boolean
  /** Where the user switches IMAP/POP on, or manages app passwords. */
  settingsUrl?: string
}

/**
 * How mail programs sign in, per protocol: required (passwords refused), default (OAuth unless
 * an administrator allows passwords again), optional (OAuth offered; an app password works too),
 * none (no OAuth for mail programs: app-specific passwords only).
 */

import type { OAuthFacts } from '../model/discovery.js'

export interface Provider {
  id: string
  name: string
  /** The classifier's family: providers that share software share wording. */
  family: string
  /** Mail domains of the provider's own addresses. */
  domains: string[]
  /** Server host names that belong to the provider (for custom domains hosted there). */
  hosts?: RegExp
  /** The provider's own fixes, shown before the generic ones. */
  fixes: Partial<Record<string, Localised>>
  /** The servers mail programs should use, best first. Absent where no source could confirm them. */
  servers?: ServerEntry[]
  /** MX host names that mean "this provider hosts the domain's mail" (custom domains). */
  mx?: RegExp
  username?: UsernameForm
  quirks?: Quirks
  /** Where the server facts were checked. */
  sources?: string[]
  /** Whether mail programs must sign in with OAuth 2.0, per protocol (sourced, dated). */
  oauth?: OAuthFacts
}
