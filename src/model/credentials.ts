// A login as the user gave it: read by probes, secrets scrubbing and round trips alike.
export interface Credentials {
  user: string
  /** Empty when the login is by OAuth 2.0 token. */
  password: string
  /** An OAuth 2.0 access token: the login uses XOAUTH2 or OAUTHBEARER, never the password. */
  token?: string
  /** Use only this token mechanism (a server may list both and implement one badly). */
  tokenMechanism?: 'XOAUTH2' | 'OAUTHBEARER'
}
