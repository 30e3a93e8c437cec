// Thunderbird's connection, login, TLS and sending errors in pt-BR, pt-PT, nl, pl (thunderbird-l10n-more-rules.ts
// says how they are read).
import type { ClassifierRule } from './rule.js'
import { COMPOSE, IMAP, LOCAL, MESSENGER, SETUP, tbRows } from './thunderbird-l10n-meaning.js'

export const TB_PT_BR: ClassifierRule[] = [
  ...tbRows('pt-BR', MESSENGER, {
    unknownHostError: /^Não\s+foi\s+possível\s+conectar-se\s+ao\s+servidor\s+\S+[.。]?$/,
    oAuth2Error: /Falha\s+de\s+autenticação\s+ao\s+conectar-se\s+com\s+o\s+servidor\s+\S+/,
    connectionRefusedError: /Não\s+foi\s+possível\s+conectar-se\s+ao\s+servidor\s+\S+\.\s+A\s+conexão\s+foi\s+recusada/,
    netTimeoutError: /A\s+conexão\s+com\s+o\s+servidor\s+\S+\s+atingiu\s+o\s+tempo\s+limite/,
    netResetError: /A\s+conexão\s+com\s+o\s+servidor\s+\S+\s+foi\s+reiniciada/,
    netInterruptError: /A\s+conexão\s+com\s+o\s+servidor\s+\S+\s+foi\s+interrompida/,
    mailServerLoginFailed2: /Autenticação\s+no\s+servidor\s+\S+\s+com\s+o\s+usuário\s+\S+\s+falhou/,
  }),
  ...tbRows('pt-BR', IMAP, {
    imapServerNotImap4: /Servidor\s+de\s+email\s+\S+\s+não\s+é\s+um\s+servidor\s+IMAP4/,
    imapUnknownHostError: /^Falha\s+ao\s+conectar\s+com\s+servidor\s+\S+[.。]?$/,
    imapConnectionRefusedError: /Não\s+foi\s+possível\s+conectar-se\s+ao\s+servidor\s+de\s+email\s+\S+/,
    imapNetTimeoutError: /Expirou\s+o\s+tempo\s+de\s+conexão\s+ao\s+servidor\s+\S+/,
    imapTlsError: /Ocorreu\s+um\s+erro\s+de\s+TLS\s+não\s+substituível/,
    imapServerDisconnected: /O\s+servidor\s+\S+\s+foi\s+desconectado/,
    imapServerDroppedConnection2:
      /Se\s+o\s+problema\s+persistir,\s+você\s+pode\s+ter\s+excedido\s+o\s+número\s+máximo\s+de\s+conexões\s+com\s+este\s+servidor/,
    imapAuthChangeEncryptToPlainSSL:
      /O\s+servidor\s+IMAP\s+\S+\s+parece\s+não\s+oferece\s+suporte\s+a\s+senhas\s+criptografadas/,
    imapAuthChangePlainToEncrypt: /O\s+servidor\s+IMAP\s+\S+\s+não\s+permite\s+senhas\s+sem\s+criptografia/,
    imapAuthChangeEncryptToPlainNoSSL:
      /O\s+servidor\s+IMAP\s+\S+\s+parece\s+não\s+oferecer\s+suporte\s+a\s+senhas\s+criptografadas/,
    imapAuthMechNotSupported:
      /O\s+servidor\s+IMAP\s+\S+\s+não\s+oferece\s+suporte\s+ao\s+método\s+de\s+autenticação\s+selecionado/,
    imapAuthGssapiFailed: /O\s+ticket\s+Kerberos\/GSSAPI\s+não\s+foi\s+aceito\s+pelo\s+servidor\s+IMAP\s+\S+/,
  }),
  ...tbRows('pt-BR', LOCAL, {
    pop3UsernameFailure: /O\s+envio\s+do\s+nome\s+de\s+usuário\s+não\s+obteve\s+sucesso/,
    pop3PasswordFailed: /O\s+envio\s+da\s+senha\s+para\s+o\s+usuário\s+\S+\s+não\s+obteve\s+sucesso/,
    pop3TempServerError: /Erro\s+temporário\s+de\s+\S+\s+ao\s+recuperar\s+novas\s+mensagens/,
    nsErrorCouldNotConnectViaTls:
      /Não\s+foi\s+possível\s+estabelecer\s+uma\s+conexão\s+TLS\s+com\s+o\s+servidor\s+POP3/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /O\s+servidor\s+POP3\s+parece\s+não\s+oferece\s+suporte\s+a\s+senhas\s+criptografadas/,
    pop3AuthChangeEncryptToPlainSSL:
      /O\s+servidor\s+POP3\s+parece\s+não\s+oferecer\s+suporte\s+a\s+senhas\s+criptografadas/,
    pop3AuthChangePlainToEncrypt: /Este\s+servidor\s+POP3\s+não\s+permite\s+senhas\s+não\s+criptografadas/,
    pop3AuthMechNotSupported: /O\s+servidor\s+não\s+oferece\s+suporte\s+ao\s+método\s+de\s+autenticação\s+selecionado/,
    pop3GssapiFailure: /O\s+ticket\s+Kerberos\/GSSAPI\s+não\s+foi\s+aceito\s+pelo\s+servidor\s+POP/,
  }),
  ...tbRows('pt-BR', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Ocorreu\s+um\s+erro\s+ao\s+enviar\s+mensagem:\s+O\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+é\s+conhecido/,
    smtpSendRequestRefused:
      /A\s+mensagem\s+não\s+foi\s+enviada\s+porque\s+a\s+conexão\s+com\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+falhou/,
    smtpSendInterrupted:
      /A\s+mensagem\s+não\s+foi\s+enviada\s+porque\s+a\s+conexão\s+com\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+foi\s+perdida\s+no\s+meio\s+da\s+transação/,
    smtpSendTimeout:
      /A\s+mensagem\s+não\s+foi\s+enviada\s+porque\s+a\s+conexão\s+com\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+expirou/,
    startTlsFailed:
      /Ocorreu\s+um\s+erro\s+ao\s+enviar\s+mensagem:\s+não\s+foi\s+possível\s+estabelecer\s+uma\s+conexão\s+segura\s+com\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+usando\s+STARTTLS,\s+uma\s+vez\s+que/,
    smtpAuthFailure: /Não\s+foi\s+possível\s+autenticar\s+no\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Parece\s+que\s+o\s+servidor\s+envio\s+\(SMTP\)\s+\S+\s+não\s+tem\s+suporte\s+a\s+senhas\s+criptografadas/,
    smtpHintAuthEncryptToPlainSsl:
      /Parece\s+que\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+tem\s+suporte\s+a\s+senhas\s+criptografadas/,
    smtpHintAuthPlainToEncrypt:
      /O\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+permite\s+senhas\s+em\s+texto\s+puro/,
    smtpAuthGssapi:
      /O\s+ticket\s+Kerberos\/GSSAPI\s+não\s+foi\s+aceito\s+pelo\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+/,
    smtpAuthMechNotSupported:
      /O\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+oferece\s+suporte\s+ao\s+método\s+de\s+autenticação\s+selecionado/,
  }),
]

