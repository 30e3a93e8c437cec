// The words for each cause in each language, with the finding's values filled in.
import { CAUSES_EN } from './causes/en.js'
import { CAUSES_IT } from './causes/it.js'
import type { CauseText } from './causes/types.js'
import type { Lang } from './locale.js'

export const CATALOGUE: Record<Lang, Record<string, CauseText>> = { en: CAUSES_EN, it: CAUSES_IT }

export interface RenderedCause {
  title: string
  explanation: string
  fixes: string[]
}

const PLACEHOLDER = /\{(\w+)\}/g

function fill(text: string, params: Record<string, string>): string | null {
  let missing = false
  const out = text.replace(PLACEHOLDER, (_, key: string) => {
    const value = params[key]
    if (value === undefined || value === '') missing = true
    return value ?? ''
  })
  return missing ? null : out
}

/** A value the text did not name (a pasted error without its server): said in general words, or left out. */
const UNNAMED: Record<Lang, Record<string, string>> = { en: { host: 'the server' }, it: { host: 'il server' } }

/** Italian joins a preposition to the article that follows it: "a il server" is "al server". */
const ARTICULATED: Record<Lang, Array<[RegExp, string]>> = {
  en: [],
  it: [
    [/\b([Aa]) il /g, '$1l '],
    [/\b([Dd])i il /g, '$1el '],
    [/\b([Dd])a il /g, '$1al '],
    [/\b([Ss])u il /g, '$1ul '],
    [/\bIn il /g, 'Nel '],
    [/\bin il /g, 'nel '],
  ],
}

// English names a port it cannot number with the article ("how the port is encrypted"); Italian already has one.
const UNNUMBERED_PORT: Record<Lang, Array<[RegExp, string]>> = {
  en: [
    [/\bOn port \{port\}/g, 'On the port'],
    [/\bPort \{port\}/g, 'The port'],
    [/\bport \{port\}/g, 'the port'],
  ],
  it: [],
}

// Where a sentence calls the server by its name ("The name {host}", "The server at {host}"), a text that named none
// drops the name rather than saying "the server" twice.
const UNNAMED_HOST: Record<Lang, Array<[RegExp, string]>> = {
  en: [
    [/\bThe (?:server )?name \{host\}/g, 'The server name'],
    [/\bThe server at \{host\}/g, 'The server'],
  ],
  it: [
    [/\bIl nome (?:del server )?\{host\}/g, 'Il nome del server'],
    [/\bIl server \{host\}/g, 'Il server'],
  ],
}

function fillUnnamed(text: string, params: Record<string, string>, lang: Lang): string {
  const numbered = params.port ? text : UNNUMBERED_PORT[lang].reduce((out, [p, named]) => out.replace(p, named), text)
  const named = params.host
    ? numbered
    : UNNAMED_HOST[lang].reduce((out, [p, unnamed]) => out.replace(p, unnamed), numbered)
  const filled = named
    .replace(PLACEHOLDER, (_, key: string) => params[key] || UNNAMED[lang][key] || '')
    .replace(/ +([:;,.)])/g, '$1')
    .replace(/ {2,}/g, ' ')
  return ARTICULATED[lang].reduce((out, [pattern, joined]) => out.replace(pattern, joined), filled)
}

/** Provider fixes, when there are any, take the place of the generic ones: they are the same advice, made exact. */
const LIST_AND: Record<Lang, string> = { en: 'and', it: 'e' }
const ON_PORTS: Record<Lang, [string, string]> = { en: ['on port', 'on ports'], it: ['sulla porta', 'sulle porte'] }

/** "993, 995, 465" → "993, 995 and 465" in the report's language. */
function listInWords(items: string[], lang: Lang): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${LIST_AND[lang]} ${items[items.length - 1]}`
}

/** Port lists as a phrase with the right number: "sulla porta 993", "sulle porte 993 e 995". */
function portPhrase(list: string | undefined, lang: Lang): string | undefined {
  const ports = (list ?? '').split(/,\s*/).filter(Boolean)
  if (!ports.length) return undefined
  return `${ON_PORTS[lang][ports.length > 1 ? 1 : 0]} ${listInWords(ports, lang)}`
}

function derivedParams(params: Record<string, string>, lang: Lang): Record<string, string> {
  const derived: Record<string, string> = { ...params }
  const phrases = {
    onPorts: params.ports ?? params.port,
    onSilentPorts: params.silentPorts,
    onRejectedPorts: params.rejectedPorts,
    onAnsweringPorts: params.answeringPorts,
  }
  for (const [key, list] of Object.entries(phrases)) {
    const phrase = portPhrase(list, lang)
    if (phrase) derived[key] = phrase
  }
  return derived
}

export function renderCause(
  cause: string,
  lang: Lang,
  rawParams: Record<string, string>,
  providerFixes: string[] = [],
): RenderedCause {
  const params = derivedParams(rawParams, lang)
  const text = CATALOGUE[lang][cause] ?? CATALOGUE.en[cause]
  if (!text) return { title: cause, explanation: '', fixes: providerFixes }
  const details = (text.details ?? []).map((d) => fill(d, params)).filter((d): d is string => d !== null)
  const explanation = [fill(text.explanation, params) ?? fillUnnamed(text.explanation, params, lang), ...details].join(
    ' ',
  )
  const generic = text.fixes.map((f) => fill(f, params)).filter((f): f is string => f !== null)
  // A working alternative stays in front whoever's advice follows.
  const working = generic.filter((f) => params.working && f.includes(params.working))
  const fixes = providerFixes.length ? [...working, ...providerFixes] : generic
  return { title: text.title, explanation, fixes: [...new Set(fixes)] }
}
