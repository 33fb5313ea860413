package oasguard.rules.hygiene.ref_sibling_ignored_test

import data.oasguard.rules.hygiene.ref_sibling_ignored as rule

run(oas, ptr, siblings) := f if {
	r := {"ref": "#/components/schemas/Id", "pointer": ptr, "siblings": siblings, "status": "ok"}
	f := rule.findings with input as {"oas": oas, "refs": [r]}
}

prop := "/components/schemas/User/properties/id"

test_constraint_sibling_in_30_is_reported if {
	f := run("3.0", prop, ["readOnly", "description"])
	count(f) == 1
	some x in f
	x.pointer == prop
	contains(x.message, "readOnly beside $ref is ignored")
	not contains(x.message, "description,")
}

test_constraint_sibling_in_20_is_reported if {
	count(run("2.0", "/definitions/User/properties/id", ["maxLength"])) == 1
}

test_documentation_siblings_are_not_reported if {
	count(run("3.0", prop, ["description", "x-internal", "example"])) == 0
}

test_schema_siblings_apply_in_31 if {
	count(run("3.1", prop, ["readOnly"])) == 0
	count(run("3.1", "/paths/~1u/get/parameters/0/schema", ["maxLength"])) == 0
	count(run("3.2", "/components/schemas/User/allOf/0", ["nullable"])) == 0
}

test_non_schema_siblings_in_31_are_reported if {
	count(run("3.1", "/paths/~1u/get/parameters/0", ["required"])) == 1
	count(run("3.1", "/paths/~1u/get/responses/200", ["summary", "description"])) == 0
}

test_type_sibling_is_not_reported if {
	count(run("2.0", "/definitions/Nodes/properties/nodes/items", ["type"])) == 0
}
