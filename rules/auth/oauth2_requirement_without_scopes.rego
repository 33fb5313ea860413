# METADATA
# title: OAuth 2.0 requirement without scopes
# description: >-
#   A security requirement names an OAuth 2.0 scheme that declares scopes but asks for none of them. Any
#   valid token, whatever it was granted for, is then accepted, so the document expresses no
#   function-level authorization for the operations it applies to. When no requirement of the document
#   asks for any of the scheme's scopes, the fix is one decision about the scheme: one finding there
#   lists the requirements as occurrences.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
# custom:
#   id: oauth2-requirement-without-scopes
#   severity: low
#   ruleset: recommended
#   owasp: [API2:2023, API5:2023]
#   cwe: [285]
#   remediation: >-
#     List the scopes each operation needs (for example `pets:read` on reads, `pets:write` on writes) in
#     its security requirement.
package oasguard.rules.auth.oauth2_requirement_without_scopes

import data.oasguard.lib

findings contains lib.finding_at_fix(e, msg, fix_node(e), fix_msg) if {
	some e in lib.auth_path_entries
	e.type == "oauth2"
	count(e.scopes) == 0
	count(lib.auth_declared_scopes(input.security_schemes[e.name])) > 0
	msg := sprintf("requirement for OAuth 2.0 scheme %q lists no scope: any token is accepted", [e.name])
	fix_msg := sprintf("OAuth 2.0 scheme %q declares scopes but no requirement asks for one: any token is accepted everywhere", [e.name])
}

# fix_node is the scheme when no requirement asks for one of its scopes
# (scopes are declared and never used: one decision), else the requirement.
fix_node(e) := input.security_schemes[e.name] if {
	not scoped(e.name)
} else := e

scoped(name) if {
	some x in lib.auth_path_entries
	x.name == name
	count(x.scopes) > 0
}
