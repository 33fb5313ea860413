# METADATA
# title: OAuth 2.0 resource owner password flow
# description: >-
#   An OAuth 2.0 security scheme offers the resource owner password credentials flow. The client collects
#   the user's password itself, which defeats the purpose of delegated authorization, trains users to type
#   passwords into third-party apps, and rules out multi-factor and federated login. The OAuth 2.0 Security
#   Best Current Practice (RFC 9700) says it must not be used.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc9700#section-2.4
# custom:
#   id: oauth2-password-flow
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [522]
#   remediation: >-
#     Use the authorization code flow with PKCE for user logins and the client credentials flow for
#     machine-to-machine access; remove the password flow.
package oasguard.rules.auth.oauth2_password_flow

import data.oasguard.lib

findings contains lib.finding(lib.locate_flow(f), msg) if {
	some s in input.security_schemes
	s.type == "oauth2"
	some f in s.flows
	f.flow == "password"
	msg := sprintf("%s offers the OAuth 2.0 password flow: clients handle the user's password", [lib.auth_scheme_label(s)])
}
