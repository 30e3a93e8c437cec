// Round 43 (issue 14): the AOSP Email app's setup and sign-in dialogs and Thunderbird for Android's (K-9 Mail's)
// login, certificate and STARTTLS errors in the languages users paste them in beyond en/it/de/fr/es/pt-BR/zh-CN: ru,
// pl, nl, ja, ko, zh-TW, tr, cs, sv, uk, pt-PT, ro, hu, el, da, nb, fi, vi, id, th, ar and he, read from
// aosp-mirror/platform_packages_apps_email's and thunderbird/thunderbird-android's values-<lang>/strings.xml. Each
// string keeps the cause its English text has (android-l10n-more-1.ts); the strings whose English reads nothing
// (a bare "Connection error", "Network error", "Server error") have no pattern. Patterns are the translation's
// sentence with \S+ for the account or host name and never \b (it does not work around Cyrillic, Greek, Hebrew,
// Arabic, Thai or CJK letters without the u flag); the sentences that only say "could not connect" or "could not
// sign in" are anchored to the whole line, as in English, so that the longer sentences they open are not read here.
// test/corpus/source-tables.jsonl holds every string read; test/classifier-android-l10n-more.test.ts runs some.
import type { ClassifierRule } from './rule.js'
import type { AndroidRows } from './android-l10n-more-1.js'
import { ANDROID_JA, ANDROID_KO, ANDROID_NL, ANDROID_PL, ANDROID_RU, ANDROID_ZH_TW } from './android-l10n-more-2.js'
import { ANDROID_CS, ANDROID_PT_PT, ANDROID_RO, ANDROID_SV, ANDROID_TR, ANDROID_UK } from './android-l10n-more-3.js'
import { ANDROID_DA, ANDROID_EL, ANDROID_FI, ANDROID_HU, ANDROID_NB, ANDROID_VI } from './android-l10n-more-4.js'
import { ANDROID_AR, ANDROID_HE, ANDROID_ID, ANDROID_TH } from './android-l10n-more-5.js'

const LANGUAGES: AndroidRows[] = [
  ANDROID_RU,
  ANDROID_PL,
  ANDROID_NL,
  ANDROID_JA,
  ANDROID_KO,
  ANDROID_ZH_TW,
  ANDROID_TR,
  ANDROID_CS,
  ANDROID_SV,
  ANDROID_UK,
  ANDROID_PT_PT,
  ANDROID_RO,
  ANDROID_HU,
  ANDROID_EL,
  ANDROID_DA,
  ANDROID_NB,
  ANDROID_FI,
  ANDROID_VI,
  ANDROID_ID,
  ANDROID_TH,
  ANDROID_AR,
  ANDROID_HE,
]

/** Read where ANDROID_EMAIL_RULES are (client-sweep-rules-5.ts). */
export const ANDROID_L10N_MORE_RULES: ClassifierRule[] = LANGUAGES.flatMap((l) => l.rules)
/** Read where ANDROID_EMAIL_FALLBACK is (connection-rules.ts CONNECT_FALLBACK). */
export const ANDROID_L10N_MORE_FALLBACK: ClassifierRule[] = LANGUAGES.flatMap((l) => l.fallback)
