# METADATA
# title: Operation can be called without authentication
# description: >-
#   The operation has no effective security requirement: neither the operation nor the document
#   declares `security`, the applying `security` is the empty list `[]`, or one of its alternatives is
#   the empty requirement `{}`, which makes authentication optional. Anyone who can reach the API can
#   call it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
# custom:
#   id: operation-without-security
#   severity: high
#   owasp: [API2:2023]
#   cwe: [306]
#   remediation: >-
#     Add a `security` requirement to the operation or to the document root. If the operation is public
#     on purpose, say so with `x-oasguard-ignore: {operation-without-security: "reason"}`.
package oasguard.rules.auth.operation_without_security

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	op.security.anonymous
	msg := sprintf("%s %s without authentication (%s)", [lib.operation_label(op), verb(op), reason(op.security)])
}

# verb stresses state-changing operations: an anonymous write is the worse case.
verb(op) := "changes state and can be called" if lib.is_write(op)

else := "can be called"

reason(sec) := "security is the empty list []" if sec.explicit_empty

else := "no security requirement applies" if count(sec.requirements) == 0

else := "an empty alternative {} makes authentication optional"
