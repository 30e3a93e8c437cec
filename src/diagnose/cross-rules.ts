// Rules that look across endpoints: what one port says changes meaning next to what the others
// say. Each rule is a pure function over the raw findings; they run in the order of CROSS_RULES.
import type { CauseId } from '../model/cause-ids.js'
import type { CauseParams } from '../model/cause-params.js'
import { serviceOf, type EndpointResult, type Protocol } from '../model/types.js'
import type { DiagnoseContext, RawFinding } from './raw-finding.js'
import {
  certificateCandidate,
  connected,
  hostsOf,
  plaintextLoginWording,
  stageEvidence,
  tcpFailure,
} from './endpoint-facts.js'
import { MAIL_PROTOCOLS, protocolOf } from '../protocols/index.js'
import { clientWays, describeEndpoint, isRelayPort, relayOnly, SERVICE_PROTOCOLS } from './working.js'

export type CrossRule = (findings: RawFinding[], endpoints: EndpointResult[], context: DiagnoseContext) => RawFinding[]

const onHost = (host: string) => (f: RawFinding) => f.endpointResult.endpoint.host === host
const portList = (list: EndpointResult[]) => [...new Set(list.map((e) => e.endpoint.port))].join(', ')

/**
 * Every port of a host fails at the connection while its name resolved: the block is on the way
 * (silence) or a firewall rejects / every mail service is off (refusals, ICMP prohibited).
 */
const firewallAllPorts: CrossRule = (findings, endpoints) => {
  for (const [host, list] of hostsOf(endpoints)) {
    const failures = list.map(tcpFailure)
    if (new Set(list.map((e) => e.endpoint.port)).size < 2 || failures.some((f) => f === undefined || f === 'other'))
      continue
    const silent = list.filter((_, i) => failures[i] === 'silent')
    const rejected = list.filter((_, i) => failures[i] === 'rejected')
    const params = {
      ...(silent.length ? { silentPorts: portList(silent) } : {}),
      ...(rejected.length ? { rejectedPorts: portList(rejected) } : {}),
    }
    findings = findings.map((f) =>
      onHost(host)(f) && f.stage.stage === 'tcp'
        ? { ...f, cause: 'firewall_all_ports_blocked', severity: 'error', params: { ...f.params, ...params } }
        : f,
    )
  }
  return findings
}

/** Port 25 times out while 465 or 587 on the same host connect: outbound 25 is filtered. */
const port25Blocked: CrossRule = (findings, endpoints) =>
  findings.map((f) => {
    const { port, host } = f.endpointResult.endpoint
    if (f.cause !== 'tcp_timeout' || !isRelayPort(f.endpointResult.endpoint)) return f
    const others = endpoints.filter(
      (e) =>
        e.endpoint.protocol === f.endpointResult.endpoint.protocol &&
        e.endpoint.host === host &&
        e.endpoint.port !== port &&
        connected(e),
    )
    if (!others.length) return f
    return {
      ...f,
      cause: 'port_25_blocked',
      severity: 'warning',
      params: { ...f.params, answeringPorts: portList(others) },
    }
  })

/**
 * Port 25 is for servers. When it is not a way for a mail program to send, what it lacks (a
 * login, STARTTLS) is no finding; when the user named only port 25, that is the problem itself.
 */
const relayIsNotForClients: CrossRule = (findings, endpoints) => {
  const relay = relayOnly(endpoints)
  const onlyRelay = !endpoints.some((e) => serviceOf(e.endpoint.protocol) === 'send' && !isRelayPort(e.endpoint))
  const kept = findings.filter(
    (f) => !relay.has(f.endpointResult) || f.cause === 'port_25_blocked' || (onlyRelay && f.severity === 'error'),
  )
  if (!onlyRelay) return kept
  const extra = [...relay]
    .filter(
      (e) =>
        (e.status === 'ok' || e.status === 'warn') &&
        !kept.some((f) => f.endpointResult === e && f.severity === 'error'),
    )
    .map((e): RawFinding => {
      const stage = e.stages.find((s) => s.stage === 'capabilities') ?? e.stages[0]
      return {
        cause: 'auth_mechanism_unsupported',
        severity: 'error',
        endpointResult: e,
        stage,
        evidence: { code: 'RELAY_PORT_NO_LOGIN', detail: `smtp:${e.endpoint.port}` },
        params: { relayPort: String(e.endpoint.port) },
      }
    })
  return [...kept.filter((f) => !(relay.has(f.endpointResult) && f.severity !== 'error')), ...extra]
}

