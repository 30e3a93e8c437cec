// Thunderbird's connection, login, TLS and sending errors in hu, ro, el (thunderbird-l10n-more-rules.ts
// says how they are read).
import type { ClassifierRule } from './rule.js'
import { COMPOSE, IMAP, LOCAL, MESSENGER, SETUP, tbRows } from './thunderbird-l10n-meaning.js'

export const TB_HU: ClassifierRule[] = [
  ...tbRows('hu', MESSENGER, {
    unknownHostError: /^A\s+kapcsolódás\s+a\(z\)\s+\S+\s+kiszolgálóhoz\s+sikertelen\s+volt[.。]?$/,
    oAuth2Error: /Hitelesítési\s+hiba\s+a\(z\)\s+\S+\s+kiszolgálóhoz\s+csatlakozás\s+közben/,
    connectionRefusedError: /A\s+kapcsolatot\s+elutasította\s+a\(z\)\s+\S+\s+kiszolgáló/,
    netTimeoutError: /A\(z\)\s+\S+\s+kiszolgálóhoz\s+kapcsolódás\s+túllépte\s+a\s+maximális\s+várakozási\s+időt/,
    netResetError: /A\(z\)\s+\S+\s+kiszolgálóhoz\s+való\s+kapcsolat\s+alaphelyzetbe\s+állt/,
    netInterruptError: /A\(z\)\s+\S+\s+kiszolgálóhoz\s+való\s+kapcsolat\s+megszakításra\s+került/,
    mailServerLoginFailed2: /Sikertelen\s+bejelentkezés\s+\S+\s+kiszolgálóra\s+\S+\s+felhasználónévvel/,
  }),
  ...tbRows('hu', IMAP, {
    imapServerNotImap4: /A\(z\)\s+\S+\s+levelezőkiszolgáló\s+nem\s+IMAP4-kiszolgáló/,
    imapConnectionRefusedError:
      /Nem\s+lehet\s+a\(z\)\s+\S+\s+levelezőkiszolgálóhoz\s+kapcsolódni;\s+a\s+kapcsolat\s+el\s+lett\s+utasítva/,
    imapTlsError: /Nem\s+felülbírálható\s+TLS\s+hiba\s+történt/,
    imapServerDisconnected: /Megszakadt\s+az\s+összeköttetés\s+a\(z\)\s+\S+\s+kiszolgálóval/,
    imapServerDroppedConnection2:
      /Ha\s+a\s+probléma\s+továbbra\s+is\s+fennáll,\s+lehet,\s+hogy\s+túllépte\s+a\s+kiszolgálókapcsolatok\s+legnagyobb\s+számát/,
    imapAuthChangeEncryptToPlainSSL: /Az\s+IMAP-kiszolgáló\s+\(\S+\)\s+nem\s+támogatja\s+a\s+titkosított\s+jelszavakat/,
    imapAuthChangePlainToEncrypt:
      /Az\s+IMAP-kiszolgáló\s+\(\S+\)\s+nem\s+engedi\s+meg\s+a\s+sima\s+szöveges\s+jelszavak\s+használatát/,
    imapAuthChangeEncryptToPlainNoSSL:
      /Az\s+IMAP-kiszolgáló\s+\(\S+\)\s+nem\s+támogatja\s+a\s+titkosított\s+jelszavakat/,
    imapAuthMechNotSupported:
      /Az\s+IMAP-kiszolgáló\s+\(\S+\)\s+nem\s+támogatja\s+a\s+kiválasztott\s+hitelesítési\s+módszert/,
    imapAuthGssapiFailed: /A\s+Kerberos\/GSSAPI\s+jegyet\s+nem\s+fogadta\s+el\s+a\(z\)\s+\S+\s+IMAP-kiszolgáló/,
  }),
  ...tbRows('hu', LOCAL, {
    pop3UsernameFailure: /A\s+felhasználói\s+név\s+elküldése\s+nem\s+volt\s+sikeres/,
    pop3PasswordFailed: /felhasználó\s+jelszavának\s+elküldése\s+nem\s+volt\s+sikeres/,
    pop3TempServerError: /Ideiglenes\s+hiba\s+a\(z\)\s+\S+\s+részéről\s+az\s+új\s+üzenetek\s+lekérésekor/,
    nsErrorCouldNotConnectViaTls: /Nem\s+sikerült\s+TLS-kapcsolatot\s+létrehozni\s+a\s+POP3-kiszolgálóval/,
    pop3AuthChangeEncryptToPlainNoSSL: /Ez\s+a\s+POP3-kiszolgáló\s+nem\s+támogatja\s+a\s+titkosított\s+jelszavakat/,
    pop3AuthChangeEncryptToPlainSSL: /Ez\s+a\s+POP3-kiszolgáló\s+nem\s+támogatja\s+a\s+titkosított\s+jelszavakat/,
    pop3AuthChangePlainToEncrypt:
      /Ez\s+a\s+POP3-kiszolgáló\s+nem\s+engedi\s+meg\s+a\s+sima\s+szöveges\s+jelszavak\s+használatát/,
    pop3AuthMechNotSupported: /A\s+kiszolgáló\s+nem\s+támogatja\s+a\s+kiválasztott\s+hitelesítési\s+módszert/,
    pop3GssapiFailure: /A\s+Kerberos\/GSSAPI\s+jegyet\s+nem\s+fogadta\s+el\s+a\s+POP-kiszolgáló/,
  }),
  ...tbRows('hu', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Hiba\s+történt\s+a\s+levél\s+küldésekor:\s+a\(z\)\s+\S+\s+levélküldő\s+kiszolgáló\s+\(SMTP\)\s+ismeretlen/,
    smtpSendRequestRefused:
      /Az\s+üzenet\s+küldése\s+sikertelen,\s+mert\s+nem\s+lehetett\s+kapcsolatot\s+teremteni\s+a\s+levélküldő\s+\(SMTP\)\s+kiszolgálóval\s+\(\S+\)/,
    smtpSendInterrupted:
      /Az\s+üzenet\s+küldése\s+sikertelen,\s+mert\s+a\s+levélküldő\s+\(SMTP\)\s+kiszolgálóval\s+\(\S+\)\s+való\s+kapcsolat\s+megszakadt\s+a\s+tranzakció\s+közben/,
    smtpSendTimeout:
      /Az\s+üzenet\s+küldése\s+sikertelen,\s+mert\s+a\s+levélküldő\s+\(SMTP\)\s+kiszolgálóval\s+\(\S+\)\s+való\s+kapcsolat\s+időtúllépés\s+miatt\s+megszakadt/,
    startTlsFailed:
      /Hiba\s+történt\s+a\s+levél\s+küldésekor:\s+Nem\s+sikerült\s+kapcsolódni\s+a\(z\)\s+\S+\s+levélküldő\s+\(SMTP\)\s+kiszolgálóhoz\s+a\s+STARTTLS\s+használatával,\s+ugyanis\s+az\s+nem\s+hirdeti/,
    smtpAuthFailure: /Nem\s+sikerült\s+a\s+hitelesítés\s+a\(z\)\s+\S+\s+levélküldő\s+\(SMTP\)\s+kiszolgálóhoz/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Úgy\s+tűnik,\s+a\s+levélküldő\s+\(SMTP\)\s+kiszolgáló\s+\(\S+\)\s+nem\s+támogatja\s+a\s+titkosított\s+jelszavakat/,
    smtpHintAuthEncryptToPlainSsl:
      /A\s+levélküldő\s+\(SMTP\)\s+kiszolgáló\s+\(\S+\)\s+nem\s+támogatja\s+a\s+titkosított\s+jelszavak\s+használatát/,
    smtpHintAuthPlainToEncrypt:
      /A\s+levélküldő\s+\(SMTP\)\s+kiszolgáló\s+\(\S+\)\s+nem\s+engedi\s+meg\s+a\s+sima\s+szöveges\s+jelszavak\s+használatát/,
    smtpAuthGssapi:
      /A\s+Kerberos\/GSSAPI\s+jegyet\s+nem\s+fogadta\s+el\s+a\(z\)\s+\S+\s+levélküldő\s+\(SMTP\)\s+kiszolgáló/,
    smtpAuthMechNotSupported:
      /A\s+levélküldő\s+\(SMTP\)\s+kiszolgáló\s+\(\S+\)\s+nem\s+támogatja\s+a\s+kiválasztott\s+hitelesítési\s+módszert/,
  }),
  ...tbRows('hu', SETUP, {
    'account-setup-credentials-wrong':
      /Hitelesítés\s+sikertelen\.\s+Ellenőrizze\s+a\s+felhasználónevet\s+és\s+a\s+jelszót/,
    'account-setup-credentials-incomplete':
      /Hitelesítés\s+sikertelen\.\s+A\s+megadott\s+hitelesítő\s+adatok\s+hibásak\s+vagy\s+külön\s+felhasználónév\s+szükséges\s+a\s+bejelentkezéshez/,
  }),
]

