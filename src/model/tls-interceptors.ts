// Security products that open encrypted mail connections to inspect them (antivirus mail
// shields, corporate TLS proxies). One list for the certificate probe (issuer names) and the
// classifier (the same names in pasted error texts).
const NAMES = [
  'avast',
  '\\bavg\\b',
  'kaspersky',
  '\\beset\\b',
  'bitdefender',
  'norton',
  'symantec web',
  'mcafee',
  'sophos',
  'fortigate',
  'fortinet',
  'zscaler',
  'trend ?micro',
  'webroot',
  'netskope',
  'blue ?coat',
  'forcepoint',
  'palo alto',
  'cisco umbrella',
  'checkpoint',
  'mail shield',
  'web shield',
  'ssl (inspection|scanning)',
]

export const TLS_INTERCEPTORS = new RegExp(NAMES.join('|'), 'i')

// The same names in a pasted text, but not as a whole directory of a path ("/var/www/webroot/vendor/…", a web
// server's document root): there a name says nothing about a product on the connection.
export const TLS_INTERCEPTORS_IN_TEXT = new RegExp(
  `(?<![/\\\\])(?:${NAMES.join('|')})|(?:${NAMES.join('|')})(?![/\\\\])`,
  'i',
)
