package oasguard.rules.config.cors_wildcard_origin_test

import data.oasguard.rules.config.cors_wildcard_origin as rule

hdr(name, id) := {"name": name, "schema": id, "pointer": sprintf("/components/headers/%s", [name])}

doc(headers, schemas) := {
	"operations": [
		{"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "responses": [{"status": "200", "headers": headers, "pointer": "/r1"}]},
		{"path": "/b", "method": "get", "pointer": "/paths/~1b/get", "responses": [{"status": "200", "headers": headers, "pointer": "/r2"}]},
	],
	"schemas": schemas,
}

test_wildcard_default_reported_once if {
	f := rule.findings with input as doc([hdr("Access-Control-Allow-Origin", "s1")], {"s1": {"keywords": {"type": "string", "default": "*"}}})
	count(f) == 1
	some x in f
	x.pointer == "/components/headers/Access-Control-Allow-Origin"
}

test_wildcard_enum_with_credentials_reported if {
	hs := [hdr("access-control-allow-origin", "s1"), hdr("Access-Control-Allow-Credentials", "s2")]
	schemas := {"s1": {"keywords": {"enum": ["*"]}}, "s2": {"keywords": {"type": "boolean", "const": true}}}
	f := rule.findings with input as doc(hs, schemas)
	some x in f
	contains(x.message, "Credentials")
}

test_specific_origin_not_reported if {
	f := rule.findings with input as doc([hdr("Access-Control-Allow-Origin", "s1")], {"s1": {"keywords": {"type": "string", "example": "https://app.acme.io"}}})
	count(f) == 0
}

test_other_header_not_reported if {
	f := rule.findings with input as doc([hdr("X-Allowed", "s1")], {"s1": {"keywords": {"default": "*"}}})
	count(f) == 0
}
