// Round 17 (issue 14): the port says what the words alone do not (src/diagnose/rules/mode-rules.ts). A plaintext
// client on an implicit-TLS port reports silence or a closed connection; a TLS client on a plaintext port misreads
// the greeting; an HTTP(S) port answers nothing a mail client waits for. Without the port the same words say nothing
// about the mode, and past the greeting (a login, a TLS client) they are another story.
import { describe, expect, it } from 'vitest'
import { classifyCause, explainText } from '../src/diagnose/classify.js'

// The failure shapes as the libraries print them (each library's source is cited in mode-rules.ts).
const SILENT = [
  "[Error: Greeting never received] code: 'ETIMEDOUT'",
  'Error: Timed out while authenticating with server',
  'SMTP -> get_lines(): timed-out (300 sec)',
  'Net::ReadTimeout',
]
const CLOSED = [
  'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
  'imaplib.IMAP4.abort: socket error: EOF',
  'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465, response: -1',
]

describe('port class × failure shape (issue 14, round 17)', () => {
  it('reads silence or a closed connection on 465, 993 and 995 as plaintext spoken to an implicit-TLS port', () => {
    // A text that names its protocol (smtplib, PHPMailer's SMTP, imaplib) on another protocol's port is on the wrong
    // service altogether (root-cause-context.ts); one that names none is read by the port alone.
    const named: Record<string, string> = {
      'SMTP -> get_lines(): timed-out (300 sec)': 'smtp',
      'smtplib.SMTPServerDisconnected: Connection unexpectedly closed': 'smtp',
      'imaplib.IMAP4.abort: socket error: EOF': 'imap',
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465, response: -1':
        'smtp',
    }
    const portOf: Record<number, string> = { 465: 'smtp', 993: 'imap', 995: 'pop3' }
    for (const text of [...SILENT, ...CLOSED]) {
      for (const port of [465, 993, 995]) {
        const other = named[text] !== undefined && named[text] !== portOf[port]
        expect(classifyCause({ text, port }), `${port} ${text}`).toBe(
          other ? 'protocol_port_mismatch' : 'tls_wrong_mode',
        )
      }
    }
  })

  it('reads the same words on an HTTP(S) port as the wrong protocol, and on a mail port as what they say', () => {
    for (const text of [...SILENT, ...CLOSED.slice(0, 2)]) {
      expect(classifyCause({ text, port: 443 }), text).toBe('protocol_port_mismatch')
      expect(classifyCause({ text, port: 587 }), text).not.toBe('tls_wrong_mode')
    }
    // Without a port, the usual reason behind them (root-cause-context.ts), the event kept behind it.
    for (const text of [
      "[Error: Greeting never received] code: 'ETIMEDOUT'",
      'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    ]) {
      const { classification } = explainText({ text })
      expect(classification, text).toMatchObject({ cause: 'tls_wrong_mode', via: 'context' })
    }
    // On IMAP a greeting that never came stays what it was.
    expect(classifyCause({ text: 'Greeting never received', protocol: 'imap' })).toBe('greeting_timeout')
  })

  it("reads the port from the text itself: a host:port, a field, the library call's arguments", () => {
    const call = "    server = smtplib.SMTP('smtp.example.com', 465)\n" + CLOSED[0]
    expect(classifyCause({ text: call })).toBe('tls_wrong_mode')
    expect(classifyCause({ text: call.replace('465', '587') })).toBe('tcp_reset')
    // The host is the call's, not Python's module that a variable named server holds.
    expect(explainText({ text: call }).extracted).toMatchObject({ host: 'smtp.example.com', port: 465 })
    expect(classifyCause({ text: 'read tcp 10.0.0.2:51234->203.0.113.5:465: i/o timeout' })).toBe('tls_wrong_mode')
    // A dial's timeout is the TCP connection, whatever the port.
    expect(classifyCause({ text: 'dial tcp 203.0.113.5:465: i/o timeout' })).toBe('tcp_timeout')
    const text = 'Connection: opening to smtp.example.com:465, timeout=300\nSMTP -> get_lines(): timed-out (300 sec)'
    expect(classifyCause({ text })).toBe('tls_wrong_mode')
    expect(classifyCause({ text: text.replace(':465', ':25') })).not.toBe('tls_wrong_mode')
  })

  it('leaves a closed connection after the login, or from a TLS client, to the other rows', () => {
    const login = 'File "app.py", line 9, in send\n    server.login(user, password)\n' + CLOSED[0]
    expect(classifyCause({ text: login, port: 465 })).not.toBe('tls_wrong_mode')
    const tls = 'smtplib.SMTP_SSL("smtp.example.com", 465)\n' + CLOSED[0]
    expect(classifyCause({ text: tls, port: 465 })).not.toBe('tls_wrong_mode')
    const php =
      'Connection: opening to ssl://smtp.example.com:465, timeout=300\nSMTP -> get_lines(): timed-out (300 sec)'
    expect(classifyCause({ text: php })).not.toBe('tls_wrong_mode')
    expect(classifyCause({ text: CLOSED[0], port: 465, stage: 'auth' })).not.toBe('tls_wrong_mode')
  })

  it("does not read Symfony's timeout on 465 as the mode: its transport turns TLS on by itself there", () => {
    const text = 'Connection to "smtp.example.com:465" timed out.'
    expect(classifyCause({ text })).toBe('greeting_timeout')
  })

  it('reads a TLS record misread on a plaintext port as the mode', () => {
    for (const text of [
      'error:0A00010B:SSL routines::wrong version number',
      'OS Error: WRONG_VERSION_NUMBER(tls_record.cc:242)',
    ]) {
      for (const port of [25, 587, 143, 110]) expect(classifyCause({ text, port }), text).toBe('tls_wrong_mode')
    }
  })
})

describe('a well-known provider answered by a stranger (issue 14, round 17)', () => {
  it('reads a web host certificate for smtp.gmail.com as the connection diverted, an own name as a mismatch', () => {
    const diverted = "Peer certificate CN=`vs1.example-host.net' did not match expected CN=`smtp.gmail.com'"
    expect(classifyCause({ text: diverted })).toBe('tls_intercepted_by_antivirus')
    expect(classifyCause({ text: diverted.replace('vs1.example-host.net', 'mx.google.com') })).toBe(
      'tls_cert_hostname_mismatch',
    )
    expect(classifyCause({ text: diverted.replace(/smtp\.gmail\.com/, 'smtp.example.org') })).toBe(
      'tls_cert_hostname_mismatch',
    )
  })
})
