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

/** Provider fixes, when there are any, take the place of the generic ones: they are the same advice, made exact. */
export function renderCause(cause: string, lang: Lang, params: Record<string, string>, providerFixes: string[] = []): RenderedCause {
  const text = CATALOGUE[lang][cause] ?? CATALOGUE.en[cause]
  if (!text) return { title: cause, explanation: '', fixes: providerFixes }
  const details = (text.details ?? []).map((d) => fill(d, params)).filter((d): d is string => d !== null)
  const explanation = [fill(text.explanation, params) ?? text.explanation.replace(PLACEHOLDER, '…'), ...details].join(' ')
  const generic = text.fixes.map((f) => fill(f, params)).filter((f): f is string => f !== null)
  // A working alternative stays in front whoever's advice follows.
  const working = generic.filter((f) => params.working && f.includes(params.working))
  const fixes = providerFixes.length ? [...working, ...providerFixes] : generic
  return { title: text.title, explanation, fixes: [...new Set(fixes)] }
}
