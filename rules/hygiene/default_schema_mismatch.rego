# METADATA
# title: Default value does not match its schema
# description: >-
#   A `default` violates the schema it belongs to: wrong type, outside the `enum`, longer than
#   `maxLength`, beyond `maximum`… Servers and generated clients apply defaults without validating
#   them, so an invalid default is a value that bypasses the contract's own constraints, e.g. a page
#   size default above the documented maximum. A `null` default (no default) is not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.1.0#schema-object
# custom:
#   id: default-schema-mismatch
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068, 20]
#   remediation: Fix the default or the schema so that the default is a valid instance of the schema.
package oasguard.rules.hygiene.default_schema_mismatch

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "default")
	s := input.schemas[id]
	"default" in object.keys(s.keywords)
	v := s.keywords.default
	v != null
	problem := lib.resources_value_problem(s, v)
	msg := sprintf("default %s %s", [short(v), problem])
}

short(v) := sprintf("%q", [v]) if {
	is_string(v)
	count(v) <= 40
} else := sprintf("%q…", [substring(v, 0, 40)]) if {
	is_string(v)
} else := json.marshal(v) if {
	count(json.marshal(v)) <= 40
} else := "value"
