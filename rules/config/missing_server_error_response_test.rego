package oasguard.rules.config.missing_server_error_response_test

import data.oasguard.rules.config.missing_server_error_response as rule

op(statuses) := {"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "responses": [{"status": x} | some x in statuses]}

test_without_5xx_reported if {
	f := rule.findings with input as {"operations": [op(["200", "404"])]}
	count(f) == 1
}

test_5xx_or_default_satisfy if {
	every statuses in [["200", "500"], ["200", "5XX"], ["200", "503"], ["200", "default"]] {
		count(rule.findings) == 0 with input as {"operations": [op(statuses)]}
	}
}
