package oasguard.rules.config.missing_success_response_test

import data.oasguard.rules.config.missing_success_response as rule

run(statuses) := f if {
	f := rule.findings with input as {"operations": [{"path": "/a", "method": "get", "pointer": "/p", "responses": [{"status": s} | some s in statuses]}]}
}

test_errors_only_reported if {
	count(run(["400", "500"])) == 1
	count(run([])) == 1
}

test_success_or_default_not_reported if {
	every statuses in [["200"], ["2XX"], ["302"], ["101"], ["default"]] {
		count(run(statuses)) == 0
	}
}
