package oasguard.rules.bola.ownership_chain_test

import data.oasguard.rules.bola.ownership_chain as rule

item(path) := {"path": path, "methods": ["get"], "pointer": concat("", ["/paths/", path])}

test_chain_is_reported if {
	f := rule.findings with input as {"paths": [item("/users/{userId}/orders/{orderId}")]}
	count(f) == 1
	some x in f
	contains(x.message, "{userId}, {orderId}")
}

test_single_object_is_not_reported if {
	paths := [item("/users/me/orders/{orderId}"), item("/{version}/orders/{orderId}"), item("/repos/{owner}/{repo}")]
	f := rule.findings with input as {"paths": paths}
	count(f) == 0
}

test_path_without_operations_is_not_reported if {
	f := rule.findings with input as {"paths": [{"path": "/a/{aId}/b/{bId}", "methods": [], "pointer": "/p"}]}
	count(f) == 0
}
