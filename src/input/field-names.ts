import { closest, distance } from 'fastest-levenshtein'
import type { LocalText } from './usage-error.js'

/** A name that reads as a field's: lower-case words (passwords mix in capitals, digits, symbols). */
const FIELD_LIKE = /^[a-z][a-z_-]{1,31}$/

/**
 * What to say of the fields a file names that maildoctor does not know. A name is repeated only
 * when it reads as a field's name, or is a near miss of a known one ("Adress"): a header line or a
 * key that is neither may be a value typed in the wrong place, a password among them (a secrets
 * file given as a batch file: its first line, `NAME=password`, is read as the CSV header), and
 * these messages reach terminals, logs and reports.
 */
export function unknownFieldsMessage(names: readonly string[], known: readonly string[]): LocalText {
  const shown: Array<{ en: string; it: string }> = []
  for (const name of names) {
    const nearest = closest(name.toLowerCase(), known as string[])
    // One edit in a short name, two in a longer one: closer than any two real words are.
    if (distance(name.toLowerCase(), nearest) <= Math.min(2, Math.floor(nearest.length / 3)))
      shown.push({ en: `"${name}" (did you mean "${nearest}"?)`, it: `"${name}" (forse "${nearest}"?)` })
    else if (FIELD_LIKE.test(name)) shown.push({ en: `"${name}"`, it: `"${name}"` })
  }
  const hidden = names.length - shown.length
  const list = known.join(', ')
  const named = (lang: 'en' | 'it') => shown.map((s) => s[lang]).join(', ')
  const why = {
    en: "not a field's name: a value in the wrong place?",
    it: 'non è il nome di un campo: un valore fuori posto?',
  }
  if (!hidden)
    return {
      en: `unknown field${shown.length > 1 ? 's' : ''} ${named('en')} (known: ${list})`,
      it: `camp${shown.length > 1 ? 'i sconosciuti' : 'o sconosciuto'} ${named('it')} (noti: ${list})`,
    }
  if (shown.length)
    return {
      en: `unknown fields ${named('en')} and ${hidden} more, not named here (${why.en}) (known: ${list})`,
      it: `campi sconosciuti ${named('it')} e altri ${hidden}, non nominati qui (${why.it}) (noti: ${list})`,
    }
  return hidden === 1
    ? {
        en: `an unknown field, not named here (${why.en}) (known: ${list})`,
        it: `un campo sconosciuto, non nominato qui (${why.it}) (noti: ${list})`,
      }
    : {
        en: `${hidden} unknown fields, not named here (${why.en}) (known: ${list})`,
        it: `${hidden} campi sconosciuti, non nominati qui (${why.it}) (noti: ${list})`,
      }
}
