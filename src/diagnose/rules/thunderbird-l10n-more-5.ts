// Thunderbird's connection, login, TLS and sending errors in ja, ko, zh-TW (thunderbird-l10n-more-rules.ts
// says how they are read).
import type { ClassifierRule } from './rule.js'
import { COMPOSE, IMAP, LOCAL, MESSENGER, SETUP, tbRows } from './thunderbird-l10n-meaning.js'

export const TB_JA: ClassifierRule[] = [
  ...tbRows('ja', MESSENGER, {
    unknownHostError: /^サーバー\s+\S+\s+との接続に失敗しました[.。]?$/,
    oAuth2Error: /サーバー\s+\S+\s+との接続で認証に失敗しました/,
    connectionRefusedError: /サーバー\s+\S+\s+に接続できません/,
    netTimeoutError: /サーバー\s+\S+\s+との接続がタイムアウトになりました/,
    netResetError: /サーバー\s+\S+\s+との接続がリセットされました/,
    netInterruptError: /サーバー\s+\S+\s+との接続が中断されました/,
    mailServerLoginFailed2: /ユーザー名\s+\S+\s+でサーバー\s+\S+\s+へのログインに失敗しました/,
  }),
  ...tbRows('ja', IMAP, {
    imapServerNotImap4: /メールサーバー\s+\S+\s+は\s+IMAP4\s+メールサーバーではありません/,
    imapUnknownHostError: /^サーバー\s+\S+\s+への接続に失敗しました[.。]?$/,
    imapOAuth2Error: /サーバー\s+\S+\s+への接続時の認証に失敗しました/,
    imapConnectionRefusedError: /メールサーバー\s+\S+\s+に接続できません/,
    imapTlsError: /上書きできない\s+TLS\s+エラーが発生しました/,
    imapServerDisconnected: /サーバー\s+\S+\s+との接続が切断されました/,
    imapServerDroppedConnection2:
      /後で再び接続できない場合は、このサーバーへの同時接続数の限度を超えている可能性があります/,
    imapAuthChangeEncryptToPlainSSL: /IMAP\s+サーバー\s+\S+\s+が暗号化されたパスワードをサポートしていないようです/,
    imapAuthChangePlainToEncrypt: /IMAP\s+サーバー\s+\S+\s+が平文のパスワードを許可していません/,
    imapAuthChangeEncryptToPlainNoSSL: /IMAP\s+サーバー\s+\S+\s+が暗号化されたパスワードをサポートしていないようです/,
    imapAuthMechNotSupported: /IMAP\s+サーバー\s+\S+\s+が選択された認証方式をサポートしていません/,
    imapAuthGssapiFailed: /Kerberos\/GSSAPI\s+チケットが\s+IMAP\s+サーバー\s+\S+\s+によって受け入れられませんでした/,
  }),
  ...tbRows('ja', LOCAL, {
    pop3UsernameFailure: /ユーザー名を送信できませんでした/,
    pop3PasswordFailed: /ユーザー\s+\S+\s+のパスワードを送信できませんでした/,
    pop3TempServerError: /からの新着メッセージ取得中に一時的なエラーが発生しました/,
    nsErrorCouldNotConnectViaTls: /POP3\s+サーバーへの\s+TLS\s+接続が確立できません/,
    pop3AuthChangeEncryptToPlainNoSSL: /POP3\s+サーバーが暗号化されたパスワードをサポートしていないようです/,
    pop3AuthChangeEncryptToPlainSSL: /POP3\s+サーバーが暗号化されたパスワードをサポートしていないようです/,
    pop3AuthChangePlainToEncrypt: /POP3\s+サーバーが平文のパスワードを許可していません/,
    pop3AuthMechNotSupported: /サーバーが選択された認証方式をサポートしていません/,
    pop3GssapiFailure: /Kerberos\/GSSAPI\s+チケットが\s+POP\s+サーバー\s+\S+\s+によって受け入れられませんでした/,
  }),
  ...tbRows('ja', COMPOSE, {
    smtpSendFailedUnknownServer:
      /メールの送信中にエラーが発生しました:\s+送信\s+\(SMTP\)\s+サーバー\s+\S+\s+が見つかりません/,
    smtpSendRequestRefused:
      /送信\s+\(SMTP\)\s+サーバー\s+\S+\s+に接続できなかったため、メッセージを送信できませんでした/,
    smtpSendInterrupted:
      /送信処理の途中で送信\s+\(SMTP\)\s+サーバー\s+\S+\s+との接続が切断されたため、メッセージを送信できませんでした/,
    smtpSendTimeout:
      /送信\s+\(SMTP\)\s+サーバー\s+\S+\s+との接続がタイムアウトしたため、メッセージを送信できませんでした/,
    startTlsFailed: /メールの送信前にエラーが発生しました:\s+送信\s+\(SMTP\)\s+サーバー\s+\S+\s+が\s+STARTTLS/,
    smtpAuthFailure: /送信\s+\(SMTP\)\s+サーバー\s+\S+\s+の認証に失敗しました/,
    smtpHintAuthEncryptToPlainNoSsl:
      /送信\s+\(SMTP\)\s+サーバー\s+\S+\s+が暗号化されたパスワードをサポートしていないようです/,
    smtpHintAuthEncryptToPlainSsl:
      /送信\s+\(SMTP\)\s+サーバー\s+\S+\s+が暗号化されたパスワードをサポートしていないようです/,
    smtpHintAuthPlainToEncrypt: /送信\s+\(SMTP\)\s+サーバー\s+\S+\s+が平文のパスワードを許可していません/,
    smtpAuthGssapi: /Kerberos\/GSSAPI\s+チケットが送信\s+\(SMTP\)\s+サーバー\s+\S+\s+に受け入れられませんでした/,
    smtpAuthMechNotSupported: /送信\s+\(SMTP\)\s+サーバー\s+\S+\s+が選択された認証方式をサポートしていません/,
  }),
  ...tbRows('ja', SETUP, {
    'account-setup-credentials-wrong': /認証に失敗しました。\s*ユーザー名とパスワードを確認してください/,
    'account-setup-credentials-incomplete':
      /認証に失敗しました。\s*入力した認証情報が正しくないか、別のユーザー名でログインする必要があります/,
  }),
]

