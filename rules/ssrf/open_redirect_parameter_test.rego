package oasguard.rules.ssrf.open_redirect_parameter_test

import data.oasguard.rules.ssrf.open_redirect_parameter as rule

schemas := {
	"s": {"id": "s", "type": "string", "keywords": {}},
	"rel": {"id": "rel", "type": "string", "keywords": {"pattern": "^/[^/]"}},
}

op(status, params) := {
	"method": "get", "path": "/login", "pointer": "/op", "request_body": null,
	"responses": [{"status": status}], "parameters": params,
}

test_redirect_param_is_reported if {
	f := rule.findings with input as {"schemas": schemas, "operations": [op("302", [{"name": "return_to", "in": "query", "schema": "s", "pointer": "/p"}])]}
	count(f) == 1
	some x in f
	x.pointer == "/p"
}

test_allow_listed_or_no_redirect_is_not_reported if {
	p1 := [{"name": "next", "in": "query", "schema": "rel", "pointer": "/p"}]
	count(rule.findings) == 0 with input as {"schemas": schemas, "operations": [op("302", p1)]}
	p2 := [{"name": "redirect_uri", "in": "query", "schema": "s", "pointer": "/p"}]
	count(rule.findings) == 0 with input as {"schemas": schemas, "operations": [op("200", p2)]}
}

test_unrelated_param_is_not_reported if {
	p := [{"name": "state", "in": "query", "schema": "s", "pointer": "/p"}, {"name": "next_page", "in": "query", "schema": "s", "pointer": "/q"}]
	count(rule.findings) == 0 with input as {"schemas": schemas, "operations": [op("303", p)]}
}
