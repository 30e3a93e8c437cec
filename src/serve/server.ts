// `maildoctor serve`: the page, the API and the Prometheus probe on one node:http server.
// Every request passes the guards first (Host, token, Origin of POSTs, rate), and every check goes
// through the runner (global limit, per-host gate, target policy). Passwords are read from the
// body into the check's credentials and nowhere else: never logged, echoed or kept.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { UsageError } from '../cli/io.js'
import type { Lang } from '../i18n/locale.js'
import { webLang } from '../i18n/web.js'
import type { EndpointSpec } from '../model/types.js'
import { toolVersion } from '../package-root.js'
import { renderReportSection } from '../report/html.js'
import { REPORT_CSS } from '../report/html-style.js'
import { reportOf } from '../report/report-of.js'
import { MESSAGES } from '../i18n/messages.js'
import type { CheckRequest } from '../run/check.js'
import { defaultDeadlineMs } from '../run/run-check.js'
import { apiCheckRequest, validateApiCheck, type ApiCheck, type ServerCheckOptions } from './api-request.js'
import { checkRunner } from './check-runner.js'
import { CLIENT_SCRIPT } from './client-script.js'
import {
  hostAllowed,
  listenNames,
  originAllowed,
  presentedToken,
  rateLimiter,
  tokenMatches,
  type HostRule,
} from './guards.js'
import { HttpError, readBody, send, sendJson, startEvents } from './http-util.js'
import { serveMetrics } from './metrics.js'
import type { ProbeModule } from './modules.js'
import { openApi } from './openapi.js'
import { CSP, renderPage, type FormValues } from './page.js'
import { probeDebug, probeOutcome, probeRequest } from './probe.js'
import { TargetRefused, type TargetPolicy } from './target-policy.js'
import { loginPage } from './login-page.js'

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

