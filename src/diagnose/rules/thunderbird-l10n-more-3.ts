// Thunderbird's connection, login, TLS and sending errors in da, nb-NO, fi, tr (thunderbird-l10n-more-rules.ts
// says how they are read).
import type { ClassifierRule } from './rule.js'
import { COMPOSE, IMAP, LOCAL, MESSENGER, SETUP, tbRows } from './thunderbird-l10n-meaning.js'

export const TB_DA: ClassifierRule[] = [
  ...tbRows('da', MESSENGER, {
    unknownHostError: /^Kunne\s+ikke\s+oprette\s+forbindelse\s+til\s+serveren\s+hos\s+\S+[.。]?$/,
    oAuth2Error: /Godkendelsesfejl\s+under\s+tilslutning\s+til\s+serveren\s+\S+/,
    connectionRefusedError:
      /Kunne\s+ikke\s+oprette\s+forbindelse\s+til\s+serveren\s+hos\s+\S+;\s+forbindelsen\s+blev\s+afvist/,
    netTimeoutError: /Tidsfristen\s+for\s+forbindelsen\s+til\s+serveren\s+\S+\s+er\s+udløbet/,
    netResetError: /Forbindelsen\s+til\s+serveren\s+\S+\s+blev\s+nulstillet/,
    netInterruptError: /Forbindelsen\s+til\s+serveren\s+\S+\s+blev\s+afbrudt/,
    mailServerLoginFailed2: /Login\s+på\s+serveren\s+\S+\s+med\s+brugernavnet\s+\S+\s+misykkedes/,
  }),
  ...tbRows('da', IMAP, {
    imapServerNotImap4: /Serveren\s+\S+\s+er\s+ikke\s+en\s+IMAP4-server/,
    imapOAuth2Error: /Godkendelsesfejl\s+ved\s+tilslutning\s+til\s+server\s+\S+/,
    imapConnectionRefusedError:
      /Kunne\s+ikke\s+oprette\s+forbindelse\s+til\s+mailserveren\s+hos\s+\S+;\s+forbindelsen\s+blev\s+afvist/,
    imapTlsError: /Der\s+opstod\s+en\s+TLS-fejl,\s+som\s+ikke\s+kan\s+ignoreres/,
    imapServerDisconnected: /Serveren\s+\S+\s+har\s+afbrudt\s+forbindelsen/,
    imapServerDroppedConnection2:
      /Hvis\s+problemet\s+fortsætter,\s+kan\s+det\s+være\s+fordi,\s+du\s+har\s+overskredet\s+det\s+maksimalt\s+tilladte\s+antal\s+forbindelser\s+til\s+denne\s+server/,
    imapAuthChangeEncryptToPlainSSL:
      /IMAP-serveren\s+\S+\s+understøtter\s+tilsyneladende\s+ikke\s+krypterede\s+adgangskoder/,
    imapAuthChangePlainToEncrypt: /IMAP-serveren\s+\S+\s+tillader\s+ikke\s+ukrypterede\s+adgangskoder/,
    imapAuthChangeEncryptToPlainNoSSL:
      /IMAP-serveren\s+\S+\s+understøtter\s+tilsyneladende\s+ikke\s+krypterede\s+adgangskoder/,
    imapAuthMechNotSupported: /IMAP-serveren\s+\S+\s+understøtter\s+ikke\s+den\s+valgte\s+sikkerhedsindstilling/,
    imapAuthGssapiFailed: /Kerberos\/GSSAPI-ticket\s+blev\s+ikke\s+accepteret\s+af\s+IMAP-serveren\s+\S+/,
  }),
  ...tbRows('da', LOCAL, {
    pop3UsernameFailure: /Afsendelsen\s+af\s+brugernavnet\s+mislykkedes/,
    pop3PasswordFailed: /Afsendelsen\s+af\s+adgangskoden\s+for\s+brugeren\s+\S+\s+mislykkedes/,
    pop3TempServerError: /Midlertidig\s+fejl\s+fra\s+\S+\s+under\s+modtagelse\s+af\s+nye\s+meddelelser/,
    nsErrorCouldNotConnectViaTls: /Kunne\s+ikke\s+etablere\s+TLS-forbindelse\s+til\s+POP3-server/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /POP3-serveren\s+understøtter\s+tilsyneladende\s+ikke\s+krypterede\s+adgangskoder/,
    pop3AuthChangeEncryptToPlainSSL: /POP3-serveren\s+understøtter\s+tilsyneladende\s+ikke\s+krypterede\s+adgangskoder/,
    pop3AuthChangePlainToEncrypt: /POP3-serveren\s+tillader\s+ikke\s+ukrypterede\s+adgangskoder/,
    pop3AuthMechNotSupported: /Serveren\s+understøtter\s+ikke\s+den\s+valgte\s+sikkerhedsindstilling/,
    pop3GssapiFailure: /Kerberos\/GSSAPI-ticket\s+blev\s+ikke\s+accepteret\s+af\s+POP3-serveren/,
  }),
  ...tbRows('da', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Der\s+opstod\s+en\s+fejl\s+ved\s+afsendelse\s+af\s+meddelelsen:\s+SMTP-serveren\s+\S+\s+er\s+ukendt/,
    smtpSendRequestRefused:
      /Meddelelsen\s+kunne\s+ikke\s+sendes,\s+fordi\s+tidsfristen\s+for\s+forbindelsen\s+til\s+SMTP-serveren\s+\S+\s+mislykkedes/,
    smtpSendInterrupted:
      /Meddelelsen\s+kunne\s+ikke\s+sendes,\s+fordi\s+forbindelsen\s+til\s+SMTP-serveren\s+\S+\s+forsvandt\s+midt\s+i\s+overførslen/,
    smtpSendTimeout:
      /Meddelelsen\s+kunne\s+ikke\s+sendes\s+fordi\s+tiden\s+for\s+forbindelsen\s+til\s+SMTP-serveren\s+\S+\s+løb\s+ud/,
    startTlsFailed:
      /Der\s+opstod\s+en\s+fejl\s+ved\s+afsendelse\s+af\s+meddelelsen:\s+Kunne\s+ikke\s+etablere\s+en\s+sikker\s+forbindelse\s+med\s+SMTP-serveren\s+\S+\s+ved\s+brug\s+af\s+STARTTLS,\s+da\s+den\s+ikke/,
    smtpAuthFailure: /Kunne\s+ikke\s+godkendes\s+af\s+SMTP-serveren\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /SMTP-serveren\s+\S+\s+understøtter\s+tilsyneladende\s+ikke\s+krypterede\s+adgangskoder/,
    smtpHintAuthEncryptToPlainSsl:
      /SMTP-serveren\s+\S+\s+understøtter\s+tilsyneladende\s+ikke\s+krypterede\s+adgangskoder/,
    smtpHintAuthPlainToEncrypt: /SMTP-serveren\s+\S+\s+tillader\s+ikke\s+ukrypterede\s+adgangskoder/,
    smtpAuthGssapi: /Kerberos\/GSSAPI-ticket\s+blev\s+ikke\s+accepteret\s+af\s+SMTP-serveren\s+\S+/,
    smtpAuthMechNotSupported: /SMTP-serveren\s+\S+\s+understøtter\s+ikke\s+den\s+valgte\s+sikkerhedsindstilling/,
  }),
  ...tbRows('da', SETUP, {
    'account-setup-credentials-wrong': /Godkendelse\s+mislykkedes\.\s+Kontroller\s+brugernavn\s+og\s+adgangskode/,
    'account-setup-credentials-incomplete':
      /Godkendelse\s+mislykkedes\.\s+Enten\s+er\s+de\s+indtastede\s+oplysninger\s+forkerte,\s+eller\s+der\s+skal\s+bruges\s+et\s+separat\s+brugernavn\s+for\s+at\s+logge\s+ind/,
  }),
]

