package oasguard.rules.config.missing_unsupported_media_type_response_test

import data.oasguard.rules.config.missing_unsupported_media_type_response as rule

op(responses) := {
	"path": "/pets", "method": "post", "pointer": "/paths/~1pets/post",
	"request_body": {"content": [{"media_type": "application/json"}]},
	"responses": [{"status": s} | some s in responses],
}

test_missing_415_is_reported if {
	count(rule.findings) == 1 with input as {"operations": [op(["201", "400"])]}
}

test_415_range_or_default_is_enough if {
	count(rule.findings) == 0 with input as {"operations": [op(["201", "415"]), op(["201", "4XX"]), op(["201", "default"])]}
}

test_no_body_is_not_reported if {
	o := object.union(op(["200"]), {"method": "get", "request_body": null})
	count(rule.findings) == 0 with input as {"operations": [o]}
}
