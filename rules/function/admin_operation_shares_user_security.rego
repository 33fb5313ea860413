# METADATA
# title: Administrative operation accepts the same credentials as user operations
# description: >-
#   An operation under an administrative path (`/admin`, `/internal`, `/manage`, `/management`, `/ops`, …)
#   has exactly the same security requirements (schemes and scopes) as ordinary user operations. Nothing
#   in the contract then separates an administrator from any authenticated user: unless the server checks
#   roles itself, every user can call it (broken function level authorization).
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: admin-operation-shares-user-security
#   severity: low
#   ruleset: recommended
#   owasp: [API5:2023]
#   cwe: [285]
#   remediation: >-
#     Require a dedicated administrative scope (for example `admin` or `pets:admin`) or a separate security
#     scheme on administrative operations, and enforce it on the server.
package oasguard.rules.function.admin_operation_shares_user_security

import data.oasguard.lib

# user_signatures are the security signatures of authenticated non-admin
# operations (a comprehension: computed once, then looked up per operation).
user_signatures := {lib.auth_signature(op.security) |
	some op in lib.auth_operations
	not op.security.anonymous
	not lib.auth_admin_path(op.path)
}

findings contains lib.finding(op, msg) if {
	some op in lib.auth_operations
	lib.auth_admin_path(op.path)
	not op.security.anonymous
	sig := lib.auth_signature(op.security)
	user_signatures[sig]
	msg := sprintf("administrative operation %s accepts the same credentials as user operations (%s)", [lib.operation_label(op), sig])
}
