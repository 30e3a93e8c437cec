// Options of `check` (and of commands that check) → a CheckRequest, validated.
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import type { Protocol } from '../model/types.js'
import { detectLang, type Lang } from '../i18n/locale.js'
import type { Credentials } from '../probes/probe.js'
import type { CheckRequest } from '../run/check.js'
import { protocolOfPort } from '../run/plan.js'
import { defaultDeadlineMs } from '../model/stage-timeouts.js'
import { UsageError, type Io } from './io.js'
import {
  parseAutoconfigUrl,
  parseCaBundle,
  parseDnsServer,
  parseHost,
  parseLang,
  parsePort,
  parseSeconds,
  parseTarget,
} from './options.js'
import { scrubberWith, secretsScrubber } from '../probes/secrets.js'
import { readToken } from './oauth-token.js'
import { readPassword } from './password.js'
import { environmentWithSecrets } from './secrets-file.js'

export interface CheckFlags {
  imap?: boolean
  pop3?: boolean
  smtp?: boolean
  host?: string
  port?: string
  security?: 'tls' | 'starttls' | 'plain'
  user?: string
  passwordEnv?: string
  passwordStdin?: boolean
  passwordCmd?: string
  oauth2TokenEnv?: string
  oauth2TokenStdin?: boolean
  oauth2TokenCmd?: string
  oauth2Mechanism?: 'xoauth2' | 'oauthbearer'
  /** A dotenv file of secrets (batch and run rows name its entries). */
  secrets?: string
  allowPlaintextAuth?: boolean
  ca?: string
  dnsServer?: string
  autoconfigUrl?: string[]
  trustDiscovered?: boolean
  deadline?: string
  timeout: string
  lang?: string
  json?: boolean
  format: string
  output?: string
  trace?: boolean
  strict?: boolean
}

export interface OutputChoice {
  lang: Lang
  format: 'human' | 'json' | 'html'
  output?: string
  trace: boolean
  strict: boolean
}

export function outputChoice(flags: CheckFlags, io: Io): OutputChoice {
  return {
    lang: flags.lang ? parseLang(flags.lang) : detectLang(io.env),
    format: flags.json ? 'json' : (flags.format as OutputChoice['format']),
    output: flags.output,
    trace: Boolean(flags.trace),
    strict: Boolean(flags.strict),
  }
}

export async function checkRequest(targetText: string, flags: CheckFlags, io: Io): Promise<CheckRequest> {
  const { port: targetPort, ...target } = parseTarget(targetText)
  const named = flags.host ? parseTarget(flags.host) : undefined
  if (flags.host && !named?.host) throw new UsageError(`--host takes a host name, not "${flags.host}"`)
  const port = onePort([flags.port !== undefined ? parsePort(flags.port) : undefined, named?.port, targetPort])
  const timeoutMs = parseSeconds('--timeout', flags.timeout, 120) * 1000
  const chosen = (['imap', 'pop3', 'smtp'] as const).filter((p) => flags[p])
  let protocols: Protocol[] = chosen.length ? [...chosen] : ['imap', 'pop3', 'smtp']
  if (port !== undefined && !chosen.length) {
    const known = protocolOfPort(port)
    if (!known)
      throw new UsageError(`port ${port} is not a standard mail port: say which protocol with --imap, --pop3 or --smtp`)
    protocols = [known]
  }
  const ca = flags.ca ? parseCaBundle(flags.ca, await readCa(flags.ca, io)) : []
  // --password-env / --oauth2-token-env may name an entry of the --secrets file (which wins).
  const { env, secrets } = await environmentWithSecrets(io, flags.secrets)
  const credentials = await credentialsFrom(flags, target.address, { ...io, env }, timeoutMs)
  const deadlineMs = flags.deadline
    ? parseSeconds('--deadline', flags.deadline, 3600) * 1000
    : defaultDeadlineMs(timeoutMs)
  return {
    target,
    protocols,
    host: named?.host,
    port,
    security: flags.security,
    ...(flags.autoconfigUrl?.length ? { autoconfigUrls: flags.autoconfigUrl.map(parseAutoconfigUrl) } : {}),
    options: {
      timeoutMs,
      deadlineMs,
      ca,
      dnsServer: flags.dnsServer ? parseDnsServer(flags.dnsServer) : undefined,
      trace: Boolean(flags.trace),
      credentials,
      scrubber: scrubberWith(credentials, secretsScrubber(secrets)),
      allowPlaintextAuth: Boolean(flags.allowPlaintextAuth),
      trustDiscovered: Boolean(flags.trustDiscovered),
      now: () => new Date(),
    },
  }
}

/** --port, the port in --host host:port, the port in the target host:port: one port, if any. */
function onePort(ports: Array<number | undefined>): number | undefined {
  const given = [...new Set(ports.filter((p): p is number => p !== undefined))]
  if (given.length > 1) throw new UsageError(`two different ports were given (${given.join(' and ')}): name one`)
  return given[0]
}

export async function readCa(path: string, io: Io): Promise<string> {
  try {
    return await io.readFile(path)
  } catch (err) {
    throw new UsageError(`--ca ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

async function credentialsFrom(
  flags: CheckFlags,
  address: string | undefined,
  io: Io,
  timeoutMs: number,
): Promise<Credentials | undefined> {
  const tokenAsked = Boolean(flags.oauth2TokenEnv || flags.oauth2TokenStdin || flags.oauth2TokenCmd !== undefined)
  if (tokenAsked && (flags.passwordEnv || flags.passwordStdin || flags.passwordCmd !== undefined)) {
    throw new UsageError('give either a password or an OAuth 2.0 token (--oauth2-token-…), not both')
  }
  const token = tokenAsked ? await readToken(flags, io, timeoutMs) : undefined
  const password = token === undefined ? await readPassword(flags, io, timeoutMs) : ''
  if (password === undefined) return undefined
  const user = flags.user ?? address
  const what = token === undefined ? 'a password' : 'a token'
  if (!user) throw new UsageError(`${what} was given but no user: add --user or check an email address`)
  const unsafe = unsafeCredentialField({ user, password, token })
  if (unsafe) throw new UsageError(unsafeCredentialMessage(unsafe))
  if (token === undefined) return { user, password }
  const chosen = flags.oauth2Mechanism?.toUpperCase() as 'XOAUTH2' | 'OAUTHBEARER' | undefined
  const mechanism = chosen ? { tokenMechanism: chosen } : {}
  return { user, password: '', token, ...mechanism }
}
