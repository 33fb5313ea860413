package oasguard.rules.resources.request_body_without_schema_test

import data.oasguard.rules.resources.request_body_without_schema as rule

run(oas, mt, sid) := f if {
	op := {
		"method": "post", "path": "/events", "pointer": "/paths/~1events/post",
		"request_body": {"content": [{"media_type": mt, "schema": sid, "pointer": "/paths/~1events/post/requestBody/content/x"}]},
	}
	f := rule.findings with input as {"oas": oas, "operations": [op]}
}

test_json_body_without_schema_is_reported if {
	f := run("3.0", "application/json", null)
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1events/post/requestBody/content/x"
	count(run("3.1", "application/merge-patch+json", null)) == 1
	count(run("3.1", "multipart/form-data", null)) == 1
}

test_body_with_schema_is_not_reported if {
	count(run("3.0", "application/json", "s")) == 0
}

test_binary_and_swagger2_are_not_reported if {
	count(run("3.0", "application/octet-stream", null)) == 0
	count(run("2.0", "multipart/form-data", null)) == 0
}
