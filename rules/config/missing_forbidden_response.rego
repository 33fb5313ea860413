# METADATA
# title: Operation restricted by scopes documents no 403 response
# description: >-
#   The operation requires OAuth 2.0 / OpenID Connect scopes (or roles) but documents neither
#   `403 Forbidden`, a `4XX` range nor a `default` response. The behaviour when an authenticated
#   caller lacks the required permission is undefined, which hides authorization decisions from
#   reviewers and tests.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: missing-forbidden-response
#   severity: info
#   ruleset: all
#   supersedes: [missing-client-error-response]
#   owasp: [API8:2023]
#   cwe: [285]
#   remediation: >-
#     Document a `403` response with an error schema on operations that require scopes or roles, for
#     example through a shared `components/responses/Forbidden`.
package oasguard.rules.config.missing_forbidden_response

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	not op.security.anonymous
	scoped(op)
	not lib.config_covers(op, "403")
	msg := sprintf("%s requires scopes but documents no 403 response", [lib.operation_label(op)])
}

scoped(op) if {
	some req in op.security.requirements
	some sch in req.schemes
	count(sch.scopes) > 0
}
