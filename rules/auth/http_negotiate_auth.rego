# METADATA
# title: HTTP Negotiate (SPNEGO) authentication
# description: >-
#   The API accepts HTTP Negotiate (SPNEGO: Kerberos or NTLM). It ties the API to a Windows domain, may
#   fall back to NTLM, which is open to relay and pass-the-hash attacks, and is a poor fit for
#   Internet-facing APIs.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc4559#section-6
# custom:
#   id: http-negotiate-auth
#   severity: low
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [287]
#   remediation: >-
#     Prefer OAuth 2.0 / OpenID Connect for APIs reachable outside the corporate network; where Negotiate
#     stays, disable NTLM fallback and require Kerberos with channel binding.
package oasguard.rules.auth.http_negotiate_auth

import data.oasguard.lib

findings contains lib.finding(lib.locate_scheme_kind(s), msg) if {
	some s in input.security_schemes
	s.type == "http"
	s.scheme == "negotiate"
	msg := sprintf("%s uses HTTP Negotiate (Kerberos/NTLM)", [lib.auth_scheme_label(s)])
}
