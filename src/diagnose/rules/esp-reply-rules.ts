// Sending services' refusals of the sender and of the key, in their own words: an unverified sending domain at
// Mailgun and Resend, a From address with no sender signature at Postmark or not validated at Mailjet, and a key
// or token the service does not know (Amazon SES, Postmark). Their sending limits read as a limit elsewhere.
import { sourced, type ClassifierRule } from './rule.js'

export const ESP_REPLY_RULES: ClassifierRule[] = [
  ...sourced('mailgun/documentation:source/api-sending.rst', [
    { cause: 'smtp_sender_rejected', text: /\bis not allowed to send: The domain is unverified\b/i },
  ]),
  ...sourced('https://github.com/code-with-antonio/nextjs-next-auth-v5-masterclass/issues/35', [
    { cause: 'smtp_sender_rejected', text: /\bdomain is not verified\. Please,? add and verify your domain\b/i },
  ]),
  ...sourced('https://github.com/humanmade/Falcon/issues/34', [
    { cause: 'smtp_sender_rejected', text: /\bSender signature not defined for From address\b/i },
  ]),
  ...sourced('https://gist.github.com/arnaudbreton/f09ac2dcb1316790a5336756556e5f72', [
    { cause: 'smtp_sender_rejected', text: /\bis not an authorized sender email address for your account\b/i },
  ]),
  ...sourced('https://zstatic.zohostatic.com/zeptomail/help/api/error-codes.html', [
    { cause: 'smtp_sender_rejected', text: /\bSender address domain is not verified\b/i },
  ]),
  ...sourced('awsdocs/amazon-ses-developer-guide:doc-source/api-error-codes.md', [
    { cause: 'auth_bad_credentials', text: /\bInvalidClientTokenId\b/ },
  ]),
  ...sourced('https://github.com/PipedreamHQ/pipedream/issues/10254', [
    { cause: 'auth_bad_credentials', text: /\bRequest does not contain a valid Server token\b/i },
  ]),
]
