// Round 41 (issue 14): Thunderbird's connection, login, TLS and sending errors in pt-BR, pt-PT, nl, pl, ru, uk, cs,
// sv-SE, da, nb-NO, fi, tr, hu, ro, el, ja, ko and zh-TW read with the cause their English text has
// (src/diagnose/rules/thunderbird-l10n-more-rules.ts). test/corpus/source-tables.jsonl holds every string read; these
// are a sample of each language, and the bare first sentences that must not be read as what the rest says.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => {
  const classification = explainText({ text }).classification
  return classification?.event ?? classification?.cause ?? null
}

describe("Thunderbird's errors in 18 more languages", () => {
  const table: Array<[string, string, string]> = [
    [
      'pt-BR',
      'A mensagem não foi enviada porque a conexão com o servidor de envio ' +
        '(SMTP) smtp.uol.com.br expirou. Tente novamente.',
      'tcp_timeout',
    ],
    [
      'pt-BR',
      'Não foi possível conectar-se a imap.uol.com.br. Tente novamente mais ' +
        'tarde. Se o problema persistir, você pode ter excedido o número ' +
        'máximo de conexões com este servidor. Você pode reduzir o número de ' +
        'conexões em cache nas configurações do servidor IMAP.',
      'auth_rate_limited',
    ],
    [
      'pt-BR',
      'Não foi possível autenticar no servidor de envio (SMTP) ' +
        "smtp.uol.com.br. Verifique sua senha e a opção 'Método de " +
        "autenticação' em 'Configurações da conta | Servidor de envio (SMTP)'.",
      'auth_bad_credentials',
    ],
    [
      'pt-PT',
      'Ocorreu um erro incontornável de TLS. Erro de handshake ou ' +
        'provavelmente a versão TLS ou o certificado utilizado pelo servidor ' +
        'imap.sapo.pt não é compatível.',
      'tls_handshake_failed',
    ],
    [
      'pt-PT',
      'Não foi possível estabelecer a ligação TLS ao servidor POP3. O ' +
        'servidor pode estar desligado ou estar incorretamente configurado. ' +
        'Verifique se as definições do servidor estão corretas e tente ' +
        'novamente.',
      'starttls_not_offered',
    ],
    [
      'pt-PT',
      'Erro temporário de pop.sapo.pt ao obter novas mensagens. A operação ' +
        'será repetida na próxima tentativa de obtenção de novas mensagens.',
      'server_unavailable',
    ],
    [
      'nl',
      'De IMAP-server imap.ziggo.nl staat geen plattetekstwachtwoorden toe. ' +
        'Probeer de ‘Authenticatiemethode’ in de ‘Accountinstellingen | ' +
        'Serverinstellingen’ naar ‘Versleuteld wachtwoord’ te wijzigen.',
      'auth_plaintext_disabled',
    ],
    ['nl', 'Verbinden met server mail.bakkerij-jansen.nl is mislukt.', 'dns_nxdomain'],
    ['nl', 'Authenticatiefout tijdens het verbinden met server imap.ziggo.nl.', 'auth_token_invalid'],
    ['pl', 'Serwer pocztowy imap.wp.pl nie jest serwerem typu IMAP4.', 'protocol_port_mismatch'],
    [
      'pl',
      'Serwer „smtp.wp.pl” poczty wychodzącej (SMTP) wydaje się nie ' +
        'obsługiwać uwierzytelniania przy pomocy szyfrowanych haseł. Proszę ' +
        'spróbować zmienić metodę uwierzytelniania na Zwykłe hasło w Poczta ' +
        'wychodząca w Konfiguracji kont, jeżeli jest to nowo utworzone konto. ' +
        'Jeżeli wybrana metoda uwierzytelniania działała wcześniej dla tego ' +
        'konta i nagle przestała, proszę skontaktować się z dostawcą usługi ' +
        'pocztowej.',
      'auth_mechanism_unsupported',
    ],
    [
      'pl',
      'Logowanie na serwerze imap.wp.pl za pomocą nazwy użytkownika ' + '„jan.kowalski@wp.pl” się nie powiodło.',
      'auth_bad_credentials',
    ],
    ['ru', 'Соединение с сервером pop.mail.ru было сброшено.', 'tcp_reset'],
    ['ru', 'Не удалось соединиться с сервером «pop.mail.ru»; в соединении ' + 'отказано.', 'tcp_refused'],
    [
      'ru',
      'Ошибка отправления почты: Не удалось установить защищённое соединение ' +
        'с сервером исходящей почты (SMTP) «smtp.mail.ru» с использованием ' +
        'STARTTLS, так как он не заявил о поддержке этой возможности. ' +
        'Отключите использование STARTTLS для этого сервера или свяжитесь с ' +
        'вашим сервис-провайдером.',
      'starttls_not_offered',
    ],
    ['uk', 'Помилка автентифікації. Перевірте ім’я користувача та пароль', 'auth_bad_credentials'],
    [
      'uk',
      'Сталася помилка при надсиланні пошти: Невідомий сервер вихідної пошти ' +
        '(SMTP) mail.kovalenko-studio.com.ua. Можливо, сервер має неправильну ' +
        'конфігурацію. Переконайтеся, що налаштування вашого сервера вихідної ' +
        'пошти (SMTP) правильні та спробуйте знову.',
      'dns_nxdomain',
    ],
    ['uk', "Не вдалося надіслати ім'я користувача.", 'auth_bad_credentials'],
    [
      'cs',
      'Zprávu se nepodařilo odeslat, protože spojení se SMTP serverem ' +
        'smtp.seznam.cz vypršelo. Zkuste to znovu, nebo kontaktujte správce ' +
        'sítě.',
      'tcp_timeout',
    ],
    [
      'cs',
      'Nepodařilo se připojit k serveru imap.seznam.cz. Zkuste to prosím ' +
        'znovu později. Pokud problém přetrvává, možná jste překročili ' +
        'maximální počet spojení k tomuto serveru. Počet spojení uložených v ' +
        'mezipaměti můžete omezit v nastavení IMAP serveru.',
      'auth_rate_limited',
    ],
    [
      'cs',
      'Autentizace k SMTP serveru smtp.seznam.cz se nezdařila. Zkontrolujte ' +
        "prosím heslo a nastavený 'Způsob autentizace' v 'Nastavení účtu | " +
        "Odchozí server (SMTP)'.",
      'auth_bad_credentials',
    ],
    [
      'sv-SE',
      'Ett TLS-fel inträffade som inte kan åsidosättas. Handskakningsfel ' +
        'eller förmodligen TLS-versionen eller certifikatet som används av ' +
        'servern imap.telia.com är inte kompatibel.',
      'tls_handshake_failed',
    ],
    [
      'sv-SE',
      'Kan inte etablera TLS-anslutning till POP3-servern. Servern kan vara ' +
        'nere eller felaktigt konfigurerad. Kontrollera att ' +
        'serverinställningarna för din e-postserver i fönstret ' +
        'kontoinställningar är riktiga och försök igen.',
      'starttls_not_offered',
    ],
    [
      'sv-SE',
      'Tillfälligt fel från pop.telia.com när nya meddelanden hämtas. ' +
        'Åtgärden kommer att prövas igen vid nästa kontroll av nya meddelanden.',
      'server_unavailable',
    ],
    [
      'da',
      'IMAP-serveren imap.stofanet.dk tillader ikke ukrypterede ' +
        "adgangskoder. Prøv at ændre godkendelsesmetoden til 'Krypteret " +
        "adgangskode' i 'Kontoindstillinger | Serverindstillinger'.",
      'auth_plaintext_disabled',
    ],
    ['da', 'Kunne ikke oprette forbindelse til serveren hos mail.hansen-vvs.dk.', 'dns_nxdomain'],
    ['da', 'Godkendelsesfejl under tilslutning til serveren imap.stofanet.dk.', 'auth_token_invalid'],
    ['nb-NO', 'E-postserveren imap.online.no er ikke en IMAP4-server.', 'protocol_port_mismatch'],
    [
      'nb-NO',
      'Den utgående serveren (SMTP) smtp.online.no ser ikke ut til å støtte ' +
        'krypterte passord. Hvis du akkurat har satt opp denne kontoen, forsøk ' +
        "å endre 'autentiseringsmetode' i 'Kontoinnstillinger | Utgående " +
        "server (SMTP)' til 'Normalt passord'.",
      'auth_mechanism_unsupported',
    ],
    [
      'nb-NO',
      'Innlogging på serveren imap.online.no med brukernavnet ' + 'ola.nordmann@online.no feilet.',
      'auth_bad_credentials',
    ],
    ['fi', 'Yhteys palvelimeen pop.elisanet.fi nollattiin.', 'tcp_reset'],
    ['fi', 'Ei voitu yhdistää palvelimeen pop.elisanet.fi; yhdistäminen estettiin.', 'tcp_refused'],
    [
      'fi',
      'Postia lähetettäessä tapahtui virhe: SMTP-palvelimeen ' +
        'smtp.elisanet.fi ei kyetty muodostamaan suojattua yhteyttä ' +
        'STARTTLS-käytännöllä, koska palvelin ei kerro tukevansa ominaisuutta. ' +
        'Poista STARTTLS käytöstä tälle palvelimelle tai ota yhteyttä ' +
        'palveluntarjoajaasi.',
      'starttls_not_offered',
    ],
    [
      'tr',
      'Kimlik doğrulama başarısız oldu. Lütfen kullanıcı adını ve parolayı ' + 'kontrol edin',
      'auth_bad_credentials',
    ],
    [
      'tr',
      'Posta gönderirken bir hata meydana geldi: Giden sunucusu (SMTP) ' +
        'mail.yilmaz-muhasebe.com.tr bilinmiyor. Sunucu yanlış yapılandırılmış ' +
        'olabilir. Lütfen giden sunucusu (SMTP) ayarlarını kontrol edip ' +
        'yeniden deneyin.',
      'dns_nxdomain',
    ],
    ['tr', 'Kullanıcı adı gönderilemedi.', 'auth_bad_credentials'],
    [
      'hu',
      'Az üzenet küldése sikertelen, mert a levélküldő (SMTP) kiszolgálóval ' +
        '(smtp.freemail.hu) való kapcsolat időtúllépés miatt megszakadt. ' +
        'Próbálja újra.',
      'tcp_timeout',
    ],
    [
      'hu',
      'Nem sikerült kapcsolódni a következőhöz: imap.freemail.hu. Próbálja ' +
        'újra később. Ha a probléma továbbra is fennáll, lehet, hogy túllépte ' +
        'a kiszolgálókapcsolatok legnagyobb számát. Az IMAP-kiszolgáló ' +
        'beállításaiban csökkentheti a gyorsítótárazott kapcsolatok számát.',
      'auth_rate_limited',
    ],
    [
      'hu',
      'Nem sikerült a hitelesítés a(z) smtp.freemail.hu levélküldő (SMTP) ' +
        'kiszolgálóhoz. Ellenőrizze a jelszót és a „Hitelesítési módszer” ' +
        'beállítást a „Postafiók beállításai | Levélküldő kiszolgáló (SMTP)” ' +
        'alatt.',
      'auth_bad_credentials',
    ],
    [
      'ro',
      'A apărut o eroare TLS care nu poate fi eliminată. Eroarea a apărut la ' +
        'negocierea conexiunii sau, probabil, versiunea sau certificatul TLS ' +
        'utilizate de serverul imap.rdslink.ro sunt incompatibile.',
      'tls_handshake_failed',
    ],
    [
      'ro',
      'Nu s-a putut stabili conexiunea TLS la serverul POP3. Este posibil ca ' +
        'serverul să nu funcționeze sau să fie configurat greșit. Te rugăm să ' +
        'verifici corectitudinea setărilor din secțiunea „Setări server” din ' +
        'fereastra „Setările contului” și să încerci din nou.',
      'starttls_not_offered',
    ],
    [
      'ro',
      'Eroare temporară pentru pop.rdslink.ro, când se preluau mesajele noi. ' +
        'Operațiunea va fi reîncercată la următoarea verificare a mesajelor ' +
        'noi.',
      'server_unavailable',
    ],
    [
      'el',
      'Ο διακομιστής IMAP imap.otenet.gr δεν υποστηρίζει κωδικούς πρόσβασης ' +
        'απλού κειμένου. Δοκιμάστε να επιλέξετε «Κρυπτογραφημένος κωδικός ' +
        'πρόσβασης» για την επιλογή «Μέθοδος ταυτοποίησης» στις «Ρυθμίσεις ' +
        'λογαριασμού | Ρυθμίσεις διακομιστή».',
      'auth_plaintext_disabled',
    ],
    ['el', 'Αποτυχία σύνδεσης με τον διακομιστή «mail.papadopoulos-law.gr».', 'dns_nxdomain'],
    ['el', 'Αποτυχία ταυτοποίησης κατά τη σύνδεση με τον διακομιστή ' + 'imap.otenet.gr.', 'auth_token_invalid'],
    ['ja', 'メールサーバー imap.nifty.com は IMAP4 メールサーバーではありません。', 'protocol_port_mismatch'],
    [
      'ja',
      '送信 (SMTP) サーバー smtp.nifty.com ' +
        'が暗号化されたパスワードをサポートしていないようです。アカウントの設定直後の場合は、[アカウント設定] の [送信 (SMTP) ' +
        'サーバー] で [認証方式] を [通常のパスワード認証] に変更し、再度試してください。',
      'auth_mechanism_unsupported',
    ],
    [
      'ja',
      'ユーザー名 taro.yamada@nifty.com でサーバー imap.nifty.com へのログインに失敗しました。',
      'auth_bad_credentials',
    ],
    ['ko', 'pop.naver.com 서버로의 연결이 초기화되었습니다.', 'tcp_reset'],
    ['ko', 'pop.naver.com 서버에 연결하지 못했습니다. 연결이 거부되었습니다.', 'tcp_refused'],
    [
      'ko',
      '메일 보내는 중 오류가 발생했습니다. SMTP 서버(smtp.naver.com)에 STARTTLS를 통한 보안 연결을 할 수 ' +
        '없습니다. 서버 설정에서 STARTTLS 설정을 끄거나 서버 관리자에게 문의해 보시기 바랍니다.',
      'starttls_not_offered',
    ],
    ['zh-TW', '驗證失敗，請檢查輸入的使用者名稱與密碼是否正確', 'auth_bad_credentials'],
    [
      'zh-TW',
      '寄送郵件時發生錯誤：寄件伺服器（SMTP）mail.chen-design.com.tw ' +
        '未知。伺服器可能設定錯誤，請確認您的寄件伺服器（SMTP）設定正確後再試一次。',
      'dns_nxdomain',
    ],
    ['zh-TW', '無法傳送使用者名稱。', 'auth_bad_credentials'],
  ]
  it.each(table)('%s: %s', (_lang, text, cause) => {
    expect(read(text)).toBe(cause)
  })

  it("reads the certificate dialog's verdict (certError.ftl), and nothing from its bare connection error", () => {
    const certs: Array<[string, string | null]> = [
      ['The certificate for imap.mail.yahoo.com:993 does not come from a trusted source.', 'tls_cert_untrusted'],
      ['Срок действия сертификата для imap.mail.ru:993 истёк 15.03.2026, ' + '09:30:00.', 'tls_cert_expired'],
      [
        'Certyfikat witryny „imap.wp.pl:993” nie jest ważny dla tego serwera. ' +
          'Ktoś może próbować podszyć się pod serwer. Nie należy kontynuować.',
        'tls_cert_hostname_mismatch',
      ],
      ['imap.nifty.com:993 の証明書は 2026/3/15 9:30:00 まで無効です。', 'tls_cert_not_yet_valid'],
      [
        '연결 오류입니다. imap.naver.com:993에 대한 인증서가 2026. 3. 15. AM 9:30:00에 ' +
          '만료되었습니다. 서버 보안 설정을 열려면 클릭하세요.',
        'tls_cert_expired',
      ],
      [
        'Yhteysvirhe. Varmenne palvelimelle imap.elisanet.fi:993 ei ole ' +
          'peräisin luotettavasta lähteestä. Avaa palvelimen suojausasetukset ' +
          'napsauttamalla tätä.',
        'tls_cert_untrusted',
      ],
      ['imap.ms1.hinet.net:993 的憑證不是來自受信任的來源。', 'tls_cert_untrusted'],
      ['Houve um erro ao conectar com imap.uol.com.br:993.', null],
    ]
    for (const [text, cause] of certs) expect(read(text), text).toBe(cause)
  })

  it('reads the whole dialog after the bare "Sending of the message failed." line by what it says next', () => {
    expect(
      read(
        'Ошибка отправления сообщения.\nСообщение не может быть отправлено, так как время ожидания соединения с ' +
          'Сервером исходящей почты (SMTP) «smtp.mail.ru» истекло. Попробуйте снова.',
      ),
    ).toBe('tcp_timeout')
  })

  it('does not read a bare "could not connect to …" as the too-many-connections dialog it opens', () => {
    // imapServerDroppedConnection2's first sentence alone names no cause: its third says "maximum number of
    // connections".
    for (const text of [
      'Kan geen verbinding maken met imap.ziggo.nl.',
      'imap.nifty.com に接続できませんでした。',
      'Nepodařilo se připojit k serveru imap.seznam.cz.',
    ])
      expect(read(text)).not.toBe('auth_rate_limited')
  })

  it('reads "could not connect to <host>" as a failed lookup only where a host name stands in the host slot', () => {
    expect(read('Não foi possível conectar-se ao servidor imap.uol.com.br.')).toBe('dns_nxdomain')
    expect(read('Ошибка соединения с сервером «imap.mail.ru».')).toBe('dns_nxdomain')
    // .NET's "the remote server" in the same words is a connection that failed, not a name that did not resolve.
    expect(read('Não foi possível conectar-se ao servidor remoto')).not.toBe('dns_nxdomain')
    expect(read('Nie można połączyć się z serwerem zdalnym')).not.toBe('dns_nxdomain')
  })

  it('keeps the strings about none of our causes silent', () => {
    for (const text of [
      'Ошибка отправления сообщения.',
      'Inga nya meddelanden på servern.',
      'Ten serwer nie obsługuje współdzielonych folderów.',
    ])
      expect(read(text)).toBeNull()
  })
})
