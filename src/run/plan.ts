// From hosts to endpoints: one per (protocol, host, port, security).
import type { EndpointSpec, Protocol, Security, ServerSource } from '../model/types.js'
import { STANDARD_PORTS, standardPort } from '../protocols/index.js'

export interface PlanRequest {
  hosts: Array<{ protocol: Protocol; host: string; source: ServerSource; trusted?: boolean }>
  port?: number
  security?: Security
}

export function planEndpoints(req: PlanRequest): EndpointSpec[] {
  return req.hosts.flatMap(({ protocol, host, source, trusted }) => {
    const trust = trusted === false ? { trusted } : {}
    if (req.port !== undefined) {
      const security = req.security ?? standardPort(req.port)?.security ?? 'starttls'
      return [{ protocol, host, port: req.port, security, source, ...trust }]
    }
    return STANDARD_PORTS.filter((p) => p.protocol === protocol).map((p) => ({
      protocol,
      host,
      port: p.port,
      security: req.security ?? p.security,
      source,
      ...trust,
    }))
  })
}

/** The protocol a port is known for, when the user named a port but no protocol. */
export const protocolOfPort = (port: number): Protocol | undefined => standardPort(port)?.protocol
