// The accounts of a batch file (CSV, JSON lines or YAML), each with its line number. A bad row is
// reported and the others go on. Passwords only by reference (password_env), never inline.
import type { Credentials } from '../probes/probe.js'
import { createReadStream } from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import { BOTH_SECRETS, fileEnvRefused, fileMayUseEnv } from '../model/file-env.js'
import { cappedLines, MAX_LINE_BYTES } from '../input/capped-lines.js'
import { normaliseTargetFields } from '../input/targets.js'
import { unknownFieldsMessage } from '../input/field-names.js'
import { PROTOCOLS, type Protocol, type Security } from '../model/types.js'
import { parseAddress, parseHostName, parsePortNumber, parseProtocolList, parseSecurityMode } from '../input/values.js'
import { UsageError, type LocalText } from '../input/usage-error.js'

export interface Account {
  line: number
  /** Stable identity for resume and shards: what is checked, never a secret. */
  key: string
  address?: string
  host?: string
  user?: string
  protocols: Protocol[]
  passwordEnv?: string
  /** Library callers only (runBatch of the API): a file never carries a password. */
  password?: string
  /** The variable (or --secrets entry) holding an OAuth 2.0 access token. */
  tokenEnv?: string
  /** The login the coordinator resolved for a worker thread (sent over its private channel only). */
  login?: Credentials | { error: string }
  port?: number
  security?: Security
}

export interface RowError {
  line: number
  /** In English; `text` has it in both languages when the value parsers said it. */
  message: string
  text?: LocalText
}

/** A row's mistake as a RowError: English message, and both languages where there are. */
export function rowError(line: number, mistake: string | UsageError): RowError {
  if (typeof mistake === 'string') return { line, message: mistake }
  const text = typeof mistake.text === 'string' ? {} : { text: mistake.text }
  return { line, message: mistake.message, ...text }
}

const FIELDS = ['address', 'user', 'host', 'protocols', 'password_env', 'token_env', 'port', 'security'] as const

export type AccountFormat = 'csv' | 'jsonl' | 'yaml'
export type AccountItem = { account: Account; error?: undefined } | { error: RowError; account?: undefined }

/**
 * The rows of a batch file as they are read: CSV and JSON lines as a stream, so a file of any
 * length costs no memory; YAML (hand-written, short) whole. A CSV broken beyond the row (an
 * unclosed quote) ends the file with an error on its line.
 */
/** What the command line allows a file to ask for. */
export interface AccountPolicy {
  /** Variables outside MAILDOCTOR_… that password_env and token_env may name (--allow-env). */
  allowEnv?: readonly string[]
}

export async function* readAccounts(
  path: string,
  format: AccountFormat,
  policy: AccountPolicy = {},
): AsyncGenerator<AccountItem> {
  let header = format === 'csv'
  for await (const { line, row, error } of STREAM_READERS[format](path)) {
    if (error) {
      yield { error: typeof error === 'string' ? { line, message: error } : { line, message: error.en, text: error } }
      continue
    }
    const normal = normaliseTargetFields(row!)
    // A CSV's fields are its header's: a field it does not know would fail every row alike, so
    // the file is refused once, on the header's line, rather than row by row.
    const unknown = header && typeof normal !== 'string' ? unknownFields(normal) : []
    header = false
    if (unknown.length) {
      const mistake = new UsageError(unknownFieldsMessage(unknown, FIELDS))
      yield { error: rowError(1, mistake.at({ en: 'in the header: ', it: "nell'intestazione: " })) }
      return
    }
    const parsed = typeof normal === 'string' ? normal : toAccount(line, normal, policy)
    yield isAccount(parsed) ? { account: parsed } : { error: rowError(line, parsed) }
  }
}

/** The format from the file name, else from its first bytes. Throws the file system's error. */
export async function formatOfFile(path: string): Promise<AccountFormat> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(1024)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return formatOf(path, head.subarray(0, bytesRead).toString('utf8'))
  } finally {
    await handle.close()
  }
}

function formatOf(path: string, text: string): AccountFormat {
  if (/\.jsonl?$/i.test(path)) return 'jsonl'
  if (/\.ya?ml$/i.test(path)) return 'yaml'
  if (/\.csv$/i.test(path)) return 'csv'
  const first = text.trimStart()
  return first.startsWith('{') ? 'jsonl' : first.startsWith('-') || /^accounts:/m.test(first) ? 'yaml' : 'csv'
}

