package oasguard.rules.config.error_response_without_schema_test

import data.oasguard.rules.config.error_response_without_schema as rule

resp(status, content) := {"status": status, "content": content, "pointer": "/components/responses/Error"}

op(path, method, responses) := {"path": path, "method": method, "pointer": "/p", "responses": responses}

test_bare_error_reported_once if {
	r := resp("400", [])
	f := rule.findings with input as {"operations": [op("/a", "post", [r]), op("/b", "put", [r])]}
	count(f) == 1
	some x in f
	x.pointer == "/components/responses/Error"
}

test_media_without_schema_reported if {
	f := rule.findings with input as {"operations": [op("/a", "get", [resp("default", [{"media_type": "application/json", "schema": null}])])]}
	count(f) == 1
}

test_error_with_schema_not_reported if {
	f := rule.findings with input as {"operations": [op("/a", "get", [resp("500", [{"media_type": "application/problem+json", "schema": "s1"}])])]}
	count(f) == 0
}

test_other_statuses_and_head_not_reported if {
	f := rule.findings with input as {"operations": [op("/a", "get", [resp("404", []), resp("401", [])]), op("/a", "head", [resp("400", [])])]}
	count(f) == 0
}

test_unresolved_schema_ref_not_reported if {
	r := {"status": "400", "content": [{"media_type": "application/json", "schema": null, "has_schema": true}], "pointer": "/paths/~1a/get/responses/400"}
	f := rule.findings with input as {"operations": [op("/a", "get", [r])]}
	count(f) == 0
}