export const TB_PT_PT: ClassifierRule[] = [
  ...tbRows('pt-PT', MESSENGER, {
    unknownHostError: /^A\s+ligação\s+ao\s+servidor\s+\S+\s+falhou[.。]?$/,
    oAuth2Error: /Falha\s+de\s+autenticação\s+ao\s+ligar\s+ao\s+servidor\s+\S+/,
    connectionRefusedError: /A\s+ligação\s+ao\s+servidor\s+\S+\s+falhou\.\s+A\s+ligação\s+foi\s+recusada/,
    netTimeoutError: /A\s+ligação\s+ao\s+servidor\s+\S+\s+expirou/,
    netResetError: /A\s+ligação\s+ao\s+servidor\s+\S+\s+foi\s+reposta/,
    netInterruptError: /A\s+ligação\s+ao\s+servidor\s+\S+\s+foi\s+interrompida/,
    mailServerLoginFailed2:
      /Início\s+de\s+sessão\s+para\s+o\s+servidor\s+\S+\s+com\s+o\s+nome\s+de\s+utilizador\s+\S+\s+falhou/,
  }),
  ...tbRows('pt-PT', IMAP, {
    imapServerNotImap4: /O\s+servidor\s+de\s+correio\s+\S+\s+não\s+é\s+um\s+servidor\s+IMAP4/,
    imapUnknownHostError: /^Falha\s+ao\s+ligar\s+ao\s+servidor\s+\S+[.。]?$/,
    imapOAuth2Error: /Falha\s+de\s+autenticação\s+ao\s+ligar-se\s+ao\s+servidor\s+\S+/,
    imapConnectionRefusedError: /Não\s+foi\s+possível\s+estabelecer\s+ligação\s+ao\s+servidor\s+\S+/,
    imapTlsError: /Ocorreu\s+um\s+erro\s+incontornável\s+de\s+TLS/,
    imapServerDisconnected: /O\s+servidor\s+\S+\s+terminou\s+a\s+ligação/,
    imapServerDroppedConnection2:
      /Se\s+o\s+problema\s+persistir,\s+pode\s+ter\s+excedido\s+o\s+número\s+máximo\s+de\s+ligações\s+a\s+este\s+servidor/,
    imapAuthChangeEncryptToPlainSSL:
      /Parece\s+que\s+o\s+servidor\s+IMAP\s+\S+\s+não\s+tem\s+suporte\s+a\s+palavras-passe\s+encriptadas/,
    imapAuthChangePlainToEncrypt: /O\s+servidor\s+IMAP\s+\S+\s+não\s+permite\s+palavras-passe\s+em\s+texto\s+simples/,
    imapAuthChangeEncryptToPlainNoSSL:
      /Parece\s+que\s+o\s+servidor\s+IMAP\s+\S+\s+não\s+tem\s+suporte\s+a\s+palavras-passe\s+encriptadas/,
    imapAuthMechNotSupported:
      /Parece\s+que\s+o\s+servidor\s+IMAP\s+\S+\s+não\s+tem\s+suporte\s+ao\s+método\s+de\s+autenticação\s+selecionado/,
    imapAuthGssapiFailed: /O\s+método\s+Kerberos\/GSSAPI\s+não\s+foi\s+aceite\s+pelo\s+servidor\s+IMAP\s+\S+/,
  }),
  ...tbRows('pt-PT', LOCAL, {
    pop3UsernameFailure: /O\s+envio\s+do\s+nome\s+de\s+utilizador\s+não\s+foi\s+bem\s+sucedido/,
    pop3PasswordFailed: /O\s+envio\s+da\s+palavra-passe\s+do\s+utilizador\s+\S+\s+não\s+foi\s+bem\s+sucedido/,
    pop3TempServerError: /Erro\s+temporário\s+de\s+\S+\s+ao\s+obter\s+novas\s+mensagens/,
    nsErrorCouldNotConnectViaTls: /Não\s+foi\s+possível\s+estabelecer\s+a\s+ligação\s+TLS\s+ao\s+servidor\s+POP3/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Parece\s+que\s+este\s+servidor\s+POP3\s+não\s+tem\s+suporte\s+a\s+palavras-passe\s+encriptadas/,
    pop3AuthChangeEncryptToPlainSSL:
      /Parece\s+que\s+este\s+servidor\s+POP3\s+não\s+tem\s+suporte\s+a\s+palavras-passe\s+encriptadas/,
    pop3AuthChangePlainToEncrypt:
      /Parece\s+que\s+este\s+servidor\s+POP3\s+não\s+permite\s+palavras-passe\s+em\s+texto\s+simples/,
    pop3AuthMechNotSupported:
      /Parece\s+que\s+este\s+servidor\s+não\s+tem\s+suporte\s+ao\s+método\s+de\s+autenticação\s+escolhido/,
    pop3GssapiFailure: /Os\s+dados\s+Kerberos\/GSSAPI\s+não\s+foram\s+aceites\s+pelo\s+servidor\s+POP/,
  }),
  ...tbRows('pt-PT', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Ocorreu\s+um\s+erro\s+ao\s+enviar\s+o\s+correio\.\s+O\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+é\s+conhecido/,
    smtpSendRequestRefused:
      /A\s+mensagem\s+não\s+foi\s+enviada\s+porque\s+a\s+ligação\s+ao\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+falhou/,
    smtpSendInterrupted:
      /A\s+mensagem\s+não\s+foi\s+enviada\s+porque\s+a\s+ligação\s+ao\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+foi\s+perdida\s+no\s+meio\s+da\s+transação/,
    smtpSendTimeout:
      /A\s+mensagem\s+não\s+foi\s+enviada\s+porque\s+a\s+ligação\s+ao\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+expirou/,
    startTlsFailed:
      /Ocorreu\s+um\s+erro\s+ao\s+enviar\s+o\s+correio:\s+não\s+foi\s+possível\s+estabelecer\s+uma\s+ligação\s+segura\s+com\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+usando\s+STARTTLS,\s+uma\s+vez\s+que/,
    smtpAuthFailure: /Não\s+foi\s+possível\s+efetuar\s+a\s+autenticação\s+no\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Parece\s+que\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+tem\s+suporte\s+a\s+palavras-passe\s+encriptadas/,
    smtpHintAuthEncryptToPlainSsl:
      /Parece\s+que\s+o\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+tem\s+suporte\s+a\s+palavras-passe\s+encriptadas/,
    smtpHintAuthPlainToEncrypt:
      /O\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+permite\s+palavras-passe\s+em\s+texto\s+simples/,
    smtpAuthGssapi:
      /Os\s+dados\s+Kerberos\/GSSAPI\s+não\s+foram\s+aceites\s+pelo\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+/,
    smtpAuthMechNotSupported:
      /O\s+servidor\s+de\s+envio\s+\(SMTP\)\s+\S+\s+não\s+tem\s+suporte\s+ao\s+método\s+de\s+autenticação\s+selecionado/,
  }),
  ...tbRows('pt-PT', SETUP, {
    'account-setup-credentials-wrong':
      /A\s+autenticação\s+falhou\.\s+Por\s+favor,\s+verifique\s+o\s+nome\s+de\s+utilizador\s+e\s+palavra-passe/,
    'account-setup-credentials-incomplete':
      /A\s+autenticação\s+falhou\.\s+As\s+credenciais\s+inseridas\s+estão\s+incorretas\s+ou\s+é\s+necessário\s+um\s+nome\s+de\s+utilizador\s+separado\s+para\s+iniciar\s+a\s+sessão/,
  }),
]

