package oasguard.rules.config.wildcard_request_media_type_test

import data.oasguard.rules.config.wildcard_request_media_type as rule

run(types) := f if {
	body := {"content": [{"media_type": t, "schema": null, "pointer": sprintf("/rb/%s", [t])} | some t in types]}
	f := rule.findings with input as {"operations": [{"path": "/a", "method": "post", "pointer": "/p", "request_body": body}]}
}

test_wildcards_reported if {
	count(run(["*/*", "application/*", "application/json"])) == 2
}

test_specific_types_not_reported if {
	count(run(["application/json", "application/octet-stream", "text/plain"])) == 0
}

test_no_body_not_reported if {
	f := rule.findings with input as {"operations": [{"path": "/a", "method": "get", "pointer": "/p", "request_body": null}]}
	count(f) == 0
}
