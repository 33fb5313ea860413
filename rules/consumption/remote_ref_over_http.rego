# METADATA
# title: Reference fetched over plain HTTP
# description: >-
#   A `$ref` points at an `http://` URL. Every tool that resolves the document downloads that part of
#   the contract unencrypted, so anyone on the network path can swap in a different schema: drop
#   validation constraints, add fields, or change security-relevant definitions.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xaa-unsafe-consumption-of-apis/
#   - https://cwe.mitre.org/data/definitions/494.html
# custom:
#   id: remote-ref-over-http
#   severity: medium
#   ruleset: recommended
#   owasp: [API10:2023]
#   cwe: [494, 319]
#   remediation: >-
#     Vendor the referenced document into the repository and reference it by relative path; if it must
#     stay remote, use an `https://` URL on a host you control.
package oasguard.rules.consumption.remote_ref_over_http

import data.oasguard.lib

findings contains lib.finding(r, msg) if {
	some r in input.refs
	r.status == "remote"
	regex.match(`(?i)^http://`, r.ref)
	msg := sprintf("$ref %q is fetched over unencrypted HTTP", [r.ref])
}
