# METADATA
# title: Operation can be called without authentication
# description: >-
#   The operation has no effective security requirement: neither the operation nor the document
#   declares `security`, or one of the applying alternatives is the empty requirement `{}`, which makes
#   authentication optional. Anyone who can reach the API can call it. When the document declares no
#   security anywhere, one finding at the document root lists every operation as an occurrence; when the
#   root `security` has the empty alternative, one finding there. An operation that writes
#   `security: []` has decided to be public: security-opt-out-unexplained reports it when nothing says why.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
# custom:
#   id: operation-without-security
#   severity: high
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [306]
#   remediation: >-
#     Add a `security` requirement to the operation or to the document root. If the operation is public
#     on purpose, say so with `x-oasguard-ignore: {operation-without-security: "reason"}`.
package oasguard.rules.auth.operation_without_security

import data.oasguard.lib

findings contains lib.finding_at_fix(op, msg, fix, fix_message(op, fix)) if {
	some op in input.operations
	op.security.anonymous
	not lib.auth_anonymous_by_decision(op)
	fix := lib.auth_anonymous_fix(op)
	msg := sprintf("%s %s without authentication (%s)", [lib.operation_label(op), verb(op), reason(op.security)])
}

# fix_message is the message of the one finding at a shared fix: the
# document root or the root `security`.
fix_message(_, fix) := "no operation requires authentication: the document declares no security requirement, neither at the root nor on any operation" if {
	fix == lib.root
} else := "the root security requirement has an empty alternative {}, which makes authentication optional for every operation that inherits it" if {
	fix != lib.root
	fix.source == "root"
} else := ""

# verb stresses state-changing operations: an anonymous write is the worse case.
verb(op) := "changes state and can be called" if lib.is_write(op)

else := "can be called"

reason(sec) := "security is the empty list []" if sec.explicit_empty

else := "no security requirement applies" if count(sec.requirements) == 0

else := "an empty alternative {} makes authentication optional"
