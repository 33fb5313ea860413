package oasguard.rules.exposure.read_only_and_write_only_test

import data.oasguard.rules.exposure.read_only_and_write_only as rule

doc(oas, kw) := {"oas": oas, "schemas": {"s": {"id": "s", "pointer": "/components/schemas/A/properties/x", "keywords": kw}}}

test_both_flags_are_reported if {
	f := rule.findings with input as doc("3.0", {"readOnly": true, "writeOnly": true})
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/A/properties/x"
}

test_one_flag_or_v2_is_not_reported if {
	count(rule.findings) == 0 with input as doc("3.1", {"readOnly": true, "writeOnly": false})
	count(rule.findings) == 0 with input as doc("3.0", {"writeOnly": true})
	count(rule.findings) == 0 with input as doc("2.0", {"readOnly": true, "writeOnly": true})
}
