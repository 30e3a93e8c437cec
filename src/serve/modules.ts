// serve.yml: the probe modules of /probe?module=NAME, as blackbox_exporter's modules. Every mistake
// names its line; values that may be secrets are never repeated.
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import { FILE_ENV_REFUSED, FILE_ENV_UNSET, fileMayUseEnv } from '../model/file-env.js'
import { PROTOCOLS, SECURITIES, type Protocol, type Security } from '../model/types.js'
import { comparison, ConfigError, yamlRoot, type MonitorTarget } from '../monitor/config.js'
import type { Credentials } from '../probes/probe.js'

export interface ProbeModule {
  name: string
  protocols: Protocol[]
  port?: number
  security?: Security
  credentials?: Credentials
  expect: MonitorTarget['expect']
}

const MODULE_FIELDS = ['protocols', 'port', 'security', 'user', 'password_env', 'expect']
const EXPECT_FIELDS = [...PROTOCOLS, 'cert_days_left', 'max_seconds']

/** Without a file: one module per protocol and one for all, no login, no expectation. */
export const DEFAULT_MODULES: ProbeModule[] = [
  ...PROTOCOLS.map((p) => ({ name: p, protocols: [p], expect: { protocols: {} } })),
  { name: 'mail', protocols: [...PROTOCOLS], expect: { protocols: {} } },
]

export async function parseModules(
  text: string,
  env: Record<string, string | undefined>,
  allowEnv: readonly string[],
): Promise<ProbeModule[]> {
  const { isMap } = await import('yaml')
  const { doc, root, lineOf } = await yamlRoot(text)
  const modules = isMap(root) ? root.get('modules', true) : undefined
  if (!isMap(modules) || !modules.items.length)
    throw new ConfigError(lineOf(root), 'expected "modules:" with at least one named module')
  return modules.items.map((pair) => {
    const name = String((pair.key as { value?: unknown })?.value ?? '')
    const node = pair.value
    const line = lineOf(pair.key)
    if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new ConfigError(line, 'a module name uses letters, digits, _ and - only')
    if (!isMap(node)) throw new ConfigError(line, `module ${name}: expected a mapping (protocols:, port:, …)`)
    const at = (key: string) =>
      lineOf(node.items.find((p) => String((p.key as { value?: unknown })?.value) === key)?.key ?? node)
    let raw: Record<string, unknown>
    try {
      // Aliases expand to a bounded size (an alias bomb is an error, not a hang).
      raw = node.toJS(doc, { maxAliasCount: 1000 }) as Record<string, unknown>
    } catch (err) {
      throw new ConfigError(line, `module ${name}: cannot read the YAML: ${(err as Error).message.split('\n')[0]}`)
    }
    const fail = (key: string, message: string): never => {
      throw new ConfigError(at(key), `module ${name}: ${message}`)
    }
    for (const key of Object.keys(raw))
      if (!MODULE_FIELDS.includes(key)) fail(key, `unknown field "${key}" (known: ${MODULE_FIELDS.join(', ')})`)
    const list =
      raw.protocols === undefined
        ? [...PROTOCOLS]
        : Array.isArray(raw.protocols)
          ? raw.protocols.map(String)
          : [String(raw.protocols)]
    if (!list.length || list.some((p) => !(PROTOCOLS as readonly string[]).includes(p)))
      fail('protocols', 'protocols: a list of imap, pop3, smtp')
    const port = raw.port === undefined ? undefined : Number(raw.port)
    if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535))
      fail('port', 'port must be a number from 1 to 65535')
    const security = raw.security === undefined ? undefined : String(raw.security)
    if (security !== undefined && !(SECURITIES as readonly string[]).includes(security))
      fail('security', 'security must be tls, starttls or plain')
    return {
      name,
      protocols: list as Protocol[],
      ...(port !== undefined ? { port } : {}),
      ...(security !== undefined ? { security: security as Security } : {}),
      credentials: moduleCredentials(raw, env, allowEnv, (key, message) => fail(key, message)),
      expect: moduleExpect(raw.expect, (key, message) => fail(`expect`, `${key}: ${message}`), at('expect')),
    }
  })
}

type Fail = (key: string, message: string) => never

function moduleCredentials(
  raw: Record<string, unknown>,
  env: Record<string, string | undefined>,
  allowEnv: readonly string[],
  fail: Fail,
): Credentials | undefined {
  if (raw.password_env === undefined) return undefined
  const name = String(raw.password_env)
  if (!fileMayUseEnv(name, allowEnv)) fail('password_env', FILE_ENV_REFUSED)
  const password = env[name]
  if (!password) fail('password_env', FILE_ENV_UNSET)
  if (raw.user === undefined) fail('password_env', 'password_env needs user: (whose login is it?)')
  const credentials = { user: String(raw.user), password: password! }
  const unsafe = unsafeCredentialField(credentials)
  if (unsafe)
    fail(
      unsafe === 'password' ? 'password_env' : 'user',
      unsafeCredentialMessage(unsafe, unsafe === 'password' ? 'password_env' : ''),
    )
  return credentials
}

function moduleExpect(value: unknown, fail: Fail, line: number): MonitorTarget['expect'] {
  if (value === undefined) return { protocols: {} }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return fail('expect', 'a mapping (smtp: ok, cert_days_left: ">= 21")')
  const e = value as Record<string, unknown>
  const protocols: MonitorTarget['expect']['protocols'] = {}
  for (const key of Object.keys(e)) {
    if (!EXPECT_FIELDS.includes(key)) fail(key, `unknown expectation (known: ${EXPECT_FIELDS.join(', ')})`)
    if ((PROTOCOLS as readonly string[]).includes(key)) {
      const v = String(e[key])
      if (v !== 'ok' && v !== 'disabled' && v !== 'fail') fail(key, `must be ok, disabled or fail, not "${v}"`)
      protocols[key as Protocol] = v as 'ok' | 'disabled' | 'fail'
    }
  }
  const maxSeconds = e.max_seconds === undefined ? undefined : Number(e.max_seconds)
  if (maxSeconds !== undefined && !(maxSeconds > 0)) fail('max_seconds', 'a number of seconds above 0')
  return {
    protocols,
    ...(e.cert_days_left !== undefined ? { certDaysLeft: comparison(String(e.cert_days_left), line) } : {}),
    ...(maxSeconds !== undefined ? { maxSeconds } : {}),
  }
}
