package oasguard.rules.acme.operation_needs_owner_test

import data.oasguard.rules.acme.operation_needs_owner as rule

op(ext) := {"path": "/pets", "method": "get", "pointer": "/paths/~1pets/get", "file": "api.yaml", "extensions": ext}

test_missing_owner_is_reported if {
	f := rule.findings with input as {"operations": [op({})]}
	count(f) == 1
}

test_owner_is_accepted if {
	f := rule.findings with input as {"operations": [op({"x-owner": "payments"})]}
	count(f) == 0
}
