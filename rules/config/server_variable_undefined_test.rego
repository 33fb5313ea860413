package oasguard.rules.config.server_variable_undefined_test

import data.oasguard.rules.config.server_variable_undefined as rule

srv(url, vars) := {"url": url, "variables": vars, "level": "root", "pointer": "/servers/0"}

test_undeclared_reported if {
	f := rule.findings with input as {"servers": [srv("https://{region}.acme.io/{version}", {"region": {"default": "eu"}})], "operations": []}
	count(f) == 1
	some x in f
	contains(x.message, "{version}")
}

test_declared_not_reported if {
	f := rule.findings with input as {"servers": [srv("https://{region}.acme.io", {"region": {"default": "eu"}})], "operations": []}
	count(f) == 0
}
