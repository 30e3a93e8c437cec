// iOS and macOS Mail's dialogs in more languages (ja, ko, ru, sv, cs) than client-dialogs-l10n.ts reads (en, it, de,
// es, pt-BR, one French line), as public pages quote them. Each row maps the translation onto the cause its English
// original reads today: "The IMAP server “…” is not responding" a connection that got no answer, "Incorrect Password"
// a refused login, "Cannot Verify Server Identity" a certificate the device does not trust, "The connection to the
// server failed" and "Unable to connect" only a guess (the fallback below). "Cannot Get Mail", "Account Error" and
// "Cannot Send Mail" name no cause in English and get no rule here either. Apple's own localized pages mostly describe
// these dialogs without quoting them (the Swedish and Czech alert captions are the exception), so most rows cite a
// third-party page; where that page reads as machine-translated, the row says so. test/corpus/source-tables.jsonl
// holds every string read, test/classifier-apple-l10n-more.test.ts a sample.
import { sourced, type ClassifierRule } from './rule.js'

// CJK text has no word boundaries for \b: the Japanese and Korean patterns are anchored on their own words instead.
export const APPLE_L10N_MORE_RULES: ClassifierRule[] = [
  // Japanese. "Cannot Verify Server Identity", as iOS writes "server" (サーバ) and as most pages write it (サーバー).
  ...sourced('https://consulnews.jp/475', [
    { cause: 'tls_cert_untrusted', text: /サーバー?の識別情報を検証できません/ },
  ]),
  // The same alert machine-translated from an English article ("サーバIDを確認できません", "サーバーの ID を確認できません"):
  // not iOS's own wording, but what a user searching in Japanese pastes.
  ...sourced('https://xkeya.com/news/wdx/iphonedesaabaaidwokenshoudekinai-6tsunokaiketsuhouhou.html', [
    { cause: 'tls_cert_untrusted', text: /サーバー?(?:の\s?)?ID\s?を確認できません/ },
  ]),
  // "The IMAP server … is not responding" and "Incorrect Password" as this page lists what iOS shows ("IMAPサーバーが
  // 応答しません", "パスワードが正しくありません"). The server must be named a mail protocol's: a bare "the server is not
  // responding" could be any program's.
  ...sourced('https://lifestyle.assist-all.co.jp/iphone-email-account-error-fix-guide', [
    {
      cause: 'tcp_timeout',
      text: /(?:IMAP|POP3?|SMTP)\s?サーバー?(?:[“「『][^”」』\n]{1,100}[”」』])?\s?が応答しません/i,
    },
    { cause: 'auth_bad_credentials', text: /パスワードが正しくありません/ },
  ]),
  // Korean "Cannot Verify Server Identity", as a machine translation of How-To Geek's article words it ("서버 ID를
  // 확인할 수 없음"); kr.wsxdn.com's copy words it the same.
  ...sourced('https://choesin.com/?p=109423', [{ cause: 'tls_cert_untrusted', text: /서버 ID를 확인할 수 없/ }]),
  // Russian, as this page's title words the same alert ("почта не может проверить подлинность сервера"); the article
  // reads as machine-translated, and iOS's own Russian wording was not found on any page.
  ...sourced('https://kompyutery-programmy.ru/sistema/mac-os-pochta-ne-mozhet-proverit-podlinnost-servera.html', [
    { cause: 'tls_cert_untrusted', text: /не может проверить подлинность сервера/i },
  ]),
]

// "The connection to the server failed" and "The connection to the outgoing server “…” failed" in Japanese: read
// last, as a guess, the way the English ones are (connection-rules.ts CONNECT_FALLBACK). No space before "への", so
// that Thunderbird's "サーバー mail.example.com への接続に失敗しました" (an unknown host, thunderbird-l10n-more-5.ts)
// is not read here.
export const APPLE_L10N_MORE_FALLBACK: ClassifierRule[] = [
  ...sourced('https://lifestyle.assist-all.co.jp/icloud-account-error-fix-guide', [
    { cause: 'tcp_timeout', text: /サーバー?への接続に失敗しました/ },
  ]),
  // The outgoing server's, with its name in quotes, as a machine translation of Macworld's article quotes iOS.
  ...sourced('https://timsod.com/deals/sutp/macoshanapple-mailnomeerusaabaaeraawoshuusei.html', [
    { cause: 'tcp_timeout', text: /送信サーバー?[“「『][^”」』\n]{1,100}[”」』]への接続に失敗しました/ },
  ]),
  // macOS Mail's "Unable to connect" alert, as Apple's own Swedish and Czech pages caption its screenshot (the alert
  // that tells a timed-out connection from too many simultaneous ones): a guess, as English "unable to connect" is.
  ...sourced('https://support.apple.com/sv-se/HT204075', [{ cause: 'tcp_timeout', text: /\bKunde inte ansluta\b/i }]),
  ...sourced('https://support.apple.com/cs-cz/HT204075', [{ cause: 'tcp_timeout', text: /\bNelze se připojit\b/i }]),
]
