# METADATA
# title: DELETE or administrative operation accepts any OAuth token
# description: >-
#   A DELETE operation, or an operation under an administrative path, is secured with an OAuth 2.0 or
#   OpenID Connect scheme that declares scopes, but one of its alternatives asks for no scope at all. Any
#   token issued to any client for any purpose is then enough to call a privileged function.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: privileged-operation-without-scope
#   severity: medium
#   ruleset: recommended
#   owasp: [API5:2023]
#   cwe: [285]
#   remediation: >-
#     Require a specific scope (for example `pets:delete` or `admin`) on DELETE and administrative
#     operations.
package oasguard.rules.function.privileged_operation_without_scope

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in lib.auth_operations
	privileged(op)
	not op.security.anonymous
	some r in op.security.requirements
	unscoped_token(r)
	msg := sprintf("%s is privileged but accepts a token of %s without any scope", [lib.operation_label(op), names(r)])
}

privileged(op) if op.method == "delete"

privileged(op) if lib.auth_admin_path(op.path)

# unscoped_token is true for an alternative that includes an OAuth scheme
# declaring scopes while the alternative asks for none.
unscoped_token(r) if {
	some e in r.schemes
	e.type == "oauth2"
	count(lib.auth_declared_scopes(input.security_schemes[e.name])) > 0
	every x in r.schemes {
		count(x.scopes) == 0
	}
}

names(r) := concat(" + ", sort([sprintf("%q", [e.name]) | some e in r.schemes]))
