# METADATA
# title: Account flow reveals whether an account exists
# description: >-
#   A sign-up, login, password-recovery or "does this user/email exist" operation documents a
#   distinct `404 Not Found` or `409 Conflict` response. Answering "no such user" or "email already
#   registered" differently from the normal outcome lets anyone test lists of addresses and user
#   names and build a list of valid accounts for credential stuffing and phishing.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa6-unrestricted-access-to-sensitive-business-flows/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#authentication-and-error-messages
# custom:
#   id: account-enumeration-response
#   severity: low
#   ruleset: recommended
#   owasp: [API6:2023, API2:2023]
#   cwe: [204]
#   remediation: >-
#     Answer the same way whether or not the account exists (for example 202 "if the address is
#     registered, a message was sent"), and rate-limit these operations.
package oasguard.rules.flows.account_enumeration_response

import data.oasguard.lib

account_flow_words := {
	"signup", "register", "registration", "login", "logon", "signin", "forgot", "forgotpassword",
	"recover", "recovery", "resetpassword", "passwordreset",
}

existence_words := {"exists", "exist", "availability", "available", "taken", "lookup"}

account_words := {"user", "users", "email", "emails", "username", "usernames", "account", "accounts", "login", "phone"}

findings contains lib.finding(op, msg) if {
	some op in input.operations
	account_operation(lib.data_path_words(op.path))
	some r in op.responses
	r.status in {"404", "409"}
	msg := sprintf("%s answers %s, which tells callers whether an account exists", [lib.operation_label(op), r.status])
}

account_operation(words) if count(words & account_flow_words) > 0

account_operation(words) if {
	count(words & existence_words) > 0
	count(words & account_words) > 0
}
