package oasguard.rules.config.cors_policy_undocumented_test

import data.oasguard.rules.config.cors_policy_undocumented as rule

op(headers) := {"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "responses": [{"status": "200", "headers": headers}]}

test_undocumented_is_reported_once if {
	count(rule.findings) == 1 with input as {"file": "api.yaml", "operations": [op([]), op([])]}
}

test_documented_is_not_reported if {
	h := [{"name": "Access-Control-Allow-Origin"}]
	count(rule.findings) == 0 with input as {"file": "api.yaml", "operations": [op([]), op(h)]}
}

test_no_operations_is_not_reported if {
	count(rule.findings) == 0 with input as {"file": "api.yaml", "operations": []}
}
