// What Microsoft's consumer sign-in and Outlook for iOS/Android show, as Microsoft's own pages quote it: the
// Microsoft account's refusals (a wrong password, then a pause after too many tries) that iOS Mail users with an
// Outlook.com account meet, and Outlook mobile's prompt before logging in over a connection it cannot trust.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const OUTLOOK_MOBILE_PAGE = 'insecure-connection-secure-connection-unavailable-outlook-ios-android.md'

export const MICROSOFT_CONSUMER_RULES: ClassifierRule[] = [
  ...sourced(
    'https://support.microsoft.com/en-us/office/ios-ipados-users-may-experience-issues-accessing-their-outlook-and-hotmail-accounts-from-the-ios-ipados-default-mail-app-3584197b-8ffb-46ce-b5c6-f4cc71ff29a7',
    [
      { cause: 'auth_bad_credentials', text: /\bThat password is incorrect for your Microsoft account\b/i },
      {
        cause: 'auth_rate_limited',
        text: anyOf(
          /\bYou['’]ve (tried to sign in|used an incorrect account or password) too many times\b/,
          /\btemporarily unavailable because an incorrect password was entered too many times\b/,
        ),
      },
    ],
  ),
  // Outlook for iOS and Android asks before logging in when the server's certificate is invalid, expired or not
  // signed by an authority in its trust store.
  ...sourced(`MicrosoftDocs/OfficeDocs-Support:Exchange/ExchangeServer/client-connectivity/${OUTLOOK_MOBILE_PAGE}`, [
    {
      cause: 'tls_cert_untrusted',
      text: /\b(Insecure connection|Secure connection unavailable)\. Would you like to log in anyway\?/i,
    },
  ]),
]
