// The values a cause's text may be filled with ({host}, {ports}, …): one typed list, so that a
// finding cannot carry a value no text reads, nor a text ask for one no rule sets (a test reads
// every text of both languages against this list).
export const CAUSE_PARAMS = [
  // Where: set for every finding from its endpoints.
  'host',
  'port',
  'ports',
  'protocol',
  // What the evidence says.
  'names',
  'certNames',
  'date',
  'version',
  'spoken',
  'usage',
  'issuer',
  'response',
  // What a refused OAuth token's error says, and the mechanisms offered where a login had none.
  'tokenExpired',
  'tokenStatus',
  'tokenAccount',
  'tokenScope',
  'tokenMechanisms',
  'passwordMechanisms',
  // Set by the cross-endpoint and input rules.
  'working',
  'otherWorking',
  'suggestion',
  'expected',
  'silentPorts',
  'rejectedPorts',
  'answeringPorts',
  'relayPort',
  'protocolPortsRefused',
  'plaintextAcceptedOn',
  'plaintextRefused',
  'triedAddress',
  'localPart',
  'triedLocal',
  'fullAddress',
  'noDomain',
  // Made from the others in the report's language when the text is rendered.
  'onPorts',
  'onSilentPorts',
  'onRejectedPorts',
  'onAnsweringPorts',
] as const

type CauseParam = (typeof CAUSE_PARAMS)[number]
export type CauseParams = Partial<Record<CauseParam, string>>
