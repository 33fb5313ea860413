# METADATA
# title: Operation does not document 429 unlike the rest of the API
# description: >-
#   Most operations of the document describe `429 Too Many Requests`, but this one does not: it is
#   probably outside the rate limiting applied to the rest of the API, or its documentation is
#   incomplete. Only reported when at least half of the operations document 429, so that the gap
#   stands out; otherwise `rate-limit-not-documented` reports once for the whole document.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: rate-limit-response-missing
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770, 799]
#   remediation: >-
#     Apply the API's rate limit to the operation and document its `429` response (reuse the shared
#     `components/responses` entry).
package oasguard.rules.resources.rate_limit_response_missing

import data.oasguard.lib

limited := count([op | some op in input.operations; lib.resources_documents_429(op)])

findings contains lib.finding(op, msg) if {
	limited * 2 >= count(input.operations)
	some op in input.operations
	not lib.resources_documents_429(op)
	msg := sprintf("%s does not document 429 Too Many Requests, unlike %d of the %d operations", [lib.operation_label(op), limited, count(input.operations)])
}
