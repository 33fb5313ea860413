# METADATA
# title: Security response headers are not documented
# description: >-
#   No response of the API documents `Strict-Transport-Security` or `X-Content-Type-Options`. These
#   headers stop protocol downgrades and MIME sniffing; when the spec is silent, nobody checks that the
#   gateway sends them. Reported once per document.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#security-headers
# custom:
#   id: security-headers-undocumented
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [693]
#   remediation: >-
#     Document `Strict-Transport-Security` and `X-Content-Type-Options: nosniff` as response headers
#     (a shared header component referenced from every response keeps it short).
package oasguard.rules.config.security_headers_undocumented

import data.oasguard.lib

security_headers := {"strict-transport-security", "x-content-type-options"}

findings contains lib.finding({"pointer": "/paths", "file": lib.root_file}, msg) if {
	count(lib.operations) > 0
	not documented
	msg := "no response documents Strict-Transport-Security or X-Content-Type-Options"
}

documented if {
	some op in lib.operations
	some r in op.responses
	some h in r.headers
	security_headers[lower(h.name)]
}