type Row = { line: number; row?: Record<string, unknown>; error?: string | LocalText }

const TEXT_AFTER_CLOSING_QUOTE: LocalText = {
  en: "text right after a field's closing quote",
  it: 'testo subito dopo le virgolette che chiudono un campo',
}

/**
 * What is wrong with a CSV file, by csv-parse's error code, in words of our own: its messages
 * quote the field they stopped at ("value is …"), which may be a password typed in a wrong column.
 */
const CSV_PROBLEMS: Record<string, LocalText> = {
  INVALID_OPENING_QUOTE: {
    en: 'a quote inside a field that does not start with one (quote the whole field and double the quotes in it)',
    it:
      'virgolette dentro un campo che non inizia con le virgolette (racchiudi il campo tra virgolette e ' +
      'raddoppia quelle interne)',
  },
  CSV_INVALID_CLOSING_QUOTE: TEXT_AFTER_CLOSING_QUOTE,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: TEXT_AFTER_CLOSING_QUOTE,
  CSV_QUOTE_NOT_CLOSED: { en: 'a quote that is never closed', it: 'virgolette aperte e mai chiuse' },
  CSV_MAX_RECORD_SIZE: {
    en: `a row longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB`,
    it: `una riga più lunga di ${MAX_LINE_BYTES / 1024 / 1024} MiB`,
  },
}
const csvProblem = (code: string | undefined): LocalText => {
  const problem = CSV_PROBLEMS[code ?? '']
  return problem
    ? { en: `not valid CSV: ${problem.en}`, it: `CSV non valido: ${problem.it}` }
    : { en: 'not valid CSV', it: 'CSV non valido' }
}

const CSV_OPTIONS = {
  max_record_size: MAX_LINE_BYTES,
  columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
  skip_empty_lines: true,
  trim: true,
  info: true,
  relax_column_count: true,
}

/**
 * Excel saves CSV with the locale's list separator: ";" in Italy (where "," is the decimal
 * comma). The header line tells which: a ";" in it and no "," means ";".
 */
async function csvDelimiter(path: string): Promise<string> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const header = head.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0]
    return header.includes(';') && !header.includes(',') ? ';' : ','
  } finally {
    await handle.close()
  }
}

function jsonRow(raw: string, line: number): Row[] {
  if (!raw.trim()) return []
  try {
    const row = JSON.parse(raw)
    return row && typeof row === 'object' && !Array.isArray(row)
      ? [{ line, row }]
      : [{ line, error: 'not a JSON object' }]
  } catch {
    return [{ line, error: 'not valid JSON' }]
  }
}

const STREAM_READERS: Record<AccountFormat, (path: string) => AsyncIterable<Row>> = {
  async *csv(path) {
    const { parse } = await import('csv-parse')
    const source = createReadStream(path)
    const parser = parse({ ...CSV_OPTIONS, bom: true, delimiter: await csvDelimiter(path) })
    source.on('error', (err) => parser.destroy(err))
    source.pipe(parser)
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string>
        info: { lines: number }
      }>)
        yield { line: info.lines, row: record }
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { lines?: number }
      if (!e.lines) throw err
      yield { line: e.lines, error: csvProblem(e.code) }
    }
  },
  async *jsonl(path) {
    let line = 0
    for await (const raw of cappedLines(createReadStream(path))) {
      line++
      yield* raw.tooLong
        ? [{ line, error: `line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB` }]
        : jsonRow(raw.text, line)
    }
  },
  async *yaml(path) {
    yield* await yamlRows(await readFile(path, 'utf8'))
  },
}

/** Aliases a hand-written file may use; a "billion laughs" file expands far past it. */
const MAX_YAML_ALIASES = 1000

