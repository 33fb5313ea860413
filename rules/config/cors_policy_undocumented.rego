# METADATA
# title: CORS policy is not documented
# description: >-
#   No response of the API documents an `Access-Control-Allow-Origin` header, so the spec does not say
#   which browser origins may call it. Reviewers cannot tell whether the deployed CORS policy is the
#   intended one, and clients cannot rely on it. Reported once per document.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS
# custom:
#   id: cors-policy-undocumented
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [942]
#   remediation: >-
#     Document `Access-Control-Allow-Origin` (and the other CORS headers) on the responses of operations
#     that browsers call, with the allowed origins as an enum or in the description.
package oasguard.rules.config.cors_policy_undocumented

import data.oasguard.lib

findings contains lib.finding({"pointer": "/paths", "file": lib.root_file}, msg) if {
	count(lib.operations) > 0
	not documented
	msg := sprintf("none of the %d operations documents an Access-Control-Allow-Origin response header", [count(lib.operations)])
}

documented if {
	some op in lib.operations
	some r in op.responses
	some h in r.headers
	lower(h.name) == "access-control-allow-origin"
}