export const TB_KO: ClassifierRule[] = [
  ...tbRows('ko', MESSENGER, {
    unknownHostError: /^\S+\s+서버에\s+연결하지\s+못했습니다[.。]?$/,
    oAuth2Error: /서버에\s+연결\s+하는\s+동안\s+인증에\s+실패했습니다/,
    connectionRefusedError: /서버에\s+연결하지\s+못했습니다\.\s+연결이\s+거부되었습니다/,
    netTimeoutError: /서버로의\s+연결\s+시간이\s+초과되었습니다/,
    netResetError: /서버로의\s+연결이\s+초기화되었습니다/,
    netInterruptError: /서버로의\s+연결이\s+중단되었습니다/,
    mailServerLoginFailed2: /사용자의\s+\S+\s+서버\s+로그인을\s+실패하였습니다/,
  }),
  ...tbRows('ko', IMAP, {
    imapServerNotImap4: /메일\s+서버는\s+IMAP4\s+서버가\s+아닙니다/,
    imapUnknownHostError: /^\S+\s+서버\s+연결에\s+실패했습니다[.。]?$/,
    imapOAuth2Error: /서버에\s+연결\s+하는\s+동안\s+인증에\s+실패하였습니다/,
    // After the host's name: alone, the words are the AOSP Email app's bare "Can't connect to server"
    // (android-l10n-more-2.ts), a guess among the connect fallbacks.
    imapConnectionRefusedError: /[\w-]+(?:\.[\w-]+)+\s*서버에\s+연결할\s+수\s+없습니다/,
    imapNetTimeoutError: /서버\s+연결\s+시간이\s+초과되었습니다/,
    imapTlsError: /무시할\s+수\s+없는\s+TLS\s+오류가\s+발생했습니다/,
    imapServerDisconnected: /서버의\s+연결이\s+끊어졌습니다/,
    imapServerDroppedConnection2: /문제가\s+지속된다면\s+서버의\s+최대\s+연결\s+수를\s+넘은\s+것일\s+수\s+있습니다/,
    imapAuthChangeEncryptToPlainSSL: /IMAP\s+서버는\s+암호화된\s+비밀번호를\s+지원하지\s+않는\s+것\s+같습니다/,
    imapAuthChangePlainToEncrypt: /IMAP\s+서버는\s+평문\s+암호\s+사용을\s+허가하지\s+않습니다/,
    imapAuthChangeEncryptToPlainNoSSL: /IMAP\s+서버는\s+암호화된\s+패스워드\s+사용을\s+지원하지\s+않는것\s+같습니다/,
    imapAuthMechNotSupported: /의\s+IMAP\s+서버는\s+선택한\s+인증\s+방식을\s+지원하지\s+않습니다/,
    imapAuthGssapiFailed: /IMAP\s+서버에서\s+Kerberos\/GSSAPI\s+티켓을\s+허가하지\s+않았습니다/,
  }),
  ...tbRows('ko', LOCAL, {
    pop3UsernameFailure: /사용자\s+이름\s+보내기가\s+실패하였습니다/,
    pop3PasswordFailed: /사용자\s+\S+에\s+대한\s+암호\s+보내기가\s+실패했습니다/,
    pop3TempServerError: /새\s+메시지를\s+검색하는\s+동안\s+\S+에서\s+일시적인\s+오류가\s+발생했습니다/,
    nsErrorCouldNotConnectViaTls: /POP3\s+서버에\s+TLS\s+연결을\s+할\s+수\s+없습니다/,
    pop3AuthChangeEncryptToPlainNoSSL: /POP3\s+서버는\s+암호화된\s+비밀번호\s+사용을\s+지원하지\s+않는것\s+같습니다/,
    pop3AuthChangeEncryptToPlainSSL: /이\s+POP3\s+서버는\s+암호화\s+된\s+비밀번호를\s+지원하지\s+않는\s+것\s+같습니다/,
    pop3AuthChangePlainToEncrypt: /POP3\s+서버는\s+평문\s+비밀번호\s+사용을\s+허가하지\s+않습니다/,
    pop3AuthMechNotSupported: /선택한\s+인증\s+방식을\s+지원하지\s+않습니다/,
    pop3GssapiFailure: /POP\s+서버에서\s+Kerberos\/GSSAPI\s+티켓을\s+허가하지\s+않았습니다/,
  }),
  ...tbRows('ko', COMPOSE, {
    smtpSendFailedUnknownServer:
      /메일\s+보내는\s+중\s+오류가\s+발생했습니다\.\s+SMTP서버\(\S+\)를\s+알\s+수\s+없습니다/,
    smtpSendRequestRefused: /SMTP\s+서버\(\S+\)로\s+연결이\s+실패했기\s+때문에\s+메시지는\s+보낼\s+수\s+없습니다/,
    smtpSendInterrupted: /SMTP\s+서버\(\S+\)로\s+연결이\s+중간에\s+실패했습니다/,
    smtpSendTimeout: /SMTP\s+서버\(\S+\)\s+연결\s+시간이\s+초과되어\s+메시지를\s+보낼\s+수\s+없습니다/,
    startTlsFailed:
      /메일\s+보내는\s+중\s+오류가\s+발생했습니다\.\s+SMTP\s+서버\(\S+\)에\s+STARTTLS를\s+통한\s+보안\s+연결을\s+할\s+수/,
    smtpAuthFailure: /SMTP\s+서버\s+인증에\s+실패했습니다/,
    smtpHintAuthEncryptToPlainNoSsl: /SMTP\s+서버는\s+암호화된\s+비밀번호\s+사용을\s+지원하지\s+않는것\s+같습니다/,
    smtpHintAuthEncryptToPlainSsl: /SMTP\s+서버는\s+암호화된\s+비밀번호\s+사용을\s+지원하지\s+않는것\s+같습니다/,
    smtpHintAuthPlainToEncrypt: /SMTP\s+서버는\s+평문\s+비밀번호\s+사용을\s+허가하지\s+않습니다/,
    smtpAuthGssapi: /SMTP\s+서버에서\s+Kerberos\/GSSAPI\s+티켓을\s+허가하지\s+않았습니다/,
    smtpAuthMechNotSupported: /의\s+SMTP\s+서버는\s+선택한\s+인증\s+방식을\s+지원하지\s+않습니다/,
  }),
  ...tbRows('ko', SETUP, {
    'account-setup-credentials-wrong': /인증에\s+실패하였습니다\.\s+사용자\s+이름괴\s+비밀번호를\s+확인해\s+주십시오/,
    'account-setup-credentials-incomplete':
      /인증에\s+실패했습니다\.\s+입력한\s+자격\s+증명이\s+올바르지\s+않거나\s+로그인에\s+별도의\s+사용자\s+이름이\s+필요합니다/,
  }),
]

