# METADATA
# title: GET operation changes state
# description: >-
#   A GET (or HEAD) operation is named for an action: its last path segment or its operationId starts with a
#   verb such as delete, cancel, approve, transfer, reset or disable (`GET /users/{id}/delete`). GET must be
#   safe: browsers prefetch it, crawlers and link previews follow it, proxies cache and replay it, and a
#   cross-site request forgery needs no more than an image tag, since no CORS preflight guards it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
#   - https://www.rfc-editor.org/rfc/rfc9110#section-9.2.1
#   - https://cwe.mitre.org/data/definitions/352.html
# custom:
#   id: state-changing-get
#   severity: medium
#   ruleset: recommended
#   owasp: [API5:2023]
#   cwe: [352, 650]
#   remediation: >-
#     Move the action to POST, PUT, PATCH or DELETE (`DELETE /users/{id}`, `POST /orders/{id}/cancel`) and
#     keep GET free of side effects. If the operation only reads (the verb names a view), rename it.
package oasguard.rules.function.state_changing_get

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some [op, s] in lib.sem_operations
	op.method in {"get", "head"}
	lib.sem_has_role(s, "state_change")
	msg := sprintf("%s changes state (%s) but GET must be safe: prefetching, crawlers and cross-site links trigger it", [lib.operation_label(op), lib.sem_evidence(s.role_evidence.state_change)])
}
