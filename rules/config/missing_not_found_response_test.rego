package oasguard.rules.config.missing_not_found_response_test

import data.oasguard.rules.config.missing_not_found_response as rule

op(method, path, statuses) := {"path": path, "method": method, "pointer": "/p", "responses": [{"status": x} | some x in statuses]}

test_get_by_id_without_404_reported if {
	f := rule.findings with input as {"operations": [op("get", "/orders/{id}", ["200", "401"])]}
	count(f) == 1
}

test_404_range_or_default_satisfy if {
	every statuses in [["200", "404"], ["200", "4XX"], ["200", "default"]] {
		count(rule.findings) == 0 with input as {"operations": [op("delete", "/orders/{id}", statuses)]}
	}
}

test_collection_and_post_not_reported if {
	f := rule.findings with input as {"operations": [op("get", "/orders", ["200"]), op("post", "/orders/{id}/items", ["201"])]}
	count(f) == 0
}
