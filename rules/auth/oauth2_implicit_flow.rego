# METADATA
# title: OAuth 2.0 implicit flow
# description: >-
#   An OAuth 2.0 security scheme offers the implicit flow. The implicit grant returns the access token in
#   the redirect URL fragment, where it leaks through browser history, `Referer` headers and injected
#   scripts, and it cannot bind the token to the client. The OAuth 2.0 Security Best Current Practice
#   (RFC 9700) says clients should not use it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc9700#section-2.1.2
# custom:
#   id: oauth2-implicit-flow
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [522, 598]
#   remediation: >-
#     Use the authorization code flow with PKCE (`authorizationCode`) for browser and mobile clients and
#     remove the implicit flow.
package oasguard.rules.auth.oauth2_implicit_flow

import data.oasguard.lib

findings contains lib.finding(lib.locate_flow(f), msg) if {
	some s in input.security_schemes
	s.type == "oauth2"
	some f in s.flows
	f.flow == "implicit"
	msg := sprintf("%s offers the OAuth 2.0 implicit flow, which exposes access tokens in redirect URLs", [lib.auth_scheme_label(s)])
}
