// GET /probe and GET /metrics of `maildoctor serve`, for Prometheus.
import { defaultDeadlineMs } from '../run/run-check.js'
import type { Handler, ServeContext } from './context.js'
import { HttpError, send } from './http-util.js'
import { probeDebug, probeOutcome, probeRequest } from './probe.js'

const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8'

export function probeRoutes(ctx: ServeContext): Record<string, Handler> {
  const modules = new Map(ctx.s.modules.map((m) => [m.name, m]))
  return {
    'GET /probe': async (req, res, url) => {
      const target = url.searchParams.get('target')
      const module = modules.get(url.searchParams.get('module') ?? 'mail')
      if (!target) throw new HttpError(400, 'target parameter is missing')
      if (!module) throw new HttpError(400, `unknown module (known: ${[...modules.keys()].join(', ')})`)
      const debug = url.searchParams.get('debug') === 'true'
      // Prometheus says how long it waits; the probe ends a little before that.
      const scrape = Number(req.headers['x-prometheus-scrape-timeout-seconds'])
      const deadlineMs = Math.min(
        defaultDeadlineMs(ctx.s.check.timeoutMs),
        scrape > 1 ? (scrape - 0.5) * 1000 : Infinity,
      )
      const options = {
        timeoutMs: ctx.s.check.timeoutMs,
        deadlineMs,
        ca: ctx.s.check.ca,
        dnsServer: ctx.s.check.dnsServer,
        trace: debug,
        allowPlaintextAuth: false,
        now: () => new Date(),
      }
      const request = probeRequest(target, module, options)
      await ctx.runner.precheck(request)
      ctx.metrics.count('maildoctor_serve_checks_total', { kind: 'probe' })
      const t0 = performance.now()
      const result = await ctx.runner.run(request)
      const outcome = probeOutcome(target, module, result, performance.now() - t0)
      send(res, 200, PROMETHEUS_TEXT, debug ? probeDebug(outcome, module) : outcome.metrics)
    },
    'GET /metrics': async (_req, res) => {
      const gauges = {
        maildoctor_serve_checks_in_progress: ctx.runner.active,
        maildoctor_serve_uptime_seconds: Math.round((Date.now() - ctx.started) / 1000),
      }
      send(res, 200, PROMETHEUS_TEXT, ctx.metrics.render(gauges))
    },
  }
}
