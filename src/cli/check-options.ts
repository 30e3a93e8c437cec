// Options of `check` (and of commands that check) → a CheckRequest, validated.
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import { PROTOCOLS, type Protocol } from '../model/types.js'
import type { Lang } from '../i18n/locale.js'
import type { Credentials } from '../probes/probe.js'
import type { CheckRequest } from '../run/check.js'
import { protocolOfPort } from '../run/plan.js'
import { noUserError, parsePortNumber, parseTargetText, unknownPortError } from '../input/values.js'
import { UsageError, type Io } from './io.js'
import { sharedValues, type SharedFlags } from './run-options.js'
import { scrubberWith, secretsScrubber } from '../probes/secrets.js'
import { readToken } from './oauth-token.js'
import { readPassword } from './password.js'
import { environmentWithSecrets } from './secrets-file.js'

const PROTOCOL_FLAGS = `${PROTOCOLS.slice(0, -1)
  .map((p) => `--${p}`)
  .join(', ')} or --${PROTOCOLS.at(-1)}`

export interface CheckFlags extends SharedFlags {
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

export function outputChoice(flags: CheckFlags): OutputChoice {
  return {
    lang: flags.lang,
    format: flags.json ? 'json' : (flags.format as OutputChoice['format']),
    output: flags.output,
    trace: Boolean(flags.trace),
    strict: Boolean(flags.strict),
  }
}

/** The words of the command line (or of a request made into them) → what to check, and how. */
export async function checkRequest(targetText: string, flags: CheckFlags, io: Io): Promise<CheckRequest> {
  const { port: targetPort, ...target } = parseTargetText(targetText, '<address-or-host>')
  const named = flags.host ? parseTargetText(flags.host, '--host') : undefined
  if (flags.host && !named?.host) throw new UsageError(`--host takes a host name, not "${flags.host}"`)
  const port = onePort([
    flags.port !== undefined ? parsePortNumber(flags.port, '--port') : undefined,
    named?.port,
    targetPort,
  ])
  const chosen = PROTOCOLS.filter((p) => flags[p])
  let protocols: Protocol[] = chosen.length ? chosen : [...PROTOCOLS]
  if (port !== undefined && !chosen.length) {
    const known = protocolOfPort(port)
    if (!known) throw unknownPortError('--port', port, PROTOCOL_FLAGS)
    protocols = [known]
  }
  const { timeoutMs, deadlineMs, ca, dnsServer, autoconfigUrls, allowPlaintextAuth, trustDiscovered } =
    await sharedValues(flags, io)
  // --password-env / --oauth2-token-env may name an entry of the --secrets file (which wins).
  const { env, secrets } = await environmentWithSecrets(io, flags.secrets)
  const credentials = await credentialsFrom(flags, target.address, { ...io, env }, timeoutMs)
  return {
    target,
    protocols,
    host: named?.host,
    port,
    security: flags.security,
    ...(autoconfigUrls ? { autoconfigUrls } : {}),
    options: {
      timeoutMs,
      deadlineMs,
      ca,
      dnsServer,
      trace: Boolean(flags.trace),
      credentials,
      scrubber: scrubberWith(credentials, secretsScrubber(secrets)),
      allowPlaintextAuth,
      trustDiscovered,
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
  if (!user) throw noUserError('--user', token === undefined ? 'password' : 'token')
  const unsafe = unsafeCredentialField({ user, password, token })
  if (unsafe) throw new UsageError(unsafeCredentialMessage(unsafe))
  if (token === undefined) return { user, password }
  const chosen = flags.oauth2Mechanism?.toUpperCase() as 'XOAUTH2' | 'OAUTHBEARER' | undefined
  const mechanism = chosen ? { tokenMechanism: chosen } : {}
  return { user, password: '', token, ...mechanism }
}
