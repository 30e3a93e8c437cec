// Italian providers. Only advice we could confirm is here; exact menu paths of their web
// settings are left to the provider table of issue 5, checked against several sources.
import type { Provider } from './provider.js'

const webLogin = (name: string, url: string) => ({
  en: [`Sign in to ${name} at ${url} in a browser: if it asks you to change the password or confirm the account, do it there, then put the new password in the mail program.`],
  it: [`Accedi a ${name} da un browser (${url}): se chiede di cambiare la password o di confermare l'account, fallo lì, poi inserisci la nuova password nel programma di posta.`],
})

export const ITALIAN: Provider[] = [
  {
    id: 'libero',
    name: 'Libero Mail',
    family: 'italiaonline',
    domains: ['libero.it', 'inwind.it', 'iol.it', 'blu.it', 'giallo.it'],
    fixes: {
      auth_web_login_required: webLogin('Libero Mail', 'login.libero.it'),
      auth_account_locked: webLogin('Libero Mail', 'login.libero.it'),
      auth_bad_credentials: webLogin('Libero Mail', 'login.libero.it'),
    },
  },
  {
    id: 'virgilio',
    name: 'Virgilio Mail',
    family: 'italiaonline',
    domains: ['virgilio.it'],
    fixes: {
      auth_web_login_required: webLogin('Virgilio Mail', 'login.virgilio.it'),
      auth_account_locked: webLogin('Virgilio Mail', 'login.virgilio.it'),
    },
  },
  {
    id: 'tim',
    name: 'TIM Mail (Alice)',
    family: 'tim',
    domains: ['tim.it', 'alice.it', 'tin.it', 'virgilio.net'],
    fixes: {
      auth_web_login_required: webLogin('TIM Mail', 'mail.tim.it'),
      auth_bad_credentials: webLogin('TIM Mail', 'mail.tim.it'),
    },
  },
  {
    id: 'aruba',
    name: 'Aruba',
    family: 'aruba',
    domains: ['aruba.it'],
    hosts: /(^|\.)aruba\.it$/i,
    fixes: {
      auth_bad_credentials: {
        en: ['At Aruba the user name is the full mailbox address; check the password at webmail.aruba.it.'],
        it: ['Su Aruba il nome utente è l\'indirizzo completo della casella; verifica la password su webmail.aruba.it.'],
      },
      auth_rate_limited: {
        en: ['Aruba blocks sending for a while after too many messages in a short time: wait, then send in smaller batches (Aruba suggests a few hundred messages every 20 minutes at most).'],
        it: ['Aruba blocca per un po\' l\'invio dopo troppi messaggi in poco tempo: aspetta, poi invia a gruppi più piccoli (Aruba indica al massimo qualche centinaio di messaggi ogni 20 minuti).'],
      },
    },
  },
  {
    id: 'aruba-pec',
    name: 'Aruba PEC',
    family: 'aruba',
    domains: ['pec.it', 'arubapec.it'],
    hosts: /(^|\.)pec\.aruba\.it$/i,
    fixes: {
      tls_wrong_mode: {
        en: ['Aruba PEC works only over SSL/TLS: use IMAP 993, POP3 995 and SMTP 465, all with SSL/TLS.'],
        it: ['Aruba PEC funziona solo con SSL/TLS: usa IMAP 993, POP3 995 e SMTP 465, tutti con SSL/TLS.'],
      },
      auth_bad_credentials: {
        en: ['The user name is the full PEC address; check the password at webmail.pec.it (PEC passwords expire and must be renewed there).'],
        it: ['Il nome utente è l\'indirizzo PEC completo; verifica la password su webmail.pec.it (le password PEC scadono e vanno rinnovate lì).'],
      },
    },
  },
  {
    id: 'fastweb',
    name: 'Fastweb Mail',
    family: 'fastweb',
    domains: ['fastwebnet.it', 'fastweb.it'],
    fixes: {
      auth_web_login_required: webLogin('Fastweb Mail', 'the MyFastweb area'),
      smtp_relay_denied: {
        en: ['Turn on authentication for the outgoing server, with the same user name and password as the Fastweb mailbox.'],
        it: ['Attiva l\'autenticazione del server in uscita, con lo stesso nome utente e password della casella Fastweb.'],
      },
    },
  },
  {
    id: 'poste',
    name: 'Poste Italiane (PosteMail)',
    family: 'poste',
    domains: ['poste.it', 'postemail.it'],
    fixes: {
      auth_web_login_required: webLogin('Poste Italiane', 'poste.it'),
    },
  },
]
