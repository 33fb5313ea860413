# METADATA
# title: Secured operation documents no 401 response
# description: >-
#   The operation requires credentials but documents neither `401 Unauthorized`, a `4XX` range nor a
#   `default` response. The behaviour for missing, expired or invalid credentials is undefined, so
#   clients cannot tell an authentication failure from other errors and tests cannot check that the
#   implementation rejects unauthenticated calls.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
# custom:
#   id: missing-unauthorized-response
#   severity: low
#   ruleset: all
#   supersedes: [missing-client-error-response]
#   owasp: [API8:2023]
#   cwe: [287]
#   remediation: >-
#     Document a `401` response (with a `WWW-Authenticate` header and an error schema) on every secured
#     operation, for example through a shared `components/responses/Unauthorized`.
package oasguard.rules.config.missing_unauthorized_response

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	not op.security.anonymous
	count(op.security.requirements) > 0
	not lib.config_covers(op, "401")
	msg := sprintf("%s requires credentials but documents no 401 response", [lib.operation_label(op)])
}
