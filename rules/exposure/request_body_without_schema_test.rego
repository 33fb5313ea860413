package oasguard.rules.exposure.request_body_without_schema_test

import data.oasguard.rules.exposure.request_body_without_schema as rule

doc(oas, mt, sid) := {"oas": oas, "operations": [{
	"method": "post", "path": "/things", "pointer": "/op",
	"request_body": {"pointer": "/op/requestBody", "content": [{"media_type": mt, "schema": sid, "pointer": "/op/requestBody/content/x"}]},
}]}

test_missing_schema_is_reported if {
	f := rule.findings with input as doc("3.0", "application/json", null)
	count(f) == 1
	some x in f
	x.pointer == "/op/requestBody/content/x"
}

test_schema_binary_or_v2_form_is_not_reported if {
	count(rule.findings) == 0 with input as doc("3.1", "application/json", "s")
	count(rule.findings) == 0 with input as doc("3.0", "image/png", null)
	count(rule.findings) == 0 with input as doc("2.0", "application/x-www-form-urlencoded", null)
}
