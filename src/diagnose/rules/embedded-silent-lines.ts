// Round 26b: lines of embedded TLS stacks and mail libraries whose code covers several of our causes (silent-lines.ts
// reads them). No import (silent-lines.ts is read by rule.ts).
export const EMBEDDED_SILENT_LINES = [
  // mbedtls_net_connect() after connect() failed on every address (refused, unreachable or timed out alike), and
  // the handshake's read timeout (the TCP connection was open; the server said nothing in time).
  {
    source: 'Mbed-TLS/mbedtls:library/net_sockets.c',
    text: /\bNET - The connection to the given server \/ port failed\b|\bSSL - The operation timed out\b/,
  },
  // ESP Mail Client: "unable to connect to server" and "connection refused" both say that the TCP client's
  // connect() returned false, whatever failed (DNS, TCP or the TLS handshake); "response read timed out" is any
  // reply the library waited for; the NTP clock sync is not the mail server.
  {
    source: 'mobizt/ESP-Mail-Client:src/ESP_Mail_Client.cpp',
    text: /^(! E: |Error, )(unable to connect to server|response read timed out|NTP server time reading timed out)$/,
  },
  { source: 'mobizt/ESP-Mail-Client:src/client/ESP_Mail_TCPClient.h', text: /^! E: connection refused$/ },
]
