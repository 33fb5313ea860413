# METADATA
# title: Scopes listed for a scheme that has none
# description: >-
#   A security requirement lists scopes for an `apiKey`, `http` or other non-OAuth scheme. In Swagger 2.0
#   and OpenAPI 3.0 the list must be empty for such schemes, so tools ignore it: the scopes suggest an
#   authorization check that nothing enforces. (OpenAPI 3.1 allows role names here and is not reported.)
#   The fix is one decision about the scheme (make it OAuth 2.0 or drop the scopes), so the finding is
#   reported once, at the scheme, with every requirement that lists scopes as an occurrence.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
#   - https://spec.openapis.org/oas/v3.0.3#security-requirement-object
# custom:
#   id: scopes-on-non-oauth-scheme
#   severity: low
#   ruleset: recommended
#   owasp: [API2:2023, API5:2023]
#   cwe: [285]
#   remediation: >-
#     Leave the list empty for non-OAuth schemes and enforce roles with an OAuth 2.0 / OpenID Connect scheme
#     and scopes, or document the roles elsewhere (OpenAPI 3.1 allows role names in the list).
package oasguard.rules.auth.scopes_on_non_oauth_scheme

import data.oasguard.lib

findings contains lib.finding_at_fix(e, msg, scheme, fix_msg) if {
	input.oas in {"2.0", "3.0"}
	some e in lib.auth_written_entries
	e.defined
	not lib.auth_scoped_types[e.type]
	count(e.scopes) > 0
	scheme := input.security_schemes[e.name]
	msg := sprintf("security scheme %q is of type %s, which takes no scopes; %v is ignored", [e.name, e.type, e.scopes])
	fix_msg := sprintf("security scheme %q is of type %s, which takes no scopes, yet requirements list scopes for it: they are ignored", [e.name, e.type])
}
