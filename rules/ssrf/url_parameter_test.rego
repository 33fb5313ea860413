package oasguard.rules.ssrf.url_parameter_test

import data.oasguard.rules.ssrf.url_parameter as rule

schemas := {
	"s": {"id": "s", "type": "string", "format": "", "keywords": {}},
	"uri": {"id": "uri", "type": "string", "format": "uri", "keywords": {}},
	"allow": {"id": "allow", "type": "string", "format": "uri", "keywords": {"pattern": "^https://cdn\\.example\\.com/"}},
	"int": {"id": "int", "type": "integer", "format": "", "keywords": {}},
}

doc(params) := {"schemas": schemas, "operations": [{"method": "get", "path": "/x", "pointer": "/op", "parameters": params}]}

test_url_params_are_reported if {
	f := rule.findings with input as doc([
		{"name": "callbackUrl", "in": "query", "schema": "s", "pointer": "/p1"},
		{"name": "source", "in": "query", "schema": "uri", "pointer": "/p2"},
	])
	count(f) == 2
	some x in f
	x.pointer == "/p1"
}

test_allow_listed_and_other_params_are_not_reported if {
	f := rule.findings with input as doc([
		{"name": "imageUrl", "in": "query", "schema": "allow", "pointer": "/p1"},
		{"name": "url_count", "in": "query", "schema": "int", "pointer": "/p2"},
		{"name": "curl", "in": "query", "schema": "s", "pointer": "/p3"},
		{"name": "callback", "in": "query", "schema": "s", "pointer": "/p4"},
	])
	count(f) == 0
}

test_url_known_from_examples_is_reported if {
	f := rule.findings with input as doc([
		{"name": "source", "in": "query", "schema": "s", "pointer": "/p1", "example_values": ["https://images.example.com/a.png"]},
		{"name": "target", "in": "query", "schema": "s", "pointer": "/p2", "example_values": ["blue"]},
	])
	count(f) == 1
	some x in f
	x.pointer == "/p1"
}
