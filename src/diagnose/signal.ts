// Normalises anything a server or a library said into one "signal": the text plus every code
// found in it, and the context (protocol, stage, port, provider). Rules match on signals.
import { parseReplyCodes, type ReplyCodes } from '../protocols/response-codes.js'
import { providerFamily, providerFromText } from './provider-family.js'

export interface SignalInput {
  protocol?: string
  stage?: string
  kind?: string
  text: string
  /** A Node/library error code known apart from the text (err.code). */
  code?: string
  port?: number
  provider?: string
  host?: string
}

export interface Signal extends ReplyCodes {
  protocol: string
  stage: string
  port?: number
  provider?: string
  text: string
  /** Node / OpenSSL / library error codes seen in the text or given. */
  errorCodes: string[]
}

const ERROR_CODE =
  /\b(E[A-Z]{4,}|EAI_[A-Z]+|ERR_[A-Z0-9_]+|CERT_[A-Z_]+|[A-Z_]*SELF_SIGNED[A-Z_]*|UNABLE_TO_[A-Z_]+|GREETING_TIMEOUT|NoConnection)\b/g

export function toSignal(input: SignalInput): Signal {
  const text = String(input.text ?? '')
  const errorCodes = [...new Set([...(input.code ? [input.code] : []), ...(text.match(ERROR_CODE) ?? [])])]
  // Library wrappers prefix the server's words ("Invalid login: 535 …", "response=* OK …"):
  // codes are read from the part that looks like a reply.
  const codes = parseReplyCodes(replyPart(text))
  return {
    ...codes,
    protocol: (input.protocol ?? 'any').toLowerCase(),
    stage: normaliseStage(input.stage),
    port: typeof input.port === 'number' ? input.port : undefined,
    provider: knownProvider(input.provider, input.host) ?? providerFromText(text),
    text,
    errorCodes,
  }
}

// 'generic' and 'any' are no provider at all.
function knownProvider(hint: string | undefined, host: string | undefined): string | undefined {
  const family = providerFamily(hint, host)
  return family && family !== 'generic' && family !== 'any' ? family : providerFamily(undefined, host)
}

function replyPart(text: string): string {
  const quoted = /(?:response=|Response:|Risposta del server:|failed - |failed: '|login: |login - )\s*'?(.*)$/is.exec(
    text,
  )
  const candidate = quoted ? quoted[1] : text
  return candidate.replace(/^(?:[A-Z]+Error|Error):\s*/i, '')
}

const STAGE_ALIASES: Record<string, string> = {
  capability: 'capabilities',
  caps: 'capabilities',
  post_auth: 'post_auth',
  login: 'auth',
  connect: 'tcp',
  handshake: 'tls',
}

function normaliseStage(stage: string | undefined): string {
  if (!stage) return 'any'
  const s = stage.toLowerCase()
  return STAGE_ALIASES[s] ?? s
}
