// What every route of `maildoctor serve` shares: the settings, the check runner, the counters, and
// the guards a route calls itself (the Origin of a POST, the per-client rate of checks).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Lang } from '../i18n/locale.js'
import { webLang } from '../i18n/web.js'
import type { CheckRequest } from '../run/check.js'
import { apiCheckRequest, type ApiCheck, type ServerCheckOptions } from './api-request.js'
import { checkRunner, type CheckRunner } from './check-runner.js'
import { originAllowed, rateLimiter, tokenMatches } from './guards.js'
import { HttpError } from './http-util.js'
import { serveMetrics, type ServeMetrics } from './metrics.js'
import type { ProbeModule } from './modules.js'
import { CSP } from './page.js'
import type { TargetPolicy } from './target-policy.js'

export interface ServeSettings {
  host: string
  port: number
  token?: string
  /** Names a reverse proxy forwards (Host header), besides the listen address. */
  publicNames: string[]
  allowPrivate: boolean
  mailPorts: number[]
  /** Checks per client per minute on /api/check and the form. */
  ratePerMinute: number
  maxChecks: number
  perHost: number
  check: ServerCheckOptions & { timeoutMs: number }
  modules: ProbeModule[]
  log: (line: string) => void
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>

export interface ServeContext {
  s: ServeSettings
  runner: CheckRunner
  metrics: ServeMetrics
  started: number
  htmlHeaders: Record<string, string>
  langOf(req: IncomingMessage, url: URL): Lang
  /** The check a request asks for, refused early when its named host or port is not allowed. */
  prepare(input: ApiCheck): Promise<{ request: CheckRequest; lang?: Lang }>
  /** A 429 when this client has used its checks of the minute. */
  limited(req: IncomingMessage): void
  /** A 403 for a POST from another site. */
  postAllowed(req: IncomingMessage): void
}

export function serveContext(s: ServeSettings): ServeContext {
  const policy: TargetPolicy = {
    allowPrivate: s.allowPrivate,
    ports: new Set(s.mailPorts),
    dnsServer: s.check.dnsServer,
    timeoutMs: s.check.timeoutMs,
  }
  const runner = checkRunner(policy, s.maxChecks, s.perHost)
  const limiter = rateLimiter(s.ratePerMinute)
  return {
    s,
    runner,
    metrics: serveMetrics(),
    started: Date.now(),
    htmlHeaders: { 'Content-Security-Policy': CSP },
    langOf: (req, url) => webLang(url.searchParams.get('lang'), req.headers['accept-language']),
    async prepare(input) {
      const prepared = await apiCheckRequest(input, s.check)
      await runner.precheck(prepared.request)
      return prepared
    },
    limited(req) {
      const wait = limiter.take(req.socket.remoteAddress ?? 'unknown')
      if (wait) throw new HttpError(429, `too many checks from this address: try again in ${wait} s`)
    },
    postAllowed(req) {
      // A bearer header cannot be set by another site's form; a cookie can, so it needs the Origin too.
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
      if (!(s.token && tokenMatches(s.token, bearer)) && !originAllowed(req)) {
        throw new HttpError(403, 'cross-origin request refused')
      }
    },
  }
}
