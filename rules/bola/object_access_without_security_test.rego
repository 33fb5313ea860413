package oasguard.rules.bola.object_access_without_security_test

import data.oasguard.rules.bola.object_access_without_security as rule

op(path, anonymous) := {"method": "get", "path": path, "pointer": concat("", ["/paths/", path]), "security": {"anonymous": anonymous}}

test_anonymous_object_access_is_reported if {
	f := rule.findings with input as {"security_schemes": {"k": {}}, "operations": [op("/orders/{orderId}", true)]}
	count(f) == 1
	some x in f
	contains(x.message, "{orderId}")
}

test_secured_or_collection_is_not_reported if {
	ops := [op("/orders/{orderId}", false), op("/orders", true), op("/{version}/status", true)]
	f := rule.findings with input as {"security_schemes": {"k": {}}, "operations": ops}
	count(f) == 0
}

test_document_without_schemes_is_not_reported if {
	count(rule.findings) == 0 with input as {"security_schemes": {}, "operations": [op("/orders/{orderId}", true)]}
}

optout(method) := {"method": method, "path": "/orders/{orderId}", "pointer": "/paths/~1orders~1{orderId}", "security": {"anonymous": true, "explicit_empty": true, "source": "operation"}}

test_public_read_by_decision_is_not_reported if {
	count(rule.findings) == 0 with input as {"security_schemes": {"k": {}}, "operations": [optout("get")]}
}

test_anonymous_write_by_opt_out_is_reported if {
	count(rule.findings) == 1 with input as {"security_schemes": {"k": {}}, "operations": [optout("delete")]}
}

test_semantic_identifiers_in_query_and_headers_are_reported if {
	o := op("/transfers", true)
	sem := {"operations": [{"identifiers": [{"name": "X-Owner-Id", "in": "header"}, {"name": "account_id", "in": "query"}, {"name": "user_id", "in": "body"}]}]}
	f := rule.findings with input as {"security_schemes": {"k": {}}, "operations": [o], "semantic": sem}
	count(f) == 1
	some x in f
	contains(x.message, `header "X-Owner-Id"`)
	contains(x.message, `query parameter "account_id"`)
	not contains(x.message, "user_id")
}

test_body_and_dotted_filters_alone_are_not_reported if {
	sem := {"operations": [{"identifiers": [{"name": "owner_id", "in": "body"}, {"name": "search.stop_id", "in": "query"}]}]}
	f := rule.findings with input as {"security_schemes": {"k": {}}, "operations": [op("/transfers", true)], "semantic": sem}
	count(f) == 0
}

test_semantic_identifiers_of_secured_operations_are_not_reported if {
	sem := {"operations": [{"identifiers": [{"name": "owner_id", "in": "body"}]}]}
	f := rule.findings with input as {"security_schemes": {"k": {}}, "operations": [op("/transfers", false)], "semantic": sem}
	count(f) == 0
}
