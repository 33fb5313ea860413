# METADATA
# title: Deprecated security scheme still accepted
# description: >-
#   A security scheme marked `deprecated: true` (OpenAPI 3.2) is still named by security requirements, so
#   operations keep accepting a credential type the API owner has decided to retire, typically a weaker
#   one. Each operation that still lists it keeps the old attack surface open.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: deprecated-security-scheme-in-use
#   severity: low
#   ruleset: recommended
#   owasp: [API2:2023, API9:2023]
#   cwe: [1104]
#   remediation: >-
#     Migrate the operations to the replacement scheme and remove the deprecated one from their security
#     requirements, then from `components.securitySchemes`.
package oasguard.rules.auth.deprecated_security_scheme_in_use

import data.oasguard.lib

findings contains lib.finding(e, msg) if {
	some e in lib.auth_written_entries
	e.defined
	input.security_schemes[e.name].deprecated == true
	msg := sprintf("security requirement still accepts the deprecated security scheme %q", [e.name])
}
