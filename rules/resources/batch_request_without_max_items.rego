# METADATA
# title: Batch request body without maxItems
# description: >-
#   A request body is an array with no `maxItems`: the operation is a batch endpoint whose batch size
#   the client chooses. One call can create, update or look up an unbounded number of records,
#   multiplying the cost of a single request past any per-request rate limit.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: batch-request-without-max-items
#   severity: medium
#   ruleset: recommended
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: >-
#     Add `maxItems` to the request body array (for example 100) and bound the size of each item, so
#     that the cost of one request has a known ceiling.
package oasguard.rules.resources.batch_request_without_max_items

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.resources_request_body_schemas
	s := input.schemas[id]
	s.type == "array"
	not bounded(s)
	msg := "request body is an array without maxItems: one request can carry any number of items"
}

bounded(s) if {
	some k in {"maxItems", "enum", "const"}
	lib.resources_has_keyword(s, k)
}
