# METADATA
# title: Document defines no security scheme
# description: >-
#   The document has operations but declares no security scheme at all (`components.securitySchemes` in
#   OpenAPI 3, `securityDefinitions` in Swagger 2.0). Either the API is entirely unauthenticated or its
#   authentication is undocumented, so neither clients nor reviewers can tell how access is controlled.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://spec.openapis.org/oas/v3.1.0#security-scheme-object
# custom:
#   id: no-security-schemes
#   severity: high
#   ruleset: recommended
#   supersedes: [operation-without-security]
#   owasp: [API2:2023]
#   cwe: [306]
#   remediation: >-
#     Declare how clients authenticate under `components.securitySchemes` (Swagger 2.0:
#     `securityDefinitions`), for example an OAuth 2.0 or OpenID Connect scheme, and require it with a root
#     `security` list.
package oasguard.rules.auth.no_security_schemes

import data.oasguard.lib

findings contains lib.finding(el, msg) if {
	count(schemes) == 0
	n := count(lib.operations)
	n > 0
	el := lib.root
	msg := sprintf("the document declares no security scheme, so none of its %d operations can require authentication", [n])
}

schemes := s if {
	s := input.security_schemes
} else := {}
