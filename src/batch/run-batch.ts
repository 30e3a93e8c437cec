// Runs the checks of a batch: bounded overall, polite per host, transient failures retried with
// backoff, each result handed over as soon as its account finishes.
import type { Lang } from '../i18n/locale.js'
import { credentialsFromEnv } from '../model/file-env.js'
import { scrubberWith, type Scrubber } from '../probes/secrets.js'
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import { TlsSessionCache } from '../probes/tls-sessions.js'
import { providerById, providerFixes } from '../providers/table.js'
import { buildReport } from '../report/report-model.js'
import { runCheckRequest } from '../run/check.js'
import { LoginLog } from '../run/login-log.js'
import type { RunOptions } from '../run/run-check.js'
import { cutByDeadline } from '../run/run-endpoint.js'
import type { Account } from './accounts.js'
import { hostGate, type Gate } from './gate.js'
import type { AccountResult } from './result.js'

export interface BatchOptions {
  concurrency: number
  perHost: number
  ratePerHost?: number
  retries: number
  run: Omit<RunOptions, 'credentials' | 'gate' | 'logins' | 'signal' | 'tlsSessions'> & {
    tlsSessions?: TlsSessionCache
  }
  lang: Lang
  env: Record<string, string | undefined>
  /** Every value of a --secrets file, scrubbed from every row's report. */
  secrets?: Scrubber
  /** The same values, for worker threads to build their own scrubber (they share no objects). */
  secretValues?: readonly string[]
  autoconfigUrls?: string[]
  version: string
  /** Stops the batch: no new accounts, and those under way end now and are left for --resume. */
  signal?: AbortSignal
}

/** Causes that may be gone a moment later. */
const TRANSIENT = new Set([
  'tcp_timeout',
  'tcp_reset',
  'greeting_timeout',
  'server_unavailable',
  'auth_rate_limited',
  'dns_servfail',
])

/** Accounts are pulled as workers free up: the list may be a stream read from a file. */
export async function runBatch(
  accounts: AsyncIterable<Account>,
  opts: BatchOptions,
  onResult: (r: AccountResult) => void | Promise<void>,
  check: CheckAccount = inThisThread(opts),
): Promise<{ done: number; stopped: boolean }> {
  const source = accounts[Symbol.asyncIterator]()
  let exhausted = false
  let dropped = false
  let done = 0
  const worker = async () => {
    while (!exhausted && !opts.signal?.aborted) {
      const next = await source.next()
      if (next.done) {
        exhausted = true
        return
      }
      const result = await check(next.value)
      // An account the stop cut short was not checked: it is left for --resume, not reported done.
      if (opts.signal?.aborted && result.notChecked) {
        dropped = true
        continue
      }
      await onResult(result)
      done++
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker))
  // Stopped means accounts were left: look once more if the source had ended anyway.
  const stopped = dropped || (!exhausted && !(await source.next()).done)
  return { done, stopped }
}

/** Checks one account and says how it went; the batch above only hands accounts out. */
export type CheckAccount = (account: Account) => Promise<AccountResult>

/** Every check in this thread, sharing one gate and one login log. */
function inThisThread(opts: BatchOptions): CheckAccount {
  const gate = hostGate(opts.perHost, opts.ratePerHost)
  // A server that slows logins after refused ones does so for the whole batch, not per account.
  const logins = new LoginLog()
  const withSessions = { ...opts, run: { ...opts.run, tlsSessions: new TlsSessionCache() } }
  return (account) => checkAccount(account, withSessions, gate, logins)
}

/** What a report shows of a row beside its result: who, which protocols, which port. */
export function accountLabelFields(
  a: Account,
): Pick<AccountResult, 'address' | 'host' | 'user' | 'protocols' | 'port'> {
  return {
    ...(a.address ? { address: a.address } : {}),
    ...(a.host ? { host: a.host } : {}),
    ...(a.user ? { user: a.user } : {}),
    protocols: a.protocols,
    ...(a.port !== undefined ? { port: a.port } : {}),
  }
}

export async function checkAccount(
  account: Account,
  opts: Omit<BatchOptions, 'concurrency' | 'perHost' | 'ratePerHost'>,
  gate: Gate,
  logins: LoginLog,
): Promise<AccountResult> {
  const started = performance.now()
  const base = { line: account.line, key: account.key, ...accountLabelFields(account) }
  const notChecked = (inputError: string): AccountResult => ({
    ...base,
    ok: false,
    errors: 0,
    warnings: 0,
    findings: [],
    endpoints: [],
    attempts: 0,
    durationMs: 0,
    inputError,
  })
  const user = account.user ?? account.address
  // Library callers may hand the password itself; rows of a file only name where it is.
  const login =
    account.login ??
    (account.password !== undefined && user
      ? { user, password: account.password }
      : credentialsFromEnv(user, account, opts.env))
  if (login && 'error' in login) return notChecked(login.error)
  const credentials = login
  // Every secret of a --secrets file is taken out of this row's report: servers shared by rows
  // may echo what another row sent.
  const scrubber = scrubberWith(credentials, opts.secrets)
  for (let attempt = 1; ; attempt++) {
    const result = await runCheckRequest({
      target: account.address ? { address: account.address } : { host: account.host },
      host: account.address ? account.host : undefined,
      protocols: account.protocols,
      port: account.port,
      security: account.security,
      autoconfigUrls: opts.autoconfigUrls,
      options: { ...opts.run, gate, logins, signal: opts.signal, credentials, ...(scrubber ? { scrubber } : {}) },
    })
    const provider = providerById(result.provider)
    const report = buildReport(result, opts.lang, opts.version, (f) => providerFixes(provider, f.cause, opts.lang))
    const transient = report.findings.some((f) => f.severity === 'error' && TRANSIENT.has(f.cause))
    if (transient && attempt <= opts.retries && !opts.signal?.aborted) {
      // Exponential backoff with jitter, so retries do not arrive at a provider together.
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1) * (0.75 + Math.random() / 2)))
      continue
    }
    // Endpoints the deadline cut short were not checked: the account is not known to work.
    const notChecked = result.endpoints.some(cutByDeadline)
    return {
      ...base,
      ...(result.provider ? { provider: result.provider } : {}),
      ok: report.summary.ok && !notChecked,
      ...(notChecked ? { notChecked: 'deadline' as const } : {}),
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      // Ids and parameters only: the report says them in its language (src/report/batch/localise.ts).
      findings: result.findings.map(({ cause, severity, params, endpoints }) => ({
        cause,
        severity,
        params,
        endpoints,
      })),
      endpoints: report.endpoints.map(({ protocol, host, port, security, status }) => ({
        protocol,
        host,
        port,
        security,
        status,
      })),
      attempts: attempt,
      durationMs: Math.round(performance.now() - started),
      verdict: report.verdict,
    }
  }
}