/**
 * No port of a host offers encryption (implicit-TLS ports closed or speaking plaintext, no
 * STARTTLS on the others): one finding for the host, saying whether a plaintext login would work.
 */
const noEncryptionAnywhere: CrossRule = (findings, endpoints) => {
  const relay = relayOnly(endpoints)
  for (const [host, all] of hostsOf(endpoints)) {
    const list = all.filter((e) => !relay.has(e))
    const starttlsMissing = list.filter((e) => stageEvidence(e, 'starttls').includes('STARTTLS_NOT_OFFERED'))
    const closedTls = list.filter(
      (e) =>
        e.endpoint.security === 'tls' &&
        (tcpFailure(e) !== undefined || stageEvidence(e, 'tls').includes('TLS_WRONG_MODE')),
    )
    const plainRefused = list.filter((e) => stageEvidence(e, 'auth').includes('NO_ENCRYPTION'))
    const covered = new Set([...starttlsMissing, ...closedTls, ...plainRefused])
    if (
      list.length < 2 ||
      !closedTls.length ||
      covered.size !== list.length ||
      !(starttlsMissing.length + plainRefused.length)
    )
      continue
    const answered = [...starttlsMissing, ...plainRefused]
    const accepted = answered.filter((e) => plaintextLoginWording(e) === 'accepted')
    const params: CauseParams = accepted.length
      ? {
          plaintextAcceptedOn: accepted
            .map((e) => `${e.endpoint.protocol.toUpperCase()} ${e.endpoint.port}`)
            .join(', '),
        }
      : { plaintextRefused: host }
    findings = [
      ...findings.filter((f) => !covered.has(f.endpointResult)),
      ...list.map((e): RawFinding => {
        const stage = e.stages.find((s) => s.status === 'fail' || s.status === 'warn') ?? e.stages[0]
        return {
          cause: 'no_encryption_available',
          severity: 'error',
          endpointResult: e,
          stage,
          evidence: stage.evidence[0] ?? { code: 'NO_ENCRYPTION' },
          params: { ...params, ports: portList(list) },
        }
      }),
    ]
  }
  return findings
}

const loggedIn = (e: EndpointResult) => e.stages.some((s) => s.stage === 'auth' && s.status === 'pass')
/** A protocol a provider may switch off per account, and the others that serve the same purpose. */
function switchedOffRule(protocol: Protocol): { others: Protocol[]; cause: CauseId } | undefined {
  const own = protocolOf(protocol)
  if (!own.switchedOffCause) return undefined
  const others = SERVICE_PROTOCOLS[serviceOf(protocol)].filter((p) => p !== protocol)
  return { others, cause: own.switchedOffCause }
}

/**
 * A receiving protocol is switched off when the same password opens the other one but not it,
 * or when every port of it is refused while the same host answers on other ports.
 */
const protocolSwitchedOff: CrossRule = (findings, endpoints) => {
  const opened = new Set(endpoints.filter(loggedIn).map((e) => e.endpoint.protocol))
  const refusedEverywhere = (protocol: Protocol, host: string) => {
    const own = endpoints.filter(
      (e) => e.endpoint.protocol === protocol && e.endpoint.host === host && !e.endpoint.alternative,
    )
    return own.length > 0 && own.every((e) => stageEvidence(e, 'tcp').includes('TCP_REFUSED'))
  }
  const answersOther = (protocol: Protocol, host: string) =>
    endpoints.some((e) => e.endpoint.protocol !== protocol && e.endpoint.host === host && connected(e))
  return findings.map((f) => {
    const { protocol, host } = f.endpointResult.endpoint
    const rule = switchedOffRule(protocol)
    if (!rule) return f
    const byLogin = f.cause === 'auth_bad_credentials' && rule.others.some((p) => opened.has(p))
    const byPorts = f.cause === 'tcp_refused' && refusedEverywhere(protocol, host) && answersOther(protocol, host)
    if (!byLogin && !byPorts) return f
    const params: CauseParams = { ...f.params }
    if (byPorts)
      params.protocolPortsRefused = portList(
        endpoints.filter(
          (e) => e.endpoint.protocol === protocol && e.endpoint.host === host && !e.endpoint.alternative,
        ),
      )
    return { ...f, cause: rule.cause, severity: 'error', params }
  })
}

