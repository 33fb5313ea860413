# METADATA
# title: Authorization declared as a header parameter
# description: >-
#   An operation declares a header parameter named `Authorization`. OpenAPI 3 says such a parameter
#   definition SHALL be ignored, so tools drop it: generated clients do not send it, gateways do not
#   require it, and the operation looks unauthenticated to every reader of the document, unless a security
#   scheme says otherwise.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://spec.openapis.org/oas/v3.1.0#fixed-fields-9
# custom:
#   id: authorization-header-parameter
#   severity: low
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [1068]
#   remediation: >-
#     Remove the parameter and describe the credential as a security scheme (`http` with `scheme: bearer`
#     or `basic`, `oauth2`, `openIdConnect`), required through `security`.
package oasguard.rules.auth.authorization_header_parameter

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	input.oas != "2.0"
	some p in lib.parameters
	p.in == "header"
	lower(p.name) == "authorization"
	msg := sprintf("header parameter %q is ignored by OpenAPI 3: describe the credential as a security scheme", [p.name])
}
