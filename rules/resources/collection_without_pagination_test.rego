package oasguard.rules.resources.collection_without_pagination_test

import data.oasguard.rules.resources.collection_without_pagination as rule

schemas := {
	"list": {"id": "list", "type": "array", "keywords": {"type": "array"}, "all_of": [], "properties": []},
	"capped": {"id": "capped", "type": "array", "keywords": {"type": "array", "maxItems": 10}, "all_of": [], "properties": []},
	"env": {"id": "env", "type": "object", "keywords": {"type": "object"}, "all_of": [], "properties": [{"name": "data", "schema": "list"}]},
	"one": {"id": "one", "type": "object", "keywords": {"type": "object"}, "all_of": [], "properties": [{"name": "name", "schema": "str"}]},
	"str": {"id": "str", "type": "string", "keywords": {"type": "string"}, "all_of": [], "properties": []},
}

op(method, sid, params) := {
	"method": method, "path": "/orders", "pointer": "/paths/~1orders/get", "parameters": params,
	"responses": [{"status": "200", "content": [{"schema": sid}]}],
}

run(o) := f if {
	f := rule.findings with input as {"schemas": schemas, "operations": [o]}
}

test_array_without_pagination_is_reported if {
	f := run(op("get", "list", []))
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1orders/get"
}

test_envelope_without_pagination_is_reported if {
	count(run(op("get", "env", []))) == 1
}

test_paginated_is_not_reported if {
	count(run(op("get", "list", [{"name": "limit", "in": "query"}]))) == 0
	count(run(op("get", "env", [{"name": "cursor", "in": "query"}]))) == 0
	count(run(op("get", "list", [{"name": "Range", "in": "header"}]))) == 0
}

test_non_lists_are_not_reported if {
	count(run(op("get", "capped", []))) == 0
	count(run(op("get", "one", []))) == 0
	count(run(op("post", "list", []))) == 0
}