/** YAML needs the whole document; batch files in YAML are written by hand, and short. */
async function yamlRows(text: string): Promise<Row[]> {
  const { parseDocument, LineCounter, isSeq, isMap } = await import('yaml')
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter })
  if (doc.errors.length)
    return [{ line: counter.linePos(doc.errors[0].pos[0]).line, error: doc.errors[0].message.split('\n')[0] }]
  // Either a list of accounts, or a mapping with an `accounts:` list.
  const root = isMap(doc.contents) ? doc.contents.get('accounts', true) : doc.contents
  if (!isSeq(root)) return [{ line: 1, error: 'expected a list of accounts (or accounts: followed by a list)' }]
  // Aliases (*name) resolve only in the whole document's context, with a cap on their expansion.
  let whole: unknown
  try {
    whole = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES })
  } catch (err) {
    return [{ line: 1, error: `cannot read the YAML: ${(err as Error).message.split('\n')[0]}` }]
  }
  const list = (isMap(doc.contents) ? (whole as { accounts: unknown[] }).accounts : whole) as unknown[]
  return (root.items as unknown as Array<{ range?: [number] }>).map((item, i) => {
    const row = list[i]
    const line = item.range ? counter.linePos(item.range[0]).line : 0
    return row && typeof row === 'object' && !Array.isArray(row)
      ? { line, row: row as Record<string, unknown> }
      : { line, error: 'not a mapping of fields' }
  })
}

// Rejected values are not repeated in the messages: in a file a password is easily typed in the
// wrong column, and these messages go to the terminal, logs and reports.
export function toAccount(
  line: number,
  row: Record<string, unknown>,
  policy: AccountPolicy = {},
): Account | string | UsageError {
  const get = (k: string) => (row[k] === undefined || row[k] === null ? undefined : String(row[k]).trim() || undefined)
  if ('password' in row || 'pass' in row)
    return (
      'passwords are not allowed in the file: put the password in an environment variable and name it ' +
      'in password_env'
    )
  const unknown = unknownFields(row)
  if (unknown.length) return new UsageError(unknownFieldsMessage(unknown, FIELDS))
  const given = { address: get('address'), host: get('host') }
  if (!given.address && !given.host) return 'each row needs an address or a host'
  let fields: Pick<Account, 'address' | 'host' | 'protocols' | 'port' | 'security'>
  try {
    fields = rowFields(given.address, given.host, get)
  } catch (err) {
    if (err instanceof UsageError) return err
    throw err
  }
  const { address, host, protocols, port, security } = fields
  const unsafe = unsafeCredentialField({ user: get('user') ?? address })
  if (unsafe) return unsafeCredentialMessage(unsafe)
  const passwordEnv = get('password_env')
  const tokenEnv = get('token_env')
  if (passwordEnv && tokenEnv) return BOTH_SECRETS
  for (const [field, name] of [
    ['password_env', passwordEnv],
    ['token_env', tokenEnv],
  ] as const) {
    if (name && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return `${field} must be an environment variable name`
    if (name && !fileMayUseEnv(name, policy.allowEnv)) return fileEnvRefused(field)
  }
  const key = accountKey({ address, host, protocols, port, security, user: get('user') })
  return { line, key, address, host, user: get('user'), protocols, passwordEnv, tokenEnv, port, security }
}

/** What a row checks, each field by the parser every entry point uses (a UsageError names the field). */
function rowFields(
  address: string | undefined,
  host: string | undefined,
  get: (k: string) => string | undefined,
): Pick<Account, 'address' | 'host' | 'protocols' | 'port' | 'security'> {
  const [protocols, port, security] = [get('protocols'), get('port'), get('security')]
  return {
    address: address === undefined ? undefined : parseAddress(address, 'address'),
    host: host === undefined ? undefined : parseHostName(host, 'host'),
    protocols: protocols === undefined ? [...PROTOCOLS] : parseProtocolList(protocols, 'protocols'),
    port: port === undefined ? undefined : parsePortNumber(port, 'port'),
    security: security === undefined ? undefined : parseSecurityMode(security, 'security'),
  }
}

const unknownFields = (row: Record<string, unknown>) =>
  Object.keys(row).filter((k) => !(FIELDS as readonly string[]).includes(k))

export const isAccount = (parsed: Account | string | UsageError): parsed is Account =>
  typeof parsed !== 'string' && !(parsed instanceof UsageError)

/** Stable identity for resume and shards: what is checked, never a secret. */
function accountKey(
  a: Pick<Account, 'address' | 'host' | 'protocols' | 'port' | 'user'> & { security?: string },
): string {
  return [a.address ?? '', a.host ?? '', a.protocols.join('+'), a.port ?? '', a.security ?? '', a.user ?? '']
    .join('|')
    .toLowerCase()
}
