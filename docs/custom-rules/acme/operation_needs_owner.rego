# METADATA
# title: Operation has no owning team
# description: >-
#   Acme's API guidelines require every operation to name the team that owns it in `x-owner`, so that a
#   security finding reaches someone who can fix it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: acme-operation-needs-owner
#   severity: low
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: "Add `x-owner: <team>` to the operation."
package oasguard.rules.acme.operation_needs_owner

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	not op.extensions["x-owner"]
	msg := sprintf("%s names no owning team (x-owner)", [lib.operation_label(op)])
}
