# METADATA
# title: JWT scheme does not state JWT best practices
# description: >-
#   A security scheme carries JSON Web Tokens (a bearer scheme with `bearerFormat: JWT`, an OpenID Connect
#   scheme, or an OAuth 2.0 scheme described as issuing JWTs) but its description does not state that
#   tokens are handled according to the JWT Best Current Practices (RFC 8725). Algorithm confusion, `none`
#   signatures, missing audience and expiry checks are the usual JWT flaws; saying which rules apply makes
#   them reviewable.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc8725
# custom:
#   id: jwt-best-practices-undocumented
#   severity: info
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [347]
#   remediation: >-
#     State in the scheme's description that tokens follow RFC 8725: an allow-list of signing algorithms
#     (no `none`), verified signature, issuer, audience and expiry, and short lifetimes.
package oasguard.rules.auth.jwt_best_practices_undocumented

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some s in input.security_schemes
	carries_jwt(s)
	not regex.match(`(?i)rfc[ -]?8725`, object.get(s, "description", ""))
	msg := sprintf("%s carries JWTs but its description does not state RFC 8725 (JWT best practices)", [lib.auth_scheme_label(s)])
}

carries_jwt(s) if {
	s.type == "http"
	s.scheme == "bearer"
	regex.match(`(?i)jwt`, object.get(s, "bearer_format", ""))
}

carries_jwt(s) if s.type == "openIdConnect"

carries_jwt(s) if {
	s.type == "oauth2"
	regex.match(`(?i)\b(jwt|json web token)s?\b`, object.get(s, "description", ""))
}
