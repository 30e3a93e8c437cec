// GET /metrics: the server's own counters, in the Prometheus text format.
export interface ServeMetrics {
  count(name: CounterName, labels?: Record<string, string>): void
  render(gauges: Record<string, number>): string
}

const HELP = {
  maildoctor_serve_requests_total: 'HTTP requests answered, by route and status code',
  maildoctor_serve_checks_total: 'Checks run, by kind (api, page, probe)',
  maildoctor_serve_refused_total: 'Requests refused, by reason',
} as const

type CounterName = keyof typeof HELP

export function serveMetrics(): ServeMetrics {
  const counters = new Map<string, number>()
  const keyOf = (name: string, labels: Record<string, string>) =>
    `${name}{${Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
      .join(',')}}`
  return {
    count(name, labels = {}) {
      const key = keyOf(name, labels)
      counters.set(key, (counters.get(key) ?? 0) + 1)
    },
    render(gauges) {
      const families = Object.entries(HELP).map(([name, help]) => {
        const samples = [...counters]
          .filter(([k]) => k.startsWith(`${name}{`))
          .map(([k, v]) => `${k.replace('{}', '')} ${v}`)
        return [`# HELP ${name} ${help}`, `# TYPE ${name} counter`, ...samples].join('\n')
      })
      const own = Object.entries(gauges).map(([name, value]) => `# TYPE ${name} gauge\n${name} ${value}`)
      return [...families, ...own].join('\n') + '\n'
    },
  }
}
