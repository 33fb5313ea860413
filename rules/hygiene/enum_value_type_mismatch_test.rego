package oasguard.rules.hygiene.enum_value_type_mismatch_test

import data.oasguard.rules.hygiene.enum_value_type_mismatch as rule

run(types, values) := f if {
	s := {"id": "s", "pointer": "/components/schemas/Level", "types": types, "keywords": {"enum": values}}
	f := rule.findings with input as {"schemas": {"s": s}}
}

test_mistyped_value_is_reported_once if {
	f := run(["integer"], [1, "2", "3"])
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Level"
	contains(x.message, `"2"`)
}

test_well_typed_enums_are_not_reported if {
	count(run(["integer"], [1, 2, 3])) == 0
	count(run(["string", "null"], ["a", null])) == 0
	count(run([], ["a", 1])) == 0
}
