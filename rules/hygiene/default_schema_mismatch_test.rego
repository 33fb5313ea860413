package oasguard.rules.hygiene.default_schema_mismatch_test

import data.oasguard.rules.hygiene.default_schema_mismatch as rule

run(types, kw) := f if {
	s := {"id": "s", "pointer": "/components/parameters/limit/schema", "types": types, "keywords": kw}
	f := rule.findings with input as {"schemas": {"s": s}}
}

test_default_above_maximum_is_reported if {
	f := run(["integer"], {"maximum": 100, "default": 500})
	count(f) == 1
	some x in f
	x.pointer == "/components/parameters/limit/schema"
	contains(x.message, "maximum 100")
}

test_default_type_and_enum_are_checked if {
	count(run(["boolean"], {"default": "true"})) == 1
	count(run(["string"], {"enum": ["asc", "desc"], "default": "up"})) == 1
}

test_valid_defaults_are_not_reported if {
	count(run(["integer"], {"maximum": 100, "default": 20})) == 0
	count(run(["string", "null"], {"default": null})) == 0
	count(run(["boolean"], {"default": false})) == 0
	count(run(["integer"], {"maximum": 100})) == 0
}

test_null_default_is_not_reported if {
	count(run(["integer"], {"default": null})) == 0
}
