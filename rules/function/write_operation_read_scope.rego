# METADATA
# title: State-changing operation accepts a read-only scope
# description: >-
#   A POST, PUT, PATCH or DELETE operation can be called with a token that holds only read scopes (such as
#   `pets:read`, `read:orders`, `drive.readonly`): one of its security alternatives asks for read scopes and
#   nothing else. A client granted read access can then change or delete data. POST operations named as
#   reads (`listInstances`, `:search`, `testIamPermissions`, …) are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: write-operation-read-scope
#   severity: medium
#   ruleset: recommended
#   owasp: [API5:2023]
#   cwe: [285]
#   remediation: >-
#     Require a write (or admin) scope on state-changing operations, e.g. `pets:write` on POST/PUT/PATCH
#     and `pets:delete` or `pets:admin` on DELETE.
package oasguard.rules.function.write_operation_read_scope

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in lib.auth_operations
	lib.is_write(op)
	not lib.auth_read_like_post(op)
	some r in op.security.requirements
	lib.auth_read_only_alt(r)
	scopes := [s | some e in r.schemes; some s in e.scopes]
	msg := sprintf("%s changes state but accepts a token with only read scopes %v", [lib.operation_label(op), scopes])
}
