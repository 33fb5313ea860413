# METADATA
# title: HTTP Basic authentication
# description: >-
#   The API accepts HTTP Basic authentication: the client sends a reusable user name and password, only
#   base64-encoded, with every request. A leaked request, log line or proxy trace discloses the
#   long-lived credential itself, and Basic offers no expiry, scoping or replay protection.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc7617#section-4
# custom:
#   id: http-basic-auth
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [522, 319]
#   remediation: >-
#     Prefer short-lived, scoped tokens (OAuth 2.0 or OpenID Connect). If Basic must stay, serve it only
#     over TLS, limit it to machine clients with strong generated secrets, and plan its retirement.
package oasguard.rules.auth.http_basic_auth

import data.oasguard.lib

findings contains lib.finding(lib.locate_scheme_kind(s), msg) if {
	some s in input.security_schemes
	s.type == "http"
	s.scheme == "basic"
	msg := sprintf("%s uses HTTP Basic: a reusable password is sent with every request", [lib.auth_scheme_label(s)])
}
