# METADATA
# title: Security scheme is declared but never required
# description: >-
#   A security scheme is declared but no security requirement (root, operation, webhook or callback) uses
#   it. Either an operation that should require it does not, or the declaration is stale and misleads
#   readers about how the API is protected.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://spec.openapis.org/oas/v3.1.0#security-requirement-object
# custom:
#   id: security-scheme-unused
#   severity: low
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [1164]
#   remediation: >-
#     Require the scheme where it applies (root `security` or the operations that accept it), or remove the
#     unused declaration.
package oasguard.rules.auth.security_scheme_unused

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some s in input.security_schemes
	not s.used
	msg := sprintf("%s is declared but no security requirement uses it", [lib.auth_scheme_label(s)])
}
