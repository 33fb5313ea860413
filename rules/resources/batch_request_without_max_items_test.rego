package oasguard.rules.resources.batch_request_without_max_items_test

import data.oasguard.rules.resources.batch_request_without_max_items as rule

ops := [
	{"request_body": {"content": [{"schema": "a"}]}},
	{"request_body": {"content": [{"schema": "a"}]}},
	{"request_body": null},
]

run(kw) := f if {
	s := {"id": "a", "pointer": "/components/schemas/Batch", "type": kw.type, "keywords": kw, "all_of": []}
	f := rule.findings with input as {"schemas": {"a": s}, "operations": ops}
}

test_array_body_is_reported_once if {
	f := run({"type": "array"})
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Batch"
}

test_bounded_array_body_is_not_reported if {
	count(run({"type": "array", "maxItems": 100})) == 0
}

test_object_body_is_not_reported if {
	count(run({"type": "object"})) == 0
}
