// The accounts of a batch file (CSV, JSON lines or YAML), each with its line number. A bad row is
// reported and the others go on. Passwords only by reference (password_env), never inline.
import { isIP } from 'node:net'
import { PROTOCOLS, SECURITIES, type Protocol, type Security } from '../model/types.js'

export interface Account {
  line: number
  /** Stable identity for resume and shards: what is checked, never a secret. */
  key: string
  address?: string
  host?: string
  user?: string
  protocols: Protocol[]
  passwordEnv?: string
  port?: number
  security?: Security
}

export interface RowError {
  line: number
  message: string
}

const FIELDS = ['address', 'user', 'host', 'protocols', 'password_env', 'port', 'security'] as const
const ADDRESS = /^[^\s@"<>()[\],;:]+@[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i
const HOSTNAME = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/i

export async function parseAccounts(text: string, format: 'csv' | 'jsonl' | 'yaml'): Promise<{ accounts: Account[]; errors: RowError[] }> {
  const rows = await ROW_READERS[format](text)
  const accounts: Account[] = []
  const errors: RowError[] = []
  for (const { line, row, error } of rows) {
    if (error) {
      errors.push({ line, message: error })
      continue
    }
    const parsed = toAccount(line, row!)
    if (typeof parsed === 'string') errors.push({ line, message: parsed })
    else accounts.push(parsed)
  }
  return { accounts, errors }
}

export function formatOf(path: string, text: string): 'csv' | 'jsonl' | 'yaml' {
  if (/\.jsonl?$/i.test(path)) return 'jsonl'
  if (/\.ya?ml$/i.test(path)) return 'yaml'
  if (/\.csv$/i.test(path)) return 'csv'
  const first = text.trimStart()
  return first.startsWith('{') ? 'jsonl' : first.startsWith('-') || /^accounts:/m.test(first) ? 'yaml' : 'csv'
}

type Row = { line: number; row?: Record<string, unknown>; error?: string }

const ROW_READERS: Record<'csv' | 'jsonl' | 'yaml', (text: string) => Promise<Row[]>> = {
  async csv(text) {
    const { parse } = await import('csv-parse/sync')
    const records = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, info: true, relax_column_count: true }) as Array<{ record: Record<string, string>; info: { lines: number } }>
    return records.map(({ record, info }) => ({ line: info.lines, row: record }))
  },
  async jsonl(text) {
    return text.split('\n').flatMap((raw, i): Row[] => {
      if (!raw.trim()) return []
      try {
        const row = JSON.parse(raw)
        return row && typeof row === 'object' && !Array.isArray(row) ? [{ line: i + 1, row }] : [{ line: i + 1, error: 'not a JSON object' }]
      } catch {
        return [{ line: i + 1, error: 'not valid JSON' }]
      }
    })
  },
  async yaml(text) {
    const { parseDocument, LineCounter, isSeq, isMap } = await import('yaml')
    const counter = new LineCounter()
    const doc = parseDocument(text, { lineCounter: counter })
    if (doc.errors.length) return [{ line: counter.linePos(doc.errors[0].pos[0]).line, error: doc.errors[0].message.split('\n')[0] }]
    // Either a list of accounts, or a mapping with an `accounts:` list.
    const root = isMap(doc.contents) ? doc.contents.get('accounts', true) : doc.contents
    if (!isSeq(root)) return [{ line: 1, error: 'expected a list of accounts (or accounts: followed by a list)' }]
    return (root.items as unknown as Array<{ range?: [number]; toJSON(): unknown }>).map((item) => {
      const row = item.toJSON()
      const line = item.range ? counter.linePos(item.range[0]).line : 0
      return row && typeof row === 'object' && !Array.isArray(row) ? { line, row: row as Record<string, unknown> } : { line, error: 'not a mapping of fields' }
    })
  },
}

function toAccount(line: number, row: Record<string, unknown>): Account | string {
  const get = (k: string) => (row[k] === undefined || row[k] === null ? undefined : String(row[k]).trim() || undefined)
  if ('password' in row || 'pass' in row) return 'passwords are not allowed in the file: put the password in an environment variable and name it in password_env'
  const unknown = Object.keys(row).filter((k) => !(FIELDS as readonly string[]).includes(k))
  if (unknown.length) return `unknown field ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${FIELDS.join(', ')})`
  const address = get('address')
  const host = get('host')
  if (!address && !host) return 'each row needs an address or a host'
  if (address && !ADDRESS.test(address)) return `"${address}" is not a valid email address`
  if (host && !isIP(host) && !HOSTNAME.test(host)) return `"${host}" is not a host name`
  const protocolsText = get('protocols')
  const protocols = protocolsText ? protocolsText.toLowerCase().split(/[\s;|,+]+/).filter(Boolean).map((p) => (p === 'pop' ? 'pop3' : p)) : [...PROTOCOLS]
  const badProtocol = protocols.find((p) => !(PROTOCOLS as readonly string[]).includes(p))
  if (badProtocol) return `protocols: "${badProtocol}" is not imap, pop3 or smtp`
  const portText = get('port')
  const port = portText === undefined ? undefined : Number(portText)
  if (port !== undefined && (!/^\d+$/.test(portText!) || port < 1 || port > 65535)) return `port must be a number from 1 to 65535, not "${portText}"`
  const security = get('security')
  if (security && !(SECURITIES as readonly string[]).includes(security)) return `security must be one of ${SECURITIES.join(', ')}, not "${security}"`
  const passwordEnv = get('password_env')
  if (passwordEnv && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(passwordEnv)) return `password_env must be an environment variable name, not "${passwordEnv}"`
  const key = [address ?? '', host ?? '', protocols.join('+'), port ?? '', security ?? '', get('user') ?? ''].join('|').toLowerCase()
  return { line, key, address: address?.toLowerCase(), host: host?.toLowerCase(), user: get('user'), protocols: protocols as Protocol[], passwordEnv, port, security: security as Security | undefined }
}
