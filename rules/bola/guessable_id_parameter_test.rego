package oasguard.rules.bola.guessable_id_parameter_test

import data.oasguard.rules.bola.guessable_id_parameter as rule

schemas := {
	"str": {"id": "str", "type": "string", "format": "", "keywords": {"type": "string"}},
	"uuid": {"id": "uuid", "type": "string", "format": "uuid", "keywords": {"type": "string"}},
	"pat": {"id": "pat", "type": "string", "format": "", "keywords": {"pattern": "^[0-9A-Z]{26}$"}},
	"int": {"id": "int", "type": "integer", "format": "", "keywords": {}},
}

doc(params) := {"operations": [{"method": "get", "path": "/x", "pointer": "/x", "parameters": params}], "schemas": schemas}

test_plain_string_id_is_reported if {
	f := rule.findings with input as doc([{"name": "orderId", "in": "path", "schema": "str", "pointer": "/p"}])
	count(f) == 1
	some x in f
	x.pointer == "/p"
}

test_constrained_ids_are_not_reported if {
	f := rule.findings with input as doc([
		{"name": "orderId", "in": "path", "schema": "uuid", "pointer": "/p1"},
		{"name": "id", "in": "path", "schema": "pat", "pointer": "/p2"},
		{"name": "id", "in": "path", "schema": "int", "pointer": "/p3"},
		{"name": "id", "in": "query", "schema": "str", "pointer": "/p4"},
		{"name": "slug", "in": "path", "schema": "str", "pointer": "/p5"},
	])
	count(f) == 0
}
