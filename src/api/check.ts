// The library's `check`: one account or server in, the report of `maildoctor check --json` out.
// The same engine and report model as the CLI; nothing is printed and no process state is read.
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import { PROTOCOLS, type EndpointResult, type Protocol, type Security } from '../model/types.js'
import { toolVersion } from '../package-root.js'
import { providerById, providerFixes } from '../providers/table.js'
import { buildReport, type Report } from '../report/report-model.js'
import { runCheckRequest } from '../run/check.js'
import { runOptions, type EngineOptions } from './options.js'

/** What a program may ask of a check: the options of `maildoctor check`, as values. */
export interface CheckOptions extends EngineOptions {
  /** The email address; its servers are discovered unless `host` is given. */
  address?: string
  /** The server to check (skips discovery). */
  host?: string
  /** Default: all three. */
  protocols?: Protocol[]
  port?: number
  security?: Security
  /** Login user (default: the address). Without a password no login is tried. */
  user?: string
  password?: string
  /** Called as each endpoint finishes (live progress). */
  onEndpoint?: (result: EndpointResult) => void
}

export async function check(options: CheckOptions): Promise<Report> {
  const { address, host } = options
  if (!address && !host) throw new TypeError('check needs an address or a host')
  const user = options.user ?? address
  if (options.password !== undefined && !user) throw new TypeError('a password was given but no user or address')
  const unsafe = unsafeCredentialField({ user, password: options.password })
  if (unsafe) throw new TypeError(unsafeCredentialMessage(unsafe))
  const lang = options.lang ?? 'en'
  const result = await runCheckRequest(
    {
      target: address ? { address } : { host },
      host: address ? host : undefined,
      protocols: options.protocols?.length ? options.protocols : [...PROTOCOLS],
      port: options.port,
      security: options.security,
      autoconfigUrls: options.autoconfigUrls,
      options: runOptions(
        options,
        options.password !== undefined && user ? { user, password: options.password } : undefined,
      ),
    },
    { onEndpointDone: options.onEndpoint },
  )
  const provider = providerById(result.provider)
  return buildReport(result, lang, toolVersion(), (f) => providerFixes(provider, f.cause, lang))
}
