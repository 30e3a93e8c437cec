// Outputs of `maildoctor run`: for people, CI (JUnit), Nagios/Icinga, Prometheus textfiles.
import * as JUnit from '../report/junit.js'
import type { RunReport } from './run-report.js'

export const RUN_FORMATS = {
  human: (r: RunReport) =>
    r.targets
      .map((t) =>
        [
          `${t.ok ? '✔' : '✖'} ${t.name} (${(t.durationMs / 1000).toFixed(2)} s)`,
          ...t.outcomes.map(
            (o) =>
              `    ${o.met ? '✔' : '✖'} ${o.expectation.padEnd(18)} expected ${o.expected.padEnd(10)} got ${o.actual}`,
          ),
          ...(t.roundtripProblem ? [`    ✖ ${'roundtrip'.padEnd(18)} ${t.roundtripProblem}`] : []),
        ].join('\n'),
      )
      .join('\n') + `\n\n${r.summary.met}/${r.summary.expectations} expectations met\n`,
  json: (r: RunReport) => JSON.stringify(r, null, 2) + '\n',
  junit: renderJunit,
  nagios: renderNagios,
  prometheus: renderPrometheus,
} satisfies Record<string, (r: RunReport) => string>

export type RunFormat = keyof typeof RUN_FORMATS

function renderJunit(r: RunReport): string {
  const suites = r.targets.map((t) => {
    const why = (o: (typeof t.outcomes)[number]) =>
      o.expectation === 'roundtrip_seconds' && t.roundtripProblem ? ` (${t.roundtripProblem})` : ''
    const causes = t.causes.map((c) => c.cause).join(', ') || 'none'
    const cases = t.outcomes.map((o) => {
      const got = `expected ${o.expected}, got ${o.actual}${why(o)}`
      const problem = o.met
        ? undefined
        : {
            kind: 'failure' as const,
            message: got,
            type: 'expectation',
            body: `${o.expectation}: ${got}; causes: ${causes}`,
          }
      return JUnit.testCase({ classname: `maildoctor.${t.name}`, name: o.expectation, ms: t.durationMs }, problem)
    })
    const failures = t.outcomes.filter((o) => !o.met).length
    const counts = { tests: t.outcomes.length, failures, errors: 0, skipped: 0, time: JUnit.seconds(t.durationMs) }
    return JUnit.suiteOpen({ name: t.name, ...counts }) + cases.join('') + JUnit.SUITE_CLOSE
  })
  const counts = { tests: r.summary.expectations, failures: r.summary.unmet, errors: 0 }
  return (
    JUnit.suitesOpen({ name: 'maildoctor run', ...counts, time: JUnit.seconds(r.summary.durationMs) }) +
    suites.join('') +
    JUnit.SUITES_CLOSE
  )
}

// Nagios plugin guidelines: one line "SERVICE STATUS - text | perfdata", exit 0/1/2/3.
function renderNagios(r: RunReport): string {
  const status = r.summary.unmet ? 'CRITICAL' : 'OK'
  const why = (t: RunReport['targets'][number], expectation: string) =>
    expectation === 'roundtrip_seconds' && t.roundtripProblem ? ` (${t.roundtripProblem})` : ''
  const unmet = r.targets.flatMap((t) =>
    t.outcomes
      .filter((o) => !o.met)
      .map((o) => `${t.name} ${o.expectation}: expected ${o.expected}, got ${o.actual}${why(t, o.expectation)}`),
  )
  const text = unmet.length ? unmet.join('; ') : `${r.summary.met}/${r.summary.expectations} expectations met`
  const label = (s: string) => `'${s.replace(/'/g, '')}'`
  const perf = [
    `${label('time')}=${(r.summary.durationMs / 1000).toFixed(3)}s;;;0`,
    `${label('unmet')}=${r.summary.unmet};;1;0;${r.summary.expectations}`,
    ...r.targets.flatMap((t) => {
      const days = t.endpoints.map((e) => e.certDaysLeft).filter((d): d is number => d !== undefined)
      return days.length ? [`${label(`${t.name} cert_days`)}=${Math.min(...days)};;;0`] : []
    }),
  ]
  // One line, whatever a target's name holds: a line break would end the plugin's output.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const oneLine = (t: string) => t.replace(/[\x00-\x1f\x7f]+/g, ' ').replace(/\|/g, '/')
  return `MAILDOCTOR ${status} - ${oneLine(text)} | ${perf.map(oneLine).join(' ')}\n`
}

export const NAGIOS_EXIT = { OK: 0, WARNING: 1, CRITICAL: 2, UNKNOWN: 3 } as const

const labelValue = (v: string | number) => String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
const labels = (l: Record<string, string | number>) =>
  `{${Object.entries(l)
    .map(([k, v]) => `${k}="${labelValue(v)}"`)
    .join(',')}}`

function renderPrometheus(r: RunReport): string {
  const families: Array<{ name: string; help: string; samples: string[] }> = [
    {
      name: 'maildoctor_success',
      help: '1 if every expectation of the target was met',
      samples: r.targets.map((t) => `maildoctor_success${labels({ target: t.name })} ${t.ok ? 1 : 0}`),
    },
    {
      name: 'maildoctor_check_duration_seconds',
      help: 'Time the whole check took',
      samples: r.targets.map(
        (t) => `maildoctor_check_duration_seconds${labels({ target: t.name })} ${(t.durationMs / 1000).toFixed(3)}`,
      ),
    },
    {
      name: 'maildoctor_expectation_met',
      help: '1 if the expectation was met',
      samples: r.targets.flatMap((t) =>
        t.outcomes.map(
          (o) => `maildoctor_expectation_met${labels({ target: t.name, expectation: o.expectation })} ${o.met ? 1 : 0}`,
        ),
      ),
    },
    {
      name: 'maildoctor_endpoint_up',
      help: '1 if the endpoint works',
      samples: r.targets.flatMap((t) =>
        t.endpoints.map((e) => {
          const up = e.status === 'ok' || e.status === 'warn' ? 1 : 0
          const endpoint = labels({ target: t.name, protocol: e.protocol, port: e.port, security: e.security })
          return `maildoctor_endpoint_up${endpoint} ${up}`
        }),
      ),
    },
    {
      name: 'maildoctor_cert_days_left',
      help: 'Days until the server certificate expires',
      samples: r.targets.flatMap((t) =>
        t.endpoints
          .filter((e) => e.certDaysLeft !== undefined)
          .map(
            (e) =>
              `maildoctor_cert_days_left${labels({ target: t.name, protocol: e.protocol, port: e.port })} ` +
              `${e.certDaysLeft}`,
          ),
      ),
    },
    {
      name: 'maildoctor_finding',
      help: 'A diagnosed cause (1 while present)',
      samples: r.targets.flatMap((t) =>
        [...new Map(t.causes.map((c) => [c.cause, c])).values()].map(
          (c) => `maildoctor_finding${labels({ target: t.name, cause: c.cause, severity: c.severity })} 1`,
        ),
      ),
    },
    {
      name: 'maildoctor_roundtrip_seconds',
      help: 'Time from SMTP submission to the message appearing over IMAP',
      samples: r.targets
        .filter((t) => t.roundtripSeconds !== undefined)
        .map((t) => `maildoctor_roundtrip_seconds${labels({ target: t.name })} ${t.roundtripSeconds!.toFixed(3)}`),
    },
  ]
  return (
    families
      .filter((f) => f.samples.length)
      .map((f) => `# HELP ${f.name} ${f.help}\n# TYPE ${f.name} gauge\n${f.samples.join('\n')}`)
      .join('\n') + '\n'
  )
}
