// Round 9 (issue 14): the mail servers' and .NET's own strings, read from their source tables, each with the
// cause its source means and the file or page it comes from (test/corpus/source-tables.jsonl). Not corpus cases:
// the tables the rules were generalised from (Postfix, Exim, Sendmail, qmail and its AUTH/TLS patch, OpenSMTPD,
// Haraka, Exchange's receive connectors, Dovecot, Cyrus, Zimbra, Courier, hMailServer; the providers' published
// SMTP tables; System.Net.Mail/Security/Sockets strings, MailKit's exceptions and Send-MailMessage; the IANA
// enhanced status code registry). Round 10 added the transactional relays' (SES, SendGrid, SMTP2GO, Mailgun, Postmark,
// Brevo, Google Workspace's relay), Microsoft 365's SMTP AUTH, Exchange's receive connectors', IceWarp's, Stalwart's,
// postscreen's, policyd-spf's and postfwd's strings, and System.Net.Mail's de/fr/es/it texts. Round 11a swept every
// client-facing reply string of Postfix (smtpd, SASL, smtpd_check, postscreen), Exim, Sendmail, OpenSMTPD, qmail,
// Courier, Dovecot's login processes, Cyrus, Haraka and its plugins, hMailServer and postgrey, and providers' published
// tables. Round 11b read the log sources whole: every mail filter's test log in fail2ban, Dovecot's login disconnect
// reasons, Postfix's and Exim's TLS and limit lines, every System.Net.Mail string, SocketError names, MailKit's,
// Jakarta Mail's, PHPMailer's and Symfony Mailer's throws. Round 13a read the mail security gateways' published
// codes (Mimecast, Sophos, Trend Micro, Cisco, Proofpoint, Barracuda), rspamd and Haraka's karma, helo.checks and
// headers plugins, Dovecot's replies after the login, and hosting and mailbox providers' error pages. Round 13b read
// the mail programs' own tables whole: Thunderbird's imap/local/compose/messenger/account-setup strings in
// en/it/fr/de/es, Thunderbird for Android's and FairEmail's strings.xml, Outlook's 0x800CCCxx codes, the Windows Mail
// app's HRESULTs, Evolution's camel, NeoMutt, Claws Mail, Geary and Mailspring (po and json translations). A reply or
// line about something that is not one of our causes (a recipient, a message's content or size) has cause null.
// A rule change that loses one of these fails here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'
import { SILENT_LINES } from '../src/diagnose/rules/silent-lines.js'

interface SourceRow {
  text: string
  /** null: the reply or line is about something that is not one of our causes, and explain must say nothing. */
  cause: string | null
  protocol?: string
  source: string
}

