package oasguard.rules.resources.rate_limit_headers_not_documented_test

import data.oasguard.rules.resources.rate_limit_headers_not_documented as rule

op(ok_headers) := {"responses": [
	{"status": "200", "headers": [{"name": h} | some h in ok_headers]},
	{"status": "429", "headers": [{"name": "Retry-After"}]},
]}

run(ops) := f if {
	f := rule.findings with input as {"file": "api.yaml", "operations": ops}
}

test_limited_api_without_headers_is_reported_once if {
	f := run([op([]), op(["ETag"])])
	count(f) == 1
	some x in f
	x.pointer == "/paths"
}

test_advertised_limits_are_not_reported if {
	count(run([op([]), op(["X-RateLimit-Remaining"])])) == 0
	count(run([op(["RateLimit-Policy"])])) == 0
}

test_unlimited_api_is_left_to_other_rules if {
	count(run([{"responses": [{"status": "200", "headers": []}]}])) == 0
}
