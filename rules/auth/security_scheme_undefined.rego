# METADATA
# title: Security requirement names an undefined scheme
# description: >-
#   A security requirement refers to a scheme that is not declared under `components.securitySchemes`
#   (Swagger 2.0: `securityDefinitions`). The requirement is invalid: tools and gateways generated from the
#   document cannot enforce it, and the operation's real protection is unknown.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://spec.openapis.org/oas/v3.1.0#security-requirement-object
# custom:
#   id: security-scheme-undefined
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [287]
#   remediation: >-
#     Declare the scheme under `components.securitySchemes` (Swagger 2.0: `securityDefinitions`) or fix the
#     name in the requirement; names are case-sensitive.
package oasguard.rules.auth.security_scheme_undefined

import data.oasguard.lib

findings contains lib.finding(e, msg) if {
	some e in lib.auth_written_entries
	not e.defined
	msg := sprintf("security requirement names %q, which is not a declared security scheme", [e.name])
}
