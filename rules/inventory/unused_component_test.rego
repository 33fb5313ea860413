package oasguard.rules.inventory.unused_component_test

import data.oasguard.rules.inventory.unused_component as rule

comp(kind, name, used) := {"kind": kind, "name": name, "used": used, "pointer": sprintf("/components/%s/%s", [kind, name])}

test_unused_reported if {
	f := rule.findings with input as {"operations": [{"path": "/a"}], "components": [comp("schemas", "Old", false), comp("definitions", "Legacy", false), comp("parameters", "p", true)]}
	count(f) == 2
	some x in f
	x.message == "schema \"Old\" is defined but never referenced"
}

test_used_and_security_schemes_not_reported if {
	f := rule.findings with input as {"operations": [{"path": "/a"}], "components": [comp("schemas", "User", true), comp("securitySchemes", "k", false), comp("securityDefinitions", "b", false)]}
	count(f) == 0
}

test_component_library_not_reported if {
	f := rule.findings with input as {"operations": [], "webhooks": [], "components": [comp("schemas", "Old", false)]}
	count(f) == 0
}
