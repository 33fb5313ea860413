package oasguard.rules.bola.integer_id_parameter_test

import data.oasguard.rules.bola.integer_id_parameter as rule

param(name, where, schema, ptr) := {"name": name, "in": where, "schema": schema, "pointer": ptr}

schemas := {
	"int": {"id": "int", "type": "integer"},
	"str": {"id": "str", "type": "string"},
}

op(path, params) := {"method": "get", "path": path, "pointer": path, "parameters": params}

test_integer_ids_are_reported if {
	ops := [op("/users/{userId}", [param("userId", "path", "int", "/p/userId"), param("order_id", "query", "int", "/p/order_id")])]
	f := rule.findings with input as {"operations": ops, "schemas": schemas}
	count(f) == 2
	some x in f
	x.pointer == "/p/userId"
}

test_shared_component_is_reported_once if {
	shared := param("id", "path", "int", "/components/parameters/Id")
	ops := [op("/a/{id}", [shared]), op("/b/{id}", [shared])]
	f := rule.findings with input as {"operations": ops, "schemas": schemas}
	count(f) == 1
}

test_other_params_are_not_reported if {
	ops := [op("/users/{userId}", [
		param("userId", "path", "str", "/p/1"), param("page", "query", "int", "/p/2"),
		param("idle", "query", "int", "/p/3"), param("X-Request-Id", "header", "int", "/p/4"),
		param("paid", "query", "int", "/p/5"),
	])]
	f := rule.findings with input as {"operations": ops, "schemas": schemas}
	count(f) == 0
}
