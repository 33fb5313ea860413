package oasguard.rules.hygiene.example_schema_mismatch_test

import data.oasguard.rules.hygiene.example_schema_mismatch as rule

sch(types, kw) := {"id": "s", "pointer": "/components/schemas/Age", "types": types, "keywords": kw}

run(s, ops) := f if {
	f := rule.findings with input as {"schemas": {"s": s}, "operations": ops}
}

test_type_mismatch_is_reported if {
	f := run(sch(["integer"], {"type": "integer", "example": "42"}), [])
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Age"
	contains(x.message, "is a string, but the schema type is integer")
}

test_constraint_violations_are_reported if {
	count(run(sch(["string"], {"enum": ["a", "b"], "example": "c"}), [])) == 1
	count(run(sch(["string"], {"maxLength": 3, "example": "abcd"}), [])) == 1
	count(run(sch(["integer"], {"maximum": 120, "example": 200}), [])) == 1
	count(run(sch(["integer"], {"example": 1.5}), [])) == 1
	count(run(sch(["string"], {"examples": ["ok", 3]}), [])) == 1
}

test_valid_examples_are_not_reported if {
	count(run(sch(["integer"], {"maximum": 120, "example": 42}), [])) == 0
	count(run(sch(["integer"], {"example": 2.0}), [])) == 0
	count(run(sch(["string", "null"], {"enum": ["a"], "example": null}), [])) == 0
	count(run(sch([], {"example": "anything"}), [])) == 0
	count(run(sch(["file"], {"example": "x"}), [])) == 0
	count(run(sch(["string"], {"maxLength": 3}), [])) == 0
}

test_parameter_example_is_checked if {
	p := {"name": "age", "pointer": "/components/parameters/age", "schema": "s", "example_values": ["old"]}
	f := run(sch(["integer"], {"type": "integer"}), [{"parameters": [p]}])
	count(f) == 1
	some x in f
	x.pointer == "/components/parameters/age"
}

test_null_example_is_not_reported if {
	count(run(sch(["integer"], {"example": null}), [])) == 0
}
