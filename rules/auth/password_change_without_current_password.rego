# METADATA
# title: Password change does not ask for the current password
# description: >-
#   An operation sets a new password (a password-change endpoint, or an update of a user that accepts a
#   password field) without asking for the current password, a one-time code or a reset token. A stolen
#   session, a cross-site request or a broken object-level check is then enough to take the account over
#   for good, since the attacker locks the owner out.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#change-password-feature
#   - https://cwe.mitre.org/data/definitions/620.html
# custom:
#   id: password-change-without-current-password
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [620]
#   remediation: >-
#     Require the current password (or a fresh one-time code) in the same request, e.g. a
#     `current_password` field next to `new_password`, and keep password changes out of generic profile
#     updates.
package oasguard.rules.auth.password_change_without_current_password

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some [op, s] in lib.sem_operations
	op.method in {"post", "put", "patch"}
	changes_password(s)
	not other_flow(s)
	fields := {p.name | some sid in lib.request_schemas(op); some p in input.schemas[sid].properties}
	news := [n | some n in fields; lib.data_password_name(n); not proof(n)]
	count(news) > 0
	not any_proof(fields)
	msg := sprintf("%s sets a new password (%q) without asking for the current password or a one-time code", [lib.operation_label(op), sort(news)[0]])
}

changes_password(s) if lib.sem_auth_kind(s, "password_change")

# An update of a user or account (PATCH /users/{id}) that takes a password:
# the path ends with the identifier of a principal.
changes_password(s) if {
	some id in s.identifiers
	id.in == "path"
	id.principal
	endswith(s.path, sprintf("{%s}", [id.name]))
}

# An administrator setting someone's password needs no current password.
other_flow(s) if lib.sem_has_role(s, "administration")

# Sign-up, login and reset flows prove the caller otherwise.
other_flow(s) if {
	some k in ["signup", "login", "password_reset", "token", "otp", "verification"]
	lib.sem_auth_kind(s, k)
}

proof_words := {"current", "old", "existing", "previous", "otp", "totp", "mfa", "code", "token", "reauth", "reauthentication", "challenge"}

proof(name) if {
	some w in lib.data_words(name)
	proof_words[w]
}

any_proof(fields) if {
	some n in fields
	proof(n)
}
