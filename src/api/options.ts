// What every library call that checks accepts, and how it becomes the engine's run options.
import type { Lang } from '../i18n/locale.js'
import type { Credentials } from '../probes/probe.js'
import { defaultDeadlineMs, type RunOptions } from '../run/run-check.js'

export interface EngineOptions {
  /** Language of titles, explanations and fixes (default 'en'). */
  lang?: Lang
  /** Timeout of each stage in milliseconds (default 8000, as the CLI). */
  timeoutMs?: number
  /** Each check ends by then (default: from timeoutMs). */
  deadlineMs?: number
  /** Extra trusted CA certificates, PEM text. */
  ca?: string[]
  /** Ask this DNS server (ip or ip:port) instead of the system resolver. */
  dnsServer?: string
  allowPlaintextAuth?: boolean
  /** Also send the password to servers a foreign domain suggested (SRV, autoconfig). */
  trustDiscovered?: boolean
  /** Autoconfig URLs with {domain}. */
  autoconfigUrls?: string[]
}

const DEFAULT_TIMEOUT_MS = 8000

export function runOptions(options: EngineOptions, credentials?: Credentials): RunOptions {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  return {
    timeoutMs,
    deadlineMs: options.deadlineMs ?? defaultDeadlineMs(timeoutMs),
    ca: options.ca ?? [],
    dnsServer: options.dnsServer,
    trace: false,
    credentials,
    allowPlaintextAuth: Boolean(options.allowPlaintextAuth),
    trustDiscovered: Boolean(options.trustDiscovered),
    now: () => new Date(),
  }
}
