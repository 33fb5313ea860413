# METADATA
# title: Security requirement uses an undeclared scope
# description: >-
#   A security requirement asks for an OAuth 2.0 scope that none of the scheme's flows declares. Clients
#   cannot obtain a token with that scope, or the authorization server issues it without the document saying
#   what it grants, so the operation's access rule is either unsatisfiable or unreviewed (often a typo).
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: oauth2-scope-undeclared
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023, API5:2023]
#   cwe: [285]
#   remediation: >-
#     Declare the scope under the scheme's flow `scopes` with a description of what it grants, or fix the
#     scope name in the requirement.
package oasguard.rules.auth.oauth2_scope_undeclared

import data.oasguard.lib

findings contains lib.finding(e, msg) if {
	some e in lib.auth_written_entries
	e.type == "oauth2"
	declared := lib.auth_declared_scopes(input.security_schemes[e.name])
	some scope in e.scopes
	not declared[scope]
	msg := sprintf("scope %q is not declared by security scheme %q", [scope, e.name])
}
