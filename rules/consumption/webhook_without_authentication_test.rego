package oasguard.rules.consumption.webhook_without_authentication_test

import data.oasguard.rules.consumption.webhook_without_authentication as rule

op(extra) := object.union(
	{
		"kind": "webhook", "path": "orderShipped", "method": "post", "pointer": "/webhooks/orderShipped/post",
		"summary": "Order shipped", "description": "", "parameters": [],
		"security": {"source": "root", "anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "k"}]}]},
	},
	extra,
)

run(o) := f if {
	f := rule.findings with input as {"webhooks": [o], "callbacks": []}
}

test_unsigned_webhook_reported_despite_root_security if {
	f := run(op({}))
	count(f) == 1
	some x in f
	x.pointer == "/webhooks/orderShipped/post"
}

test_callback_reported if {
	cb := op({"kind": "callback", "path": "{$request.body#/callbackUrl}", "pointer": "/paths/~1subs/post/callbacks/onEvent/{$request.body#~1callbackUrl}/post"})
	f := rule.findings with input as {"webhooks": [], "callbacks": [cb]}
	count(f) == 1
}

test_signed_or_secured_not_reported if {
	every o in [
		op({"parameters": [{"name": "X-Hub-Signature-256", "in": "header"}]}),
		op({"security": {"source": "operation", "anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "k"}]}]}}),
		op({"description": "Each delivery is signed with HMAC-SHA256 in the Webhook-Signature header."}),
	] {
		count(run(o)) == 0
	}
}

test_explicitly_anonymous_reported if {
	count(run(op({"security": {"source": "operation", "anonymous": true, "requirements": []}}))) == 1
}
