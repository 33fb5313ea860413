# METADATA
# title: HTTP Digest authentication
# description: >-
#   The API accepts HTTP Digest authentication. Digest commonly relies on MD5, requires the server to
#   store password equivalents, and is open to downgrade and offline guessing attacks; it gives none of
#   the scoping or expiry of token-based schemes.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc7616#section-5
# custom:
#   id: http-digest-auth
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [327, 916]
#   remediation: >-
#     Replace Digest with OAuth 2.0 / OpenID Connect bearer tokens over TLS, or at least require SHA-256
#     Digest and plan its retirement.
package oasguard.rules.auth.http_digest_auth

import data.oasguard.lib

findings contains lib.finding(lib.locate_scheme_kind(s), msg) if {
	some s in input.security_schemes
	s.type == "http"
	s.scheme == "digest"
	msg := sprintf("%s uses HTTP Digest, an MD5-era password scheme", [lib.auth_scheme_label(s)])
}
