# METADATA
# title: HTTP authentication scheme is not registered
# description: >-
#   An `http` security scheme names an authentication scheme that is not in the IANA HTTP Authentication
#   Scheme Registry (for example `jwt` or `token` where `bearer` is meant). Clients, gateways and
#   generated code cannot know how to send or check the credential, so the protection the document
#   describes may not be what is enforced.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://www.iana.org/assignments/http-authschemes/http-authschemes.xhtml
# custom:
#   id: http-auth-scheme-unknown
#   severity: low
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [287]
#   remediation: >-
#     Use a registered scheme name: `bearer` for tokens (describe the token with `bearerFormat`), `basic`,
#     `digest`, and so on. For a custom header credential use an `apiKey` scheme instead.
package oasguard.rules.auth.http_auth_scheme_unknown

import data.oasguard.lib

# registered are the IANA HTTP authentication schemes, lower-cased.
registered := {
	"basic", "bearer", "concealed", "digest", "dpop", "gnap", "hoba", "mutual", "negotiate",
	"oauth", "privatetoken", "scram-sha-1", "scram-sha-256", "vapid",
}

findings contains lib.finding(lib.locate_scheme_kind(s), msg) if {
	some s in input.security_schemes
	s.type == "http"
	s.scheme != ""
	not registered[s.scheme]
	msg := sprintf("%s uses HTTP scheme %q, which is not a registered HTTP authentication scheme%s", [lib.auth_scheme_label(s), s.scheme, hint(s.scheme)])
}

hint(x) := " (did you mean \"bearer\"?)" if {
	regex.match(`^(jwt|token|access[-_ ]?token|oauth2?|bearer[-_ ]?token|bearer ?jwt|api[-_ ]?token)$`, x)
} else := ""
