# METADATA
# title: Enum value does not match the schema type
# description: >-
#   An `enum` lists a value whose JSON type differs from the schema's `type` (e.g. `"1"` in an
#   integer enum, `1` in a string enum). No instance can take that value, and code generators and
#   validators disagree on what is accepted: the allow-list is not what it appears to be.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.1.0#schema-object
# custom:
#   id: enum-value-type-mismatch
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068]
#   remediation: Write every enum value with the schema's type (quote strings, do not quote numbers).
package oasguard.rules.hygiene.enum_value_type_mismatch

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "enum")
	s := input.schemas[id]
	is_array(s.keywords.enum)
	lib.resources_checkable_types(s.types)
	not plainly_typed(s)
	bad := [v | some v in s.keywords.enum; not lib.resources_type_ok(s.types, v)]
	count(bad) > 0
	msg := sprintf("enum value %s is %s, but the schema type is %s", [json.marshal(bad[0]), lib.resources_json_type(bad[0]), concat(" or ", s.types)])
}

# plainly_typed: the JSON type of every enum value is one of the schema's
# types, tested on the distinct kinds of values before checking each value
# (numbers against integer-only types still need the per-value check).
plainly_typed(s) if {
	every kind in {type_name(v) | some v in s.keywords.enum} {
		kind in s.types
	}
}
