// "gmial.com", "libero.itt", "hotmial.it": one edit from a mail domain people use.
import { PROVIDERS } from '../providers/table.js'

const KNOWN = [...new Set(PROVIDERS.flatMap((p) => p.domains))]

/** Optimal string alignment distance, capped: we only care whether it is exactly 1. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

export function likelyTypoOf(domain: string): string | undefined {
  if (KNOWN.includes(domain)) return undefined
  return KNOWN.find((known) => distance(domain, known) === 1)
}
