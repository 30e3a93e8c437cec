// `maildoctor serve`: the page, the API and the Prometheus probe on one node:http server.
// Every request passes the guards first (Host, token, Origin of POSTs, rate), and every check goes
// through the runner (global limit, per-host gate, target policy). Passwords are read from the
// body into the check's credentials and nowhere else: never logged, echoed or kept.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { UsageError } from '../cli/io.js'
import { toolVersion } from '../package-root.js'
import { REPORT_CSS } from '../report/html-style.js'
import { checkRoutes } from './check-routes.js'
import { CLIENT_SCRIPT } from './client-script.js'
import { serveContext, type Handler, type ServeSettings } from './context.js'
import { hostAllowed, listenNames, presentedToken, tokenMatches, type HostRule } from './guards.js'
import { HttpError, readBody, send, sendJson } from './http-util.js'
import { loginPage } from './login-page.js'
import { openApi } from './openapi.js'
import { renderPage } from './page.js'
import { probeRoutes } from './probe-routes.js'
import { TargetRefused } from './target-policy.js'

export type { ServeSettings } from './context.js'

export interface RunningServe {
  url: string
  port: number
  /** Stops taking requests, lets running checks finish (up to graceMs), then closes. */
  close(graceMs?: number): Promise<void>
}

export async function startServe(s: ServeSettings): Promise<RunningServe> {
  const ctx = serveContext(s)
  const { metrics } = ctx
  const hostRule: HostRule = {
    port: s.port,
    own: listenNames(s.host),
    extra: new Set(s.publicNames.map((n) => n.toLowerCase())),
  }
  const { htmlHeaders, langOf, postAllowed } = ctx

  const routes: Record<string, Handler> = {
    ...checkRoutes(ctx),
    ...probeRoutes(ctx),
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
      // A mistake in the request is said in the caller's language (?lang=, Accept-Language).
      const message =
        status === 500
          ? 'internal error'
          : err instanceof UsageError
            ? err.in(langOf(req, url))
            : (err as Error).message
      if (status === 413) res.setHeader('Connection', 'close')
      if (status === 429) res.setHeader('Retry-After', '60')
      sendJson(res, status, { error: message })
      // The rest of an oversized body is read and dropped, so the client sees the answer.
      if (status === 413) req.resume()
    }
  }

  // A request must arrive within a minute (a slow upload holds no socket for ever); the answer,
  // an event stream included, may take as long as the check.
  const timeouts = { requestTimeout: 60_000, headersTimeout: 10_000 }
  const server = createServer(timeouts, (req, res) => void handle(req, res))
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
