# METADATA
# title: Recursive schema in requests
# description: >-
#   A schema that clients send refers to itself (directly or through other schemas), so a valid
#   request can nest to any depth. Deeply nested payloads exhaust parsers, validators and recursive
#   business logic (stack overflows, quadratic processing). Reported once, on the referenced schema
#   that closes the cycle; recursion that only appears in responses, or under readOnly properties,
#   is not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/674.html
# custom:
#   id: recursive-request-schema
#   severity: low
#   ruleset: recommended
#   owasp: [API4:2023]
#   cwe: [674, 776]
#   remediation: >-
#     Prefer a flat request shape (references by id instead of nested objects), or unroll the
#     recursion to a fixed depth; enforce a maximum nesting depth in the JSON parser.
package oasguard.rules.resources.recursive_request_schema

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("flag", "recursive")
	s := input.schemas[id]
	s.recursive
	s.is_ref_target
	lib.resources_input_reachable[s.id]
	msg := sprintf("%s refers to itself and is accepted in requests: payloads can nest to any depth", [label(s)])
}

label(s) := sprintf("schema %q", [s.name]) if s.name != ""

else := "schema"
