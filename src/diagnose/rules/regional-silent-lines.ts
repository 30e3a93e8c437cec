// Round 18: regional providers' replies that name none of our causes (silent-lines.ts reads them). Their codes
// alone would be read as a cause: NetEase's MI:CEL / RP:CEL (the sending program sent too many wrong commands)
// under 450/451, Alibaba Mail's MTA-only sender check under 502, its unknown recipient under "unavailable".
// NetEase's "Unsafe Login" until the client sends IMAP ID. No import (silent-lines.ts is read by rule.ts).
export const REGIONAL_SILENT_LINES = [
  // NetEase (163, 126, yeah.net) refuses SELECT/EXAMINE after a good login until the client sends IMAP ID (RFC
  // 2971): "Unsafe Login. Please contact kefu@188.com". The mail program must send ID; the login and the account
  // are fine (clients fixed it by sending ID, e.g. himalaya, bichon, magicmail).
  {
    source: 'https://github.com/pimalaya/himalaya/issues/651',
    text: /\bUnsafe Login\.\s?Please contact kefu@188\.com\b/i,
  },
  { source: 'https://biecuoliao.com/pa/MBRrwEM.html', text: /^\s*45[01] (MI|RP):CEL\b/ },
  {
    source: 'http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html',
    text: /^\s*502 Mailfrom account is a local account\b|^\s*553 "?RCPT TO"? mailbox unavailable\b/,
  },
]
