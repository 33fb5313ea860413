# METADATA
# title: Example does not match its schema
# description: >-
#   An `example` (or an entry of `examples`) of a schema or a parameter violates the schema it
#   illustrates: wrong type, not in the `enum`, longer than `maxLength`, beyond `maximum`… Examples
#   feed mocks, generated tests and security scanners; a wrong one means either the example or the
#   schema is wrong, and clients copy the example. Only checks that are certain are made (patterns
#   are not evaluated: ECMA-262 and RE2 regular expressions differ), and `null` examples, commonly
#   written for "absent", are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.1.0#schema-object
# custom:
#   id: example-schema-mismatch
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068]
#   remediation: Fix the example or the schema so that the example is a valid instance of the schema.
package oasguard.rules.hygiene.example_schema_mismatch

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some k in ["example", "examples"]
	some id in lib.schema_ids("keyword", k)
	s := input.schemas[id]
	some v in schema_examples(s)
	v != null
	problem := lib.resources_value_problem(s, v)
	msg := sprintf("example %s %s", [short(v), problem])
}

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	count(p.example_values) > 0
	s := input.schemas[p.schema]
	some v in p.example_values
	v != null
	problem := lib.resources_value_problem(s, v)
	msg := sprintf("example %s of parameter %q %s", [short(v), p.name, problem])
}

schema_examples(s) := array.concat(own_example(s), list_examples(s))

own_example(s) := [s.keywords.example] if _ = s.keywords.example

else := []

list_examples(s) := s.keywords.examples if is_array(s.keywords.examples)

else := []

short(v) := sprintf("%q", [v]) if {
	is_string(v)
	count(v) <= 40
} else := sprintf("%q…", [substring(v, 0, 40)]) if {
	is_string(v)
} else := json.marshal(v) if {
	count(json.marshal(v)) <= 40
} else := "value"
