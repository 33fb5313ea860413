package oasguard.rules.config.body_on_bodiless_response_test

import data.oasguard.rules.config.body_on_bodiless_response as rule

resp(status, sid) := {"status": status, "pointer": sprintf("/r/%s", [status]), "content": [{"media_type": "application/json", "schema": sid}]}

run(method, responses) := f if {
	f := rule.findings with input as {"operations": [{"path": "/a", "method": method, "pointer": "/p", "responses": responses}]}
}

test_204_and_304_with_body_reported if {
	count(run("put", [resp("204", "s"), resp("304", "s")])) == 2
}

test_head_with_body_reported if {
	f := run("head", [resp("200", "s")])
	some x in f
	contains(x.message, "HEAD")
}

test_head_error_response_not_reported if {
	count(run("head", [resp("default", "s"), resp("404", "s")])) == 0
}

test_without_body_not_reported if {
	count(run("put", [{"status": "204", "pointer": "/r", "content": []}, resp("200", "s")])) == 0
}
