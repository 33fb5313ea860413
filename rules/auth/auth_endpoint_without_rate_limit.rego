# METADATA
# title: Authentication endpoint without documented rate limiting
# description: >-
#   An operation that checks credentials or issues them (its path ends in login, token,
#   password, reset, one-time codes, MFA, …) documents no `429 Too Many Requests` response and no rate-limit headers. Without a
#   limit such endpoints invite credential stuffing, password guessing and OTP brute force.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#protect-against-automated-attacks
# custom:
#   id: auth-endpoint-without-rate-limit
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023, API4:2023]
#   cwe: [307]
#   remediation: >-
#     Rate-limit and lock out repeated failures on the endpoint and document it: a `429` response with
#     `Retry-After`, and `RateLimit` headers on normal responses.
package oasguard.rules.auth.auth_endpoint_without_rate_limit

import data.oasguard.lib

# sensitive_segments are path segments of operations that take or issue credentials.
sensitive_segments := {
	"login", "logon", "signin", "sign-in", "sign_in", "authenticate", "authentication", "auth",
	"token", "password", "passwords", "reset-password",
	"password-reset", "reset_password", "forgot-password", "forgot_password", "forgot", "otp",
	"mfa", "2fa", "totp", "passcode", "one-time-password",
}

# harmless_segments end sessions or inspect tokens: no credential to guess.
harmless_segments := {"logout", "signout", "sign-out", "logoff", "revoke", "introspect", "jwks", "jwks.json", ".well-known"}

findings contains lib.finding(op, msg) if {
	some i, op in lib.auth_operations
	op.method in {"post", "put", "patch"}
	credential_endpoint(op, i)
	not rate_limited(op)
	msg := sprintf("%s takes or issues credentials but documents no 429 response or rate-limit headers", [lib.operation_label(op)])
}

credential_endpoint(op, _) if {
	segs := [s | some s in split(lower(op.path), "/"); s != ""; not startswith(s, "{")]
	sensitive_segments[trim_suffix(segs[count(segs) - 1], ".json")]
	count({s | some s in segs} & harmless_segments) == 0
}

# The semantic layer's authentication role: sign-up, OTP checks, token
# logins, password resets and verifications named in any word order or
# case, or recognised from the request fields.
credential_endpoint(_, i) if lib.sem_has_role(input.semantic.operations[i], "authentication")

rate_limited(op) if lib.has_status(op, "429")

rate_limited(op) if {
	some r in op.responses
	some h in r.headers
	regex.match(`(?i)rate-?limit|retry-after`, h.name)
}

rate_limited(op) if {
	some k, _ in op.extensions
	regex.match(`(?i)rate-?limit|throttl`, k)
}
