package oasguard.rules.auth.security_scheme_undefined_test

import data.oasguard.rules.auth.security_scheme_undefined as rule

entry(name, defined, ptr) := {"name": name, "scopes": [], "defined": defined, "type": "apiKey", "scheme": "", "pointer": ptr}

sec(src, ptr, entries) := {"source": src, "pointer": ptr, "anonymous": false, "explicit_empty": false, "requirements": [{"pointer": concat("", [ptr, "/0"]), "empty": false, "schemes": entries}]}

test_undefined_root_reported_once if {
	root := sec("root", "/security", [entry("Key", false, "/security/0/Key")])
	inherited := {"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "security": root}
	f := rule.findings with input as {"security": root, "operations": [inherited, inherited]}
	count(f) == 1
	some x in f
	x.pointer == "/security/0/Key"
	contains(x.message, `"Key"`)
}

test_undefined_in_operation_reported if {
	s := sec("operation", "/paths/~1a/get/security", [entry("oauth", true, "/paths/~1a/get/security/0/oauth"), entry("nope", false, "/paths/~1a/get/security/0/nope")])
	op := {"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "security": s}
	f := rule.findings with input as {"security": {"source": "none", "requirements": []}, "operations": [op]}
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1a/get/security/0/nope"
}

test_undefined_in_callback_reported if {
	s := sec("operation", "/x/security", [entry("nope", false, "/x/security/0/nope")])
	cb := {"kind": "callback", "path": "{$url}", "method": "post", "pointer": "/x", "security": s}
	f := rule.findings with input as {"security": {"source": "none", "requirements": []}, "operations": [], "callbacks": [cb]}
	count(f) == 1
}

test_defined_not_reported if {
	root := sec("root", "/security", [entry("key", true, "/security/0/key")])
	f := rule.findings with input as {"security": root, "operations": []}
	count(f) == 0
}
