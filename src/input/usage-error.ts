// A mistake in what the user gave (a flag, a row of a file, a field of a request): exit 2 on the
// command line, 422 over HTTP. Its text may exist in both languages; the caller that knows the
// language asks for it, everything else reads the English message.
import type { Lang } from '../i18n/locale.js'

export type LocalText = Readonly<Record<Lang, string>>

export class UsageError extends Error {
  constructor(readonly text: string | LocalText) {
    super(typeof text === 'string' ? text : text.en)
  }

  /** The message in the reader's language (English when only English was written). */
  in(lang: Lang): string {
    return typeof this.text === 'string' ? this.text : this.text[lang]
  }

  /** The same mistake, said of where it was found ("maildoctor.yml line 4: "). */
  at(where: string | LocalText): UsageError {
    const text = this.text
    const place = typeof where === 'string' ? { en: where, it: where } : where
    return new UsageError(
      typeof text === 'string' ? place.en + text : { en: place.en + text.en, it: place.it + text.it },
    )
  }
}
