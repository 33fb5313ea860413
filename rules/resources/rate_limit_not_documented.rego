# METADATA
# title: Rate limiting is not documented
# description: >-
#   No operation, or fewer than half of them, documents the `429 Too Many Requests` response (or a
#   `4XX` range). Either the API has no rate limiting, or clients cannot know it exists and how to back
#   off. Reported once for the whole document; when most operations document 429,
#   `rate-limit-response-missing` reports the ones that do not.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
#   - https://www.rfc-editor.org/rfc/rfc6585#section-4
# custom:
#   id: rate-limit-not-documented
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770, 799]
#   remediation: >-
#     Enforce rate limits (at the gateway or in the service) and document them: a `429` response with a
#     `Retry-After` header on every operation, e.g. through a shared `components/responses` entry.
package oasguard.rules.resources.rate_limit_not_documented

import data.oasguard.lib

total := count(input.operations)

limited := count([op | some op in input.operations; lib.resources_documents_429(op)])

findings contains lib.finding(lib.resources_root_element("/paths"), msg) if {
	total > 0
	limited == 0
	msg := sprintf("no operation documents a 429 Too Many Requests response (%d operations)", [total])
}

findings contains lib.finding(lib.resources_root_element("/paths"), msg) if {
	limited > 0
	limited * 2 < total
	msg := sprintf("only %d of %d operations document a 429 Too Many Requests response", [limited, total])
}
