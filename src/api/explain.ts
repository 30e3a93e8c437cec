// The library's `explain`: an error message a mail program or server wrote → its cause and fixes
// (what `maildoctor explain --json` prints).
import { explainMessage, type ExplainHints, type Explanation } from '../explain/explain.js'
import type { Lang } from '../i18n/locale.js'

export interface ExplainOptions extends ExplainHints {
  /** Default 'en'. */
  lang?: Lang
}

export function explain(text: string, options: ExplainOptions = {}): Explanation {
  if (typeof text !== 'string' || !text.trim()) throw new TypeError('explain needs the error text')
  const { lang = 'en', ...hints } = options
  return explainMessage(text, hints, lang)
}
