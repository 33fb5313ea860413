package oasguard.rules.consumption.remote_ref_test

import data.oasguard.rules.consumption.remote_ref as rule

refs := [
	{"ref": "https://schemas.acme.io/error.json", "status": "remote", "pointer": "/a"},
	{"ref": "http://schemas.acme.io/error.json", "status": "remote", "pointer": "/b"},
	{"ref": "#/components/schemas/X", "status": "ok", "pointer": "/c"},
]

test_https_remote_reported if {
	f := rule.findings with input as {"refs": refs}
	count(f) == 1
	some x in f
	x.pointer == "/a"
}
