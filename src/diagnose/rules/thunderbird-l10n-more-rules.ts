// Round 41 (issue 14): Thunderbird's connection, login, TLS and sending errors in the languages users paste them in
// beyond en/it/fr/de/es/zh-CN: pt-BR, pt-PT, nl, pl, ru, uk, cs, sv-SE, da, nb-NO, fi, tr, hu, ro, el, ja, ko and
// zh-TW, read from thunderbird/thunderbird-l10n. Each message keeps the cause its English text has
// (thunderbird-l10n-meaning.ts); only the messages that read wrong or nothing before have a pattern. Patterns are
// the translation's first sentence with \S+ for the host, never \b (it does not work around Cyrillic, Greek or CJK
// letters without the u flag), so the words carry the meaning wherever the host name sits in the sentence.
// The certificate-error dialog (certError.ftl, thunderbird-l10n-more-6.ts) is read in English too, which said nothing.
// test/corpus/source-tables.jsonl holds every string read; test/classifier-thunderbird-l10n-more.test.ts runs some.
import type { ClassifierRule } from './rule.js'
import { TB_NL, TB_PL, TB_PT_BR, TB_PT_PT } from './thunderbird-l10n-more-1.js'
import { TB_CS, TB_RU, TB_SV_SE, TB_UK } from './thunderbird-l10n-more-2.js'
import { TB_DA, TB_FI, TB_NB_NO, TB_TR } from './thunderbird-l10n-more-3.js'
import { TB_EL, TB_HU, TB_RO } from './thunderbird-l10n-more-4.js'
import { TB_JA, TB_KO, TB_ZH_TW } from './thunderbird-l10n-more-5.js'
import { TB_CERT_ERRORS } from './thunderbird-l10n-more-6.js'

export const THUNDERBIRD_L10N_MORE_RULES: ClassifierRule[] = [
  ...TB_PT_BR,
  ...TB_PT_PT,
  ...TB_NL,
  ...TB_PL,
  ...TB_RU,
  ...TB_UK,
  ...TB_CS,
  ...TB_SV_SE,
  ...TB_DA,
  ...TB_NB_NO,
  ...TB_FI,
  ...TB_TR,
  ...TB_HU,
  ...TB_RO,
  ...TB_EL,
  ...TB_JA,
  ...TB_KO,
  ...TB_ZH_TW,
  ...TB_CERT_ERRORS,
]
