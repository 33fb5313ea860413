package oasguard.rules.config.missing_unauthorized_response_test

import data.oasguard.rules.config.missing_unauthorized_response as rule

secured := {"anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "k", "type": "apiKey", "scopes": []}]}]}

op(sec, statuses) := {"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "security": sec, "responses": [{"status": s} | some s in statuses]}

test_secured_without_401_reported if {
	f := rule.findings with input as {"operations": [op(secured, ["200", "404"])]}
	count(f) == 1
}

test_401_range_or_default_satisfy if {
	every statuses in [["200", "401"], ["200", "4XX"], ["200", "default"]] {
		count(rule.findings) == 0 with input as {"operations": [op(secured, statuses)]}
	}
}

test_anonymous_not_reported if {
	f := rule.findings with input as {"operations": [op({"anonymous": true, "requirements": []}, ["200"])]}
	count(f) == 0
}
