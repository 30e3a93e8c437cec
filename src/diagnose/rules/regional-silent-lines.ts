// Round 18: regional providers' replies that name none of our causes (silent-lines.ts reads them). Their codes
// alone would be read as a cause: NetEase's MI:CEL / RP:CEL (the sending program sent too many wrong commands)
// under 450/451, Alibaba Mail's MTA-only sender check under 502, its unknown recipient under "unavailable".
// No import (silent-lines.ts is read by rule.ts).
export const REGIONAL_SILENT_LINES = [
  { source: 'https://biecuoliao.com/pa/MBRrwEM.html', text: /^\s*45[01] (MI|RP):CEL\b/ },
  {
    source: 'http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html',
    text: /^\s*502 Mailfrom account is a local account\b|^\s*553 "?RCPT TO"? mailbox unavailable\b/,
  },
]
