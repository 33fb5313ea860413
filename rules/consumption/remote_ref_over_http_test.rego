package oasguard.rules.consumption.remote_ref_over_http_test

import data.oasguard.rules.consumption.remote_ref_over_http as rule

refs := [
	{"ref": "https://schemas.acme.io/error.json", "status": "remote", "pointer": "/a"},
	{"ref": "HTTP://schemas.acme.io/error.json", "status": "remote", "pointer": "/b"},
	{"ref": "#/components/schemas/X", "status": "ok", "pointer": "/c"},
]

test_http_remote_reported if {
	f := rule.findings with input as {"refs": refs}
	count(f) == 1
	some x in f
	x.pointer == "/b"
}

test_local_not_reported if {
	f := rule.findings with input as {"refs": [refs[0], refs[2]]}
	count(f) == 0
}
