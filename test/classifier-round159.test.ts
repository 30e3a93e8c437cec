// Readings added in the thirteenth session, each read from the program's, the OS's or the provider's own words,
// with the near misses each must leave alone.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'
import { explainMessage } from '../src/explain/explain.js'

const read = (text: string, port?: number, provider?: string) =>
  explainText({ text, protocol: 'any', port, provider }).classification?.cause ?? null

// One described table of texts and the cause each must read as.
function readings(title: string, table: Array<[string, string | null]>): void {
  describe(title, () => {
    it.each(table)('%s', (text, expected) => {
      expect(read(text)).toBe(expected)
    })
  })
}

readings("imapfilter's bare certificate verification result (OpenSSL's X509_V_ERR numbers)", [
  ['imapfilter: certificate verification failed; 10', 'tls_cert_expired'],
  ['imapfilter: certificate verification failed; 9', 'tls_cert_not_yet_valid'],
  ['imapfilter: certificate verification failed; 19', 'tls_cert_untrusted'],
  ['imapfilter: certificate verification failed; 21', 'tls_cert_untrusted'],
  ['imapfilter: certificate verification failed; 62', 'tls_cert_hostname_mismatch'],
  // A number that is no certificate cause of ours (CRL_HAS_EXPIRED is about a revocation list) is not read as
  // one, and a longer number is not read by its first digits.
  ['imapfilter: certificate verification failed; 12', 'tls_cert_untrusted'],
  ['imapfilter: certificate verification failed; 100', 'tls_cert_untrusted'],
])

readings("Italian providers' own words", [
  ['Casella postale piena', 'mailbox_over_quota'],
  ['Non hai abilitato gli accessi per usare la PEC anche sui programmi di posta', 'imap_disabled'],
  ['Credentials with password too simple', 'auth_web_login_required'],
  ['535 5.7.0 authentication rejected: your password is too simple', 'auth_web_login_required'],
  [
    '550 MAIL from: "user@example.com" blocked "Class Of Service" - Too much traffic from this sender',
    'auth_rate_limited',
  ],
  ['Policy rejection; Message count exceeded', 'auth_rate_limited'],
  ['554 5.7.1 Indirizzo IP bloccato temporaneamente per sospetto abuso', 'auth_account_locked'],
  // A mailbox named without "piena" is no quota.
  ['Casella postale non trovata', null],
])

readings("iOS Mail's messages, by the key and the code that raise them", [
  ['The server “imap.example.com” cannot be contacted on port 993.', 'net_unreachable'],
  ['The certificate hostname does not match “imap.example.com”.', 'tls_cert_hostname_mismatch'],
  [
    'Unable to verify SSL server imap.example.com\nThe certificate hostname does not match “imap.example.com”.',
    'tls_cert_hostname_mismatch',
  ],
  ['There is no root certificate for this server.', 'tls_cert_untrusted'],
  ['The certificate for the server is invalid.', 'tls_cert_untrusted'],
  [
    'An SSL error occurred while trying to read data from the server “imap.example.com”. ' +
      'Verify that this server supports SSL and that your account settings are correct.',
    'tls_handshake_failed',
  ],
  [
    'No password provided for “user@example.com”.\n\nPlease go to Mail Account Settings and enter a password.',
    'auth_bad_credentials',
  ],
  ['Verification Required\nLog in to your Google account', 'auth_web_login_required'],
  // The fallbacks that cover several failures stay the general connection reading, a guess.
  [
    'The mail server “imap.example.com” is not responding. ' +
      'Verify that you have entered the correct account info in Mail settings.',
    'tcp_timeout',
  ],
  // "Verification Required" alone names nothing.
  ['Verification Required', null],
])

readings("Outlook's, Windows' and Android's own words for a certificate, a refused login and a DNS pause", [
  ['The security certificate was issued by a company you have not chosen to trust.', 'tls_cert_untrusted'],
  [
    'Il certificato di protezione è stato rilasciato da una società che non si è scelto di considerare attendibile.',
    'tls_cert_untrusted',
  ],
  ['0x800CCC78 SMTP_REJECTED_SENDER', 'smtp_sender_rejected'],
  // The server's reply beside the code says why, and is read first.
  [
    'Unable to send the message. Please verify the e-mail address in your account properties. ' +
      'The server responded: 530 5.7.0 Must issue a STARTTLS command first. Error Number: 0x800CCC78',
    'auth_plaintext_disabled',
  ],
  ['Error code: 0x80072F0D', 'tls_cert_untrusted'],
  ['0x80072f06', 'tls_cert_hostname_mismatch'],
  ["Can't safely connect to server.\n(Cannot verify hostname: imap.example.com)", 'tls_cert_hostname_mismatch'],
  [
    'Impossibile connettersi in modo sicuro al server.\n(Cannot verify hostname: imap.example.com)',
    'tls_cert_hostname_mismatch',
  ],
  ["Can't safely connect to server.", 'tls_cert_untrusted'],
  ["La password o l'indirizzo email non sono corretti", 'auth_bad_credentials'],
  ['That password is incorrect for your Microsoft account.', 'auth_bad_credentials'],
  ["You've tried to sign in too many times with an incorrect account or password.", 'auth_rate_limited'],
  ['Insecure connection. Would you like to log in anyway?', 'tls_cert_untrusted'],
  [
    'This is usually a temporary error during hostname resolution and means that the local server ' +
      'did not receive a response from an authoritative server.',
    'dns_servfail',
  ],
])