export const TB_RO: ClassifierRule[] = [
  ...tbRows('ro', MESSENGER, {
    unknownHostError: /^Conexiunea\s+cu\s+serverul\s+\S+\s+nu\s+a\s+reușit[.。]?$/,
    oAuth2Error: /Autentificarea\s+a\s+eșuat\s+în\s+timpul\s+conectării\s+la\s+serverul\s+\S+/,
    connectionRefusedError: /Nu\s+se\s+poate\s+conecta\s+la\s+serverul\s+\S+;\s+conexiunea\s+a\s+fost\s+refuzată/,
    netTimeoutError: /Conexiunea\s+cu\s+serverul\s+\S+\s+a\s+expirat/,
    netResetError: /Conexiunea\s+cu\s+serverul\s+\S+\s+a\s+fost\s+resetată/,
    netInterruptError: /Conexiunea\s+cu\s+serverul\s+\S+\s+a\s+fost\s+întreruptă/,
    mailServerLoginFailed2: /Autentificarea\s+pe\s+serverul\s+\S+\s+folosind\s+utilizatorul\s+\S+\s+a\s+eșuat/,
  }),
  ...tbRows('ro', IMAP, {
    imapServerNotImap4: /Serverul\s+de\s+mail\s+\S+\s+nu\s+este\s+un\s+server\s+IMAP4/,
    imapUnknownHostError: /^Conexiunea\s+cu\s+serverul\s+\S+\s+a\s+eșuat[.。]?$/,
    imapConnectionRefusedError:
      /Nu\s+se\s+poate\s+conecta\s+la\s+serverul\s+de\s+mail\s+\S+;\s+conexiunea\s+a\s+fost\s+refuzată/,
    imapTlsError: /A\s+apărut\s+o\s+eroare\s+TLS\s+care\s+nu\s+poate\s+fi\s+eliminată/,
    imapServerDisconnected: /Serverul\s+\S+\s+a\s+întrerupt\s+conexiunea/,
    imapServerDroppedConnection2:
      /Dacă\s+problema\s+persistă,\s+e\s+posibil\s+că\s+ai\s+depășit\s+numărul\s+maxim\s+de\s+conexiuni\s+pe\s+acest\s+server/,
    imapAuthChangeEncryptToPlainSSL:
      /Serverul\s+IMAP\s+\S+\s+nu\s+pare\s+să\s+aibă\s+suport\s+pentru\s+parole\s+criptate/,
    imapAuthChangePlainToEncrypt: /Serverul\s+IMAP\s+\S+\s+nu\s+permite\s+parole\s+în\s+clar/,
    imapAuthChangeEncryptToPlainNoSSL:
      /Serverul\s+IMAP\s+\S+\s+nu\s+pare\s+să\s+aibă\s+suport\s+pentru\s+parole\s+criptate/,
    imapAuthMechNotSupported:
      /Serverul\s+IMAP\s+\S+\s+nu\s+are\s+suport\s+pentru\s+metoda\s+de\s+autentificare\s+selectată/,
    imapAuthGssapiFailed: /Certificatul\s+Kerberos\/GSSAPI\s+nu\s+a\s+fost\s+acceptat\s+de\s+serverul\s+IMAP\s+\S+/,
  }),
  ...tbRows('ro', LOCAL, {
    pop3UsernameFailure: /Trimiterea\s+numelui\s+de\s+utilizator\s+nu\s+a\s+reușit/,
    pop3PasswordFailed: /Transmiterea\s+parolei\s+pentru\s+utilizatorul\s+\S+\s+nu\s+a\s+reușit/,
    pop3TempServerError: /Eroare\s+temporară\s+pentru\s+\S+,\s+când\s+se\s+preluau\s+mesajele\s+noi/,
    nsErrorCouldNotConnectViaTls: /Nu\s+s-a\s+putut\s+stabili\s+conexiunea\s+TLS\s+la\s+serverul\s+POP3/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Acest\s+server\s+POP3\s+nu\s+pare\s+să\s+aibă\s+suport\s+pentru\s+parole\s+criptate/,
    pop3AuthChangeEncryptToPlainSSL:
      /Acest\s+server\s+POP3\s+nu\s+pare\s+să\s+aibă\s+suport\s+pentru\s+parole\s+criptate/,
    pop3AuthChangePlainToEncrypt: /Acest\s+server\s+POP3\s+nu\s+permite\s+parole\s+în\s+clar/,
    pop3AuthMechNotSupported: /Serverul\s+nu\s+acceptă\s+metoda\s+de\s+autentificare\s+selectată/,
    pop3GssapiFailure: /Certificatul\s+Kerberos\/GSSAPI\s+nu\s+a\s+fost\s+acceptat\s+de\s+serverul\s+POP/,
  }),
  ...tbRows('ro', COMPOSE, {
    smtpSendFailedUnknownServer:
      /S-a\s+produs\s+o\s+eroare\s+la\s+trimiterea\s+mesajului:\s+serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+este\s+necunoscut/,
    smtpSendRequestRefused:
      /Mesajul\s+nu\s+a\s+putut\s+fi\s+trimis\s+deoarece\s+conexiunea\s+cu\s+serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+a\s+eșuat/,
    smtpSendInterrupted:
      /Mesajul\s+nu\s+a\s+putut\s+fi\s+trimis\s+deoarece\s+conexiunea\s+la\s+serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+s-a\s+pierdut\s+în\s+mijlocul\s+tranzacției/,
    smtpSendTimeout:
      /Mesajul\s+nu\s+a\s+putut\s+fi\s+trimis\s+deoarece\s+conexiunea\s+la\s+serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+a\s+expirat/,
    startTlsFailed:
      /S-a\s+produs\s+o\s+eroare\s+la\s+trimiterea\s+de\s+e-mail:\s+Nu\s+se\s+poate\s+stabili\s+o\s+conexiune\s+sigură\s+cu\s+serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+folosind\s+STARTTLS\s+pentru\s+că/,
    smtpAuthFailure: /Nu\s+se\s+poate\s+efectua\s+autentificarea\s+la\s+serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+nu\s+pare\s+să\s+aibă\s+suport\s+pentru\s+parole\s+criptate/,
    smtpHintAuthEncryptToPlainSsl:
      /Serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+nu\s+pare\s+să\s+aibă\s+suport\s+pentru\s+parole\s+criptate/,
    smtpHintAuthPlainToEncrypt: /Serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+nu\s+permite\s+parole\s+în\s+clar/,
    smtpAuthGssapi:
      /Certificatul\s+Kerberos\/GSSAPI\s+nu\s+a\s+fost\s+acceptat\s+de\s+serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+/,
    smtpAuthMechNotSupported:
      /Serverul\s+de\s+trimitere\s+\(SMTP\)\s+\S+\s+nu\s+are\s+suport\s+pentru\s+metoda\s+de\s+autentificare\s+selectată/,
  }),
  ...tbRows('ro', SETUP, {
    'account-setup-credentials-wrong':
      /Autentificare\s+eșuată\.\s+Te\s+rugăm\s+să\s+verifici\s+numele\s+de\s+utilizator\s+și\s+parola/,
    'account-setup-credentials-incomplete':
      /Autentificare\s+eșuată\.\s+Fie\s+datele\s+de\s+autentificare\s+introduse\s+sunt\s+incorecte,\s+fie\s+este\s+necesar\s+un\s+nume\s+de\s+utilizator\s+separat\s+pentru\s+autentificare/,
  }),
]

