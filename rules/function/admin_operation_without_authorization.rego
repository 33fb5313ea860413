# METADATA
# title: Administrative operation documents no role, scope or 403
# description: >-
#   An operation is administrative (an admin path segment, tag or operationId, or wording such as "admin
#   only" or "requires administrator" in its summary or description) yet nothing in the document says how
#   the server tells administrators apart: its security requirement names no scope or role, no `x-roles`
#   style extension lists one, and no `403 Forbidden` response is documented. Any authenticated caller may
#   then be able to call it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
#   - https://cwe.mitre.org/data/definitions/285.html
# custom:
#   id: admin-operation-without-authorization
#   severity: medium
#   ruleset: recommended
#   owasp: [API5:2023]
#   cwe: [285]
#   remediation: >-
#     Require an administrative scope or role on the operation (an OAuth scope such as `admin:write`, or a
#     dedicated scheme), check it on the server, and document the `403 Forbidden` answer for other callers.
package oasguard.rules.function.admin_operation_without_authorization

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some [op, s] in lib.sem_operations
	lib.sem_has_role(s, "administration")
	not op.security.anonymous
	not scoped(op)
	not lib.has_status(op, "403")
	not role_extension(op)
	msg := sprintf("administrative operation %s (%s) requires no scope or role and documents no 403 response", [lib.operation_label(op), lib.sem_evidence(s.role_evidence.administration)])
}

scoped(op) if {
	some r in op.security.requirements
	some e in r.schemes
	count(e.scopes) > 0
}

role_extension(op) if {
	some k, _ in op.extensions
	regex.match(`(?i)^x-.*(role|scope|permission|privilege|group|acl)`, k)
}
