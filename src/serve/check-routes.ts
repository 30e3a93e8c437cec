// The check routes of `maildoctor serve`: the page's form (POST /check, no JavaScript needed) and
// the JSON API (POST /api/check), plain or as Server-Sent Events.
import { UsageError } from '../cli/io.js'
import type { Lang } from '../i18n/locale.js'
import type { EndpointSpec } from '../model/types.js'
import { renderReportSection } from '../report/html.js'
import { reportOf } from '../report/report-of.js'
import { validateApiCheck, type ApiCheck } from './api-request.js'
import type { Handler, ServeContext } from './context.js'
import { HttpError, readBody, send, sendJson, startEvents } from './http-util.js'
import { renderPage, type FormValues } from './page.js'
import { TargetRefused } from './target-policy.js'

export function checkRoutes(ctx: ServeContext): Record<string, Handler> {
  return {
    'POST /check': async (req, res, url) => {
      ctx.postAllowed(req)
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
      const lang = field('lang') === 'it' || field('lang') === 'en' ? (field('lang') as Lang) : ctx.langOf(req, url)
      const input: ApiCheck = { ...values, password: form.get('password') || undefined, lang }
      let report: string | undefined
      let error: string | undefined
      let status = 200
      try {
        ctx.limited(req)
        const { request } = await ctx.prepare(input)
        ctx.metrics.count('maildoctor_serve_checks_total', { kind: 'page' })
        report = renderReportSection(reportOf(await ctx.runner.run(request), lang), { downloads: true })
      } catch (err) {
        // The person gets the page back with the reason, the form filled in (but the password).
        if (!(err instanceof UsageError || err instanceof TargetRefused || err instanceof HttpError)) throw err
        error = err instanceof UsageError ? err.in(lang) : err.message
        status = err instanceof UsageError ? 422 : err.status
      }
      send(res, status, 'text/html; charset=utf-8', renderPage({ lang, values, report, error }), ctx.htmlHeaders)
    },
    'POST /api/check': async (req, res, url) => {
      ctx.postAllowed(req)
      ctx.limited(req)
      let body: unknown
      try {
        body = JSON.parse(await readBody(req))
      } catch (err) {
        if (err instanceof HttpError) throw err
        throw new UsageError('the request body is not JSON')
      }
      const prepared = await ctx.prepare(validateApiCheck(body))
      const lang = prepared.lang ?? ctx.langOf(req, url)
      ctx.metrics.count('maildoctor_serve_checks_total', { kind: 'api' })
      if (!(req.headers.accept ?? '').includes('text/event-stream')) {
        sendJson(res, 200, reportOf(await ctx.runner.run(prepared.request), lang))
        return
      }
      const emit = startEvents(res)
      const way = (e: EndpointSpec) => ({ protocol: e.protocol, host: e.host, port: e.port, security: e.security })
      try {
        const result = await ctx.runner.run(prepared.request, {
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
  }
}
