package oasguard.rules.ssrf.callback_url_from_request_test

import data.oasguard.rules.ssrf.callback_url_from_request as rule

parent(url_schema) := {
	"method": "post", "path": "/subscriptions", "pointer": "/paths/~1subscriptions/post", "parameters": [],
	"request_body": {"content": [{"media_type": "application/json", "schema": "body"}]},
}

schemas(url_schema) := {
	"body": {"id": "body", "properties": [{"name": "callbackUrl", "schema": url_schema}]},
	"open": {"id": "open", "type": "string", "format": "uri", "keywords": {}},
	"listed": {"id": "listed", "type": "string", "format": "uri", "keywords": {"pattern": "^https://hooks\\.example\\.com/"}},
}

cb(path) := {
	"kind": "callback", "method": "post", "path": path, "parent": "/paths/~1subscriptions/post",
	"pointer": "/paths/~1subscriptions/post/callbacks/onEvent/{$request.body#~1callbackUrl}/post",
}

doc(url_schema, path) := {"operations": [parent(url_schema)], "callbacks": [cb(path)], "schemas": schemas(url_schema)}

test_body_expression_is_reported if {
	f := rule.findings with input as doc("open", "{$request.body#/callbackUrl}")
	count(f) == 1
	some x in f
	contains(x.message, "$request.body#/callbackUrl")
}

test_query_expression_is_reported if {
	count(rule.findings) == 1 with input as doc("listed", "{$request.query.target}/events")
}

test_allow_listed_source_is_not_reported if {
	count(rule.findings) == 0 with input as doc("listed", "{$request.body#/callbackUrl}")
}

test_fixed_url_is_not_reported if {
	count(rule.findings) == 0 with input as doc("open", "https://hooks.example.com/events")
}
