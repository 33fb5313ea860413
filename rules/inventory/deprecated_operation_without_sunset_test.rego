package oasguard.rules.inventory.deprecated_operation_without_sunset_test

import data.oasguard.rules.inventory.deprecated_operation_without_sunset as rule

op(extra) := object.union(
	{
		"path": "/v1/users", "method": "get", "pointer": "/p", "deprecated": true,
		"summary": "List users", "description": "Use /v2/users instead.", "extensions": {}, "responses": [],
	},
	extra,
)

test_bare_deprecation_reported if {
	f := rule.findings with input as {"operations": [op({})]}
	count(f) == 1
}

test_sunset_information_satisfies if {
	every o in [
		op({"extensions": {"x-sunset": "2026-01-01"}}),
		op({"responses": [{"status": "200", "headers": [{"name": "Sunset"}]}]}),
		op({"description": "Will be removed on 2026-06-30."}),
		op({"description": "Retired after March 31, 2026."}),
	] {
		count(rule.findings) == 0 with input as {"operations": [o]}
	}
}

test_not_deprecated_not_reported if {
	f := rule.findings with input as {"operations": [op({"deprecated": false})]}
	count(f) == 0
}
