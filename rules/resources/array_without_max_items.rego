# METADATA
# title: Array input without maxItems
# description: >-
#   An array that clients send (inside a request body or as a parameter) has no `maxItems`, so one
#   request can carry any number of elements, each processed, stored or fanned out downstream.
#   Arrays sent as the whole request body are covered by `batch-request-without-max-items`; arrays
#   of unique enum values are bounded by the enum and are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: array-without-max-items
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: Add `maxItems` with the largest number of elements the operation is designed to handle.
package oasguard.rules.resources.array_without_max_items

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.resources_input_ids("array")
	s := input.schemas[id]
	s.type == "array"
	lib.resources_input_schema(s)
	not bounded(s)
	not lib.resources_allof_branches[s.id]
	not lib.resources_request_body_schemas[s.id]
	msg := sprintf("%s has no maxItems: clients can send any number of elements", [label(s)])
}

bounded(s) if {
	some k in {"maxItems", "enum", "const"}
	lib.resources_has_keyword(s, k)
}

# A set of distinct enum values cannot be larger than the enum.
bounded(s) if {
	s.keywords.uniqueItems == true
	is_array(input.schemas[s.items].keywords.enum)
}

label(s) := sprintf("array property %q", [name]) if {
	name := lib.resources_property_name(s)
	name != ""
} else := "array input"
