// The shapes real pastes come in (issue 14, second round): a client or server log with timestamps
// around the reply, SMTP multi-line replies, IMAP tagged and POP3 replies with and without codes,
// and text mis-decoded on its way (UTF-8 read as Latin-1/Windows-1252, GBK read as Latin-1).
// Also keyword traps written from the servers' sources. None of these texts is in the corpus.
import { describe, expect, it } from 'vitest'
import { classifyCause } from '../src/diagnose/classify.js'
import { repairMojibake } from '../src/diagnose/wrapper.js'

const PASTES: Array<[string, string]> = [
  // Logs and transcripts around the reply.
  [
    'auth_bad_credentials',
    '2026-11-30 10:12:01.123 [IMAP] >> A0001 LOGIN "max@example.com" ****\n' +
      '2026-11-30 10:12:01.456 [IMAP] << A0001 NO [AUTHENTICATIONFAILED] Authentication failed.',
  ],
  [
    'server_unavailable',
    '10:12:01 C: a1 LOGIN user ***\n10:12:02 S: a1 NO [UNAVAILABLE] Temporary authentication failure. [mx:2026-11-30]',
  ],
  [
    'auth_plaintext_disabled',
    'Nov 30 10:12:01 host dovecot: pop3-login: Disconnected (tried to use disallowed plaintext auth): rip=203.0.113.7',
  ],
  // SMTP multi-line and IMAP/POP3 replies with and without codes.
  ['auth_web_login_required', '534-5.7.14 Please log in via your web browser and\n534 5.7.14 then try again. - gsmtp'],
  ['auth_bad_credentials', '-ERR Invalid login or password'],
  ['auth_rate_limited', '-ERR [LOGIN-DELAY] minimum time between mail checks violation'],
  ['auth_mechanism_unsupported', '-ERR Unsupported authentication mechanism.'],
  ['starttls_not_offered', '500 5.5.1 Unrecognized command: STARTTLS'],
  // Keyword traps from the servers' sources.
  ['auth_plaintext_disabled', '-ERR Command not permitted without TLS'],
  ['mailbox_over_quota', 'a2 NO [LIMIT] Mailbox quota exceeded'],
  ['auth_token_invalid', '535 5.7.3 Authentication unsuccessful: token expired'],
  ['smtp_relay_denied', '550 Relaying is prohibited'],
  ['smtp_relay_denied', '554 5.7.1 <user@example.org>: Recipient address rejected: Access denied'],
  ['server_unavailable', '454 4.7.0 Temporary authentication failure: Connection lost to authentication server'],
  ['auth_rate_limited', '452 4.7.28 mx.example.org Session exceeded transfer quota.'],
  // German, French, Spanish wording.
  ['auth_bad_credentials', 'Ungültige Anmeldedaten'],
  ['mailbox_over_quota', 'Speicherplatz voll: Das Postfach hat die maximale Größe erreicht'],
  ['tls_cert_untrusted', 'Das Zertifikat ist nicht vertrauenswürdig'],
  ['auth_bad_credentials', "Échec de l'authentification"],
  // German Windows, .NET and mail programs.
  [
    'tcp_timeout',
    'Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne ' +
      'nicht richtig reagiert hat',
  ],
  ['tcp_reset', 'Eine vorhandene Verbindung wurde vom Remotehost geschlossen.'],
  ['dns_nxdomain', 'Der angegebene Host ist unbekannt.'],
  ['dns_servfail', 'Dies ist normalerweise ein vorübergehender Fehler bei der Namensauflösung.'],
  ['tls_cert_untrusted', 'Das Remotezertifikat ist laut Validierungsverfahren ungültig.'],
  ['tcp_reset', 'Ihr Server hat die Verbindung unerwartet beendet.'],
  ['auth_bad_credentials', 'Das Passwort für den Account „IMAP“ ist falsch.'],
  ['auth_web_login_required', 'Ihr Passwort ist abgelaufen. Bitte ändern Sie es im Webmailer.'],
  ['imap_disabled', 'IMAP ist für Ihr Konto nicht freigeschaltet'],
  ['auth_rate_limited', 'Maximale Anzahl gleichzeitiger Verbindungen erreicht'],
  ['smtp_relay_denied', 'SMTP-Versand nur nach Anmeldung möglich'],
  ['auth_plaintext_disabled', 'Anmeldung ohne Verschlüsselung nicht erlaubt'],
  // "abgelehnt" alone is any refusal: here the password's, not the connection's.
  ['auth_bad_credentials', 'Das Passwort für den Account "max@example.de" wurde vom Server abgelehnt.'],
  // Mis-decoded text.
  ['auth_bad_credentials', "Ã‰chec de l'authentification : identifiant ou mot de passe incorrect"],
  ['auth_bad_credentials', 'Error de autenticaciÃ³n: usuario o contraseÃ±a incorrectos'],
  ['mailbox_over_quota', 'La casella di posta Ã¨ piena'],
  ['tcp_timeout', 'Zeitï¿½berschreitung der Verbindung mit dem Server imap.example.de.'],
  ['auth_account_locked', '554 DT:SPM ÕËºÅ±»¶³½á'],
]

