// maildoctor.yml: targets with expectations. Every mistake names its line.
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import { normaliseTargetFields } from '../input/targets.js'
import { unknownFieldsMessage } from '../input/field-names.js'
import { UsageError, type LocalText } from '../input/usage-error.js'
import { parseAddress, parseHostName, parsePortNumber, parseSecurityMode } from '../input/values.js'
import { isProtocolName, PROTOCOLS, type Protocol, type Security } from '../model/types.js'

type ProtocolExpectation = 'ok' | 'disabled' | 'fail'

export interface Comparison {
  op: '>=' | '>' | '<=' | '<' | '=='
  value: number
}

export interface MonitorTarget {
  line: number
  name: string
  host?: string
  address?: string
  user?: string
  passwordEnv?: string
  /** The variable (or --secrets entry) holding an OAuth 2.0 access token. */
  tokenEnv?: string
  /** One port for every protocol, or one per protocol. */
  port?: number | Partial<Record<Protocol, number>>
  security?: 'tls' | 'starttls' | 'plain' | Partial<Record<Protocol, 'tls' | 'starttls' | 'plain'>>
  expect: {
    protocols: Partial<Record<Protocol, ProtocolExpectation>>
    certDaysLeft?: Comparison
    maxSeconds?: number
    roundtripSeconds?: number
  }
}

/** A mistake of the file, on its line (a UsageError: exit 2, in the reader's language where written in both). */
export class ConfigError extends UsageError {
  constructor(
    readonly line: number,
    message: string | LocalText,
  ) {
    super(message)
  }
}

/** A value parser's verdict on a field, as the file's error on the field's line. */
function onLine<T>(line: () => number, parse: () => T): T {
  try {
    return parse()
  } catch (err) {
    if (err instanceof UsageError) throw new ConfigError(line(), err.text)
    throw err
  }
}

/** Aliases a hand-written config may use; a "billion laughs" file expands far past it. */
const MAX_ALIASES = 1000

const TARGET_FIELDS = ['host', 'address', 'user', 'password_env', 'token_env', 'expect', 'name', 'port', 'security']
const EXPECT_FIELDS = [...PROTOCOLS, 'cert_days_left', 'max_seconds', 'roundtrip_seconds']

/** A YAML file's document, root node and the line of any node; a syntax error is a ConfigError on its line. */
export async function yamlRoot(text: string) {
  const { parseDocument, LineCounter } = await import('yaml')
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter })
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number] } | null)?.range
    return range ? counter.linePos(range[0]).line : 1
  }
  if (doc.errors.length)
    throw new ConfigError(counter.linePos(doc.errors[0].pos[0]).line, doc.errors[0].message.split('\n')[0])
  return { doc, root: doc.contents, lineOf }
}

