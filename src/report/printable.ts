// Everything a server sends is hostile, its words included: an ESC sequence in a greeting can
// erase lines, retitle the window, write the clipboard (OSC 52) or paint a fake green verdict.
// Before text reaches a terminal, C0 and C1 control characters and DEL are shown as \xNN.
// Tab and line feed stay: the human report lays them out itself (a multi-line reply is joined
// with " | ", transcript lines never hold one).

// eslint-disable-next-line no-control-regex -- terminal escaping: control characters are what this finds
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g

const hex = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`

export const printable = (text: string): string => text.replace(CONTROLS, hex)

/** A copy with every string made printable; numbers, booleans and the shape are kept. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map(printableDeep) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), printableDeep(v)])) as T
  }
  return value
}