readings("simplesmtp's refused MAIL FROM (nodemailer before 1.0)", [
  [
    "{ [SenderError: Mail from command failed - 501 Syntax error] name: 'SenderError', data: '501 Syntax error' }",
    'smtp_sender_rejected',
  ],
  ['Mail from command failed - 550 5.7.1 Sender not allowed', 'smtp_sender_rejected'],
  // A temporary refusal is a wait, not the sender: the envelope rows read only permanent codes.
  ['Mail from command failed - 451 4.3.0 Temporary server error', 'server_unavailable'],
])

readings("providers', hosts' and sending services' refusals in their own words", [
  [
    '5.7.8 Error: authentication failed: Your message looks like spam. ' +
      'You need to use web for sending or prove you are not a robot',
    'auth_web_login_required',
  ],
  ['a1 NO no such user', 'auth_bad_credentials'],
  [
    '554 5.0.0 Error: transaction failed, blame it on the weather: cannot send from address: a@example.com',
    'smtp_sender_rejected',
  ],
  ['Account storage limit', 'mailbox_over_quota'],
  ['Domain example.com has an outgoing mail suspension. Message discarded.', 'auth_account_locked'],
  ['5.7.1 Sender domain not allowed', 'smtp_sender_rejected'],
  ['A1 NO account does not have IMAP access enabled', 'imap_disabled'],
  ['A1 NO LOGIN failed (wrong host)', 'wrong_server_name'],
  ['-ERR pop.example.com Zimbra POP3 server closing connection; service busy', 'server_unavailable'],
  ['The server responded: 503 valid RCPT command must precede DATA', 'smtp_relay_denied'],
  [
    'Domain example.com is not allowed to send: The domain is unverified and requires DNS configuration.',
    'smtp_sender_rejected',
  ],
  ['Sender signature not defined for From address.', 'smtp_sender_rejected'],
  ['"a@example.com" is not an authorized sender email address for your account.', 'smtp_sender_rejected'],
  ['InvalidClientTokenId', 'auth_bad_credentials'],
  ['550 5.1.8 Bad outbound sender', 'auth_account_locked'],
  // A 5.1.8 that names the sender address, not a blocked account, stays the sender.
  ['550 5.1.8 Sender address rejected: Domain not found', 'smtp_sender_rejected'],
])

describe('a provider named by its mail domain, and QQ Mail, which takes only its authorization code', () => {
  const refusal = 'Invalid login: 535 Error: authentication failed'
  it('reads a refused login at Gmail as an app password whether the hint is "gmail" or "gmail.com"', () => {
    expect(read(refusal, undefined, 'gmail')).toBe('auth_app_password_required')
    expect(read(refusal, undefined, 'gmail.com')).toBe('auth_app_password_required')
  })
  it("reads a refused login at QQ Mail's servers or domain as its authorization code", () => {
    expect(read(`smtp.qq.com: ${refusal}`)).toBe('auth_app_password_required')
    expect(read(refusal, undefined, 'qq.com')).toBe('auth_app_password_required')
  })
  it("leaves Tencent Exmail, which signs in another way, and a domain no provider owns to the refusal's words", () => {
    expect(read(`smtp.exmail.qq.com: ${refusal}`)).toBe('auth_bad_credentials')
    expect(read(refusal, undefined, 'example.org')).toBe('auth_bad_credentials')
  })
  it('reads a host refusing a From that is not the logged-in account as the sender', () => {
    expect(
      read(
        'Message denied for spoofing attempt via SMTP Auth (From address: a@b.example AuthenticatedID: c@d.example)',
      ),
    ).toBe('smtp_sender_rejected')
  })
})