export const TB_NL: ClassifierRule[] = [
  ...tbRows('nl', MESSENGER, {
    unknownHostError: /^Verbinden\s+met\s+server\s+\S+\s+is\s+mislukt[.。]?$/,
    oAuth2Error: /Authenticatiefout\s+tijdens\s+het\s+verbinden\s+met\s+server\s+\S+/,
    connectionRefusedError: /Kon\s+niet\s+verbinden\s+met\s+server\s+\S+;\s+de\s+verbinding\s+werd\s+geweigerd/,
    netTimeoutError: /Wachttijd\s+voor\s+verbinding\s+met\s+server\s+\S+\s+is\s+verstreken/,
    netResetError: /De\s+verbinding\s+met\s+server\s+\S+\s+werd\s+geherinitialiseerd/,
    netInterruptError: /De\s+verbinding\s+met\s+server\s+\S+\s+werd\s+onderbroken/,
    mailServerLoginFailed2: /Aanmelden\s+bij\s+server\s+\S+\s+met\s+gebruikersnaam\s+\S+\s+is\s+mislukt/,
  }),
  ...tbRows('nl', IMAP, {
    imapServerNotImap4: /Mailserver\s+\S+\s+is\s+geen\s+IMAP4-mailserver/,
    imapConnectionRefusedError: /Kon\s+niet\s+verbinden\s+met\s+mailserver\s+\S+;\s+de\s+verbinding\s+werd\s+geweigerd/,
    imapTlsError: /Er\s+is\s+een\s+niet-overschrijfbare\s+TLS-fout\s+opgetreden/,
    imapServerDisconnected: /Server\s+\S+\s+heeft\s+de\s+verbinding\s+verbroken/,
    imapServerDroppedConnection2:
      /Als\s+het\s+probleem\s+aanhoudt,\s+hebt\s+u\s+mogelijk\s+het\s+maximale\s+aantal\s+verbindingen\s+met\s+deze\s+server\s+overschreden/,
    imapAuthChangeEncryptToPlainSSL:
      /De\s+IMAP-server\s+\S+\s+lijkt\s+geen\s+versleutelde\s+wachtwoorden\s+te\s+ondersteunen/,
    imapAuthChangePlainToEncrypt: /De\s+IMAP-server\s+\S+\s+staat\s+geen\s+plattetekstwachtwoorden\s+toe/,
    imapAuthChangeEncryptToPlainNoSSL:
      /De\s+IMAP-server\s+\S+\s+lijkt\s+geen\s+versleutelde\s+wachtwoorden\s+te\s+ondersteunen/,
    imapAuthMechNotSupported: /De\s+IMAP-server\s+\S+\s+ondersteunt\s+de\s+geselecteerde\s+authenticatiemethode\s+niet/,
    imapAuthGssapiFailed: /Het\s+Kerberos\/GSSAPI-ticket\s+werd\s+niet\s+geaccepteerd\s+door\s+de\s+IMAP-server\s+\S+/,
  }),
  ...tbRows('nl', LOCAL, {
    pop3UsernameFailure: /Verzending\s+van\s+gebruikersnaam\s+is\s+niet\s+gelukt/,
    pop3PasswordFailed: /Verzending\s+van\s+wachtwoord\s+voor\s+gebruiker\s+\S+\s+is\s+niet\s+gelukt/,
    pop3TempServerError: /Tijdelijke\s+fout\s+van\s+\S+\s+bij\s+het\s+ophalen\s+van\s+nieuwe\s+berichten/,
    nsErrorCouldNotConnectViaTls: /Kan\s+geen\s+TLS-verbinding\s+met\s+de\s+POP3-server\s+tot\s+stand\s+brengen/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Deze\s+POP3-server\s+lijkt\s+geen\s+versleutelde\s+wachtwoorden\s+te\s+ondersteunen/,
    pop3AuthChangeEncryptToPlainSSL:
      /Deze\s+POP3-server\s+lijkt\s+geen\s+versleutelde\s+wachtwoorden\s+te\s+ondersteunen/,
    pop3AuthChangePlainToEncrypt: /Deze\s+POP3-server\s+staat\s+geen\s+plattetekstwachtwoorden\s+toe/,
    pop3AuthMechNotSupported: /De\s+server\s+ondersteunt\s+de\s+geselecteerde\s+authenticatiemethode\s+niet/,
    pop3GssapiFailure: /Het\s+Kerberos\/GSSAPI-ticket\s+werd\s+niet\s+geaccepteerd\s+door\s+de\s+POP-server/,
  }),
  ...tbRows('nl', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Er\s+is\s+een\s+fout\s+opgetreden\s+bij\s+het\s+verzenden\s+van\s+e-mail:\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+is\s+onbekend/,
    smtpSendRequestRefused:
      /Het\s+bericht\s+kon\s+niet\s+worden\s+verzonden,\s+omdat\s+het\s+verbinden\s+met\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+is\s+mislukt/,
    smtpSendInterrupted:
      /Het\s+bericht\s+kon\s+niet\s+worden\s+verzonden,\s+omdat\s+de\s+verbinding\s+met\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+in\s+het\s+midden\s+van\s+de\s+transactie\s+werd\s+verbroken/,
    smtpSendTimeout:
      /Het\s+bericht\s+kon\s+niet\s+worden\s+verzonden,\s+omdat\s+de\s+wachttijd\s+voor\s+de\s+verbinding\s+met\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+is\s+verlopen/,
    startTlsFailed:
      /Er\s+is\s+een\s+fout\s+opgetreden\s+bij\s+het\s+verzenden\s+van\s+e-mail:\s+kan\s+geen\s+beveiligde\s+verbinding\s+met\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+tot\s+stand\s+brengen\s+met\s+STARTTLS/,
    smtpAuthFailure: /Kan\s+niet\s+authenticeren\s+bij\s+uitgaande\s+\(SMTP-\)server\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /De\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+lijkt\s+geen\s+versleutelde\s+wachtwoorden\s+te\s+ondersteunen/,
    smtpHintAuthEncryptToPlainSsl:
      /De\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+lijkt\s+geen\s+versleutelde\s+wachtwoorden\s+te\s+ondersteunen/,
    smtpHintAuthPlainToEncrypt:
      /De\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+staat\s+geen\s+gebruik\s+van\s+plattetekstwachtwoorden\s+toe/,
    smtpAuthGssapi:
      /Het\s+Kerberos\/GSSAPI-ticket\s+werd\s+niet\s+geaccepteerd\s+door\s+de\s+uitgaande\s+\(SMTP-\)server\s+\S+/,
    smtpAuthMechNotSupported:
      /De\s+uitgaande\s+\(SMTP-\)server\s+\S+\s+ondersteunt\s+de\s+geselecteerde\s+authenticatiemethode\s+niet/,
  }),
  ...tbRows('nl', SETUP, {
    'account-setup-credentials-wrong':
      /Authenticatie\s+mislukt\.\s+Controleer\s+de\s+gebruikersnaam\s+en\s+het\s+wachtwoord/,
    'account-setup-credentials-incomplete':
      /Authenticatie\s+mislukt\.\s+De\s+ingevoerde\s+gegevens\s+zijn\s+onjuist\s+of\s+er\s+is\s+een\s+aparte\s+gebruikersnaam\s+vereist\s+om\s+aan\s+te\s+melden/,
  }),
]

