package oasguard.rules.config.credential_response_cacheable_test

import data.oasguard.rules.config.credential_response_cacheable as rule

schemas := {
	"Token": {"properties": [{"name": "access_token", "schema": "s"}, {"name": "expires_in", "schema": "i"}], "items": null},
	"User": {"properties": [{"name": "name", "schema": "s"}, {"name": "nextToken", "schema": "s"}], "items": null},
}

resp(status, sid, headers) := {"status": status, "pointer": "/r", "headers": headers, "content": [{"media_type": "application/json", "schema": sid}]}

run(r) := f if {
	f := rule.findings with input as {"operations": [{"path": "/token", "method": "post", "pointer": "/p", "responses": [r]}], "schemas": schemas}
}

test_token_without_cache_control_reported if {
	f := run(resp("200", "Token", []))
	count(f) == 1
	some x in f
	contains(x.message, "access_token")
}

test_cache_control_documented_not_reported if {
	count(run(resp("200", "Token", [{"name": "cache-control", "schema": null}]))) == 0
}

test_non_credential_and_error_not_reported if {
	count(run(resp("200", "User", []))) == 0
	count(run(resp("400", "Token", []))) == 0
}
