package oasguard.rules.auth.auth_endpoint_without_rate_limit_test

import data.oasguard.rules.auth.auth_endpoint_without_rate_limit as rule

op(method, path, responses, ext) := {"path": path, "method": method, "pointer": "/paths/x", "responses": responses, "extensions": ext}

ok := [{"status": "200", "headers": []}]

run(o) := f if {
	f := rule.findings with input as {"operations": [o]}
}

test_login_without_429_reported if {
	f := run(op("post", "/auth/login", ok, {}))
	count(f) == 1
	some x in f
	contains(x.message, "POST /auth/login")
}

test_password_reset_and_token_reported if {
	count(run(op("post", "/users/{id}/password", ok, {}))) == 1
	count(run(op("post", "/oauth/token", ok, {}))) == 1
	count(run(op("post", "/v2/Authentication", ok, {}))) == 1
	count(run(op("put", "/users/{id}/password/", ok, {}))) == 1
}

test_429_exempts if {
	count(run(op("post", "/login", [{"status": "429", "headers": []}], {}))) == 0
}

test_rate_limit_header_exempts if {
	count(run(op("post", "/login", [{"status": "200", "headers": [{"name": "RateLimit-Remaining"}]}], {}))) == 0
}

test_extension_exempts if {
	count(run(op("post", "/login", ok, {"x-rate-limit": {"rate": 10}}))) == 0
}

test_reads_logout_and_others_not_reported if {
	count(run(op("get", "/sessions", ok, {}))) == 0
	count(run(op("post", "/agent_runners/{id}/sessions", ok, {}))) == 0
	count(run(op("post", "/auth/logout", ok, {}))) == 0
	count(run(op("post", "/oauth/revoke", ok, {}))) == 0
	count(run(op("post", "/pets", ok, {}))) == 0
	count(run(op("post", "/authors", ok, {}))) == 0
	count(run(op("post", "/auth/register", ok, {}))) == 0
	count(run(op("post", "/profile/tokens", ok, {}))) == 0
	count(run(op("post", "/Accounts/{sid}/Auth/Calls/CredentialListMappings.json", ok, {}))) == 0
}

sem_run(o, roles) := f if {
	f := rule.findings with input as {"operations": [o], "semantic": {"operations": [{"roles": roles}]}}
}

test_semantic_authentication_role_reported if {
	count(sem_run(op("post", "/users/verifyEmail", ok, {}), ["authentication", "state_change"])) == 1
	count(sem_run(op("post", "/account/otp-check", ok, {}), ["authentication"])) == 1
}

test_semantic_other_roles_not_reported if {
	count(sem_run(op("post", "/notes", ok, {}), ["state_change"])) == 0
	count(sem_run(op("get", "/users/verifyEmail", ok, {}), ["authentication"])) == 0
	count(sem_run(op("post", "/users/verifyEmail", [{"status": "429", "headers": []}], {}), ["authentication"])) == 0
}