export const TB_NB_NO: ClassifierRule[] = [
  ...tbRows('nb-NO', MESSENGER, {
    unknownHostError: /^Klarte\s+ikke\s+koble\s+til\s+serveren\s+\S+[.。]?$/,
    oAuth2Error: /Autentiseringsfeil\s+ved\s+tilkobling\s+til\s+server\s+\S+/,
    connectionRefusedError: /Klarte\s+ikke\s+koble\s+til\s+serveren\s+\S+;\s+tilkoblingen\s+ble\s+avvist/,
    netTimeoutError: /Tilkoblingen\s+til\s+\S+\s+fikk\s+tidsavbrudd/,
    netResetError: /Tilkobling\s+til\s+server\s+\S+\s+ble\s+nullstilt/,
    netInterruptError: /Tilkobling\s+til\s+server\s+\S+\s+ble\s+avbrutt/,
    mailServerLoginFailed2: /Innlogging\s+på\s+serveren\s+\S+\s+med\s+brukernavnet\s+\S+\s+feilet/,
  }),
  ...tbRows('nb-NO', IMAP, {
    imapServerNotImap4: /E-postserveren\s+\S+\s+er\s+ikke\s+en\s+IMAP4-server/,
    imapUnknownHostError: /^Klarte\s+ikke\s+koble\s+til\s+server\s+\S+[.。]?$/,
    imapConnectionRefusedError: /Klarte\s+ikke\s+koble\s+til\s+e-postserveren\s+\S+;\s+tilkoblingen\s+ble\s+avvist/,
    imapNetTimeoutError: /Tilkobling\s+til\s+server\s+\S+\s+fikk\s+tidsavbrudd/,
    imapTlsError: /Det\s+oppstod\s+en\s+TLS-feil\s+som\s+ikke\s+kan\s+overstyres/,
    imapServerDisconnected:
      /Serveren\s+\S+\s+har\s+koblet\s+fra\.\s+Serveren\s+kan\s+ha\s+blitt\s+slått\s+av,\s+eller\s+et\s+nettverksproblem\s+kan\s+ha\s+oppstått/,
    imapServerDroppedConnection2:
      /Hvis\s+problemet\s+vedvarer,\s+kan\s+det\s+hende\s+du\s+kan\s+ha\s+overskredet\s+det\s+maksimale\s+antallet\s+tilkoblinger\s+til\s+denne\s+serveren/,
    imapAuthChangeEncryptToPlainSSL: /IMAP-serveren\s+\S+\s+ser\s+ikke\s+ut\s+til\s+å\s+støtte\s+krypterte\s+passord/,
    imapAuthChangePlainToEncrypt: /IMAP-serveren\s+\S+\s+tillater\s+ikke\s+passord\s+som\s+overføres\s+i\s+klartekst/,
    imapAuthChangeEncryptToPlainNoSSL: /IMAP-serveren\s+\S+\s+ser\s+ikke\s+ut\s+til\s+å\s+støtte\s+krypterte\s+passord/,
    imapAuthMechNotSupported: /IMAP-serveren\s+\S+\s+støtter\s+ikke\s+den\s+valgte\s+autentiseringsmetoden/,
    imapAuthGssapiFailed: /Din\s+Kerberos\/GSSAPI-ticket\s+ble\s+avslått\s+av\s+IMAP-serveren\s+\S+/,
  }),
  ...tbRows('nb-NO', LOCAL, {
    pop3UsernameFailure: /Klarte\s+ikke\s+sende\s+brukernavn\s+til\s+serveren/,
    pop3PasswordFailed: /Klarte\s+ikke\s+sende\s+passordet\s+til\s+brukeren\s+\S+/,
    pop3TempServerError: /Midlertidig\s+feil\s+fra\s+\S+\s+under\s+henting\s+av\s+nye\s+meldinger/,
    nsErrorCouldNotConnectViaTls: /Klarte\s+ikke\s+å\s+opprette\s+TLS-tilkobling\s+til\s+POP3-serveren/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Denne\s+POP3-serveren\s+ser\s+ikke\s+ut\s+til\s+å\s+støtte\s+krypterte\s+passord/,
    pop3AuthChangeEncryptToPlainSSL: /Denne\s+POP3-serveren\s+ser\s+ikke\s+ut\s+til\s+å\s+støtte\s+krypterte\s+passord/,
    pop3AuthChangePlainToEncrypt: /Denne\s+POP3-serveren\s+tillater\s+ikke\s+passord\s+i\s+ren\s+tekst/,
    pop3AuthMechNotSupported: /Serveren\s+støtter\s+ikke\s+den\s+valgte\s+autentiseringsmetoden/,
    pop3GssapiFailure: /Din\s+Kerberos\/GSSAPI-ticket\s+ble\s+ikke\s+akseptert\s+av\s+POP-serveren/,
  }),
  ...tbRows('nb-NO', COMPOSE, {
    smtpSendFailedUnknownServer: /Klarte\s+ikke\s+sende\s+meldingen:\s+SMTP-serveren\s+\S+\s+er\s+ukjent/,
    smtpSendRequestRefused:
      /Klarte\s+ikke\s+sende\s+meldingen\s+fordi\s+tilkoblingen\s+til\s+utgående\s+server\s+\(SMTP\)\s+\S+\s+mislyktes/,
    smtpSendInterrupted:
      /Klarte\s+ikke\s+sende\s+meldingen\s+fordi\s+tilkoblingen\s+til\s+SMTP-serveren\s+\S+\s+ble\s+mistet\s+midt\s+i\s+en\s+transaksjon/,
    smtpSendTimeout:
      /Klarte\s+ikke\s+sende\s+meldingen\s+fordi\s+tilkoblingen\s+til\s+SMTP-serveren\s+\S+\s+fikk\s+tidsavbrudd/,
    startTlsFailed:
      /En\s+feil\s+oppstod\s+ved\s+sending\s+av\s+post:\s+Klarte\s+ikke\s+å\s+opprette\s+en\s+sikker\s+kommunikasjonskanal\s+mot\s+SMTP-serveren\s+\S+\s+med\s+STARTTLS,\s+siden\s+den\s+ikke\s+støtter/,
    smtpAuthFailure: /Klarte\s+ikke\s+å\s+autentisere\s+mot\s+SMTP-serveren\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Den\s+utgående\s+tjeneren\s+\(SMTP\)\s+\S+\s+ser\s+ikke\s+ut\s+til\s+å\s+støtte\s+krypterte\s+passord/,
    smtpHintAuthEncryptToPlainSsl:
      /Den\s+utgående\s+serveren\s+\(SMTP\)\s+\S+\s+ser\s+ikke\s+ut\s+til\s+å\s+støtte\s+krypterte\s+passord/,
    smtpHintAuthPlainToEncrypt:
      /Den\s+utgående\s+serveren\s+\(SMTP\)\s+\S+\s+tillater\s+ikke\s+passord\s+i\s+klartekst/,
    smtpAuthGssapi: /Din\s+Kerberos\/GSSAPI-ticket\s+ble\s+ikke\s+godkjent\s+av\s+SMTP-serveren\s+\S+/,
    smtpAuthMechNotSupported: /SMTP-serveren\s+\S+\s+støtter\s+ikke\s+den\s+valgte\s+autentiseringsmetoden/,
  }),
  ...tbRows('nb-NO', SETUP, {
    'account-setup-credentials-wrong': /Autentiseringen\s+mislyktes\.\s+Kontroller\s+brukernavn\s+og\s+passord/,
    'account-setup-credentials-incomplete':
      /Autentiseringen\s+mislyktes\.\s+Enten\s+er\s+den\s+oppgitte\s+legitimasjonen\s+feil,\s+eller\s+det\s+kreves\s+et\s+eget\s+brukernavn\s+for\s+å\s+logge\s+på/,
  }),
]

