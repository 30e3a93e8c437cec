// The command a refusal answered, where the library or the log names it. A permanent refusal of MAIL FROM is the
// server not taking the sender: JavaMail wraps exactly these codes (501, 550, 551, 553) in SMTPSenderFailedException
// with the comment "given address is invalid". Its words, when a rule knows them, say more (a login needed, a full
// mailbox, a limit) and are read first; these rows stand before the reply-code rows, which would otherwise read an
// unknown sender refusal by its code alone ("553 5.5.4 … Domain name required for sender address" is not a broken
// protocol). classify.ts also lets them outrank a quoted reply that only its codes were read from.
import { sourced, type ClassifierRule } from './rule.js'

// JavaMail's codes (but 503, a command out of sequence, often "authenticate first") and 554, "transaction failed".
// 530 (authentication required) and 552 (size or storage) are other stories, 555 an unknown MAIL parameter; 4xx is a
// wait.
const SENDER_REFUSAL_CODES = [501, 550, 551, 553, 554]

// The same codes, where a row reads them in the text.
const CODES = `(${SENDER_REFUSAL_CODES.join('|')})`

const row = (source: string, text: RegExp): ClassifierRule[] =>
  sourced(source, [{ cause: 'smtp_sender_rejected', smtpCode: SENDER_REFUSAL_CODES, text }])

export const ENVELOPE_RULES: ClassifierRule[] = [
  // smtplib.sendmail() raises SMTPSenderRefused ("Sender address refused") for any non-250 reply to MAIL.
  ...row('python/cpython:Lib/smtplib.py', /\bSMTPSenderRefused\b/),
  ...row(
    'eclipse-ee4j/angus-mail:providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java',
    /\bSMTPSenderFailedException\b/,
  ),
  // nodemailer's _actionMAIL: "Mail command failed: <reply>" (code EENVELOPE, command 'MAIL FROM').
  ...row('nodemailer/nodemailer:lib/smtp-connection/index.js', /\bMail command failed: /),
  // Its predecessor simplesmtp (nodemailer before 1.0): "Mail from command failed - <reply>", a SenderError.
  ...row('andris9/simplesmtp:lib/client.js', /\bMail from command failed - /),
  // PHPMailer: SMTP.php's "MAIL FROM command failed: <reply>" (its debug output), and ErrorInfo's from_failed
  // sentence, which joins SMTP.php's error fields with commas: "…: MAIL FROM command failed,<words>,553,5.5.4".
  ...row('PHPMailer/PHPMailer:src/SMTP.php', /\bMAIL FROM command failed: /),
  ...sourced('PHPMailer/PHPMailer:src/PHPMailer.php', [
    {
      cause: 'smtp_sender_rejected',
      text: new RegExp(`\\bThe following From address failed\\b.{0,300},${CODES},`, 's'),
    },
  ]),
  // curl's smtp_state_mail_resp(): "MAIL failed: <code>".
  ...sourced('curl/curl:lib/smtp.c', [
    { cause: 'smtp_sender_rejected', text: new RegExp(`\\bMAIL failed: ${CODES}\\b`) },
  ]),
  // The MTAs' delivery logs, which put the code where no reply is quoted on its own: Postfix's "said: 553 … (in reply
  // to MAIL FROM command)", Exim's "SMTP error from remote mail server after MAIL FROM:<…> SIZE=…: 550 …".
  ...sourced('vdukhovni/postfix:src/smtp/smtp_proto.c', [
    {
      cause: 'smtp_sender_rejected',
      text: new RegExp(`\\bsaid: ${CODES}[ -][^\\n]*\\(in reply to MAIL FROM command\\)`),
    },
  ]),
  // The same log's reason cut down to its last line (a NAS's notification, a queue listing): Postfix writes "(in reply
  // to <command> command)" only after a reply it failed on (smtp_trouble.c), so the tail alone names the sender's
  // refusal; a temporary one (4xx) is a wait, read elsewhere.
  ...sourced('vdukhovni/postfix:src/smtp/smtp_trouble.c', [
    {
      cause: 'smtp_sender_rejected',
      text: /^(?![^\n]*\b4\d\d[ -])[^\n]*\(in reply to MAIL FROM command\)/m,
    },
  ]),
  // Sendmail's check_mail ruleset: an envelope sender with no domain ("MAIL FROM:<root>", an app's display name
  // sent as the address) is refused with "553 5.5.4 <addr>... Domain name required for sender address <addr>".
  ...sourced('hrs-allbsd/sendmail:cf/m4/proto.m4', [
    { cause: 'smtp_sender_rejected', text: /\bDomain name required for sender address\b/i },
  ]),
  ...sourced('Exim/exim:src/src/transports/smtp.c', [
    { cause: 'smtp_sender_rejected', text: new RegExp(`\\bafter MAIL FROM:<[^>\\n]*>[^:\\n]*: ${CODES}\\b`) },
  ]),
]
