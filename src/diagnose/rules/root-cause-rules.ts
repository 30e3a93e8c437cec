// Event-only messages read by their usual root cause (issue 14, round 20). Some messages say only what happened
// (the connection failed, closed, timed out) and not why; a library's own troubleshooting page says what usually lies
// behind its message, and that is what the thread that pasted it most often settles on. These rows are read last,
// after every other layer (classify.ts: answered via 'fallback', which `explain` reports as a guess): they never
// change what a reply, a socket error, an error number or a rule already decided. Each row keeps the library's own
// wrapper words, so that it cannot read another library's text, and quotes the page it comes from.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

// PHPMailer's smtp_connect_failed in every language: PHPMailer::lang() appends the Troubleshooting link to it and
// to nothing else ("Include a link to troubleshooting docs on SMTP connection failure / this is by far the biggest
// cause of support questions / but it's usually not PHPMailer's fault", PHPMailer/PHPMailer:src/PHPMailer.php).
// Without the link (older releases, apps that print the bare string) the language files' own words
// (language/phpmailer.lang-*.php: en, it, es, fr, de, pt_br, pt, zh_cn).
export const PHPMAILER_CONNECT_FAILED = anyOf(
  /\bPHPMailer\/PHPMailer\/wiki\/Troubleshooting\b/,
  // SMTP.php's own line for the socket's failure, before PHPMailer.php's "SMTP connect() failed" (older releases
  // printed "SMTP -> ERROR:"; the debug output's "Connection: Failed to connect to server").
  /\bSMTP (-> )?ERROR: Failed to connect to server\b|\bConnection: Failed to connect to server\b/,
  // PHPMailer 6's exception: its "connect_host" string, then the SMTP class's last error, the socket's failure.
  /\bCould not connect to SMTP host\.\s+Failed to connect to server\b/,
  /\bSMTP connect\(\) (failed|fallita|falló|falhou|a échoué)|\bFalha na função SMTP connect\(\)/,
  /\bVerbindung zum SMTP-Server fehlgeschlagen\b|SMTP服务器连接失败/,
)

export const ROOT_CAUSE_RULES: ClassifierRule[] = [
  // The wiki's section for this message: 'This may also appear as SMTP connect() failed [...]. This is often
  // reported as a PHPMailer problem, but it's almost always down to local DNS failure, firewall blocking (for
  // example as GoDaddy does), local anti-virus software, or another issue on your local network. It means that
  // PHPMailer is unable to contact the SMTP server you have specified in the Host property, but doesn't say exactly
  // why.' Its first worked case is the host's block: GoDaddy 'block[s] outbound SMTP to ports 25, 465 and 587 to
  // all servers except their own' (also SELinux's httpd_can_network_connect, providers that block SMTP over IPv6).
  // A DNS failure shows its own words in the transcript (getaddrinfo, could not resolve), read by earlier layers;
  // on port 25 the relay-port row before this one answers the ISP's block of port 25.
  ...sourced('https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting', [
    { cause: 'firewall_all_ports_blocked', protocol: ['smtp'], text: PHPMAILER_CONNECT_FAILED },
  ]),
  // nodemailer's EENVELOPE "Can't send mail - all recipients were rejected" (lib/smtp-connection/index.js, its
  // RCPT TO handling) without the server's reply: every RCPT was refused, which for mail to other domains is a relay
  // that would not carry it (RFC 5321 §3.6.2: relaying only for its own users), fixed by logging in. A quoted reply
  // is read first and keeps its own meaning.
  ...sourced('nodemailer/nodemailer:lib/smtp-connection/index.js', [
    { cause: 'smtp_relay_denied', text: /\ball recipients were rejected\b/i },
  ]),
]
