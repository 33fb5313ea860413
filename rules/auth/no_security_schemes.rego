# METADATA
# title: Document defines no security scheme
# description: >-
#   The document has operations but declares no security scheme at all (`components.securitySchemes` in
#   OpenAPI 3, `securityDefinitions` in Swagger 2.0). Either the API is entirely unauthenticated or its
#   authentication is undocumented, so neither clients nor reviewers can tell how access is controlled.
#   One finding at the document root lists the operations as occurrences; it replaces
#   operation-without-security's finding there, and an `x-oasguard-ignore` for either rule on an
#   operation removes that operation from it.
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

findings contains lib.finding_at_fix(op, msg, lib.root, fix_msg) if {
	count(schemes) == 0
	n := count(lib.operations)
	n > 0
	some op in lib.operations
	msg := sprintf("%s can be called without authentication: the document declares no security scheme", [lib.operation_label(op)])
	fix_msg := sprintf("the document declares no security scheme, so none of its %d operations can require authentication", [n])
}

schemes := s if {
	s := input.security_schemes
} else := {}
