package oasguard.rules.hygiene.keyword_type_mismatch_test

import data.oasguard.rules.hygiene.keyword_type_mismatch as rule

run(types, kw) := f if {
	f := rule.findings with input as {"schemas": {"s": {"id": "s", "pointer": "/s", "types": types, "keywords": kw}}}
}

test_keyword_of_another_type_is_reported_at_the_keyword if {
	f := run(["integer"], {"maxLength": 10})
	count(f) == 1
	some x in f
	x.pointer == "/s/maxLength"
	count(run(["string"], {"maximum": 3})) == 1
	count(run(["object"], {"maxItems": 3})) == 1
}

test_fitting_or_untyped_keywords_are_not_reported if {
	count(run(["string", "null"], {"maxLength": 10})) == 0
	count(run(["integer"], {"maximum": 10})) == 0
	count(run([], {"maxLength": 10})) == 0
	count(run(["string", "integer"], {"maximum": 10})) == 0
}
