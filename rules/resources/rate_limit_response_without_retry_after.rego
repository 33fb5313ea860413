# METADATA
# title: 429 response without Retry-After
# description: >-
#   A `429 Too Many Requests` response declares no `Retry-After` nor rate-limit header (`RateLimit`,
#   `RateLimit-Reset`, `X-RateLimit-Reset`…). Clients cannot tell when to retry, so they retry at
#   once and in a loop, turning a rate limit into a retry storm.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://www.rfc-editor.org/rfc/rfc6585#section-4
#   - https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
# custom:
#   id: rate-limit-response-without-retry-after
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: Declare a `Retry-After` header (seconds or HTTP date) on the 429 response.
package oasguard.rules.resources.rate_limit_response_without_retry_after

import data.oasguard.lib

findings contains lib.finding(r, "429 response declares no Retry-After or rate-limit header: clients cannot tell when to retry") if {
	some op in input.operations
	some r in op.responses
	r.status == "429"
	not has_retry_header(r)
}

has_retry_header(r) if {
	some h in r.headers
	lib.resources_rate_limit_header(h.name)
}
