// Round 18 (issue 14): regional providers' and localised mail programs' texts (source-tables.jsonl holds every
// string with its source; classifier-sources.test.ts reads them all). These cases pin what the regional rows
// decide against the generic meaning of the same code or words.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const cause = (text: string, protocol?: string) => explainText({ text, protocol }).classification?.cause ?? null

describe("QQ Mail's authorization-code replies, in every form a paste takes", () => {
  const url = 'http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256'
  const words = '请使用授权码登录。详情请看'

  it('reads the English, the decoded and the mis-decoded reply as the authorization code', () => {
    // The GBK bytes read as Latin-1, as nodemailer printed them (DesertsP/Valine-Admin#16), and Python's repr.
    const gbkLatin1 = 'Invalid login: 535 Error: ÇëÊ¹ÓÃÊÚÈ¨ÂëµÇÂ¼¡£ÏêÇéÇë¿´: ' + url
    const gbkRepr =
      "SMTPAuthenticationError: (535, 'Error: \\xc7\\xeb\\xca\\xb9\\xd3\\xc3\\xca\\xda\\xc8\\xa8\\xc2\\xeb\\xb5\\xc7" +
      '\\xc2\\xbc\\xa1\\xa3\\xcf\\xea\\xc7\\xe9\\xc7\\xeb\\xbf\\xb4: ' +
      url +
      "')"
    // The same words sent as UTF-8 and read as Latin-1.
    const utf8Latin1 = Buffer.from(`535 Error: ${words}: ${url}`, 'utf8').toString('latin1')
    const forms = [
      `535 Error: ${words}: ${url}`,
      gbkLatin1,
      gbkRepr,
      utf8Latin1,
      'Please using authorized code to login.',
      'Login fail. Please using weixin token',
      'Failed to send email: 535 Login Fail.Please enter your authorization',
    ]
    for (const text of forms) expect(cause(text, 'smtp'), text).toBe('auth_app_password_required')
  })

  it('reads 126.com\'s Chinese "no permission to log in" decoded, as Latin-1, and as UTF-8 with lost bytes', () => {
    // nodemailer printed the GBK reply read as UTF-8 (cnodejs/nodeclub#507); the Latin-1 form is made from its bytes.
    const gbk = Buffer.from([0xd3, 0xc3, 0xbb, 0xa7, 0xce, 0xde, 0xc8, 0xa8, 0xb5, 0xc7, 0xc2, 0xbd])
    for (const text of [
      '550 用户无权登陆',
      `550 ${gbk.toString('latin1')}`,
      `Invalid login - 550 ${gbk.toString('utf8')}`,
    ]) {
      expect(cause(text, 'smtp'), text).toBe('auth_app_password_required')
    }
  })

  it('reads QQ\'s catch-all 535 as the authorization code, and a bare "account is abnormal" still as a lock', () => {
    const qq =
      '535 Login fail. Account is abnormal, service is not open, password is incorrect, login frequency limited, ' +
      'or system is busy.'
    expect(cause(qq, 'smtp')).toBe('auth_app_password_required')
    expect(cause('A1 NO [ALERT] Login failed: account is abnormal', 'imap')).toBe('auth_account_locked')
  })
})

describe("Tencent Exmail's own 535", () => {
  it('reads "system busy" as the client-specific password, and a bare 535 still as the password', () => {
    expect(cause('SMTP ERROR: Password command failed: 535 Error: authentication failed, system busy')).toBe(
      'auth_app_password_required',
    )
    expect(explainText({ text: '535 Error: authentication failed', provider: '163' }).classification?.cause).toBe(
      'auth_bad_credentials',
    )
  })
})

describe("NetEase's, Coremail's and Orange's codes against their reply code's generic meaning", () => {
  const envelope =
    ' 163 mx3,QsCowAD3bQ3nMU5l2JcAAA--.1S2 1700000000, please see http://mail.163.com/help/help_spam_16.htm'

  it('reads an IP barred under 421 as a block, and a plain 421 still as unavailable', () => {
    expect(cause(`421 HL:REP${envelope}`)).toBe('auth_account_locked')
    expect(cause(`421 HL:MEP${envelope}`)).toBe('auth_account_locked')
    expect(cause('421 mx.example.net Service not available, closing transmission channel')).toBe('server_unavailable')
  })

  it("says nothing about NetEase's wrong-command counters, which a 451 alone would read as unavailable", () => {
    expect(cause(`451 RP:CEL${envelope}`)).toBeNull()
    expect(cause(`450 MI:CEL${envelope}`)).toBeNull()
    expect(cause('451 4.3.0 Temporary lookup error')).toBe('server_unavailable')
  })

  it('reads NetEase\'s "User has no permission" and Coremail\'s local-sender rule', () => {
    expect(cause('550 User has no permission', 'smtp')).toBe('auth_app_password_required')
    expect(
      cause('Error: Mail command failed: 553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785'),
    ).toBe('smtp_sender_rejected')
  })

  it("reads Orange's OFR_999 as throttling and the same French words under OFR_505 as a refusal", () => {
    expect(cause('421 mwinf5c80 ME Service refuse. Veuillez essayer plus tard. OFR_999')).toBe('auth_rate_limited')
    expect(
      cause('421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_505'),
    ).toBe('server_unavailable')
  })
})

describe("Roundcube's own messages in es, fr, de, it and zh-CN", () => {
  it("reads the webmail's wait, quota and lock messages, and its login line only when it stands alone", () => {
    expect(cause('登录失败太多次。请稍后再试。')).toBe('auth_rate_limited')
    expect(cause('Bitte warten Sie 30 Sekunde(n) vor dem Senden dieser Nachricht.')).toBe('auth_rate_limited')
    expect(cause('No se pudo completar la operación. No hay espacio libre en el disco.')).toBe('mailbox_over_quota')
    expect(cause('Accesso non riuscito.')).toBe('auth_bad_credentials')
    // Inside a longer sentence the same words are another program's, about the connection.
    expect(cause('Accesso non riuscito al server imap.libero.it: connessione rifiutata')).not.toBe(
      'auth_bad_credentials',
    )
  })
})

describe("Thunderbird's zh-CN strings", () => {
  it('reads the POP3 STARTTLS refusal and the refused logins', () => {
    expect(
      cause(
        '无法建立到 POP3 服务器的 TLS 连接。该服务器可能不可用或者配置错误。请打开账户设置窗口并确认邮件服务器的服务器配置正确并重试。',
      ),
    ).toBe('starttls_not_offered')
    expect(cause('以用户名 zhang.wei@163.com 登录服务器 imap.163.com 失败。')).toBe('auth_bad_credentials')
    expect(cause('POP 服务器没有接受 Kerberos/GSSAPI 票据。请确认您已经登录到 Kerberos/GSSAPI 域。')).toBe(
      'auth_bad_credentials',
    )
  })
})
