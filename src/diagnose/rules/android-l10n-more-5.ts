// The AOSP Email app's and Thunderbird for Android's connection, login and TLS errors in id, th, ar, he
// (android-l10n-more-rules.ts says how they are read).
import {
  type AndroidRows,
  CERT,
  LEGACY,
  NOTIFY,
  SETTINGS,
  VALIDATE,
  androidLang,
  aospRows,
  k9Rows,
} from './android-l10n-more-1.js'

export const ANDROID_ID: AndroidRows = androidLang(
  aospRows('in', {
    tlsRequired: /TLS\s+diperlukan,\s+tetapi\s+tidak\s+didukung\s+oleh\s+server/,
    authRequired: /Metode\s+autentikasi\s+tidak\s+didukung\s+oleh\s+server/,
    authMessage: /Nama\s+pengguna\s+atau\s+sandi\s+salah/,
    certificateMessage: /Tidak\s+dapat\s+tersambung\s+ke\s+server\s+dengan\s+aman/,
    security: /Tidak\s+dapat\s+membuka\s+sambungan\s+ke\s+server\s+karena\s+kesalahan\s+keamanan/,
    ioError: /^\s*Tidak\s+dapat\s+membuka\s+koneksi\s+ke\s+server[.。]?\s*$/m,
    serverMessage: /^\s*Tidak\s+dapat\s+tersambung\s+ke\s+server[.。]?\s*$/m,
    loginFailedTicker: /^\s*Gagal\s+masuk\s+\S+?[.。]?\s*$/m,
    loginFailedTitle: /^\s*Tidak\s+dapat\s+masuk[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'in', {
    incomingAuthFailed: /Autentikasi\s+gagal\s+untuk\s+\S+/,
    outgoingAuthFailed: /Autentikasi\s+gagal\s+untuk\s+\S+/,
    certificateError: /^\s*Kesalahan\s+sertifikat\s+untuk\s+\S+/m,
  }),
  k9Rows(LEGACY, 'in', {
    authFailed: /Autentikasi\s+gagal\s+untuk\s+\S+/,
    certificateError: /^\s*Kesalahan\s+sertifikat\s+untuk\s+\S+/m,
  }),
  k9Rows(CERT, 'in', {
    securityThreat:
      /Aplikasi\s+ini\s+mendeteksi\s+adanya\s+potensi\s+ancaman\s+keamanan\s+dan\s+tidak\s+melanjutkan\s+koneksi\s+ke\s+\S+/,
  }),
  k9Rows(VALIDATE, 'in', {
    authError: /^\s*Galat\s+autentikasi\s*[.!！]?\s*$/,
    missingCapability: /Peladen\s+kehilangan\s+kemampuan\s+berikut\s+ini\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'in', {
    passwordAuthFailed: /^\s*Autentikasi\s+gagal\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_TH: AndroidRows = androidLang(
  aospRows('th', {
    tlsRequired: /ต้องใช้\s*TLS\s*แต่เซิร์ฟเวอร์ไม่สนับสนุน/,
    authRequired: /เซิร์ฟเวอร์ไม่สนับสนุนวิธีการตรวจสอบสิทธิ์/,
    authMessage: /ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง/,
    certificateMessage: /ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ได้อย่างปลอดภัย/,
    security: /ไม่สามารถเปิดการเชื่อมต่อกับเซิร์ฟเวอร์ได้เนื่องจากข้อผิดพลาดด้านความปลอดภัย/,
    ioError: /^\s*ไม่สามารถเปิดการเชื่อมต่อกับเซิร์ฟเวอร์[.。]?\s*$/m,
    serverMessage: /^\s*ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์[.。]?\s*$/m,
    loginFailedTicker: /^\s*ลงชื่อเข้าใช้\s*\S+?\s*ไม่สำเร็จ[.。]?\s*$/m,
    loginFailedTitle: /^\s*ไม่สามารถลงชื่อเข้าใช้[.。]?\s*$/m,
  }),
  k9Rows(VALIDATE, 'th', {
    authError: /^\s*ผิดพลาดในการรับรองความถูกต้อง\s*[.!！]?\s*$/,
    missingCapability: /เซิร์ฟเวอร์ขาดความสามารถนี้\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
)

export const ANDROID_AR: AndroidRows = androidLang(
  aospRows('ar', {
    tlsRequired: /يلزم\s+وجود\s+TLS\s+لكن\s+لا\s+يتيح\s+الخادم\s+استخدامه/,
    authRequired: /لا\s+يتيح\s+الخادم\s+استخدام\s+أساليب\s+المصادقة/,
    authMessage: /اسم\s+المستخدم\s+غير\s+صحيح\s+أو\s+كلمة\s+مرور\s+غير\s+صحيحة/,
    certificateMessage: /لا\s+يمكن\s+الاتصال\s+بالخادم\s+بأمان/,
    security: /تعذر\s+الاتصال\s+بالخادم\s+نظرًا\s+لحدوث\s+خطأ\s+بالأمان/,
    ioError: /^\s*تعذر\s+فتح\s+الاتصال\s+بالخادم[.。]?\s*$/m,
    serverMessage: /^\s*لا\s+يمكن\s+الاتصال\s+بالخادم[.。]?\s*$/m,
    loginFailedTicker: /^\s*لم\s+يتم\s+تسجيل\s+\S+?\s+بنجاح[.。]?\s*$/m,
    loginFailedTitle: /^\s*تعذر\s+تسجيل\s+الدخول[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'ar', {
    certificateError: /^\s*خطأ\s+في\s+شهادة\s+\S+/m,
  }),
  k9Rows(LEGACY, 'ar', {
    authFailed: /فشل\s+مصادقة\s+\S+/,
    certificateError: /^\s*خطأ\s+في\s+شهادة\s+\S+/m,
  }),
  k9Rows(CERT, 'ar', {
    securityThreat: /اكتشف\s+التطبيق\s+تهديدًا\s+أمنيًا\s+محتملاً\s+وأوقف\s+الاتصال\s+بـ\s+\S+/,
  }),
  k9Rows(VALIDATE, 'ar', {
    authError: /^\s*خطأ\s+في\s+المصادقة\s*[.!！]?\s*$/,
    missingCapability: /يفتقد\s+الخادم\s+هذه\s+الإمكانية\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
)

export const ANDROID_HE: AndroidRows = androidLang(
  aospRows('iw', {
    tlsRequired: /TLS\s+נדרש\s+אך\s+אינו\s+נתמך\s+בשרת/,
    authRequired: /השרת\s+אינו\s+תומך\s+בשיטות\s+האימות/,
    authMessage: /שם\s+המשתמש\s+או\s+הסיסמה\s+שגויים/,
    certificateMessage: /לא\s+ניתן\s+להתחבר\s+לשרת\s+באופן\s+בטוח/,
    security: /לא\s+ניתן\s+לפתוח\s+חיבור\s+לשרת\s+בשל\s+שגיאת\s+אבטחה/,
    ioError: /^\s*לא\s+ניתן\s+לפתוח\s+חיבור\s+לשרת[.。]?\s*$/m,
    serverMessage: /^\s*לא\s+ניתן\s+להתחבר\s+לשרת[.。]?\s*$/m,
    loginFailedTicker: /^\s*הכניסה\s+ל-\S+?\s+נכשלה[.。]?\s*$/m,
    loginFailedTitle: /^\s*לא\s+ניתן\s+היה\s+להיכנס[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'iw', {
    incomingAuthFailed: /אימות\s+נכשל\s+עבור\s+\S+/,
    outgoingAuthFailed: /אימות\s+נכשל\s+עבור\s+\S+/,
    certificateError: /^\s*בעיה\s+בתעודה\s+עבור\s+\S+/m,
  }),
  k9Rows(LEGACY, 'iw', {
    authFailed: /האימות\s+נכשל\s+עבור\s+\S+/,
    certificateError: /^\s*בעיה\s+בתעודה\s+עבור\s+\S+/m,
  }),
  k9Rows(CERT, 'iw', {
    securityThreat: /היישומון\s+הבחין\s+באיום\s+אבטחה\s+אפשרי\s+ולא\s+המשיך\s+להתחבר\s+אל\s+\S+/,
  }),
  k9Rows(VALIDATE, 'iw', {
    authError: /^\s*שגיאת\s+אימות\s*[.!！]?\s*$/,
    missingCapability: /היכולת\s+הבאה\s+חסרה\s+לשרת\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'iw', {
    passwordAuthFailed: /^\s*אימות\s+נכשל\s*[.!！]?\s*$/,
  }),
)
