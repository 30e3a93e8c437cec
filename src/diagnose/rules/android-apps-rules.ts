// The Gmail app's (6.6, when it reads an IMAP, POP or Exchange account) and Samsung Email's (Galaxy S2 firmware)
// messages, read in public repositories of their decompiled string tables in en, it, de, fr and es. Both apps grew
// out of the AOSP Email app, and their keys are its keys: each message reads as the AOSP code that raises it
// (android-email-rules.ts), or as its own words where the app added it (web sign-in, refresh limit, offline).
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const GMAIL = 'reverseengineeringer/com.google.android.gm:apktool/res/values/strings.xml'
const SAMSUNG = 'shoman94/SHOstock2-XWLP7:system/app/Email/res/values/strings.xml'

/** CERTIFICATE_VALIDATION_ERROR in these apps' words: read, as AOSP's own (android-email-rules.ts), as a guess. */
export const ANDROID_APPS_FALLBACK: ClassifierRule[] = [
  ...sourced(GMAIL, [
    { cause: 'tls_cert_untrusted', text: /\bNo se puede conectar de forma segura con el servidor\b/i },
  ]),
  ...sourced(SAMSUNG, [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /\bImpossibile connettersi al server in modo sicuro\b|\bSichere Verbindung mit Server kann nicht hergestellt werden\b/,
        /\bConnexion sécurisée au serveur impossible\b|\bNo se puede conectar con seguridad al servidor\b/,
      ),
    },
  ]),
]

export const ANDROID_APPS_RULES: ClassifierRule[] = [
  ...sourced(GMAIL, [
    // The provider wants a sign-in in the browser first (login_failed_ticker / _title).
    {
      cause: 'auth_web_login_required',
      text: anyOf(
        /\bneeds to login from browser\b|\bRequired to login from browser\b|\bdeve eseguire l['’]accesso dal browser\b/,
        /\bRichiede l['’]accesso dal browser\b|(?<![\wÀ-ÿ])über Browser anmelden\b|\bdoit se connecter depuis un navigateur\b/,
        /\bInicia(r)? sesión (en la cuenta \S+ )?con un navegador\b/,
      ),
    },
    // Too many syncs in a short time: the server refused until later.
    {
      cause: 'auth_rate_limited',
      text: anyOf(
        /\bToo many refreshes\b|\bTroppi aggiornamenti\b|\bZu viele Abrufe\b|\bActualisations trop nombreuses\b/,
        /\bDemasiadas actualizaciones\b/,
      ),
    },
    // certificate_error: the secure connection could not be set up, no more said.
    {
      cause: 'tls_handshake_failed',
      text: anyOf(
        /\bThere was a problem securing the connection\b|\bproblema di protezione della connessione\b/,
        /\bBeim Sichern der Verbindung ist ein Problem aufgetreten\b|\blors de la sécurisation de la connexion\b/,
        /\bNo se ha podido asegurar la conexión\b/,
      ),
    },
    // The phone has no network at all.
    {
      cause: 'net_unreachable',
      text: anyOf(
        /\bCouldn['’]t connect to network\b|\bConnessione alla rete non riuscita\b/,
        /\bVerbindung zum Netzwerk konnte nicht hergestellt werden\b|(?<![\wÀ-ÿ])Échec de la connexion au réseau\b/,
        /\bNo se ha podido conectar con la red\b/,
      ),
    },
    // Gmailify and the autodiscover step: the provider refused the user name or the password.
    {
      cause: 'auth_bad_credentials',
      text: anyOf(
        /\bUsername and password don['’]t match\b|\bNome utente e password non corrispondono\b/,
        /\bNutzername und Passwort stimmen nicht überein\b|\bnom d['’]utilisateur et le mot de passe ne correspondent pas\b/,
        /\bnombre de usuario y la contraseña no coinciden\b/,
        /\bConfirm username, password, and account settings are correct\b/,
        /\bConferma se nome utente, password e impostazioni account sono corretti\b/,
        /\bBestätigen Sie, dass Nutzername, Passwort und Kontoeinstellungen richtig sind\b/,
        /\bVeuillez confirmer que le nom d['’]utilisateur, le mot de passe et les paramètres du compte sont corrects\b/,
        /\bComprueba que los ajustes de cuenta, contraseña y nombre de usuario sean los correctos\b/,
      ),
    },
    // TLS_REQUIRED: STARTTLS chosen, and the server's capabilities lack it.
    {
      cause: 'starttls_not_offered',
      text: anyOf(
        /\bSTARTTLS required but not supported by server\b|\bSTARTTLS richiesto ma non supportato dal server\b/,
        /\bSTARTTLS erforderlich, aber vom Server nicht unterstützt\b|\bSTARTTLS est requis, mais n['’]est pas géré/,
        /\bSe exige la seguridad STARTTLS, pero no es compatible con el servidor\b/,
      ),
    },
  ]),
  ...sourced(SAMSUNG, [
    // TLS_REQUIRED in the app's own words.
    {
      cause: 'starttls_not_offered',
      text: anyOf(
        /\bTLS non supportato dal server\b|\bServer unterstützt TLS nicht\b/,
        /\bLe serveur ne prend pas en charge le protocole TLS\b|\bEl servidor no admite TLS\b/,
      ),
    },
    // Account setup cannot start: airplane mode, or no network.
    {
      cause: 'net_unreachable',
      text: anyOf(
        /\bAirplane mode (is ON|enabled) or network (is down|not available)\b/,
        /\bModalità Offline abilitata oppure rete non disponibile\b|\bOffline-Modus aktiviert oder Netzwerk nicht verfügbar\b/,
        /\bMode Hors-ligne activé ou réseau indisponible\b|\bModo avión activado o red no disponible\b/,
      ),
    },
  ]),
]
