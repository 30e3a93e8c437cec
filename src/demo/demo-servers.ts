// The servers `maildoctor demo` starts: the test fixtures, reached from src/ through this one
// module only. The CLI bundle inlines them and their libraries (smtp-server, dns2, node-forge) into
// the demo's lazy chunk, so an install needs none of them and no other command loads them.
export { testCaPem, useFreshCerts } from '../../fixtures/servers/certs.js'
export { LOGIN_SCENARIOS, SCENARIOS, scenarioCredentials, VERDICT_SCENARIOS } from '../../fixtures/scenarios.js'
