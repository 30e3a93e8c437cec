// The causes a message has also turned out to be. Several causes are read from what happened (the greeting never
// came, the connection was cut, the login was refused), and the same event has other usual reasons: the threads in
// which people pasted such a message often ended elsewhere. Measured on the train half of the thread cases (rounds
// 12, 15, 16 and 21 of test/corpus/threads.md, 271 pastes), by what `explain` answered and how each thread ended; a
// cause is listed when at least two threads ended in it, most frequent first.
import type { CauseId } from '../model/cause-ids.js'

export const ALSO_SEEN: Partial<Record<CauseId, readonly CauseId[]>> = {
  // 4 threads: 3 ended in plaintext on an implicit-TLS port (or the reverse), 1 in another protocol's port.
  greeting_timeout: ['tls_wrong_mode'],
  // 9 threads: 5 the mode (a TLS client on a plaintext port cut by the server, or the other way round), 2 a cut.
  tcp_reset: ['tls_wrong_mode'],
  // 15 threads: 5 a network that blocks every mail port, 4 a timeout, 3 a wrong or outdated host name.
  tcp_timeout: ['firewall_all_ports_blocked', 'wrong_server_name'],
  // 14 threads: 10 a refusal, 4 a network or host that blocks every mail port.
  tcp_refused: ['firewall_all_ports_blocked'],
  // 4 threads: 2 a protocol or cipher too old for one side.
  tls_handshake_failed: ['tls_old_protocol'],
  // 19 threads: 7 the password, 5 a mechanism the server does not offer, 4 basic authentication switched off.
  auth_bad_credentials: ['auth_mechanism_unsupported', 'auth_basic_auth_disabled'],
  // 15 threads: 12 an app password, 2 a sign-in that the provider wanted confirmed on its web page first.
  auth_app_password_required: ['auth_web_login_required'],
  // 6 threads: 3 no route, 2 a network that blocks every mail port.
  net_unreachable: ['firewall_all_ports_blocked'],
  // 24 threads: 22 a certificate no trusted authority signed, 2 an antivirus that reads the mail on its way.
  tls_cert_untrusted: ['tls_intercepted_by_antivirus'],
}
