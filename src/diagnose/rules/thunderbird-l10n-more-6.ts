// Thunderbird's certificate-error dialog (certError.ftl: the host name's certificate is for another server, expired,
// not yet valid, or from an untrusted issuer) in English and the 18 languages of thunderbird-l10n-more-rules.ts. The
// English rows were silent before: its words ("The certificate for … does not come from a trusted source") were read
// in de/fr/es/it only (tls-rules.ts). A date sits inside some sentences: .{1,60}? stands for it.
import { sourced, type ClassifierRule } from './rule.js'
import { CERT, tbRows } from './thunderbird-l10n-meaning.js'

export const TB_CERT_ERRORS: ClassifierRule[] = [
  ...sourced('mozilla/releases-comm-central:mail/locales/en-US/messenger/certError.ftl', [
    { cause: 'tls_cert_hostname_mismatch', text: /The certificate for \S+ is not valid for that server/ },
    { cause: 'tls_cert_expired', text: /The certificate for \S+ expired on / },
    { cause: 'tls_cert_not_yet_valid', text: /The certificate for \S+ will not be valid until / },
    { cause: 'tls_cert_untrusted', text: /The certificate for \S+ does not come from a trusted source/ },
  ]),
  ...tbRows('pt-BR', CERT, {
    'cert-error-domain-mismatch': /O\s+certificado\s+de\s+\S+\s+não\s+é\s+válido\s+para\s+este\s+servidor/,
    'cert-error-expired': /O\s+certificado\s+de\s+\S+\s+expirou\s+em/,
    'cert-error-not-yet-valid': /O\s+certificado\s+de\s+\S+\s+só\s+será\s+válido\s+a\s+partir\s+de/,
    'cert-error-untrusted-default':
      /O\s+certificado\s+de\s+\S+\s+não\s+é\s+de\s+um\s+emissor\s+considerado\s+confiável/,
    'cert-error-inline-untrusted-default':
      /O\s+certificado\s+de\s+\S+\s+não\s+é\s+de\s+origem\s+considerada\s+confiável/,
  }),
  ...tbRows('pt-PT', CERT, {
    'cert-error-domain-mismatch': /O\s+certificado\s+para\s+\S+\s+não\s+é\s+válido\s+para\s+esse\s+servidor/,
    'cert-error-expired': /O\s+certificado\s+para\s+\S+\s+expirou\s+a/,
    'cert-error-not-yet-valid': /O\s+certificado\s+para\s+\S+\s+não\s+será\s+válido\s+até/,
    'cert-error-untrusted-default': /O\s+certificado\s+para\s+\S+\s+não\s+vem\s+de\s+uma\s+fonte\s+confiável/,
  }),
  ...tbRows('nl', CERT, {
    'cert-error-domain-mismatch': /Het\s+certificaat\s+voor\s+\S+\s+is\s+niet\s+geldig\s+voor\s+die\s+server/,
    'cert-error-expired': /Het\s+certificaat\s+voor\s+\S+\s+is\s+op\s+.{1,60}?\s+verlopen/,
    'cert-error-not-yet-valid': /Het\s+certificaat\s+voor\s+\S+\s+is\s+pas\s+geldig\s+vanaf/,
    'cert-error-untrusted-default': /Het\s+certificaat\s+voor\s+\S+\s+komt\s+niet\s+van\s+een\s+vertrouwde\s+bron/,
    'cert-error-inline-expired': /Het\s+certificaat\s+voor\s+\S+\s+is\s+verlopen\s+op/,
  }),
  ...tbRows('pl', CERT, {
    'cert-error-domain-mismatch': /Certyfikat\s+witryny\s+„\S+”\s+nie\s+jest\s+ważny\s+dla\s+tego\s+serwera/,
    'cert-error-expired': /Certyfikat\s+witryny\s+„\S+”\s+wygasł\s+w\s+dniu/,
    'cert-error-not-yet-valid': /Certyfikat\s+witryny\s+„\S+”\s+nie\s+będzie\s+ważny\s+do/,
    'cert-error-untrusted-default': /Certyfikat\s+witryny\s+„\S+”\s+nie\s+pochodzi\s+z\s+zaufanego\s+źródła/,
  }),
  ...tbRows('ru', CERT, {
    'cert-error-domain-mismatch': /Сертификат\s+для\s+\S+\s+недействителен\s+для\s+этого\s+сервера/,
    'cert-error-expired': /Срок\s+действия\s+сертификата\s+для\s+\S+\s+истёк/,
    'cert-error-not-yet-valid': /Сертификат\s+для\s+\S+\s+не\s+будет\s+действителен\s+до/,
    'cert-error-untrusted-default': /К\s+источнику,\s+издавшему\s+сертификат\s+для\s+\S+,\s+нет\s+доверия/,
  }),
  ...tbRows('uk', CERT, {
    'cert-error-domain-mismatch': /Сертифікат\s+для\s+\S+\s+недійсний\s+для\s+цього\s+сервера/,
    'cert-error-expired': /Термін\s+дії\s+сертифіката\s+для\s+\S+\s+завершився/,
    'cert-error-not-yet-valid': /Сертифікат\s+для\s+\S+\s+не\s+буде\s+дійсним\s+до/,
    'cert-error-untrusted-default': /Сертифікат\s+для\s+\S+\s+походить\s+не\s+з\s+надійного\s+джерела/,
  }),
  ...tbRows('cs', CERT, {
    'cert-error-domain-mismatch': /Certifikát\s+pro\s+\S+\s+není\s+pro\s+tento\s+server\s+platný/,
    'cert-error-expired': /Platnost\s+certifikátu\s+pro\s+\S+\s+vypršela\s+dne/,
    'cert-error-not-yet-valid': /Certifikát\s+pro\s+\S+\s+bude\s+platný\s+až\s+od/,
    'cert-error-untrusted-default': /Certifikát\s+pro\s+\S+\s+nepochází\s+z\s+důvěryhodného\s+zdroje/,
    'cert-error-inline-not-yet-valid': /Certifikát\s+pro\s+\S+\s+bude\s+platný\s+až\s+po/,
  }),
  ...tbRows('sv-SE', CERT, {
    'cert-error-domain-mismatch': /Certifikatet\s+för\s+\S+\s+är\s+inte\s+giltigt\s+för\s+den\s+servern/,
    'cert-error-expired': /Certifikatet\s+för\s+\S+\s+upphörde\s+den/,
    'cert-error-not-yet-valid': /Certifikatet\s+för\s+\S+\s+kommer\s+inte\s+att\s+vara\s+giltigt\s+förrän/,
    'cert-error-untrusted-default': /Certifikatet\s+för\s+\S+\s+kommer\s+inte\s+från\s+en\s+betrodd\s+källa/,
    'cert-error-inline-not-yet-valid': /Certifikatet\s+för\s+\S+\s+är\s+inte\s+giltigt\s+förrän/,
  }),
  ...tbRows('da', CERT, {
    'cert-error-domain-mismatch': /Certifikatet\s+for\s+\S+\s+er\s+ikke\s+gyldigt\s+for\s+den\s+server/,
    'cert-error-expired': /Certifikatet\s+for\s+\S+\s+udløb\s+den/,
    'cert-error-not-yet-valid': /Certifikatet\s+for\s+\S+\s+er\s+ikke\s+gyldigt\s+før/,
    'cert-error-untrusted-default':
      /Certifikatet\s+for\s+\S+\s+stammer\s+ikke\s+fra\s+en\s+kilde,\s+der\s+er\s+tillid\s+til/,
    'cert-error-inline-domain-mismatch':
      /Certifikatet\s+for\s+\S+\s+er\s+ikke\s+gyldigt\s+for\s+den\s+pågældende\s+server/,
    'cert-error-inline-untrusted-default':
      /Certifikatet\s+for\s+\S+\s+kommer\s+ikke\s+fra\s+en\s+kilde,\s+der\s+er\s+tillid\s+til/,
  }),
  ...tbRows('nb-NO', CERT, {
    'cert-error-domain-mismatch': /Sertifikatet\s+for\s+\S+\s+er\s+ikke\s+gyldig\s+for\s+den\s+serveren/,
    'cert-error-expired': /Sertifikatet\s+for\s+\S+\s+utløp/,
    'cert-error-not-yet-valid': /Sertifikatet\s+for\s+\S+\s+vil\s+ikke\s+være\s+gyldig\s+før/,
    'cert-error-untrusted-default': /Sertifikatet\s+for\s+\S+\s+kommer\s+ikke\s+fra\s+en\s+pålitelig\s+kilde/,
  }),
  ...tbRows('fi', CERT, {
    'cert-error-domain-mismatch': /Palvelimen\s+\S+\s+varmenne\s+ei\s+kelpaa\s+kyseiselle\s+palvelimelle/,
    'cert-error-expired': /Palvelimen\s+\S+\s+varmenne\s+vanheni/,
    'cert-error-not-yet-valid': /Palvelimen\s+\S+\s+varmenne\s+on\s+voimassa\s+vasta/,
    'cert-error-untrusted-default': /Palvelimen\s+\S+\s+varmenne\s+ei\s+ole\s+peräisin\s+luotettavasta\s+lähteestä/,
    'cert-error-inline-domain-mismatch':
      /Palvelimen\s+\S+\s+varmenne\s+ei\s+ole\s+kelvollinen\s+kyseiselle\s+palvelimelle/,
    'cert-error-inline-not-yet-valid': /Palvelimen\s+\S+\s+varmenne\s+ei\s+ole\s+voimassa\s+ennen/,
    'cert-error-inline-untrusted-default':
      /Varmenne\s+palvelimelle\s+\S+\s+ei\s+ole\s+peräisin\s+luotettavasta\s+lähteestä/,
  }),
  ...tbRows('tr', CERT, {
    'cert-error-domain-mismatch': /sertifikası\s+bu\s+sunucu\s+için\s+geçerli\s+değil/,
    'cert-error-expired': /sertifikasının\s+süresi\s+.{1,60}?\s+tarihinde\s+doldu/,
    'cert-error-not-yet-valid': /sertifikası\s+.{1,60}?\s+tarihine\s+kadar\s+geçerli\s+olmayacak/,
    'cert-error-untrusted-default': /sertifikası\s+güvenilir\s+bir\s+kaynaktan\s+gelmiyor/,
  }),
  ...tbRows('hu', CERT, {
    'cert-error-domain-mismatch': /A\(z\)\s+\S+\s+tanúsítványa\s+nem\s+érvényes\s+erre\s+a\s+kiszolgálóra/,
    'cert-error-expired': /A\(z\)\s+\S+\s+tanúsítványa\s+ekkor\s+lejárt:/,
    'cert-error-not-yet-valid': /A\(z\)\s+\S+\s+tanúsítványa\s+eddig\s+nem\s+lesz\s+érvényes:/,
    'cert-error-untrusted-default': /A\(z\)\s+\S+\s+tanúsítványa\s+nem\s+megbízható\s+forrásból\s+származik/,
    'cert-error-inline-untrusted-default': /A\(z\)\s+\S+\s+tanúsítványa\s+nem\s+biztonságos\s+forrásból\s+származik/,
  }),
  ...tbRows('ro', CERT, {
    'cert-error-domain-mismatch': /Certificatul\s+pentru\s+\S+\s+nu\s+este\s+valid\s+pentru\s+acel\s+server/,
    'cert-error-expired': /Certificatul\s+pentru\s+\S+\s+a\s+expirat\s+pe/,
    'cert-error-not-yet-valid': /Certificatul\s+pentru\s+\S+\s+nu\s+va\s+fi\s+valabil\s+până\s+la/,
    'cert-error-untrusted-default': /Certificatul\s+pentru\s+\S+\s+nu\s+provine\s+de\s+la\s+o\s+sursă\s+de\s+încredere/,
    'cert-error-inline-not-yet-valid': /Certificatul\s+pentru\s+\S+\s+nu\s+va\s+mai\s+fi\s+valabil\s+până\s+pe/,
    'cert-error-inline-untrusted-default':
      /Certificatul\s+pentru\s+\S+\s+nu\s+provine\s+dintr-o\s+sursă\s+de\s+încredere/,
  }),
  ...tbRows('el', CERT, {
    'cert-error-domain-mismatch':
      /Το\s+πιστοποιητικό\s+για\s+το\s+\S+\s+δεν\s+είναι\s+έγκυρο\s+για\s+αυτόν\s+τον\s+διακομιστή/,
    'cert-error-expired': /Το\s+πιστοποιητικό\s+για\s+το\s+\S+\s+έληξε\s+στις/,
    'cert-error-not-yet-valid': /Το\s+πιστοποιητικό\s+για\s+το\s+\S+\s+δεν\s+θα\s+είναι\s+έγκυρο\s+μέχρι\s+τις/,
    'cert-error-untrusted-default': /Το\s+πιστοποιητικό\s+για\s+το\s+\S+\s+δεν\s+προέρχεται\s+από\s+αξιόπιστη\s+πηγή/,
    'cert-error-inline-untrusted-default':
      /Το\s+πιστοποιητικό\s+για\s+το\s+\S+\s+δεν\s+προέρχεται\s+από\s+έμπιστη\s+πηγή/,
  }),
  ...tbRows('ja', CERT, {
    'cert-error-domain-mismatch': /このサーバーの\s+\S+\s+の証明書が正しくありません/,
    'cert-error-expired': /の証明書の有効期限が\s+.{1,60}?\s+に切れています/,
    'cert-error-not-yet-valid': /の証明書は\s+.{1,60}?\s+まで無効です/,
    'cert-error-untrusted-default': /の証明書は信頼されたソースからのものではありません/,
  }),
  ...tbRows('ko', CERT, {
    'cert-error-domain-mismatch': /인증서가\s+해당\s+서버에서\s+유효하지\s+않습니다/,
    'cert-error-expired': /인증서가\s+.{1,60}?에\s+만료됩니다/,
    'cert-error-not-yet-valid': /인증서가\s+.{1,60}?까지\s+유효하지\s+않습니다/,
    'cert-error-untrusted-default': /인증서의\s+출처를\s+신뢰할\s+수\s+없습니다/,
    'cert-error-inline-expired': /\S+에\s+대한\s+인증서가\s+.{1,60}?에\s+만료되었습니다/,
    'cert-error-inline-not-yet-valid': /\S+에\s+대한\s+인증서는\s+.{1,60}?까지\s+유효하지\s+않습니다/,
    'cert-error-inline-untrusted-default':
      /\S+에\s+대한\s+인증서가\s+신뢰할\s+수\s+있는\s+출처에서\s+제공되지\s+않았습니다/,
  }),
  ...tbRows('zh-TW', CERT, {
    'cert-error-domain-mismatch': /的憑證對該伺服器無效/,
    'cert-error-expired': /的憑證已於\s+.{1,60}?\s+過期/,
    'cert-error-not-yet-valid': /的憑證在\s+.{1,60}?\s+之後才生效/,
    'cert-error-untrusted-default': /的憑證不是來自受信任的來源/,
    'cert-error-inline-not-yet-valid': /連線發生錯誤，\S+\s+的憑證需於\s+.{1,60}?\s+之後才生效/,
    'cert-error-inline-untrusted-default': /連線發生錯誤，\S+\s+的憑證並非來自受信任的來源/,
  }),
]
