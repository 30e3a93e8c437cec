// The certificates a server's chain may end in: `--ca`'s, and the system's (what Node's default
// context trusts), each parsed on first need. A check given `--ca` handshakes with an empty trust
// store and judges the chain here: Node 20 builds its whole root store (~25 ms of CPU, at the
// first context) for any context given a CA, and also for its default one. The system's roots are
// parsed only for a chain that `--ca` does not anchor.
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import tls from 'node:tls'
import { pathTo } from './chain-path.js'

/** Node 22.15+ names the certificates of its default store itself. */
type WithStoreList = typeof tls & { getCACertificates?: (type: 'default') => string[] }

/**
 * Whether the system's roots can be listed exactly as Node's default context trusts them: its
 * bundled roots plus NODE_EXTRA_CA_CERTS, unless Node was told to use OpenSSL's store instead.
 * When not, a `--ca` check verifies with the default context as every other check does.
 */
function systemRootsListable(): boolean {
  if ((tls as WithStoreList).getCACertificates) return true
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  if (flags.includes('--use-bundled-ca')) return true
  const buildDefault = (process.config.variables as Record<string, unknown>).openssl_use_def_ca_store
  return !flags.includes('--use-openssl-ca') && !buildDefault
}
let listable: boolean | undefined

/** A handshake may skip the trust store (no root store built): the chain is then judged here. */
export const judgedHere = (extraCa: string[]): boolean => extraCa.length > 0 && (listable ??= systemRootsListable())

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

/** NODE_EXTRA_CA_CERTS as Node reads it at start: a file it cannot read adds nothing (Node warns). */
function extraCaFile(): string[] {
  const file = process.env.NODE_EXTRA_CA_CERTS
  if (!file) return []
  try {
    return readFileSync(file, 'latin1').match(PEM) ?? []
  } catch {
    return []
  }
}

function systemPems(): string[] {
  const list = (tls as WithStoreList).getCACertificates
  return list ? list('default') : [...tls.rootCertificates, ...extraCaFile()]
}

let system: X509Certificate[] | undefined
let systemBuilds = 0

/** The system's roots, parsed once per process. */
function systemAnchors(): X509Certificate[] {
  if (!system) {
    systemBuilds++
    system = systemPems().flatMap((pem) => {
      try {
        return [new X509Certificate(pem)]
      } catch {
        return []
      }
    })
  }
  return system
}

/** How many times this process parsed the system's roots (0 or 1): tests show a check did not. */
export const systemAnchorBuilds = (): number => systemBuilds

const parsedCa = new Map<string, X509Certificate>()
const caAnchors = (extraCa: string[]): X509Certificate[] =>
  extraCa.map((pem) => parsedCa.get(pem) ?? parsedCa.set(pem, new X509Certificate(pem)).get(pem)!)

/**
 * The part of `chain` (leaf first) that leads to an anchor: `--ca` first, then, when `withSystem`,
 * the system's roots (a handshake against the default context has already looked there).
 */
export function anchoredPath(
  chain: X509Certificate[],
  extraCa: string[],
  withSystem: boolean,
): X509Certificate[] | undefined {
  return (
    (extraCa.length ? pathTo(chain, caAnchors(extraCa)) : undefined) ??
    (withSystem ? pathTo(chain, systemAnchors()) : undefined)
  )
}