/** Wrong credentials: the advice depends on the form of user name that was refused. */
const userNameForm: CrossRule = (findings, _endpoints, context) =>
  findings.map((f) => {
    if (f.cause !== 'auth_bad_credentials') return f
    const user = f.stage.facts['auth.user']
    if (typeof user !== 'string' || !user) return f
    if (user.includes('@')) return { ...f, params: { ...f.params, triedAddress: user, localPart: user.split('@')[0] } }
    const domain = context.address?.split('@')[1]
    return {
      ...f,
      params: {
        ...f.params,
        triedLocal: user,
        ...(domain ? { fullAddress: `${user}@${domain}` } : { noDomain: user }),
      },
    }
  })

/** Suggest only certificate names that resolve; with none, the provider has to say the right one. */
const certificateNames: CrossRule = (findings, _endpoints, context) =>
  findings.map((f) => {
    if (f.cause !== 'tls_cert_hostname_mismatch' || !context.resolvableNames || !f.evidence.detail) return f
    const names = f.evidence.detail.split(/,\s*/).filter(Boolean)
    const host = f.endpointResult.endpoint.host
    const candidates = names.map((n) => certificateCandidate(n, host)).filter((n): n is string => n !== undefined)
    const usable = [...new Set(candidates.filter((n) => context.resolvableNames!.has(n)))]
    return {
      ...f,
      params: {
        ...f.params,
        ...(usable.length ? { names: usable.join(', ') } : { names: '', certNames: clipNames(names) }),
      },
    }
  })

const clipNames = (names: string[]) =>
  names.length > 6 ? `${names.slice(0, 6).join(', ')} (+${names.length - 6})` : names.join(', ')

/** A plaintext way in that works while an encrypted one works too: say so, and which. */
const insecureSettings: CrossRule = (findings, endpoints) => {
  const ways = clientWays(endpoints)
  const extra = ways
    .filter((e) => e.endpoint.security === 'plain')
    .flatMap((plain) => {
      const secure = ways.find(
        (e) =>
          e.endpoint.security !== 'plain' &&
          e.endpoint.protocol === plain.endpoint.protocol &&
          e.endpoint.host === plain.endpoint.host,
      )
      const stage = plain.stages.find((s) => s.stage === 'capabilities') ?? plain.stages[0]
      const working = secure && describeEndpoint(secure.endpoint)
      return working
        ? [
            {
              cause: 'insecure_settings' as const,
              severity: 'warning' as const,
              endpointResult: plain,
              stage,
              evidence: { code: 'PLAINTEXT_WHILE_TLS_WORKS' as const, detail: working },
              params: { working },
            },
          ]
        : []
    })
  return [...findings, ...extra]
}

/**
 * A broken endpoint is a warning, not an error, when another way into the same protocol works;
 * the fix names that way. Never another protocol: POP3 cannot stand in for a broken IMAP.
 */
const alternativesWork: CrossRule = (findings, endpoints) => {
  const ways = clientWays(endpoints)
  return findings.map((f) => {
    const alternative = ways.find(
      (w) => w.endpoint.protocol === f.endpointResult.endpoint.protocol && w !== f.endpointResult,
    )
    // Another port cannot help a problem of the mailbox itself, nor a protocol switched off.
    if (!alternative || f.severity !== 'error' || f.stage.stage === 'mailbox' || ways.includes(f.endpointResult))
      return f
    const guessedAway = f.endpointResult.endpoint.source === 'guess' && f.stage.stage === 'dns'
    return {
      ...f,
      severity: guessedAway ? 'info' : 'warning',
      params: { ...f.params, working: describeEndpoint(alternative.endpoint) },
    }
  })
}

const SWITCHED_OFF_CAUSES = new Set<string>(Object.values(MAIL_PROTOCOLS).flatMap((p) => p.switchedOffCause ?? []))

/** The receiving protocol that still works, for the fix of one that is switched off. */
const otherProtocolWorks: CrossRule = (findings, endpoints) => {
  const ways = clientWays(endpoints)
  return findings.map((f) => {
    const rule = switchedOffRule(f.endpointResult.endpoint.protocol)
    const other =
      rule && SWITCHED_OFF_CAUSES.has(f.cause) && ways.find((w) => rule.others.includes(w.endpoint.protocol))
    return other ? { ...f, params: { ...f.params, otherWorking: describeEndpoint(other.endpoint) } } : f
  })
}

export const CROSS_RULES: readonly CrossRule[] = [
  firewallAllPorts,
  port25Blocked,
  relayIsNotForClients,
  noEncryptionAnywhere,
  protocolSwitchedOff,
  userNameForm,
  certificateNames,
  insecureSettings,
  alternativesWork,
  otherProtocolWorks,
]