describe('real paste shapes', () => {
  it.each(PASTES)('reads %s from: %s', (cause, text) => {
    expect(classifyCause({ text })).toBe(cause)
  })
})

// Round 4: a provider's guess needs the login stage; a client's bare "could not connect" is read last.
describe('provider guesses and bare connection failures (issue 14, round 4)', () => {
  it('reads a pasted GMX login failure as the password, and only a login seen at the auth stage as IMAP off', () => {
    const text = 'Anmeldung fehlgeschlagen - Der Server imap.gmx.net meldete: [AUTHENTICATIONFAILED] Login failed.'
    expect(classifyCause({ text })).toBe('auth_bad_credentials')
    expect(classifyCause({ text: '-ERR [AUTH] Login failed.', protocol: 'pop3', host: 'pop.web.de' })).toBe(
      'auth_bad_credentials',
    )
    const seen = { text: 'a1 NO Login failed', protocol: 'imap', stage: 'auth', provider: 'gmx' }
    expect(classifyCause(seen)).toBe('imap_disabled')
  })

  it('reads a bare "could not connect" as no answer, after any reason or error number the text gives', () => {
    expect(classifyCause({ text: 'Connection Doctor: Could not connect to this SMTP server.' })).toBe('tcp_timeout')
    expect(classifyCause({ text: 'Impossible de se connecter à ce serveur IMAP.' })).toBe('tcp_timeout')
    expect(classifyCause({ text: 'Cannot connect to the server. Error Number: 0x800CCC0F' })).toBe('tcp_reset')
    expect(classifyCause({ text: 'Could not connect to mail.example.org: connection refused' })).toBe('tcp_refused')
  })
})

// Round 4: Windows' socket texts in fr/es, camel's STARTTLS, Thunderbird for Android's missing capability,
// a login failure named with the user, and a server line that quotes another code as its detail.
const ROUND4: Array<[string, string]> = [
  [
    'tcp_refused',
    "Envoi impossible : aucune connexion n'a pu être établie car l'ordinateur cible l'a expressément refusée.",
  ],
  [
    'tcp_refused',
    'No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión.',
  ],
  ['tcp_reset', 'IOException: Se ha anulado una conexión establecida por el software en su equipo host.'],
  [
    'tcp_timeout',
    "mail.example.fr:993 : le participant connecté n'a pas répondu convenablement au-delà d'une certaine durée",
  ],
  ['starttls_failed', 'Failed to issue STARTTLS'],
  ['starttls_not_offered', 'Missing server capability\n\nThe server is missing this capability:\nSTARTTLS'],
  ['auth_mechanism_unsupported', 'Missing server capability\n\nThe server is missing this capability:\nAUTH=PLAIN'],
  ['auth_bad_credentials', "Échec de la connexion depuis le serveur mail.example.fr avec le nom d'utilisateur anne."],
  [
    'smtp_relay_denied',
    '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful',
  ],
  // Webmail and library wording (Roundcube, PHPMailer) in fr and it.
  ['auth_rate_limited', 'Trop de destinataires : 250 pour un maximum de 100.'],
  ['auth_rate_limited', 'Attendere 45 secondi prima di inviare di nuovo.'],
  ['mailbox_over_quota', 'Échec : aucun espace disque libre sur le serveur.'],
  ['auth_bad_credentials', 'Utente o password non corretti.'],
  ['auth_bad_credentials', "Erreur : échec lors de l'authentification (535)."],
]

describe('round 4 vocabulary (issue 14)', () => {
  it.each(ROUND4)('reads %s from: %s', (cause, text) => {
    expect(classifyCause({ text })).toBe(cause)
  })
})

describe('repairMojibake', () => {
  it('decodes UTF-8 read as Latin-1 or Windows-1252, and leaves real accented text alone', () => {
    expect(repairMojibake('ungÃ¼ltig, piÃ¹, Ã‰chec')).toBe('ungültig, più, Échec')
    expect(repairMojibake('caffè è già Größe')).toBe('caffè è già Größe')
  })

  it('adds the Chinese that GBK read as Latin-1 stood for', () => {
    expect(repairMojibake('535 Error: ÊÚÈ¨Âë')).toBe('535 Error: ÊÚÈ¨Âë\n授权码')
  })
})
