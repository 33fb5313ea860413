package oasguard.rules.config.security_headers_undocumented_test

import data.oasguard.rules.config.security_headers_undocumented as rule

op(headers) := {"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "responses": [{"status": "200", "headers": headers}]}

test_undocumented_is_reported if {
	count(rule.findings) == 1 with input as {"file": "api.yaml", "operations": [op([{"name": "X-Request-Id"}])]}
}

test_hsts_is_enough if {
	h := [{"name": "strict-transport-security"}]
	count(rule.findings) == 0 with input as {"file": "api.yaml", "operations": [op(h)]}
}