export const TB_PL: ClassifierRule[] = [
  ...tbRows('pl', MESSENGER, {
    unknownHostError: /^Nie\s+można\s+połączyć\s+się\s+z\s+serwerem\s+\S+[.。]?$/,
    oAuth2Error: /Niepowodzenie\s+uwierzytelniania\s+podczas\s+łączenia\s+się\s+z\s+serwerem\s+\S+/,
    connectionRefusedError: /Nie\s+można\s+połączyć\s+się\s+z\s+serwerem\s+\S+;\s+połączenie\s+zostało\s+odrzucone/,
    netTimeoutError: /Przekroczono\s+limit\s+czasu\s+połączenia\s+z\s+serwerem\s+\S+/,
    netResetError: /Połączenie\s+z\s+serwerem\s+\S+\s+zostało\s+zresetowane/,
    netInterruptError: /Połączenie\s+z\s+serwerem\s+\S+\s+zostało\s+przerwane/,
    mailServerLoginFailed2:
      /Logowanie\s+na\s+serwerze\s+\S+\s+za\s+pomocą\s+nazwy\s+użytkownika\s+„\S+”\s+się\s+nie\s+powiodło/,
  }),
  ...tbRows('pl', IMAP, {
    imapServerNotImap4: /Serwer\s+pocztowy\s+\S+\s+nie\s+jest\s+serwerem\s+typu\s+IMAP4/,
    imapConnectionRefusedError: /Nie\s+można\s+połączyć\s+się\s+z\s+serwerem\s+\S+;\s+połączenie\s+zostało\s+odrzucone/,
    imapTlsError: /Wystąpił\s+błąd\s+TLS\s+nie\s+do\s+zignorowania/,
    imapServerDisconnected:
      /Serwer\s+\S+\s+rozłączył\s+się\.\s+Być\s+może\s+został\s+wyłączony\s+lub\s+wystąpił\s+problem\s+z\s+siecią/,
    imapServerDroppedConnection2:
      /Jeśli\s+problem\s+będzie\s+się\s+powtarzał,\s+być\s+może\s+przekroczono\s+maksymalną\s+liczbę\s+połączeń\s+z\s+tym\s+serwerem/,
    imapAuthChangeEncryptToPlainSSL:
      /Serwer\s+IMAP\s+\S+\s+wydaje\s+się\s+nie\s+obsługiwać\s+uwierzytelniania\s+przy\s+pomocy\s+szyfrowanych\s+haseł/,
    imapAuthChangePlainToEncrypt:
      /Serwer\s+IMAP\s+\S+\s+nie\s+zezwala\s+na\s+uwierzytelnianie\s+przy\s+pomocy\s+haseł\s+przesyłanych\s+otwartym\s+tekstem/,
    imapAuthChangeEncryptToPlainNoSSL:
      /Serwer\s+IMAP\s+\S+\s+wydaje\s+się\s+nie\s+obsługiwać\s+uwierzytelniania\s+przy\s+pomocy\s+szyfrowanych\s+haseł/,
    imapAuthMechNotSupported: /Serwer\s+IMAP\s+\(\S+\)\s+nie\s+obsługuje\s+wybranej\s+metody\s+uwierzytelniania/,
    imapAuthGssapiFailed:
      /Uwierzytelnianie\s+poprzez\s+Kerberos\/GSSAPI\s+zostało\s+odrzucone\s+przez\s+serwer\s+IMAP\s+\(\S+\)/,
  }),
  ...tbRows('pl', LOCAL, {
    pop3UsernameFailure: /Przesyłanie\s+nazwy\s+użytkownika\s+się\s+nie\s+powiodło/,
    pop3PasswordFailed: /Przesyłanie\s+hasła\s+użytkownika\s+„\S+”\s+się\s+nie\s+powiodło/,
    pop3TempServerError: /Tymczasowy\s+błąd\s+serwera\s+\S+\s+podczas\s+pobierania\s+nowych\s+wiadomości/,
    nsErrorCouldNotConnectViaTls: /Nie\s+można\s+ustanowić\s+połączenia\s+TLS\s+z\s+serwerem\s+POP/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Ten\s+serwer\s+POP3\s+wydaje\s+się\s+nie\s+obsługiwać\s+uwierzytelniania\s+przy\s+pomocy\s+szyfrowanych\s+haseł/,
    pop3AuthChangeEncryptToPlainSSL:
      /Ten\s+serwer\s+POP3\s+wydaje\s+się\s+nie\s+obsługiwać\s+uwierzytelniania\s+przy\s+pomocy\s+szyfrowanych\s+haseł/,
    pop3AuthChangePlainToEncrypt:
      /Ten\s+serwer\s+POP3\s+nie\s+zezwala\s+na\s+uwierzytelnianie\s+przy\s+pomocy\s+haseł\s+przesyłanych\s+otwartym\s+tekstem/,
    pop3AuthMechNotSupported:
      /Serwer\s+pocztowy\s+nie\s+obsługuje\s+wybranej\s+metody\s+uwierzytelniania,\s+proszę\s+ją\s+zmienić\s+w\s+Konfiguracji\s+serwera\s+w\s+konfiguracji\s+tego\s+konta/,
    pop3GssapiFailure:
      /Uwierzytelnianie\s+przy\s+pomocy\s+Kerberos\/GSSAPI\s+zostało\s+odrzucone\s+przez\s+serwer\s+POP/,
  }),
  ...tbRows('pl', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Wystąpił\s+błąd\s+podczas\s+wysyłania\s+wiadomości:\s+serwer\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)\s+jest\s+nieznany/,
    smtpSendRequestRefused:
      /Wysyłanie\s+wiadomości\s+się\s+nie\s+powiodło,\s+ponieważ\s+nie\s+udało\s+się\s+połączyć\s+z\s+serwerem\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)/,
    smtpSendInterrupted:
      /Wysyłanie\s+wiadomości\s+się\s+nie\s+powiodło,\s+ponieważ\s+połączenie\s+z\s+serwerem\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)\s+zostało\s+przerwane\s+w\s+trakcie\s+transakcji/,
    smtpSendTimeout:
      /Wysyłanie\s+wiadomości\s+się\s+nie\s+powiodło,\s+ponieważ\s+upłynął\s+limit\s+czasu\s+połączenia\s+z\s+serwerem\s+\S+\s+poczty\s+wychodzącej\s+\(SMTP\)/,
    startTlsFailed:
      /Wystąpił\s+błąd\s+podczas\s+wysyłania\s+wiadomości:\s+nie\s+udało\s+się\s+nawiązać\s+bezpiecznego\s+połączenia\s+z\s+serwerem\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)\s+przy\s+użyciu/,
    smtpAuthFailure:
      /Wystąpił\s+błąd\s+podczas\s+wysyłania\s+wiadomości:\s+nie\s+udało\s+się\s+uwierzytelnić\s+z\s+serwerem\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Serwer\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)\s+wydaje\s+się\s+nie\s+obsługiwać\s+uwierzytelniania\s+przy\s+pomocy\s+szyfrowanych\s+haseł/,
    smtpHintAuthEncryptToPlainSsl:
      /Serwer\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)\s+wydaje\s+się\s+nie\s+obsługiwać\s+uwierzytelniania\s+przy\s+pomocy\s+szyfrowanych\s+haseł/,
    smtpHintAuthPlainToEncrypt:
      /Serwer\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)\s+nie\s+zezwala\s+na\s+uwierzytelnianie\s+przy\s+pomocy\s+haseł\s+przesyłanych\s+otwartym\s+tekstem/,
    smtpAuthGssapi:
      /Uwierzytelnianie\s+przy\s+pomocy\s+Kerberos\/GSSAPI\s+nie\s+zostało\s+zaakceptowane\s+przez\s+serwer\s+SMTP\s+\S+/,
    smtpAuthMechNotSupported:
      /Serwer\s+„\S+”\s+poczty\s+wychodzącej\s+\(SMTP\)\s+nie\s+obsługuje\s+wybranej\s+metody\s+uwierzytelniania/,
  }),
  ...tbRows('pl', SETUP, {
    'account-setup-credentials-wrong':
      /Uwierzytelnienie\s+się\s+nie\s+powiodło\.\s+Sprawdź\s+poprawność\s+nazwy\s+użytkownika\s+i\s+hasła/,
    'account-setup-credentials-incomplete':
      /Uwierzytelnienie\s+się\s+nie\s+powiodło\.\s+Podane\s+dane\s+logowania\s+są\s+niepoprawne\s+lub\s+do\s+zalogowania\s+wymagana\s+jest\s+oddzielna\s+nazwa\s+użytkownika/,
  }),
]
