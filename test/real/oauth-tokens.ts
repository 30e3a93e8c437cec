// The made-up tokens of the real-server suite's introspection endpoint: one good, one that the
// endpoint calls inactive (as for an expired or revoked token).
export const REAL_GOOD_TOKEN = 'real-good-Access-T0ken'
export const REAL_EXPIRED_TOKEN = 'real-expired-Access-T0ken'
export const REAL_TOKENS = { [REAL_GOOD_TOKEN]: 'mario@maildoctor.test' }