describe('a certificate among the other usual causes of a failed connection', () => {
  const others = (text: string) => explainMessage(text, {}, 'en').alsoSeen?.map((a) => a.cause) ?? []
  it('is offered after a bare "could not connect", which threads also saw end in an untrusted certificate', () => {
    expect(others('Creating account failed: Error connecting to mail server')).toContain('tls_cert_untrusted')
  })
  it('is not offered after a timeout the message itself shows: no certificate was sent yet', () => {
    expect(others('Error: connect ETIMEDOUT 142.250.1.108:587')).not.toContain('tls_cert_untrusted')
  })
})

describe("the provider's own fix under a mail-domain hint", () => {
  it("shows QQ Mail's authorization-code steps when the hint is its domain", () => {
    const e = explainMessage('Invalid login: 535 Error: authentication failed', { provider: 'qq.com' }, 'en')
    expect(e.cause).toBe('auth_app_password_required')
    expect(e.fixes?.[0]).toMatch(/authorization code/)
  })
})

readings("the Gmail app's and Samsung Email's own messages, by the AOSP key behind each", [
  ['Account "user@example.com" needs to login from browser.', 'auth_web_login_required'],
  ['L\'account "user@example.com" deve eseguire l\'accesso dal browser.', 'auth_web_login_required'],
  ['Über Browser anmelden', 'auth_web_login_required'],
  ['Too many refreshes. Please try again later.', 'auth_rate_limited'],
  ['Troppi aggiornamenti. Riprova più tardi.', 'auth_rate_limited'],
  ['There was a problem securing the connection.', 'tls_handshake_failed'],
  ['Connessione alla rete non riuscita', 'net_unreachable'],
  ['Échec de la connexion au réseau.', 'net_unreachable'],
  ['Airplane mode is ON or Network is down', 'net_unreachable'],
  ['Nome utente e password non corrispondono.', 'auth_bad_credentials'],
  ['STARTTLS required but not supported by server.', 'starttls_not_offered'],
  ['TLS non supportato dal server', 'starttls_not_offered'],
  ['Impossibile connettersi al server in modo sicuro', 'tls_cert_untrusted'],
  // The detail after it names the fault: a certificate for other names.
  [
    'No se puede conectar de forma segura con el servidor. Cannot verify hostname: imap.example.com',
    'tls_cert_hostname_mismatch',
  ],
])

readings("the Linux desktop's mail programs and the GNOME network stack, in English and Italian", [
  ['Temporarily unable to resolve “imap.example.com”', 'dns_servfail'],
  ['Errore nel risolvere «imap.example.com»: Nessun indirizzo associato al nome host', 'dns_no_address'],
  ['Rete irraggiungibile', 'net_unreachable'],
  ["Errore nell'eseguire l'handshake TLS: È stato ricevuto un pacchetto TLS inatteso.", 'tls_wrong_mode'],
  ['Error performing TLS handshake: Could not negotiate a supported cipher suite.', 'tls_old_protocol'],
  ['Il nodo ha inviato un avviso TLS fatale: Errore nella versione del protocollo', 'tls_old_protocol'],
  ['The signing certificate authority is not known.', 'tls_cert_untrusted'],
  ['La data di attivazione del certificato è nel futuro.', 'tls_cert_not_yet_valid'],
  ['Failed to refresh access token. Sign to the server again, please.', 'auth_token_invalid'],
  ['Failed to connect to POP server pop.example.com in secure mode', 'starttls_failed'],
  // The missing capability it names instead is read as such.
  [
    'Failed to connect to POP server pop.example.com in secure mode: STLS not supported by server',
    'starttls_not_offered',
  ],
  ['Certificate is for mail.example.net, but connection is to imap.example.com.', 'tls_cert_hostname_mismatch'],
  ['Il certificato per imap.example.com è scaduto. Continuare?', 'tls_cert_expired'],
  ['Errore IMAP su imap.example.com: errore LOGIN', 'auth_bad_credentials'],
  ['IMAP4 server disables LOGIN.', 'auth_plaintext_disabled'],
  ['Impossibile avviare la sessione TLS.', 'starttls_failed'],
  ['Impossibile accedere a pop.example.com. La password potrebbe essere sbagliata.', 'auth_bad_credentials'],
  // The server's reply quoted after it says why: a pause, not the password.
  [
    'Impossibile accedere a pop.tiscali.it. La password potrebbe essere sbagliata.\n\n' +
      'Il server ha detto: «[SYS/TEMP] Servizio temporaneamente non disponibile»',
    'server_unavailable',
  ],
  ['Nessun certificato può essere verificato', 'tls_cert_untrusted'],
])