export const TB_ZH_TW: ClassifierRule[] = [
  ...tbRows('zh-TW', MESSENGER, {
    unknownHostError: /^無法連線到伺服器\s+\S+[.。]?$/,
    oAuth2Error: /連線至伺服器\s+\S+\s+時驗證失敗/,
    connectionRefusedError: /伺服器\s+\S+\s+拒絕連線/,
    netTimeoutError: /與伺服器\s+\S+\s+的連線逾時/,
    netResetError: /與伺服器\s+\S+\s+的連線被重設/,
    netInterruptError: /與伺服器\s+\S+\s+的連線中斷/,
    mailServerLoginFailed2: /以使用者名稱\s+\S+\s+登入帳號\s+\S+\s+失敗/,
  }),
  ...tbRows('zh-TW', IMAP, {
    imapTlsError: /發生了不可忽略的\s+TLS\s+錯誤/,
    imapServerDisconnected: /伺服器\s+\S+\s+已斷線，可能是伺服器關機或網路有問題/,
    imapServerDroppedConnection2: /若問題仍然存在代表您可能超過了對此伺服器的最大連線數量/,
    imapAuthChangeEncryptToPlainSSL: /這台\s+IMAP\s+伺服器可能不支援加密過的密碼/,
    imapAuthChangePlainToEncrypt: /這台\s+IMAP\s+伺服器不接受未加密的密碼/,
    imapAuthChangeEncryptToPlainNoSSL: /這台\s+IMAP\s+伺服器可能不支援加密過的密碼/,
    imapAuthMechNotSupported: /這台\s+IMAP\s+伺服器不支援您所選擇的認證方式/,
    imapAuthGssapiFailed: /Kerberos\/GSSAPI\s+門標（Ticket）沒有被\s+\S+\s+這台\s+IMAP\s+伺服器接受/,
  }),
  ...tbRows('zh-TW', LOCAL, {
    pop3UsernameFailure: /無法傳送使用者名稱/,
    pop3PasswordFailed: /未成功傳送使用者\s+\S+\s+的密碼/,
    pop3TempServerError: /從\s+\S+\s+伺服器取得新訊息時發生臨時錯誤，將在下次收信時再次嘗試收信/,
    nsErrorCouldNotConnectViaTls: /建立\s+TLS\s+連線到\s+POP3\s+伺服器失敗/,
    pop3AuthChangeEncryptToPlainNoSSL: /這台\s+POP3\s+伺服器可能不支援加密過的密碼/,
    pop3AuthChangeEncryptToPlainSSL: /這台\s+POP3\s+伺服器可能不支援加密過的密碼/,
    pop3AuthChangePlainToEncrypt: /這台\s+POP3\s+伺服器不接受未加密的密碼/,
    pop3AuthMechNotSupported: /這台伺服器不支援您所選擇的認證方式/,
    pop3GssapiFailure: /Kerberos\/GSSAPI\s+門標（Ticket）沒有被\s+POP\s+伺服器接受/,
  }),
  ...tbRows('zh-TW', COMPOSE, {
    smtpSendRequestRefused: /因為無法連線至寄件伺服器\s+\(SMTP\)\s+\S+，無法寄出郵件/,
    smtpSendInterrupted: /因為與寄件伺服器\s+\(SMTP\)\s+\S+\s+間的連線在傳輸過程中中斷，無法寄出訊息/,
    smtpSendTimeout: /因為與寄件伺服器\s+\(SMTP\)\s+\S+\s+間的連線逾時，無法寄出訊息/,
    startTlsFailed: /寄送郵件時發生錯誤：寄件伺服器（SMTP）\S+\s+並未宣稱有\s+STARTTLS\s+功能/,
    smtpAuthFailure: /無法向寄件伺服器\s+\(SMTP\)\s+\S+\s+進行認證/,
    smtpHintAuthEncryptToPlainNoSsl: /這台寄件伺服器\s+\(SMTP\)\s+可能不支援加密過的密碼/,
    smtpHintAuthEncryptToPlainSsl: /這台寄件伺服器\s+\(SMTP\)\s+可能不支援加密過的密碼/,
    smtpHintAuthPlainToEncrypt: /這台寄件伺服器\s+\(SMTP\)\s+不接受未加密的密碼/,
    smtpAuthGssapi: /Kerberos\/GSSAPI\s+門標（Ticket）沒有被\s+\S+\s+這台寄件伺服器接受/,
    smtpAuthMechNotSupported: /這台\s+SMTP\s+伺服器不支援您所選擇的認證方式/,
  }),
  ...tbRows('zh-TW', SETUP, {
    'account-setup-credentials-wrong': /驗證失敗，請檢查輸入的使用者名稱與密碼是否正確/,
    'account-setup-credentials-incomplete': /驗證失敗。\s*可能是輸入的登入資訊不正確，或需要使用另一個使用者名稱來登入/,
  }),
]
