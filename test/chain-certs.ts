// Certificate chains the committed set lacks, issued at test time under the test CA: through an
// intermediate, through an expired one, through an issuer that is no CA, a leaf for clients only,
// and a cross-signed root (an expired copy of a root the system also holds, as Let's Encrypt's was).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import forge from 'node-forge'
import { rsaKeyPair } from '../fixtures/certs/cert-set.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const { pki, md } = forge
type Keys = ReturnType<typeof rsaKeyPair>

const file = (name: string) => readFileSync(join(PACKAGE_ROOT, 'fixtures', 'certs', name), 'utf8')

interface Spec {
  cn: string
  keys: Keys
  issuer?: forge.pki.Certificate
  issuerKey?: forge.pki.rsa.PrivateKey
  ca?: boolean
  usage?: 'serverAuth' | 'clientAuth'
  from?: string
  to?: string
}

let serial = 100
function issue(spec: Spec): forge.pki.Certificate {
  const cert = pki.createCertificate()
  cert.publicKey = spec.keys.publicKey
  cert.serialNumber = String(serial++)
  cert.validity.notBefore = new Date(spec.from ?? '2020-01-01')
  cert.validity.notAfter = new Date(spec.to ?? '2124-01-01')
  const subject = [
    { name: 'commonName', value: spec.cn },
    { name: 'organizationName', value: 'maildoctor test' },
  ]
  cert.setSubject(subject)
  cert.setIssuer(spec.issuer?.subject.attributes ?? subject)
  const usage = spec.ca ? { keyCertSign: true, cRLSign: true } : { digitalSignature: true, keyEncipherment: true }
  cert.setExtensions([
    { name: 'basicConstraints', cA: Boolean(spec.ca), critical: true },
    { name: 'keyUsage', critical: true, ...usage },
    { name: 'subjectKeyIdentifier' },
    ...(spec.ca ? [] : [{ name: 'extKeyUsage', [spec.usage ?? 'serverAuth']: true }]),
    ...(spec.ca ? [] : [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]),
  ])
  cert.sign(spec.issuerKey ?? spec.keys.privateKey, md.sha256.create())
  return cert
}

interface ServedChain {
  /** The certificates the server sends, leaf first, in PEM. */
  cert: string
  key: string
}

export interface ChainSet {
  chains: Record<string, ServedChain>
  /** A second root the system holds besides the test CA (the cross-signed one's own). */
  newRoot: string
  /** A CA that signed none of these, to give as `--ca`. */
  otherCa: string
}

export function makeChains(): ChainSet {
  const root = pki.certificateFromPem(file('ca.crt'))
  const rootKey = pki.privateKeyFromPem(file('ca.key')) as forge.pki.rsa.PrivateKey
  const leafKeys = rsaKeyPair()
  const caKeys = rsaKeyPair()
  const under = (issuer: forge.pki.Certificate, issuerKey: forge.pki.rsa.PrivateKey) => ({ issuer, issuerKey })
  const served = (leaf: forge.pki.Certificate, ...rest: forge.pki.Certificate[]): ServedChain => ({
    cert: [leaf, ...rest].map((c) => pki.certificateToPem(c)).join(''),
    key: pki.privateKeyToPem(leafKeys.privateKey),
  })
  const leaf = (issuer: forge.pki.Certificate, key = caKeys.privateKey, usage?: Spec['usage']) =>
    issue({ cn: 'mail.maildoctor.test', keys: leafKeys, ...under(issuer, key), usage })

  const intermediate = issue({ cn: 'Test Intermediate', keys: caKeys, ca: true, ...under(root, rootKey) })
  const old = { from: '2001-01-01', to: '2002-01-01' }
  const expiredIntermediate = issue({ cn: 'Old Intermediate', keys: caKeys, ca: true, ...old, ...under(root, rootKey) })
  const notCa = issue({ cn: 'Not A CA', keys: caKeys, ...under(root, rootKey) })
  // The new root, self-signed, and the same root (name and key) as the old root signed it, expired.
  const newRoot = issue({ cn: 'Test New Root', keys: caKeys, ca: true })
  const crossSigned = issue({ cn: 'Test New Root', keys: caKeys, ca: true, ...old, ...under(root, rootKey) })
  const issuingKeys = rsaKeyPair()
  const newIntermediate = issue({
    cn: 'Test New Intermediate',
    keys: issuingKeys,
    ca: true,
    ...under(newRoot, caKeys.privateKey),
  })
  return {
    chains: {
      intermediate: served(leaf(intermediate), intermediate),
      'expired-intermediate': served(leaf(expiredIntermediate), expiredIntermediate),
      'issuer-not-a-ca': served(leaf(notCa), notCa),
      'client-only': served(leaf(root, rootKey, 'clientAuth')),
      'cross-signed': served(leaf(newIntermediate, issuingKeys.privateKey), newIntermediate, crossSigned),
    },
    newRoot: pki.certificateToPem(newRoot),
    otherCa: pki.certificateToPem(issue({ cn: 'Test Other CA', keys: issuingKeys, ca: true })),
  }
}
