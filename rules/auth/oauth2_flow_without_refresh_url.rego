# METADATA
# title: OAuth 2.0 flow does not document token refresh
# description: >-
#   A user-facing OAuth 2.0 flow (authorization code, password or device) declares no `refreshUrl`. The
#   document then says nothing about how tokens are renewed, which often means long-lived access tokens
#   that stay valid long after they leak. This is a review signal: refresh may happen at the token
#   endpoint, in which case documenting `refreshUrl` removes the doubt.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc9700#section-4.14
# custom:
#   id: oauth2-flow-without-refresh-url
#   severity: info
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [613]
#   remediation: >-
#     Issue short-lived access tokens with (rotating, sender-constrained) refresh tokens and declare the
#     refresh endpoint with `refreshUrl`.
package oasguard.rules.auth.oauth2_flow_without_refresh_url

import data.oasguard.lib

# refreshable are the flows that issue refresh tokens to user-facing clients;
# implicit must not and client credentials need not.
refreshable := {"authorizationCode", "password", "deviceAuthorization"}

findings contains lib.finding(f, msg) if {
	input.oas != "2.0"
	some s in input.security_schemes
	s.type == "oauth2"
	some f in s.flows
	refreshable[f.flow]
	object.get(f, "refresh_url", "") == ""
	msg := sprintf("%s: the %s flow declares no refreshUrl; token lifetime and renewal are undocumented", [lib.auth_scheme_label(s), f.flow])
}
