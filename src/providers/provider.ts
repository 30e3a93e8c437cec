// A mail provider as data: how to recognise it, and what to tell its users for a given cause.
import type { Lang } from '../i18n/locale.js'

export type Localised = Record<Lang, string[]>

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
}
