# METADATA
# title: Bearer scheme does not say what the token is
# description: >-
#   An HTTP `bearer` security scheme has no `bearerFormat`. Reviewers and clients cannot tell whether the
#   token is a JWT, an opaque reference token or something else, and so cannot check how it is validated,
#   how long it lives or what it discloses.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://spec.openapis.org/oas/v3.1.0#security-scheme-object
# custom:
#   id: bearer-format-missing
#   severity: info
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [1059]
#   remediation: >-
#     Add `bearerFormat` (for example `JWT` or `opaque`) and describe how the token is obtained and validated.
package oasguard.rules.auth.bearer_format_missing

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some s in input.security_schemes
	s.type == "http"
	s.scheme == "bearer"
	object.get(s, "bearer_format", "") == ""
	msg := sprintf("%s is a bearer token without bearerFormat: the token type is undocumented", [lib.auth_scheme_label(s)])
}
