# METADATA
# title: Rate limits are not advertised in responses
# description: >-
#   The API rate-limits (some operation documents `429`) but no successful response declares a
#   rate-limit header (`RateLimit`, `RateLimit-Policy`, `X-RateLimit-Remaining`…). Clients learn about
#   the limit only by hitting it, and cannot pace themselves. Reported once for the whole document.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
# custom:
#   id: rate-limit-headers-not-documented
#   severity: info
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: >-
#     Declare the rate-limit headers your gateway sends (`RateLimit`/`RateLimit-Policy`, or
#     `X-RateLimit-Limit`/`-Remaining`/`-Reset`) on successful responses, e.g. through shared
#     `components/headers`.
package oasguard.rules.resources.rate_limit_headers_not_documented

import data.oasguard.lib

findings contains lib.finding(lib.resources_root_element("/paths"), msg) if {
	lib.resources_any_429
	not advertised
	msg := "429 responses are documented but no successful response declares a RateLimit or X-RateLimit-* header"
}

advertised if {
	some op in input.operations
	some r in op.responses
	startswith(r.status, "2")
	some h in r.headers
	lib.resources_rate_limit_header(h.name)
	lower(h.name) != "retry-after"
}
