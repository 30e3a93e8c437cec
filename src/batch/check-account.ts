// One account of a batch, checked in this thread: the check, its report, the retries of a
// transient failure with backoff.
import { credentialsFromEnv } from '../model/file-env.js'
import { scrubberWith } from '../probes/secrets.js'
import { TlsSessionCache } from '../probes/tls-sessions.js'
import { verdictFails } from '../diagnose/verdict.js'
import { runCheckRequest } from '../run/check.js'
import { LoginLog } from '../run/login-log.js'
import { cutByDeadline } from '../run/run-endpoint.js'
import type { Account } from './accounts.js'
import { hostGate, type Gate } from './gate.js'
import type { BatchOptions, CheckAccount } from './batch-options.js'
import { accountLabelFields, inputErrorRow, type AccountResult } from './result.js'
import { accountStop } from './account-stop.js'
import type { Credentials } from '../probes/probe.js'
import type { Scrubber } from '../probes/secrets.js'

/** Causes that may be gone a moment later. */
const TRANSIENT = new Set([
  'tcp_timeout',
  'tcp_reset',
  'greeting_timeout',
  'server_unavailable',
  'auth_rate_limited',
  'dns_servfail',
])

/**
 * Every check in this thread, sharing one gate and one login log (the batch's, when other threads
 * check accounts too). A server that slows logins after refused ones does so for the whole batch.
 */
export function inThisThread(
  opts: BatchOptions,
  gate: Gate = hostGate(opts.perHost, opts.ratePerHost),
  logins: LoginLog = new LoginLog(),
): CheckAccount {
  const withSessions = { ...opts, run: { ...opts.run, tlsSessions: opts.run.tlsSessions ?? new TlsSessionCache() } }
  return (account) => checkAccount(account, withSessions, gate, logins)
}

export async function checkAccount(
  account: Account,
  opts: Omit<BatchOptions, 'concurrency' | 'perHost' | 'ratePerHost'>,
  gate: Gate,
  logins: LoginLog,
): Promise<AccountResult> {
  const started = performance.now()
  const base = { line: account.line, key: account.key, ...accountLabelFields(account) }
  // A row with this account's key and labels, not checked for the reason given.
  const notChecked = (inputError: string): AccountResult => ({ ...inputErrorRow(account.line, inputError), ...base })
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
  const stop = accountStop(opts.signal)
  try {
    return await attempts(account, opts, { gate, logins, signal: stop.signal, credentials, scrubber }, base, started)
  } finally {
    stop.close()
  }
}

/** The check, again after a transient failure while retries are left. */
async function attempts(
  account: Account,
  opts: Omit<BatchOptions, 'concurrency' | 'perHost' | 'ratePerHost'>,
  per: { gate: Gate; logins: LoginLog; signal?: AbortSignal; credentials?: Credentials; scrubber?: Scrubber },
  base: Pick<AccountResult, 'line' | 'key' | 'address' | 'host' | 'user' | 'protocols' | 'port'>,
  started: number,
): Promise<AccountResult> {
  const { gate, logins, signal, credentials, scrubber } = per
  for (let attempt = 1; ; attempt++) {
    const result = await runCheckRequest({
      target: account.address ? { address: account.address } : { host: account.host },
      host: account.address ? account.host : undefined,
      protocols: account.protocols,
      port: account.port,
      security: account.security,
      autoconfigUrls: opts.autoconfigUrls,
      // One shape for every account (no spread of a conditional object): V8 copies it on its fast path.
      options: { ...opts.run, gate, logins, signal, credentials, scrubber: scrubber ?? opts.run.scrubber },
    })
    // Counts and states only: the text is rendered once, at report time, in the report's language.
    const errors = result.findings.filter((f) => f.severity === 'error').length
    const warnings = result.findings.filter((f) => f.severity === 'warning').length
    const transient = result.findings.some((f) => f.severity === 'error' && TRANSIENT.has(f.cause))
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
      // As the check's own report says it (summary.ok): no error and a verdict that does not fail.
      ok: errors === 0 && !verdictFails(result.verdict) && !notChecked,
      ...(notChecked ? { notChecked: 'deadline' as const } : {}),
      errors,
      warnings,
      // Ids and parameters only: the report says them in its language (src/report/batch/localise.ts).
      findings: result.findings.map(({ cause, severity, params, endpoints }) => ({
        cause,
        severity,
        params,
        endpoints,
      })),
      endpoints: result.endpoints.map(({ endpoint: { protocol, host, port, security }, status }) => ({
        protocol,
        host,
        port,
        security,
        status,
      })),
      attempts: attempt,
      durationMs: Math.round(performance.now() - started),
      verdict: result.verdict,
    }
  }
}