export const TB_FI: ClassifierRule[] = [
  ...tbRows('fi', MESSENGER, {
    unknownHostError: /^Yhteys\s+palvelimeen\s+\S+\s+ei\s+onnistu[.。]?$/,
    oAuth2Error: /Kirjautumisvirhe\s+yhdistettäessä\s+palvelimeen\s+\S+/,
    connectionRefusedError: /Ei\s+voitu\s+yhdistää\s+palvelimeen\s+\S+;\s+yhdistäminen\s+estettiin/,
    netTimeoutError: /Yhteys\s+palvelimeen\s+\S+\s+aikakatkaistiin/,
    netResetError: /Yhteys\s+palvelimeen\s+\S+\s+nollattiin/,
    netInterruptError: /Yhteys\s+palvelimeen\s+\S+\s+keskeytyi/,
    mailServerLoginFailed2: /Kirjautuminen\s+palvelimelle\s+\S+\s+käyttäjänimellä\s+\S+\s+epäonnistui/,
  }),
  ...tbRows('fi', IMAP, {
    imapServerNotImap4: /Sähköpostipalvelin\s+\S+\s+ei\s+ole\s+IMAP4-postipalvelin/,
    imapUnknownHostError: /^Yhteyden\s+muodostaminen\s+palvelimeen\s+\S+\s+epäonnistui[.。]?$/,
    imapConnectionRefusedError: /Postipalvelimeen\s+\S+\s+ei\s+saatu\s+yhteyttä/,
    imapTlsError: /Tapahtui\s+ohittamaton\s+TLS-virhe/,
    imapServerDisconnected: /Yhteys\s+palvelimeen\s+\S+\s+on\s+katkennut/,
    imapServerDroppedConnection2:
      /Jos\s+ongelma\s+jatkuu,\s+olet\s+saattanut\s+ylittää\s+tämän\s+palvelimen\s+yhteyksien\s+enimmäismäärän/,
    imapAuthChangeEncryptToPlainSSL: /IMAP-palvelin\s+\S+\s+ei\s+näytä\s+tukevan\s+salattuja\s+salasanoja/,
    imapAuthChangePlainToEncrypt: /IMAP-palvelin\s+\S+\s+ei\s+hyväksy\s+salaamattomia\s+salasanoja/,
    imapAuthChangeEncryptToPlainNoSSL: /IMAP-palvelin\s+\S+\s+ei\s+näytä\s+tukevan\s+salattuja\s+salasanoja/,
    imapAuthMechNotSupported: /IMAP-palvelimen\s+\S+\s+ei\s+tue\s+valittua\s+todennustapaa/,
    imapAuthGssapiFailed: /IMAP-palvelin\s+\S+\s+ei\s+hyväksynyt\s+Kerberos\/GSSAPI-lippuasi/,
  }),
  ...tbRows('fi', LOCAL, {
    pop3UsernameFailure: /Käyttäjätunnuksen\s+lähettäminen\s+ei\s+onnistunut/,
    pop3PasswordFailed: /Käyttäjän\s+\S+\s+salasanan\s+lähettäminen\s+ei\s+onnistunut/,
    pop3TempServerError: /Väliaikainen\s+virhe\s+palvelimelta\s+\S+\s+haettaessa\s+uusia\s+viestejä/,
    nsErrorCouldNotConnectViaTls: /TLS-yhteyttä\s+POP3-palvelimeen\s+ei\s+kyetty\s+muodostamaan/,
    pop3AuthChangeEncryptToPlainNoSSL: /POP3-palvelin\s+ei\s+näytä\s+tukevan\s+salattuja\s+salasanoja/,
    pop3AuthChangeEncryptToPlainSSL: /POP3-palvelin\s+ei\s+näytä\s+tukevan\s+salattuja\s+salasanoja/,
    pop3AuthChangePlainToEncrypt: /POP3-palvelin\s+ei\s+hyväksy\s+salaamattomia\s+salasanoja/,
    pop3AuthMechNotSupported: /Palvelin\s+ei\s+tue\s+valittua\s+todennustapaa/,
    pop3GssapiFailure: /POP-palvelin\s+ei\s+hyväksynyt\s+Kerberos\/GSSAPI-lippuasi/,
  }),
  ...tbRows('fi', COMPOSE, {
    smtpSendFailedUnknownServer: /Postia\s+lähetettäessä\s+tapahtui\s+virhe:\s+SMTP-palvelinta\s+\S+\s+ei\s+tunneta/,
    smtpSendRequestRefused:
      /Viestiä\s+ei\s+voitu\s+lähettää,\s+koska\s+yhteyttä\s+lähtevän\s+postin\s+palvelimeen\s+\(SMTP\)\s+\S+\s+ei\s+onnistuttu\s+luomaan/,
    smtpSendInterrupted:
      /Viestiä\s+ei\s+voitu\s+lähettää,\s+koska\s+yhteys\s+SMTP-palvelimeen\s+\S+\s+katkesi\s+kesken\s+tiedonsiirron/,
    smtpSendTimeout: /Viestiä\s+ei\s+voitu\s+lähettää,\s+koska\s+yhteys\s+SMTP-palvelimeen\s+\S+\s+aikakatkaistiin/,
    startTlsFailed:
      /Postia\s+lähetettäessä\s+tapahtui\s+virhe:\s+SMTP-palvelimeen\s+\S+\s+ei\s+kyetty\s+muodostamaan\s+suojattua\s+yhteyttä\s+STARTTLS-käytännöllä,\s+koska\s+palvelin\s+ei\s+kerro/,
    smtpAuthFailure: /Todennus\s+SMTP-palvelimelle\s+\S+\s+epäonnistui/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Lähtevän\s+postin\s+palvelin\s+\(SMTP\)\s+\S+\s+ei\s+näytä\s+tukevan\s+salattuja\s+salasanoja/,
    smtpHintAuthEncryptToPlainSsl:
      /Lähtevän\s+postin\s+palvelin\s+\(SMTP\)\s+\S+\s+ei\s+näytä\s+tukevan\s+salattuja\s+salasanoja/,
    smtpHintAuthPlainToEncrypt:
      /Lähtevän\s+postin\s+palvelin\s+\(SMTP\)\s+\S+\s+ei\s+hyväksy\s+salaamattomia\s+salasanoja/,
    smtpAuthGssapi: /SMTP-palvelin\s+\S+\s+ei\s+hyväksynyt\s+Kerberos\/GSSAPI-lippuasi/,
    smtpAuthMechNotSupported: /SMTP-palvelin\s+\S+\s+ei\s+tue\s+valittua\s+todennustapaa/,
  }),
  ...tbRows('fi', SETUP, {
    'account-setup-credentials-wrong': /Todennus\s+epäonnistui\.\s+Tarkista\s+käyttäjätunnus\s+ja\s+salasana/,
    'account-setup-credentials-incomplete':
      /Tunnistautuminen\s+epäonnistui\.\s+Joko\s+annetut\s+kirjautumistiedot\s+ovat\s+väärin\s+tai\s+kirjautumiseen\s+vaaditaan\s+toinen\s+käyttäjänimi/,
  }),
]

