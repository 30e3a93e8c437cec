export const LANGS = ['it', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** --lang wins; otherwise the locale of the environment; English when nothing says Italian. */
export function detectLang(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || ''
  return /^it([_.-]|$)/i.test(locale) ? 'it' : 'en'
}