export interface RunningServe {
  url: string
  port: number
  /** Stops taking requests, lets running checks finish (up to graceMs), then closes. */
  close(graceMs?: number): Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>

export async function startServe(s: ServeSettings): Promise<RunningServe> {
  const policy: TargetPolicy = {
    allowPrivate: s.allowPrivate,
    ports: new Set(s.mailPorts),
    dnsServer: s.check.dnsServer,
    timeoutMs: s.check.timeoutMs,
  }
  const runner = checkRunner(policy, s.maxChecks, s.perHost)
  const limiter = rateLimiter(s.ratePerMinute)
  const metrics = serveMetrics()
  const started = Date.now()
  const hostRule: HostRule = {
    port: s.port,
    own: listenNames(s.host),
    extra: new Set(s.publicNames.map((n) => n.toLowerCase())),
  }
  const modules = new Map(s.modules.map((m) => [m.name, m]))

  const langOf = (req: IncomingMessage, url: URL): Lang =>
    webLang(url.searchParams.get('lang'), req.headers['accept-language'])
  const htmlHeaders = { 'Content-Security-Policy': CSP }

  /** The check a request asks for, refused early when its named host or port is not allowed. */
  const prepare = async (input: ApiCheck): Promise<{ request: CheckRequest; lang?: Lang }> => {
    const prepared = await apiCheckRequest(input, s.check)
    await runner.precheck(prepared.request)
    return prepared
  }

  const limited = (req: IncomingMessage) => {
    const wait = limiter.take(req.socket.remoteAddress ?? 'unknown')
    if (wait) throw new HttpError(429, `too many checks from this address: try again in ${wait} s`)
  }

  const postAllowed = (req: IncomingMessage) => {
    // A bearer header cannot be set by another site's form; a cookie can, so it needs the Origin too.
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    if (!(s.token && tokenMatches(s.token, bearer)) && !originAllowed(req))
      throw new HttpError(403, 'cross-origin request refused')
  }

  const routes: Record<string, Handler> = {
    'GET /': async (req, res, url) =>
      send(res, 200, 'text/html; charset=utf-8', renderPage({ lang: langOf(req, url) }), htmlHeaders),
    'GET /app.js': async (_req, res) => send(res, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT),
    'GET /app.css': async (_req, res) => send(res, 200, 'text/css; charset=utf-8', REPORT_CSS),
    'GET /openapi.json': async (_req, res) => sendJson(res, 200, openApi(toolVersion())),
    'GET /login': async (req, res, url) =>
      send(res, 200, 'text/html; charset=utf-8', loginPage(langOf(req, url)), htmlHeaders),
    'POST /login': async (req, res, url) => {
      postAllowed(req)
      const token = new URLSearchParams(await readBody(req)).get('token') ?? ''
      if (!s.token || !tokenMatches(s.token, token)) {
        send(res, 403, 'text/html; charset=utf-8', loginPage(langOf(req, url), true), htmlHeaders)
        return
      }
      const cookie = `maildoctor_token=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`
      send(res, 303, 'text/plain; charset=utf-8', '', { Location: '/', 'Set-Cookie': cookie })
    },
    'POST /check': async (req, res, url) => {
      postAllowed(req)
      limited(req)
      const form = new URLSearchParams(await readBody(req))
      const field = (name: string) => form.get(name)?.trim() || undefined
      const values: FormValues = {
        address: field('address'),
        host: field('host'),
        port: field('port'),
        security: field('security'),
        user: field('user'),
        protocols: form.getAll('protocols'),
      }
      const lang = field('lang') === 'it' || field('lang') === 'en' ? (field('lang') as Lang) : langOf(req, url)
      const input: ApiCheck = { ...values, password: form.get('password') || undefined, lang }
      let report: string | undefined
      let error: string | undefined
      try {
        const { request } = await prepare(input)
        metrics.count('maildoctor_serve_checks_total', { kind: 'page' })
        report = renderReportSection(reportOf(await runner.run(request), lang), { downloads: true })
      } catch (err) {
        if (!(err instanceof UsageError || err instanceof TargetRefused)) throw err
        error = err.message
      }
      send(res, error ? 422 : 200, 'text/html; charset=utf-8', renderPage({ lang, values, report, error }), htmlHeaders)
    },
    'POST /api/check': async (req, res, url) => {
      postAllowed(req)
      limited(req)
      let body: unknown
      try {
        body = JSON.parse(await readBody(req))
      } catch (err) {
        if (err instanceof HttpError) throw err
        throw new UsageError('the request body is not JSON')
      }
      const prepared = await prepare(validateApiCheck(body))
      const lang = prepared.lang ?? langOf(req, url)
      metrics.count('maildoctor_serve_checks_total', { kind: 'api' })
      if (!(req.headers.accept ?? '').includes('text/event-stream')) {
        sendJson(res, 200, reportOf(await runner.run(prepared.request), lang))
        return
      }
      const emit = startEvents(res)
      const way = (e: EndpointSpec) => ({ protocol: e.protocol, host: e.host, port: e.port, security: e.security })
      try {
        const result = await runner.run(prepared.request, {
          onPlanned: (endpoints) => emit('planned', { endpoints: endpoints.map(way) }),
          onEndpointDone: (e) => emit('endpoint', { ...way(e.endpoint), status: e.status }),
        })
        const report = reportOf(result, lang)
        emit('report', report)
        if (url.searchParams.get('view') === 'html')
          emit('html', { html: renderReportSection(report, { downloads: true }) })
      } catch (err) {
        const known = err instanceof TargetRefused || err instanceof UsageError
        emit('error', {
          status: err instanceof TargetRefused ? err.status : known ? 422 : 500,
          error: known ? err.message : 'internal error',
        })
        if (!known) throw err
      } finally {
        res.end()
      }
    },
    'GET /probe': async (req, res, url) => {
      const target = url.searchParams.get('target')
      const module = modules.get(url.searchParams.get('module') ?? 'mail')
      if (!target) throw new HttpError(400, 'target parameter is missing')
      if (!module) throw new HttpError(400, `unknown module (known: ${[...modules.keys()].join(', ')})`)
      const debug = url.searchParams.get('debug') === 'true'
      // Prometheus says how long it waits; the probe ends a little before that.
      const scrape = Number(req.headers['x-prometheus-scrape-timeout-seconds'])
      const deadlineMs = Math.min(defaultDeadlineMs(s.check.timeoutMs), scrape > 1 ? (scrape - 0.5) * 1000 : Infinity)
      const options = {
        timeoutMs: s.check.timeoutMs,
        deadlineMs,
        ca: s.check.ca,
        dnsServer: s.check.dnsServer,
        trace: debug,
        allowPlaintextAuth: false,
        now: () => new Date(),
      }
      const request = probeRequest(target, module, options)
      await runner.precheck(request)
      metrics.count('maildoctor_serve_checks_total', { kind: 'probe' })
      const t0 = performance.now()
      const result = await runner.run(request)
      const outcome = probeOutcome(target, module, result, performance.now() - t0)
      send(res, 200, 'text/plain; version=0.0.4; charset=utf-8', debug ? probeDebug(outcome, module) : outcome.metrics)
    },
    'GET /metrics': async (_req, res) =>
      send(
        res,
        200,
        'text/plain; version=0.0.4; charset=utf-8',
        metrics.render({
          maildoctor_serve_checks_in_progress: runner.active,
          maildoctor_serve_uptime_seconds: Math.round((Date.now() - started) / 1000),
        }),
      ),
  }
  const open = new Set(['GET /login', 'POST /login', 'GET /app.css', 'GET /app.js'])

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const t0 = performance.now()
    const url = new URL(req.url ?? '/', 'http://localhost')
    const key = `${req.method} ${url.pathname}`
    const client = req.socket.remoteAddress ?? '-'
    // Only the route and the status are logged: never a body, a query or a header.
    res.on('finish', () => {
      metrics.count('maildoctor_serve_requests_total', {
        route: routes[key] ? key : 'other',
        code: String(res.statusCode),
      })
      s.log(
        `${new Date().toISOString()} ${client} ${req.method} ${url.pathname} ${res.statusCode} ` +
          `${Math.round(performance.now() - t0)}ms`,
      )
    })
    try {
      if (!hostAllowed(hostRule, req.headers.host))
        throw new HttpError(403, 'this server does not answer to that Host name')
      const route = routes[key]
      if (!route) throw new HttpError(404, 'not found')
      if (s.token && !open.has(key) && !tokenMatches(s.token, presentedToken(req))) {
        if (key === 'GET /') return send(res, 303, 'text/plain; charset=utf-8', '', { Location: '/login' })
        throw new HttpError(401, 'a bearer token is required')
      }
      await route(req, res, url)
    } catch (err) {
      const status =
        err instanceof HttpError || err instanceof TargetRefused ? err.status : err instanceof UsageError ? 422 : 500
      if (status >= 400 && status < 500) metrics.count('maildoctor_serve_refused_total', { code: String(status) })
      if (status === 500) s.log(`internal error on ${key}: ${(err as Error).name}`)
      const message = status === 500 ? 'internal error' : (err as Error).message
      if (status === 413) res.setHeader('Connection', 'close')
      if (status === 429) res.setHeader('Retry-After', '60')
      sendJson(res, status, { error: message })
      // The rest of an oversized body is read and dropped, so the client sees the answer.
      if (status === 413) req.resume()
    }
  }

  const server = createServer({ requestTimeout: 0, headersTimeout: 10_000 }, (req, res) => void handle(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(s.port, s.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  hostRule.port = port
  const hostPart = s.host.includes(':') ? `[${s.host}]` : s.host
  return {
    url: `http://${hostPart}:${port}`,
    port,
    async close(graceMs = 30_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const timer = setTimeout(() => server.closeAllConnections(), graceMs)
      await closed
      clearTimeout(timer)
    },
  }
}
