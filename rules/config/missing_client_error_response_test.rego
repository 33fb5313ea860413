package oasguard.rules.config.missing_client_error_response_test

import data.oasguard.rules.config.missing_client_error_response as rule

op(params, body, statuses) := {
	"path": "/items", "method": "post", "pointer": "/paths/~1items/post",
	"parameters": params, "request_body": body,
	"responses": [{"status": s} | some s in statuses],
}

test_body_without_4xx_reported if {
	f := rule.findings with input as {"operations": [op([], {"content": []}, ["201", "500"])]}
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1items/post"
}

test_params_without_4xx_reported if {
	f := rule.findings with input as {"operations": [op([{"name": "q", "in": "query"}], null, ["200"])]}
	count(f) == 1
}

test_4xx_range_default_or_400_satisfy if {
	every statuses in [["201", "4XX"], ["201", "default"], ["201", "422"]] {
		count(rule.findings) == 0 with input as {"operations": [op([], {"content": []}, statuses)]}
	}
}

test_no_input_not_reported if {
	f := rule.findings with input as {"operations": [op([], null, ["200"])]}
	count(f) == 0
}
