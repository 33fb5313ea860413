package oasguard.rules.function.admin_operation_without_authorization_test

import data.oasguard.rules.function.admin_operation_without_authorization as rule

req(scopes) := {"anonymous": false, "requirements": [{"schemes": [{"name": "oauth", "scopes": scopes}]}]}

op(security, responses, ext) := {"method": "post", "path": "/reports/purge", "pointer": "/paths/x/post", "security": security, "responses": responses, "extensions": ext}

admin := {"roles": ["administration"], "role_evidence": {"administration": [`description says "admin only"`]}}

run(o, s) := f if {
	f := rule.findings with input as {"operations": [o], "semantic": {"operations": [s]}}
}

test_admin_without_scope_or_403_is_reported if {
	f := run(op(req([]), [{"status": "200"}], {}), admin)
	count(f) == 1
	some x in f
	contains(x.message, "admin only")
}

test_scope_403_or_role_extension_exempts if {
	count(run(op(req(["admin"]), [{"status": "200"}], {}), admin)) == 0
	count(run(op(req([]), [{"status": "403"}], {}), admin)) == 0
	count(run(op(req([]), [{"status": "200"}], {"x-required-roles": ["admin"]}), admin)) == 0
}

test_anonymous_or_ordinary_operations_are_not_reported if {
	count(run(op({"anonymous": true, "requirements": []}, [], {}), admin)) == 0
	count(run(op(req([]), [], {}), {"roles": ["state_change"], "role_evidence": {}})) == 0
}
