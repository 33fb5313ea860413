package oasguard.rules.resources.rate_limit_response_without_retry_after_test

import data.oasguard.rules.resources.rate_limit_response_without_retry_after as rule

run(status, headers) := f if {
	r := {"status": status, "pointer": "/components/responses/TooMany", "headers": [{"name": h} | some h in headers]}
	f := rule.findings with input as {"operations": [{"responses": [r]}, {"responses": [r]}]}
}

test_bare_429_is_reported_once if {
	f := run("429", ["X-Request-Id"])
	count(f) == 1
	some x in f
	x.pointer == "/components/responses/TooMany"
}

test_retry_headers_are_accepted if {
	count(run("429", ["Retry-After"])) == 0
	count(run("429", ["x-ratelimit-reset"])) == 0
	count(run("429", ["RateLimit"])) == 0
}

test_other_statuses_are_ignored if {
	count(run("503", [])) == 0
}
