// `maildoctor serve`: the web page, the JSON API and the Prometheus probe. Starts, logs one line
// per request on stderr, and on SIGTERM (or Ctrl-C) lets running checks finish before it exits.
import { isIP } from 'node:net'
import { ConfigError } from '../monitor/config.js'
import { DEFAULT_AUTOCONFIG_URLS } from '../discover/sources/autoconfig-source.js'
import { DEFAULT_MODULES, parseModules, type ProbeModule } from '../serve/modules.js'
import { startServe } from '../serve/server.js'
import { MAIL_PORTS } from '../serve/target-policy.js'
import { parsePortNumber, parseSeconds, parseWholeNumber } from '../input/values.js'
import { EXIT, UsageError, type Io } from './io.js'
import { sharedValues, type SharedFlags } from './run-options.js'

interface ServeFlags extends SharedFlags {
  listen: string
  tokenEnv?: string
  publicName: string[]
  allowPrivate?: boolean
  mailPorts?: string
  rate: string
  maxChecks: string
  perHost: string
  config?: string
  allowEnv: string[]
  grace: string
}

export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+)):(\d{1,5})$/i.exec(text)
  const port = Number(m?.[3])
  if (!m || port > 65535) throw new UsageError(`--listen takes HOST:PORT (127.0.0.1:8025, [::1]:8025), not "${text}"`)
  return { host: (m[1] ?? m[2]).toLowerCase(), port }
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'))

export async function serveCommand(io: Io, flags: ServeFlags): Promise<number> {
  const { host, port } = parseListen(flags.listen)
  const token = flags.tokenEnv ? io.env[flags.tokenEnv] : undefined
  if (flags.tokenEnv && !token)
    throw new UsageError('--token-env: the environment variable it names is not set (or is empty)')
  if (!isLoopback(host) && !token) {
    throw new UsageError(
      `--listen ${host}: anyone on the network could use this server; ` +
        'add --token-env VAR (a bearer token) or listen on 127.0.0.1',
    )
  }
  const { timeoutMs, dnsServer, ca, perHost } = await sharedValues(flags, io)
  const graceMs = parseSeconds(flags.grace, '--grace', 3600) * 1000
  const modules = await loadModules(io, flags)
  const mailPorts = flags.mailPorts
    ? flags.mailPorts.split(',').map((p) => parsePortNumber(p, '--mail-ports'))
    : [...MAIL_PORTS]
  const server = await startServe({
    host,
    port,
    token,
    publicNames: flags.publicName,
    allowPrivate: Boolean(flags.allowPrivate),
    mailPorts,
    ratePerMinute: parseWholeNumber(flags.rate, '--rate', 1, 100_000),
    maxChecks: parseWholeNumber(flags.maxChecks, '--max-checks', 1, 1000),
    perHost,
    check: {
      timeout: flags.timeout,
      timeoutMs,
      dnsServer,
      ca,
      // The domain's own autoconfig host may be a private address: only the public ISPDB then.
      autoconfigUrls: flags.allowPrivate
        ? undefined
        : DEFAULT_AUTOCONFIG_URLS.filter((u) => u.includes('thunderbird.net')),
    },
    modules,
    log: (line) => io.stderr(line + '\n'),
  }).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`--listen ${flags.listen}: cannot listen (${err.code ?? err.message})`)
  })
  io.stderr(`maildoctor serve: listening on ${server.url}\n`)
  // A stop (SIGTERM from systemd or Kubernetes, or Ctrl-C) is the normal end of a server: exit 0.
  const code = await new Promise<number>((resolve) => {
    const stop = io.onInterrupt?.((exitCode) => {
      stop?.()
      resolve(exitCode)
    })
  })
  const signal = code === EXIT.terminated ? 'SIGTERM' : 'SIGINT'
  io.stderr(`maildoctor serve: ${signal}, finishing running checks\n`)
  await server.close(graceMs)
  io.stderr('maildoctor serve: stopped\n')
  return EXIT.ok
}

async function loadModules(io: Io, flags: ServeFlags): Promise<ProbeModule[]> {
  if (!flags.config) return DEFAULT_MODULES
  const text = await io.readFile(flags.config).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`${flags.config}: cannot read the file (${err.code ?? 'error'})`)
  })
  try {
    return await parseModules(text, io.env, flags.allowEnv)
  } catch (err) {
    if (err instanceof ConfigError) throw err.at(`${flags.config} line ${err.line}: `)
    throw err
  }
}
