# METADATA
# title: OAuth 1.0 authentication scheme
# description: >-
#   The API declares the HTTP `OAuth` scheme, i.e. OAuth 1.0. OAuth 1.0 is obsolete: its common
#   signature method is HMAC-SHA1, it is complex to implement correctly, and it lacks the security
#   features and tooling of OAuth 2.0.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc5849
# custom:
#   id: oauth1-scheme
#   severity: low
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [327]
#   remediation: >-
#     Migrate to OAuth 2.0 (authorization code with PKCE, or client credentials) declared as an `oauth2`
#     security scheme.
package oasguard.rules.auth.oauth1_scheme

import data.oasguard.lib

findings contains lib.finding(lib.locate_scheme_kind(s), msg) if {
	some s in input.security_schemes
	s.type == "http"
	s.scheme == "oauth"
	msg := sprintf("%s uses OAuth 1.0 (HTTP scheme \"OAuth\"), which is obsolete", [lib.auth_scheme_label(s)])
}
