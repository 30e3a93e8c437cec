// A check asked for over HTTP (JSON or the page's form) → the same CheckRequest the CLI builds, by
// the CLI's own parsers: the same meaning, the same validation, the same messages.
import { PROTOCOLS } from '../model/types.js'
import { checkRequest, type CheckFlags } from '../cli/check-options.js'
import { UsageError, type Io } from '../cli/io.js'
import { LANGS, type Lang } from '../i18n/locale.js'
import { parseLanguage, parseProtocolList, parseSecurityMode, ValueError } from '../input/values.js'
import type { CheckRequest } from '../run/check.js'

export interface ApiCheck {
  address?: string
  host?: string
  protocols?: string[]
  port?: number | string
  security?: string
  user?: string
  password?: string
  lang?: string
}

const FIELDS = ['address', 'host', 'protocols', 'port', 'security', 'user', 'password', 'lang']

/** What the server adds to every check (serve's own --timeout, --dns-server, --ca). */
export interface ServerCheckOptions {
  timeout: string
  dnsServer?: string
  ca: string[]
  autoconfigUrls?: string[]
}

/** The password travels in a private environment, as --password-env would read it. */
const PASSWORD_VAR = 'MAILDOCTOR_SERVE_PASSWORD'

export function validateApiCheck(body: unknown): ApiCheck {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new UsageError('the request body must be a JSON object')
  const fields = body as Record<string, unknown>
  for (const key of Object.keys(fields))
    if (!FIELDS.includes(key)) throw new UsageError(`unknown field "${key}" (known: ${FIELDS.join(', ')})`)
  for (const key of ['address', 'host', 'security', 'user', 'password', 'lang']) {
    if (fields[key] !== undefined && typeof fields[key] !== 'string') throw new UsageError(`${key} must be a string`)
  }
  if (fields.port !== undefined && typeof fields.port !== 'number' && typeof fields.port !== 'string')
    throw new UsageError('port must be a number')
  const protocols = fields.protocols
  if (protocols !== undefined && (!Array.isArray(protocols) || protocols.some((p) => typeof p !== 'string')))
    throw new UsageError(`protocols must be a list of ${PROTOCOLS.map((p) => `"${p}"`).join(', ')}`)
  // The protocol-list parser of batch rows: "pop" is POP3, each protocol once.
  const list = protocols?.length ? { protocols: parseProtocolList(protocols, 'protocols') } : {}
  return { ...fields, ...list } as ApiCheck
}

/** The command line's names for what the API calls by its fields: an API error names the field. */
const API_FIELDS: Record<string, string> = {
  '<address-or-host>': 'address',
  '--host': 'host',
  '--port': 'port',
  '--user': 'user',
}
const API_HOW = { how: `"protocols": ${PROTOCOLS.map((p) => `"${p}"`).join(', ')}` }

export async function apiCheckRequest(
  input: ApiCheck,
  server: ServerCheckOptions,
): Promise<{ request: CheckRequest; lang?: Lang }> {
  const target = input.address?.trim() || input.host?.trim()
  if (!target) throw new UsageError('give an address or a host')
  const flags: CheckFlags = {
    ...Object.fromEntries((input.protocols ?? []).map((p) => [p, true])),
    host: input.address?.trim() && input.host?.trim() ? input.host.trim() : undefined,
    port: input.port === undefined || input.port === '' ? undefined : String(input.port),
    security: input.security ? parseSecurityMode(input.security, 'security') : undefined,
    user: input.user?.trim() || undefined,
    passwordEnv: input.password ? PASSWORD_VAR : undefined,
    dnsServer: server.dnsServer,
    timeout: server.timeout,
    format: 'json',
    lang: LANGS[1],
  }
  const io = requestIo(input.password)
  const request = await checkRequest(target, flags, io).catch((err: unknown) => {
    throw err instanceof ValueError && API_FIELDS[err.field] ? err.named(API_FIELDS[err.field], API_HOW) : err
  })
  request.options.ca = server.ca
  if (server.autoconfigUrls) request.autoconfigUrls = server.autoconfigUrls
  return { request, lang: input.lang ? parseLanguage(input.lang, 'lang') : undefined }
}

/** An Io with nothing of the real process: no files, no terminal, only the password. */
function requestIo(password: string | undefined): Io {
  const refuse = async (): Promise<never> => {
    throw new UsageError('files are not read for web checks')
  }
  return {
    stdout: () => {},
    stderr: () => {},
    env: password ? { [PASSWORD_VAR]: password } : {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stderrColumns: 0,
    stdinIsTTY: false,
    readStdin: async () => '',
    writeFile: refuse,
    readFile: refuse,
  }
}
