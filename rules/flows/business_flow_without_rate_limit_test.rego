package oasguard.rules.flows.business_flow_without_rate_limit_test

import data.oasguard.rules.flows.business_flow_without_rate_limit as rule

op(method, path, extra) := object.union(
	{
		"method": method, "path": path, "pointer": "/op", "responses": [{"status": "201", "headers": []}],
		"extensions": {}, "parameters": [],
	},
	extra,
)

test_flows_are_reported if {
	f := rule.findings with input as {"operations": [op("post", "/sign-up", {}), op("post", "/carts/{cartId}/checkout", {})]}
	count(f) == 2
	some x in f
	contains(x.message, "checkout")
}

test_documented_limits_are_not_reported if {
	ops := [
		op("post", "/orders", {"responses": [{"status": "429", "headers": []}]}),
		op("post", "/comments", {"responses": [{"status": "201", "headers": [{"name": "RateLimit-Remaining"}]}]}),
		op("post", "/register", {"extensions": {"x-rate-limit": {"limit": 5}}}),
		op("post", "/reviews", {"parameters": [{"name": "captchaToken", "in": "header"}]}),
	]
	count(rule.findings) == 0 with input as {"operations": ops}
}

test_reads_auth_and_unrelated_are_not_reported if {
	ops := [
		op("get", "/orders", {}), op("post", "/auth/register/token", {}), op("post", "/reorder-items", {}), op("post", "/notes", {}),
		op("post", "/payments/billings", {}), op("post", "/PaymentStatus", {}), op("post", "/comments/{id}/reactions", {}),
	]
	count(rule.findings) == 0 with input as {"operations": ops}
}
