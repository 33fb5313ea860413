package oasguard.rules.bola.guessable_identifier_without_security_test

import data.oasguard.rules.bola.guessable_identifier_without_security as rule

id(kind, guessable, where) := {"name": "id", "in": where, "resource": "users", "principal": true, "kind": kind, "guessable": guessable, "pointer": "/paths/x/get/parameters/0"}

run(schemes, ids, self) := f if {
	f := rule.findings with input as {
		"security_schemes": schemes,
		"operations": [{"method": "get", "path": "/orders/{id}", "pointer": "/paths/x/get"}],
		"semantic": {"operations": [{"identifiers": ids, "caller_is_owner": self}]},
	}
}

test_guessable_identifier_without_schemes_is_reported if {
	f := run({}, [id("integer", true, "path")], false)
	count(f) == 1
	some x in f
	x.pointer == "/paths/x/get/parameters/0"
	contains(x.message, "guessable integer")
}

test_uuid_secured_or_own_objects_are_not_reported if {
	count(run({}, [id("uuid", false, "path")], false)) == 0
	count(run({"k": {}}, [id("integer", true, "path")], false)) == 0
	count(run({}, [id("integer", true, "path")], true)) == 0
	count(run({}, [id("integer", true, "body")], false)) == 0
}

test_objects_that_are_not_principals_are_not_reported if {
	o := object.union(id("integer", true, "path"), {"principal": false})
	count(run({}, [o], false)) == 0
}

test_the_same_identifier_in_many_operations_is_one_finding if {
	ops := [{"method": "get", "path": "/users/{id}", "pointer": "/a"}, {"method": "delete", "path": "/users/{id}", "pointer": "/b"}]
	a := object.union(id("integer", true, "path"), {"pointer": "/paths/b/parameters/0"})
	b := object.union(id("integer", true, "path"), {"pointer": "/paths/a/parameters/0"})
	f := rule.findings with input as {"security_schemes": {}, "operations": ops, "semantic": {"operations": [{"identifiers": [a], "caller_is_owner": false}, {"identifiers": [b], "caller_is_owner": false}]}}
	count(f) == 1
	some x in f
	x.pointer == "/paths/a/parameters/0"
}