export const TB_EL: ClassifierRule[] = [
  ...tbRows('el', MESSENGER, {
    unknownHostError: /^Αποτυχία\s+σύνδεσης\s+με\s+τον\s+διακομιστή\s+«\S+»[.。]?$/,
    oAuth2Error: /Αποτυχία\s+ταυτοποίησης\s+κατά\s+τη\s+σύνδεση\s+με\s+τον\s+διακομιστή\s+\S+/,
    connectionRefusedError:
      /Δεν\s+ήταν\s+δυνατή\s+η\s+σύνδεση\s+με\s+τον\s+διακομιστή\s+«\S+»·\s+η\s+σύνδεση\s+απορρίφθηκε/,
    netTimeoutError: /Το\s+χρονικό\s+όριο\s+σύνδεσης\s+με\s+τον\s+διακομιστή\s+«\S+»\s+έληξε/,
    netResetError: /Έγινε\s+επαναφορά\s+της\s+σύνδεσης\s+με\s+τον\s+διακομιστή\s+«\S+»/,
    netInterruptError: /Η\s+σύνδεση\s+με\s+τον\s+διακομιστή\s+«\S+»\s+διακόπηκε/,
    mailServerLoginFailed2: /Η\s+είσοδος\s+στον\s+διακομιστή\s+«\S+»\s+με\s+το\s+όνομα\s+χρήστη\s+«\S+»\s+απέτυχε/,
  }),
  ...tbRows('el', IMAP, {
    imapServerNotImap4: /Ο\s+διακομιστής\s+αλληλογραφίας\s+\S+\s+δεν\s+είναι\s+διακομιστής\s+αλληλογραφίας\s+IMAP4/,
    imapConnectionRefusedError: /Δεν\s+ήταν\s+δυνατή\s+η\s+σύνδεση\s+με\s+τον\s+διακομιστή\s+\S+/,
    imapTlsError: /Προέκυψε\s+μη\s+παρακάμψιμο\s+σφάλμα\s+TLS/,
    imapServerDisconnected: /Ο\s+διακομιστής\s+\S+\s+αποσυνδέθηκε,\s+πιθανό\s+πρόβλημα\s+δικτύου/,
    imapServerDroppedConnection2:
      /Αν\s+το\s+πρόβλημα\s+παραμένει,\s+ενδέχεται\s+να\s+έχετε\s+υπερβεί\s+τον\s+μέγιστο\s+αριθμό\s+συνδέσεων\s+σε\s+αυτόν\s+τον\s+διακομιστή/,
    imapAuthChangeEncryptToPlainSSL: /Ο\s+διακομιστής\s+IMAP\s+\S+\s+δεν\s+υποστηρίζει\s+κρυπτογραφημένους\s+κωδικούς/,
    imapAuthChangePlainToEncrypt:
      /Ο\s+διακομιστής\s+IMAP\s+\S+\s+δεν\s+υποστηρίζει\s+κωδικούς\s+πρόσβασης\s+απλού\s+κειμένου/,
    imapAuthMechNotSupported:
      /Ο\s+διακομιστής\s+IMAP\s+\S+\s+δεν\s+υποστηρίζει\s+την\s+επιλεγμένη\s+μέθοδο\s+ταυτοποίησης/,
    imapAuthGssapiFailed: /Το\s+αίτημα\s+Kerberos\/GSSAPI\s+δεν\s+έγινε\s+δεκτό\s+από\s+τον\s+διακομιστή\s+IMAP\s+\S+/,
  }),
  ...tbRows('el', LOCAL, {
    pop3UsernameFailure: /Αποτυχία\s+αποστολής\s+ονόματος\s+χρήστη/,
    pop3PasswordFailed: /Η\s+αποστολή\s+του\s+κωδικού\s+πρόσβασης\s+του\s+χρήστη\s+«\S+»\s+απέτυχε/,
    pop3TempServerError: /Προσωρινό\s+σφάλμα\s+από\s+το\s+\S+\s+κατά\s+τη\s+λήψη\s+νέων\s+μηνυμάτων/,
    nsErrorCouldNotConnectViaTls:
      /Δεν\s+είναι\s+δυνατή\s+η\s+δημιουργία\s+σύνδεσης\s+TLS\s+με\s+τον\s+διακομιστή\s+POP3/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Αυτός\s+ο\s+διακομιστής\s+POP3\s+δεν\s+φαίνεται\s+να\s+υποστηρίζει\s+κρυπτογραφημένους\s+κωδικούς\s+πρόσβασης/,
    pop3AuthChangeEncryptToPlainSSL:
      /Αυτός\s+ο\s+διακομιστής\s+POP3\s+δεν\s+φαίνεται\s+να\s+υποστηρίζει\s+κρυπτογραφημένους\s+κωδικούς\s+πρόσβασης/,
    pop3AuthChangePlainToEncrypt:
      /Αυτός\s+ο\s+διακομιστής\s+POP3\s+δεν\s+υποστηρίζει\s+κωδικούς\s+πρόσβασης\s+απλού\s+κειμένου/,
    pop3AuthMechNotSupported: /Ο\s+διακομιστής\s+δεν\s+υποστηρίζει\s+την\s+επιλεγμένη\s+μέθοδο\s+ταυτοποίησης/,
    pop3GssapiFailure: /Το\s+αίτημα\s+Kerberos\/GSSAPI\s+δεν\s+έγινε\s+δεκτό\s+από\s+τον\s+διακομιστή\s+POP/,
  }),
  ...tbRows('el', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Σφάλμα\s+κατά\s+την\s+αποστολή\s+αλληλογραφίας\.\s+Ο\s+διακομιστής\s+SMTP\s+\S+\s+είναι\s+άγνωστος/,
    smtpSendRequestRefused:
      /Δεν\s+ήταν\s+δυνατή\s+η\s+αποστολή\s+του\s+μηνύματος\s+επειδή\s+απέτυχε\s+η\s+σύνδεση\s+στον\s+διακομιστή\s+εξερχομένων\s+\(SMTP\)\s+«\S+»/,
    smtpSendInterrupted:
      /Το\s+μήνυμα\s+δεν\s+στάλθηκε\s+επειδή\s+χάθηκε\s+η\s+σύνδεση\s+με\s+τον\s+διακομιστή\s+SMTP\s+\S+/,
    smtpSendTimeout:
      /Το\s+μήνυμα\s+δεν\s+στάλθηκε\s+επειδή\s+έληξε\s+το\s+όριο\s+χρόνου\s+σύνδεσης\s+με\s+τον\s+διακομιστή\s+SMTP\s+\S+/,
    startTlsFailed:
      /Προέκυψε\s+σφάλμα\s+κατά\s+την\s+αποστολή\s+email:\s+Δεν\s+ήταν\s+δυνατή\s+η\s+δημιουργία\s+ασφαλούς\s+σύνδεσης\s+με\s+τον\s+διακομιστή\s+εξερχομένων\s+\(SMTP\)\s+\S+\s+με\s+χρήση\s+STARTTLS/,
    smtpAuthFailure: /Δεν\s+είναι\s+δυνατή\s+η\s+ταυτοποίηση\s+στον\s+διακομιστή\s+εξερχομένων\s+\(SMTP\)\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Ο\s+διακομιστής\s+εξερχομένων\s+\(SMTP\)\s+\S+\s+δεν\s+φαίνεται\s+να\s+υποστηρίζει\s+κρυπτογραφημένους\s+κωδικούς\s+πρόσβασης/,
    smtpHintAuthEncryptToPlainSsl:
      /Αυτός\s+ο\s+διακομιστής\s+SMTP\s+\S+\s+δεν\s+υποστηρίζει\s+κρυπτογραφημένους\s+κωδικούς/,
    smtpHintAuthPlainToEncrypt:
      /Ο\s+διακομιστής\s+εξερχομένων\s+\(SMTP\)\s+\S+\s+δεν\s+υποστηρίζει\s+κωδικούς\s+πρόσβασης\s+απλού\s+κειμένου/,
    smtpAuthGssapi:
      /Το\s+αίτημα\s+Kerberos\/GSSAPI\s+δεν\s+έγινε\s+δεκτό\s+από\s+τον\s+διακομιστή\s+εξερχομένων\s+\(SMTP\)\s+\S+/,
    smtpAuthMechNotSupported:
      /Ο\s+διακομιστής\s+εξερχομένων\s+\(SMTP\)\s+\S+\s+δεν\s+υποστηρίζει\s+την\s+επιλεγμένη\s+μέθοδο\s+ταυτοποίησης/,
  }),
  ...tbRows('el', SETUP, {
    'account-setup-credentials-wrong':
      /Η\s+ταυτοποίηση\s+απέτυχε\.\s+Ελέγξτε\s+το\s+όνομα\s+χρήστη\s+και\s+τον\s+κωδικό\s+πρόσβασης/,
    'account-setup-credentials-incomplete':
      /Η\s+ταυτοποίηση\s+απέτυχε\.\s+Είτε\s+τα\s+διαπιστευτήρια\s+που\s+εισαγάγατε\s+είναι\s+εσφαλμένα\s+είτε\s+απαιτείται\s+ξεχωριστό\s+όνομα\s+χρήστη\s+για\s+σύνδεση/,
  }),
]