export async function parseConfig(text: string): Promise<MonitorTarget[]> {
  const { isMap, isSeq, isAlias } = await import('yaml')
  const { doc, root, lineOf } = await yamlRoot(text)
  const targets = isMap(root) ? root.get('targets', true) : undefined
  if (!isSeq(targets)) throw new ConfigError(lineOf(root), 'expected "targets:" followed by a list')
  // Aliases (*name) stand for the node they name; their expansion is capped (an alias bomb).
  const node = (n: unknown) => (isAlias(n) ? n.resolve(doc) : n)
  const plain = (n: { toJS(d: typeof doc, o: { maxAliasCount: number }): unknown }) => {
    try {
      return n.toJS(doc, { maxAliasCount: MAX_ALIASES }) as Record<string, unknown>
    } catch (err) {
      throw new ConfigError(lineOf(n), `cannot read the YAML: ${(err as Error).message.split('\n')[0]}`)
    }
  }
  const parsed = targets.items.map((entry) => {
    const line = lineOf(entry)
    const item = node(entry)
    if (!isMap(item)) throw new ConfigError(line, 'each target is a mapping (host:, address:, expect: …)')
    const normal = normaliseTargetFields(plain(item))
    if (typeof normal === 'string') throw new ConfigError(line, normal)
    const raw = normal
    const fieldLine = (key: string) =>
      lineOf(item.items.find((p) => String((p.key as { value?: unknown })?.value) === key)?.key ?? item)
    for (const key of Object.keys(raw))
      if (!TARGET_FIELDS.includes(key))
        throw new ConfigError(fieldLine(key), unknownFieldsMessage([key], TARGET_FIELDS))
    if (raw.host === undefined && raw.address === undefined)
      throw new ConfigError(line, 'a target needs host: or address:')
    // The same parsers as the command line and batch rows; their messages never repeat the value.
    const fieldValue = <T>(key: string, parse: (value: unknown, name: string) => T): T | undefined =>
      raw[key] === undefined
        ? undefined
        : onLine(
            () => fieldLine(key),
            () => parse(raw[key], key),
          )
    const host = fieldValue('host', parseHostName)
    const address = fieldValue('address', parseAddress)
    const passwordEnv = raw.password_env === undefined ? undefined : String(raw.password_env)
    if (passwordEnv && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(passwordEnv))
      throw new ConfigError(fieldLine('password_env'), 'password_env must name an environment variable')
    const tokenEnv = raw.token_env === undefined ? undefined : String(raw.token_env)
    if (tokenEnv && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv))
      throw new ConfigError(fieldLine('token_env'), 'token_env must name an environment variable')
    const user = raw.user === undefined ? undefined : String(raw.user)
    const unsafe = unsafeCredentialField({ user: user ?? address })
    if (unsafe)
      throw new ConfigError(fieldLine(user === undefined ? 'address' : 'user'), unsafeCredentialMessage(unsafe))
    const perProtocol = <T>(
      key: string,
      value: unknown,
      check: (v: unknown) => T,
    ): T | Partial<Record<Protocol, T>> | undefined => {
      if (value === undefined) return undefined
      if (value && typeof value === 'object') {
        const out: Partial<Record<Protocol, T>> = {}
        for (const [p, v] of Object.entries(value)) {
          if (!isProtocolName(p))
            throw new ConfigError(fieldLine(key), `${key}: "${p}" is not one of ${PROTOCOLS.join(', ')}`)
          out[p as Protocol] = check(v)
        }
        return out
      }
      return check(value)
    }
    const port = perProtocol('port', raw.port, (v) =>
      onLine(
        () => fieldLine('port'),
        () => parsePortNumber(v, 'port'),
      ),
    )
    const security = perProtocol('security', raw.security, (v) =>
      onLine(
        () => fieldLine('security'),
        (): Security => parseSecurityMode(v, 'security'),
      ),
    )
    const expectNode = node(item.get('expect', true))
    if (!isMap(expectNode))
      throw new ConfigError(fieldLine('expect'), 'expect: is a mapping (imap: ok, cert_days_left: ">= 21", …)')
    const expectLine = (key: string) =>
      lineOf(expectNode.items.find((p) => String((p.key as { value?: unknown })?.value) === key)?.key ?? expectNode)
    const e = plain(expectNode)
    const protocols: MonitorTarget['expect']['protocols'] = {}
    for (const key of Object.keys(e)) {
      if (!EXPECT_FIELDS.includes(key))
        throw new ConfigError(expectLine(key), `unknown expectation "${key}" (known: ${EXPECT_FIELDS.join(', ')})`)
      if (isProtocolName(key)) {
        const v = String(e[key])
        if (v !== 'ok' && v !== 'disabled' && v !== 'fail')
          throw new ConfigError(expectLine(key), `${key}: must be ok, disabled or fail, not "${v}"`)
        protocols[key] = v
      }
    }
    const number = (key: string) => {
      const v = e[key]
      if (v === undefined) return undefined
      const n = Number(v)
      if (!Number.isFinite(n) || n <= 0)
        throw new ConfigError(expectLine(key), `${key}: must be a number of seconds above 0, not "${String(v)}"`)
      return n
    }
    return {
      line,
      name: String(raw.name ?? `${address ?? host}${typeof port === 'number' ? `:${port}` : ''}`),
      host,
      address,
      user,
      passwordEnv,
      tokenEnv,
      port,
      security,
      expect: {
        protocols,
        certDaysLeft:
          e.cert_days_left === undefined
            ? undefined
            : comparison(String(e.cert_days_left), expectLine('cert_days_left')),
        maxSeconds: number('max_seconds'),
        roundtripSeconds: number('roundtrip_seconds'),
      },
    }
  })
  return unique(parsed)
}

function unique(targets: MonitorTarget[]): MonitorTarget[] {
  const seen = new Set<string>()
  for (const t of targets) {
    // Reports and metrics are keyed by name: two targets under one name would overwrite each other.
    if (seen.has(t.name)) throw new ConfigError(t.line, `a second target named "${t.name}": give it a name: of its own`)
    seen.add(t.name)
  }
  return targets
}

export function comparison(text: string, line: number): Comparison {
  const m = /^\s*(>=|<=|==|>|<)?\s*(-?\d+(\.\d+)?)\s*$/.exec(text)
  if (!m) throw new ConfigError(line, `cert_days_left: expected a comparison like ">= 21", not "${text}"`)
  return { op: (m[1] ?? '>=') as Comparison['op'], value: Number(m[2]) }
}

export function compare(actual: number, c: Comparison): boolean {
  return {
    '>=': actual >= c.value,
    '>': actual > c.value,
    '<=': actual <= c.value,
    '<': actual < c.value,
    '==': actual === c.value,
  }[c.op]
}
