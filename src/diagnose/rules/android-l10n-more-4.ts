// The AOSP Email app's and Thunderbird for Android's connection, login and TLS errors in hu, el, da, nb, fi, vi
// (android-l10n-more-rules.ts says how they are read).
import {
  type AndroidRows,
  CERT,
  LEGACY,
  NOTIFY,
  SETTINGS,
  VALIDATE,
  androidLang,
  aospRows,
  k9Rows,
} from './android-l10n-more-1.js'

export const ANDROID_HU: AndroidRows = androidLang(
  aospRows('hu', {
    tlsRequired: /TLS\s+szükséges,\s+de\s+a\s+szerver\s+nem\s+támogatja/,
    authRequired: /A\s+szerver\s+nem\s+támogatja\s+a\s+hitelesítési\s+módokat/,
    authMessage: /Helytelen\s+felhasználónév\s+vagy\s+jelszó/,
    certificateMessage: /Nem\s+lehet\s+biztonságos\s+kapcsolatot\s+létesíteni\s+a\s+szerverrel/,
    security: /Nem\s+sikerült\s+megnyitni\s+a\s+kapcsolatot\s+a\s+szerverrel\s+egy\s+biztonsági\s+hiba\s+miatt/,
    ioError: /^\s*Nem\s+sikerült\s+megnyitni\s+a\s+kapcsolatot\s+a\s+szerverrel[.。]?\s*$/m,
    serverMessage: /^\s*Nem\s+lehet\s+kapcsolatot\s+létesíteni\s+a\s+szerverrel[.。]?\s*$/m,
    loginFailedTicker: /^\s*A\(z\)\s+\S+?\s+fiókba\s+való\s+bejelentkezés\s+sikertelen[.。]?\s*$/m,
    loginFailedTitle: /^\s*Sikertelen\s+bejelentkezés[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'hu', {
    incomingAuthFailed: /A\s+hitelesítés\s+sikertelen\s+a\s+következőnél:\s+\S+/,
    outgoingAuthFailed: /A\s+hitelesítés\s+sikertelen\s+a\s+következőnél:\s+\S+/,
    certificateError: /^\s*Tanúsítványhiba:\s+\S+/m,
  }),
  k9Rows(LEGACY, 'hu', {
    authFailed: /A\s+hitelesítés\s+sikertelen:\s+\S+/,
    certificateError: /^\s*Tanúsítványhiba:\s+\S+/m,
  }),
  k9Rows(CERT, 'hu', {
    securityThreat:
      /Az\s+alkalmazás\s+lehetséges\s+biztonsági\s+fenyegetést\s+észlelt,\s+és\s+nem\s+folytatta\s+a\s+kapcsolódást\s+a\(z\)\s+\S+\s+felé/,
  }),
  k9Rows(VALIDATE, 'hu', {
    authError: /^\s*Hitelesítési\s+hiba\s*[.!！]?\s*$/,
    missingCapability: /A\s+kiszolgálóból\s+hiányzik\s+ez\s+a\s+funkció\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'hu', {
    passwordAuthFailed: /^\s*A\s+hitelesítés\s+sikertelen\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_EL: AndroidRows = androidLang(
  aospRows('el', {
    tlsRequired: /Το\s+TLS\s+απαιτείται\s+αλλά\s+δεν\s+υποστηρίζεται\s+από\s+τον\s+διακομιστή/,
    authRequired: /Οι\s+μέθοδοι\s+ελέγχου\s+ταυτότητας\s+δεν\s+υποστηρίζονται\s+από\s+τον\s+διακομιστή/,
    authMessage: /Λάθος\s+όνομα\s+χρήστη\s+ή\s+κωδικός\s+πρόσβασης/,
    certificateMessage: /Δεν\s+είναι\s+δυνατή\s+η\s+ασφαλής\s+σύνδεση\s+με\s+τον\s+διακομιστή/,
    security:
      /Δεν\s+ήταν\s+δυνατό\s+το\s+άνοιγμα\s+της\s+σύνδεσης\s+στον\s+διακομιστή\s+επειδή\s+προέκυψε\s+σφάλμα\s+ασφάλειας/,
    ioError: /^\s*Δεν\s+ήταν\s+δυνατό\s+το\s+άνοιγμα\s+της\s+σύνδεσης\s+στον\s+διακομιστή[.。]?\s*$/m,
    serverMessage: /^\s*Δεν\s+είναι\s+δυνατή\s+η\s+σύνδεση\s+με\s+τον\s+διακομιστή[.。]?\s*$/m,
    loginFailedTicker: /^\s*Η\s+σύνδεση\s+στον\s+λογαριασμό\s+\S+?\s+δεν\s+ήταν\s+επιτυχής[.。]?\s*$/m,
    loginFailedTitle: /^\s*Δεν\s+ήταν\s+δυνατή\s+η\s+σύνδεση[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'el', {
    incomingAuthFailed: /Αποτυχία\s+ταυτοποίησης\s+για\s+το\s+\S+/,
    outgoingAuthFailed: /Αποτυχία\s+ταυτοποίησης\s+για\s+το\s+\S+/,
    certificateError: /^\s*Σφάλμα\s+πιστοποιητικού\s+για\s+\S+/m,
  }),
  k9Rows(LEGACY, 'el', {
    authFailed: /Αποτυχία\s+ταυτοποίησης\s+για\s+το\s+\S+/,
    certificateError: /^\s*Σφάλμα\s+πιστοποιητικού\s+για\s+\S+/m,
  }),
  k9Rows(CERT, 'el', {
    securityThreat:
      /Η\s+εφαρμογή\s+εντόπισε\s+μια\s+πιθανή\s+απειλή\s+ασφαλείας\s+και\s+δεν\s+προχώρησε\s+στη\s+σύνδεση\s+με\s+το\s+\S+/,
  }),
  k9Rows(VALIDATE, 'el', {
    authError: /^\s*Σφάλμα\s+ελέγχου\s+ταυτότητας\s*[.!！]?\s*$/,
    missingCapability: /Ο\s+διακομιστής\s+στερείται\s+αυτής\s+της\s+δυνατότητας\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'el', {
    passwordAuthFailed: /^\s*Αποτυχία\s+ταυτοποίησης\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_DA: AndroidRows = androidLang(
  aospRows('da', {
    tlsRequired: /TLS\s+er\s+påkrævet,\s+men\s+understøttes\s+ikke\s+af\s+serveren/,
    authRequired: /Godkendelsesmetoderne\s+understøttes\s+ikke\s+af\s+serveren/,
    authMessage: /Brugernavn\s+eller\s+adgangskode\s+er\s+forkert/,
    certificateMessage: /Der\s+kan\s+ikke\s+oprettes\s+en\s+sikker\s+forbindelse\s+til\s+serveren/,
    security: /Der\s+kunne\s+ikke\s+oprettes\s+forbindelse\s+til\s+serveren\s+på\s+grund\s+af\s+en\s+sikkerhedsfejl/,
    ioError: /^\s*Forbindelse\s+til\s+serveren\s+kunne\s+ikke\s+oprettes[.。]?\s*$/m,
    serverMessage: /^\s*Der\s+kan\s+ikke\s+oprettes\s+forbindelse\s+til\s+serveren[.。]?\s*$/m,
    loginFailedTicker: /^\s*\S+?\s+kunne\s+ikke\s+logge\s+ind[.。]?\s*$/m,
    loginFailedTitle: /^\s*Login\s+mislykkedes[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'da', {
    certificateError: /^\s*Certifikat\s+fejl\s+for\s+\S+/m,
  }),
  k9Rows(LEGACY, 'da', {
    authFailed: /Godkendelse\s+mislykkedes\s+for\s+\S+/,
    certificateError: /^\s*Certifikat\s+fejl\s+for\s+\S+/m,
  }),
)

export const ANDROID_NB: AndroidRows = androidLang(
  aospRows('nb', {
    tlsRequired: /TLS\s+er\s+påkrevd,\s+men\s+støttes\s+ikke\s+av\s+tjeneren/,
    authRequired: /Autentiseringsmetodene\s+støttes\s+ikke\s+av\s+tjeneren/,
    authMessage: /Brukernavnet\s+eller\s+passordet\s+er\s+feil/,
    certificateMessage: /Kan\s+ikke\s+koble\s+til\s+tjeneren\s+på\s+en\s+sikker\s+måte/,
    security: /Kunne\s+ikke\s+åpne\s+tilkobling\s+til\s+tjener\s+på\s+grunn\s+av\s+sikkerhetsfeil/,
    ioError: /^\s*Kan\s+ikke\s+åpne\s+tilkobling\s+til\s+tjener[.。]?\s*$/m,
    serverMessage: /^\s*Kan\s+ikke\s+koble\s+til\s+tjeneren[.。]?\s*$/m,
    loginFailedTicker: /^\s*Pålogging\s+til\s+\S+?\s+mislyktes[.。]?\s*$/m,
    loginFailedTitle: /^\s*Kunne\s+ikke\s+logge\s+på[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'nb', {
    incomingAuthFailed: /Autentisering\s+mislyktes\s+for\s+\S+/,
    outgoingAuthFailed: /Autentisering\s+mislyktes\s+for\s+\S+/,
    certificateError: /^\s*Sertifikatfeil\s+for\s+\S+/m,
  }),
  k9Rows(LEGACY, 'nb', {
    authFailed: /Autentisering\s+feilet\s+for\s+\S+/,
    certificateError: /^\s*Sertifikatfeil\s+for\s+\S+/m,
  }),
  k9Rows(CERT, 'nb-rNO', {
    securityThreat:
      /Appen\s+oppdaget\s+en\s+potensiell\s+sikkerhetsrisiko\s+og\s+gikk\s+ikke\s+viderer\s+til\s+å\s+koble\s+til\s+\S+/,
  }),
  k9Rows(VALIDATE, 'nb-rNO', {
    authError: /^\s*Identitetsbekreftelsesfeil\s*[.!！]?\s*$/,
    missingCapability: /Tjeneren\s+mangler\s+denne\s+egenskapen\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'nb-rNO', {
    passwordAuthFailed: /^\s*Autentiseringen\s+mislyktes\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_FI: AndroidRows = androidLang(
  aospRows('fi', {
    tlsRequired: /TLS\s+vaaditaan,\s+mutta\s+palvelin\s+ei\s+tue\s+sitä/,
    authRequired: /Palvelin\s+ei\s+tue\s+todennustapoja/,
    authMessage: /Käyttäjätunnus\s+tai\s+salasana\s+on\s+virheellinen/,
    certificateMessage: /Palvelimeen\s+ei\s+voi\s+muodostaa\s+suojattua\s+yhteyttä/,
    security: /Palvelimeen\s+ei\s+voi\s+muodostaa\s+yhteyttä\s+suojausvirheen\s+takia/,
    ioError: /^\s*Ei\s+voida\s+avata\s+yhteyttä\s+palvelimeen[.。]?\s*$/m,
    serverMessage: /^\s*Palvelimeen\s+ei\s+voi\s+muodostaa\s+yhteyttä[.。]?\s*$/m,
    loginFailedTicker: /^\s*Kirjautuminen\s+tiliin\s+\S+?\s+epäonnistui[.。]?\s*$/m,
    loginFailedTitle: /^\s*Kirjautuminen\s+ei\s+onnistu[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'fi', {
    certificateError: /^\s*Varmennevirhe\s+tilissä\s+\S+/m,
  }),
  k9Rows(LEGACY, 'fi', {
    authFailed: /Tilin\s+\S+\s+tunnistautuminen\s+epäonnistui/,
    certificateError: /^\s*Varmennevirhe\s+tilissä\s+\S+/m,
  }),
  k9Rows(CERT, 'fi', {
    securityThreat: /Sovellus\s+havaitsi\s+mahdollisen\s+turvallisuusriskin\s+eikä\s+jatkanut\s+\S+\s+yhdistämistä/,
  }),
  k9Rows(VALIDATE, 'fi', {
    authError: /^\s*Todennusvirhe\s*[.!！]?\s*$/,
    missingCapability: /Palvelimelta\s+puuttuu\s+tämä\s+kyvykkyys\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'fi', {
    passwordAuthFailed: /^\s*Todennus\s+epäonnistui\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_VI: AndroidRows = androidLang(
  aospRows('vi', {
    tlsRequired: /TLS\s+được\s+yêu\s+cầu\s+nhưng\s+không\s+được\s+máy\s+chủ\s+hỗ\s+trợ/,
    authRequired: /Phương\s+thức\s+xác\s+thực\s+không\s+được\s+máy\s+chủ\s+hỗ\s+trợ/,
    authMessage: /Tên\s+người\s+dùng\s+hoặc\s+mật\s+khẩu\s+không\s+chính\s+xác/,
    certificateMessage: /Không\s+thể\s+kết\s+nối\s+an\s+toàn\s+với\s+máy\s+chủ/,
    security: /Không\s+thể\s+mở\s+kết\s+nối\s+với\s+máy\s+chủ\s+do\s+lỗi\s+bảo\s+mật/,
    ioError: /^\s*Không\s+thể\s+mở\s+kết\s+nối\s+tới\s+máy\s+chủ[.。]?\s*$/m,
    serverMessage: /^\s*Không\s+thể\s+kết\s+nối\s+với\s+máy\s+chủ[.。]?\s*$/m,
    loginFailedTicker: /^\s*Đăng\s+nhập\s+vào\s+\S+?\s+không\s+thành\s+công[.。]?\s*$/m,
    loginFailedTitle: /^\s*Không\s+thể\s+đăng\s+nhập[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'vi', {
    certificateError: /^\s*Lỗi\s+xác\s+thực\s+đối\s+với\s+\S+/m,
  }),
  k9Rows(LEGACY, 'vi', {
    authFailed: /Xác\s+thực\s+không\s+thành\s+công\s+với\s+\S+/,
    certificateError: /^\s*Lỗi\s+xác\s+thực\s+đối\s+với\s+\S+/m,
  }),
  k9Rows(CERT, 'vi', {
    securityThreat:
      /Ứng\s+dụng\s+phát\s+hiện\s+một\s+lỗ\s+hổng\s+bảo\s+mật\s+tiềm\s+năng\s+và\s+không\s+kết\s+nối\s+đến\s+\S+/,
  }),
  k9Rows(VALIDATE, 'vi', {
    authError: /^\s*Lỗi\s+xác\s+thực\s*[.!！]?\s*$/,
    missingCapability: /Máy\s+chủ\s+không\s+có\s+khả\s+năng\s+này\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
)
