package oasguard.rules.config.missing_forbidden_response_test

import data.oasguard.rules.config.missing_forbidden_response as rule

sec(scopes) := {"anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "o", "type": "oauth2", "scopes": scopes}]}]}

op(s, statuses) := {"path": "/a", "method": "delete", "pointer": "/paths/~1a/delete", "security": s, "responses": [{"status": x} | some x in statuses]}

test_scoped_without_403_reported if {
	f := rule.findings with input as {"operations": [op(sec(["admin"]), ["204", "401"])]}
	count(f) == 1
}

test_403_range_or_default_satisfy if {
	every statuses in [["204", "403"], ["204", "4XX"], ["204", "default"]] {
		count(rule.findings) == 0 with input as {"operations": [op(sec(["admin"]), statuses)]}
	}
}

test_unscoped_not_reported if {
	f := rule.findings with input as {"operations": [op(sec([]), ["204"])]}
	count(f) == 0
}
