// The words of a refused envelope sender, in the languages servers and mail programs use: the From (or the MAIL
// FROM) is not one the logged-in account may send as, or not one the relay has verified. auth-rules.ts reads them.
import { anyOf } from './rule.js'

export const SENDER = anyOf(
  /not owned by user|send ?as ?denied|(not allowed|no permission|permissions?) to send as/,
  /send as this sender|verified sender|from address (does not|doesn't) match|relaying disallowed as/,
  /bad (sender|address mailbox)/,
  /sender (address )?(is )?(not allowed|refused|rejected|invalid|not authori[sz]ed)/,
  /sender address was rejected|does not belong to (the )?(logged[- ]in|authenticated) user|mittente (è stato rifiutato|non (valido|autorizzato|consentito))/,
  /mail from address must be same as authorization user|must equal authorized user/,
  /doesn't conform with authentication|must match your authenticated/,
  /(from|sender) address (is )?not (verified|validated|confirmed)/,
  /not allowed to relay emails with this address|exp[ée]diteur refus[ée]e|Absender(adresse)? nicht/,
  /remitente no autorizado|MAIL failed: 55\d/,
  /sender verif(y|ication) fail(ed|ure)?\b|sender address (\S+ )?(was|is) (rejected|refused|not allowed)/,
  // Gmail's "Unauthenticated email is not accepted from this domain" (support.google.com/a/answer/3726730).
  /\bnot accepted from (this|that|the sender's|your) domain\b/,
  // hMailServer's "550 Sender address must be specified."
  /\bsender address (must be specified|is required|is missing)\b/,
  // qmail's badmailfrom and its patches' sender checks, Sendmail's "Domain of sender address … does not exist".
  /\b(envelope )?sender (address )?(has been|is) (denied|blocked|banned|blacklisted)\b|domain of sender address/,
  /(email )?address is not verified|not (match )?a verified sender|发[信件]人.{0,12}不一致/,
  // maddy's "Unauthorized use of sender address", Stalwart's "not allowed to send from this address".
  /unauthori[sz]ed (use of )?(the )?(sender|from|envelope) address|not (allowed|authori[sz]ed|permitted) to send from/,
  // OCI Email Delivery's "535 Authorization failed: Envelope From address <a@b> not authorized" (the From is not
  // an approved sender; oracle/oci-grafana-metrics#147); deltachat-android#2226's "5.7.1 forged sender address" too.
  /\b(envelope[- ]from|sender|from) address\s*(<[^>\n]{0,100}>\s*)?(is )?not (authori[sz]ed|allowed|permitted)\b/,
  /\bforged (sender|from)( address)?\b/,
  // A host's refusal of a From that is not the logged-in account's: "Message denied for spoofing attempt via SMTP Auth
  // (From address: … AuthenticatedID: …)" (opencart/opencart#5349).
  /\bspoofing attempt via SMTP Auth\b/,
  // "Der angegebene Absender ist keiner Ihrer erlaubten Aliase" (554 5.7.1, mealie-recipes/mealie#1781).
  /Absender\S*.{0,40}(stimmt nicht|nicht erlaubt|abgelehnt|nicht berechtigt|nicht zulässig|keiner Ihrer)/,
  /exp[ée]diteur.{0,40}(ne correspond pas|non autoris)|remitente.{0,40}(no coincide|no autorizado)/,
  /mittente.{0,40}(non corrisponde|non autorizzato)/,
  /Absenderadresse gehört nicht|ungültige Absender(adresse)?/,
  // A relay's check of the From or Sender header: '530 From/Sender name is not valid' (postal/postal#1917).
  /\b(From|Sender)\/(From|Sender) name is not valid\b|\b(from|sender) (name|address) is not valid\b/,
  // Relays' unverified senders (round 10): Postmark's "is not a Sender Signature on your account", SES's
  // "501 Invalid MAIL FROM address provided"; Exchange's 5.1.0/5.7.1 sender refusals as .NET's de and fr
  // pages print them ("Absender abgelehnt: Ungültige Absender-Domäne", "expéditeur rejeté").
  /\bnot a (confirmed |verified )?sender signature\b|\binvalid (MAIL FROM|sender|envelope[- ]from) address\b/,
  // A host's rule that the From must be the login's: "550 From domain must match authenticated domain".
  /\b(from|sender|envelope)( domain| address| header)? must (match|be the same as|equal) (the |your )?(authenticated|auth|login|logged[- ]in)/,
  /exp[ée]diteur rejet[ée]|domaine exp[ée]diteur non valide|Absender-Domäne|als dieser Absender zu senden/,
  // The class every relay has (SES "Email address is not verified", SendGrid "verified Sender Identity", SMTP2GO
  // "sender domain not verified", Postmark "Sender Signature"): the From is not one the account has verified.
  /\b(sender|from|sending) (domain|identity|address|signature)\S*( \S+){0,2} (is |are |has )?not (been )?(verified|validated|confirmed|registered)\b/,
  /\bun(verified|configured|registered) (sending |sender )?(domain|identity|sender|from address)\b/,
)