export const TB_TR: ClassifierRule[] = [
  ...tbRows('tr', MESSENGER, {
    unknownHostError: /^\S+\s+sunucusuna\s+bağlanılamadı[.。]?$/,
    oAuth2Error: /sunucusuna\s+bağlanırken\s+kimlik\s+doğrulama\s+başarısız\s+oldu/,
    connectionRefusedError: /sunucusuna\s+bağlanılamadı\.\s+Bağlantı\s+reddedildi/,
    netTimeoutError: /sunucusuna\s+bağlantı\s+zaman\s+aşımına\s+uğradı/,
    netResetError: /sunucusuyla\s+bağlantı\s+sıfırlandı/,
    netInterruptError: /sunucusuyla\s+bağlantı\s+kesildi/,
    mailServerLoginFailed2: /sunucusuna\s+\S+\s+kullanıcı\s+adıyla\s+giriş\s+başarısız\s+oldu/,
  }),
  ...tbRows('tr', IMAP, {
    imapServerNotImap4: /posta\s+sunucusu\s+IMAP4\s+sunucusu\s+değil/,
    imapOAuth2Error: /sunucusuna\s+bağlanırken\s+kimlik\s+doğrulanamadı/,
    imapConnectionRefusedError: /posta\s+sunucusuna\s+bağlanılamadı/,
    imapTlsError: /Geçersiz\s+kılınamayan\s+TLS\s+hatası\s+oluştu/,
    imapServerDisconnected: /sunucusuyla\s+bağlantı\s+kesildi/,
    imapServerDroppedConnection2:
      /Sorun\s+devam\s+ederse\s+bu\s+sunucuya\s+maksimum\s+bağlantı\s+sayısını\s+aşmış\s+olabilirsiniz/,
    imapAuthChangeEncryptToPlainSSL: /IMAP\s+sunucusu\s+şifrelenmiş\s+parolaları\s+desteklemiyor/,
    imapAuthChangePlainToEncrypt: /IMAP\s+sunucusu\s+düz\s+metin\s+parolalara\s+izin\s+vermiyor/,
    imapAuthChangeEncryptToPlainNoSSL: /IMAP\s+sunucusu\s+şifrelenmiş\s+parolaları\s+desteklemiyor/,
    imapAuthMechNotSupported: /IMAP\s+sunucusu\s+seçilen\s+yetkilendirme\s+yöntemini\s+desteklemiyor/,
    imapAuthGssapiFailed: /Kerberos\/GSSAPI\s+bileti\s+\S+\s+IMAP\s+sunucusu\s+tarafından\s+kabul\s+edilmedi/,
  }),
  ...tbRows('tr', LOCAL, {
    pop3UsernameFailure: /Kullanıcı\s+adı\s+gönderilemedi/,
    pop3PasswordFailed: /kullanıcısı\s+için\s+parola\s+gönderilemedi/,
    pop3TempServerError: /Yeni\s+iletiler\s+alınırken\s+\S+\s+sunucusunda\s+geçici\s+hata\s+meydana\s+geldi/,
    nsErrorCouldNotConnectViaTls: /POP3\s+sunucusu\s+için\s+TLS\s+bağlantısı\s+kurulamıyor/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Bu\s+POP3\s+sunucusu\s+şifrelenmiş\s+parolaları\s+desteklemiyor\.\s+Bu\s+hesabı\s+yeni\s+kurduysanız,\s+lütfen\s+'Hesap\s+ayarları\s+\|\s+Sunucu\s+ayarları'\s+bölümündeki/,
    pop3AuthChangeEncryptToPlainSSL:
      /Bu\s+POP3\s+sunucusu\s+şifrelenmiş\s+parolaları\s+desteklemiyor\.\s+Bu\s+hesabı\s+yeni\s+kurduysanız,\s+lütfen\s+'Hesap\s+ayarları\s+\|\s+Sunucu\s+ayarları'\s+bölümündeki/,
    pop3AuthMechNotSupported: /Sunucu\s+seçilen\s+yetkilendirme\s+yöntemini\s+desteklemiyor/,
    pop3GssapiFailure: /Kerberos\/GSSAPI\s+bileti\s+SMTP\s+sunucusu\s+tarafından\s+kabul\s+edilmedi/,
  }),
  ...tbRows('tr', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Posta\s+gönderirken\s+bir\s+hata\s+meydana\s+geldi:\s+Giden\s+sunucusu\s+\(SMTP\)\s+\S+\s+bilinmiyor/,
    smtpSendRequestRefused:
      /giden\s+sunucusu\s+\(SMTP\)\s+ile\s+bağlantı\s+başarısız\s+olduğu\s+için\s+ileti\s+gönderilemedi/,
    smtpSendInterrupted:
      /İleti\s+gönderilemedi\s+çünkü\s+işlem\s+sırasında\s+\S+\s+giden\s+sunucusu\s+\(SMTP\)\s+ile\s+bağlantı\s+koptu/,
    smtpSendTimeout:
      /İleti\s+gönderilemedi\s+çünkü\s+\S+\s+giden\s+sunucusu\s+\(SMTP\)\s+ile\s+bağlantı\s+zaman\s+aşımına\s+uğradı/,
    startTlsFailed:
      /Posta\s+gönderirken\s+bir\s+hata\s+meydana\s+geldi:\s+STARTTLS\s+kullanılarak\s+\S+\s+SMTP\s+sunucusuyla\s+güvenli\s+bir\s+bağlantı\s+sağlanamadı,\s+çünkü\s+sunucu\s+bu\s+özelliği/,
    smtpAuthFailure: /giden\s+sunucusunda\s+\(SMTP\)\s+kimlik\s+doğrulanamadı/,
    smtpHintAuthEncryptToPlainNoSsl: /giden\s+sunucusu\s+\(SMTP\)\s+şifrelenmiş\s+parolaları\s+desteklemiyor/,
    smtpHintAuthEncryptToPlainSsl: /giden\s+sunucusu\s+\(SMTP\)\s+şifrelenmiş\s+parolaları\s+desteklemiyor/,
    smtpHintAuthPlainToEncrypt: /giden\s+sunucusu\s+\(SMTP\)\s+düz\s+metin\s+biçimindeki\s+parolaları\s+desteklemiyor/,
    smtpAuthGssapi: /Kerberos\/GSSAPI\s+bileti\s+\S+\s+giden\s+sunucusu\s+\(SMTP\)\s+tarafından\s+kabul\s+edilmedi/,
    smtpAuthMechNotSupported:
      /giden\s+sunucusu\s+\(SMTP\)\s+sunucusu\s+seçilen\s+yetkilendirme\s+yöntemini\s+desteklemiyor/,
  }),
  ...tbRows('tr', SETUP, {
    'account-setup-credentials-wrong':
      /Kimlik\s+doğrulama\s+başarısız\s+oldu\.\s+Lütfen\s+kullanıcı\s+adını\s+ve\s+parolayı\s+kontrol\s+edin/,
    'account-setup-credentials-incomplete':
      /Kimlik\s+doğrulama\s+başarısız\s+oldu\.\s+Girilen\s+kimlik\s+bilgileri\s+yanlış\s+veya\s+oturum\s+açmak\s+için\s+ayrı\s+bir\s+kullanıcı\s+adı\s+gerekiyor/,
  }),
]