const ROWS: SourceRow[] = readFileSync(join(import.meta.dirname, 'corpus', 'source-tables.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as SourceRow)

describe("the servers' and .NET's source tables", () => {
  it('has a source for every row, and at least 300 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(300)
    for (const row of ROWS) expect(row.source, row.text).toMatch(/^(https?:\/\/|[\w.-]+\/[\w.-]+:)\S+/)
  })

  it('reads every string with the cause its source means', () => {
    // What the string says: a context row (root-cause-context.ts) or the provider's policy may then answer the usual
    // reason behind it, and keeps what the string said as the event.
    const said = (text: string, protocol?: string) => {
      const classification = explainText({ text, protocol }).classification
      return classification?.event ?? classification?.cause ?? null
    }
    const wrong = ROWS.map(({ text, cause, protocol }) => ({ text, cause, got: said(text, protocol) })).filter(
      (r) => r.got !== r.cause,
    )
    expect(wrong).toEqual([])
  })

  it('peels .NET\'s localized "the server response was" and reads the reply it quotes (round 10)', () => {
    // The wrapper's own words ("client was not authenticated") would read as a relay refusal; the quoted reply
    // is a wrong password. Wrappers as learn.microsoft.com's de-de, fr-fr, es-es SSRS pages print them.
    const wrapped = [
      'Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. ' +
        'Die Serverantwort war: 5.7.3 Authentication unsuccessful',
      "Le serveur SMTP requiert une connexion sécurisée ou le client n'était pas authentifié. " +
        'La réponse du serveur était : 5.7.3 Authentication unsuccessful',
      'El servidor SMTP requiere una conexión segura o el cliente no se autenticó. ' +
        'La respuesta del servidor fue: 5.7.3 Authentication unsuccessful',
    ]
    for (const text of wrapped) {
      const { classification, extracted } = explainText({ text, protocol: 'smtp' })
      expect(extracted.reply, text).toBe('5.7.3 Authentication unsuccessful')
      expect(classification?.cause, text).toBe('auth_bad_credentials')
    }
  })

  it('reads an enhanced code it has no words for by the registry, after every text rule', () => {
    // Words no rule knows, under codes whose registry rows decide: the layer says how it decided.
    const coded = [
      ['451 4.7.24 Nachricht vorläufig abgelehnt', 'smtp_sender_rejected'],
      ['454 4.7.5 Verschlüsselung fehlgeschlagen', 'starttls_failed'],
      ['451 4.4.3 Errore nel server di directory', 'server_unavailable'],
      ['554 5.7.4 Mécanisme inconnu', 'auth_mechanism_unsupported'],
      ['521 mx.example.net', 'server_unavailable'],
    ]
    for (const [text, cause] of coded) {
      const { classification } = explainText({ text })
      expect(classification, text).toEqual({ cause, via: 'reply-code' })
    }
    // A 554 instead of the greeting is "no SMTP service here"; the same code after a command is not.
    expect(explainText({ text: '554 mx.example.net', stage: 'greeting' }).classification?.cause).toBe(
      'server_unavailable',
    )
    expect(explainText({ text: '554 mx.example.net', stage: 'smtp' }).classification).toBeNull()
  })
})

describe("gateways' and providers' replies whose code or words mislead (round 13a)", () => {
  it('reads a block said with a temporary code as a block, and a rate said with "reputation" as a rate', () => {
    // Mimecast, Trend Micro and GoDaddy say "421"/"451" or "too many messages" for a block of the client's
    // address; Microsoft's S775 names the IP's reputation for what is a rate limit.
    const blocks = [
      '421 Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421',
      '451 IP temporarily blacklisted - https://community.mimecast.com/docs/DOC-1369#451',
      '421 Block temporarily (Sender Filtering/Authentication)',
      '554 This IP has been temporarily blocked for attempting to send too many messages containing content ' +
        'judged to be spam by the Internet community. IB110',
    ]
    for (const text of blocks) expect(explainText({ text }).classification?.cause, text).toBe('auth_account_locked')
    const rate =
      '451 4.7.650 The mail server [203.0.113.4] has been temporarily rate limited due to IP reputation. ' +
      'For e-mail delivery information, see https://aka.ms/postmaster (S775)'
    expect(explainText({ text: rate }).classification?.cause).toBe('auth_rate_limited')
    // rspamd's ratelimit module answers 451 4.7.1, the code of its greylisting: the words decide.
    expect(explainText({ text: '451 4.7.1 Ratelimit "user" exceeded' }).classification?.cause).toBe('auth_rate_limited')
    expect(explainText({ text: '451 4.7.1 Try again later' }).classification?.cause).toBe('server_unavailable')
  })

  it("reads a sender the receiver's policy refuses (SPF, DKIM, DMARC, block lists) as the sender", () => {
    const senders = [
      '550 SPF Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550',
      '550 5.7.1 Message rejected: XGEMAIL_0003 Message failed a DMARC check.',
      '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550',
      '421 smtp.orange.fr [203.0.113.4] Emetteur invalide, Veuillez verifier la configuration SPF/DNS de votre ' +
        'nom de domaine. Invalid Sender. SPF check failed, please verify the SPF/DNS configuration for your ' +
        'domain name.',
    ]
    for (const text of senders) expect(explainText({ text }).classification?.cause, text).toBe('smtp_sender_rejected')
    // qmail's "SPF lookup failure" is the server's own DNS trouble, not the sender.
    expect(explainText({ text: '451 SPF lookup failure (#4.3.0)' }).classification?.cause).toBe('server_unavailable')
  })
})

describe('lines about none of our causes (round 11b)', () => {
  it('cites a source for every silent line', () => {
    expect(SILENT_LINES.length).toBeGreaterThan(0)
    for (const row of SILENT_LINES) expect(row.source, row.text.source).toMatch(/^(https?:\/\/|[\w.-]+\/[\w.-]+:)\S+/)
  })

  it('says nothing about one such line, but still reads a paste whose other lines name a cause', () => {
    // Postfix's HELO check would read "Host not found" as the user's DNS failure; Exim's unknown recipient
    // would read "Unknown user" as a refused login.
    const helo =
      'Feb 21 09:21:54 mx postfix/smtpd[14398]: NOQUEUE: reject: RCPT from example.com[192.0.43.10]: 450 4.7.1 ' +
      '<pc>: Helo command rejected: Host not found; from=<a@example.com> to=<b@example.org> proto=ESMTP helo=<pc>'
    const recipient =
      '2026-12-02 09:41:07 H=(pc) [203.0.113.4] F=<a@example.com> rejected RCPT <b@example.org>: Unknown user'
    for (const text of [helo, recipient]) expect(explainText({ text }).classification, text).toBeNull()
    const sasl =
      'Dec  2 09:41:08 mx postfix/smtpd[14398]: warning: unknown[203.0.113.4]: ' +
      'SASL LOGIN authentication failed: UGFzc3dvcmQ6'
    expect(explainText({ text: `${helo}\n${sasl}` }).classification?.cause).toBe('auth_bad_credentials')
  })
})

describe("the mail programs' own dialogs (round 13b)", () => {
  it('reads the WinSock error inside a Windows Mail HRESULT, and leaves other HRESULTs alone', () => {
    // HRESULT_FROM_WIN32: 0x8007 and the error number in hex (0x274C is 10060, 0x2AF9 is 11001).
    const said = (code: string) => `We weren't able to connect to imap.libero.it. Error code: ${code}`
    expect(explainText({ text: said('0x8007274C') }).extracted.socketError).toBe(10060)
    expect(explainText({ text: said('0x80072AF9') }).classification).toEqual({ cause: 'dns_nxdomain', via: 'socket' })
    // 0x80070005 is ERROR_ACCESS_DENIED, not a socket error: nothing is read from it.
    expect(explainText({ text: said('0x80070005') }).extracted.socketError).toBeUndefined()
  })

  it("reads Thunderbird's POP3 STARTTLS refusal by the code that shows it, not by its words about TLS", () => {
    // Pop3Client.sys.mjs (and nsPop3Protocol.cpp before it) raises nsErrorCouldNotConnectViaTls only when STARTTLS
    // is required and the server's CAPA has no STLS: the upgrade was never offered.
    const text =
      'Unable to establish TLS connection to POP3 server. The server may be down or may be incorrectly configured.'
    expect(explainText({ text }).classification?.cause).toBe('starttls_not_offered')
    // A handshake that failed is still read as one.
    expect(explainText({ text: 'TLS handshake with the POP3 server failed' }).classification?.cause).not.toBe(
      'starttls_not_offered',
    )
  })
})
