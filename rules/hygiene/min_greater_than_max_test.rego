package oasguard.rules.hygiene.min_greater_than_max_test

import data.oasguard.rules.hygiene.min_greater_than_max as rule

run(kw) := f if {
	s := {"id": "s", "pointer": "/components/schemas/Qty", "keywords": kw}
	f := rule.findings with input as {"schemas": {"s": s}}
}

test_inverted_bounds_are_reported if {
	f := run({"minimum": 10, "maximum": 1})
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Qty"
	count(run({"minLength": 5, "maxLength": 2})) == 1
	count(run({"minItems": 3, "maxItems": 1})) == 1
	count(run({"minProperties": 3, "maxProperties": 1})) == 1
}

test_empty_exclusive_ranges_are_reported if {
	count(run({"exclusiveMinimum": 5, "maximum": 5})) == 1
	count(run({"minimum": 5, "maximum": 5, "exclusiveMaximum": true})) == 1
}

test_valid_bounds_are_not_reported if {
	count(run({"minimum": 1, "maximum": 10})) == 0
	count(run({"minimum": 5, "maximum": 5})) == 0
	count(run({"minimum": 0, "exclusiveMaximum": 5})) == 0
	count(run({"minimum": 0, "maximum": 5, "exclusiveMaximum": true})) == 0
	count(run({"minLength": 3})) == 0
}
