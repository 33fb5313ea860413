# METADATA
# title: OAuth or OpenID Connect URL missing or malformed
# description: >-
#   An OAuth 2.0 flow lacks a URL its grant type needs (`authorizationUrl` for implicit and authorization
#   code, `tokenUrl` for the others, `deviceAuthorizationUrl` for the device flow), or one of its URLs, or
#   an OpenID Connect discovery URL, is not a usable URL (no scheme, blanks, a placeholder). Clients and
#   tools cannot obtain tokens from it, and the document does not say which authorization server is trusted.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://spec.openapis.org/oas/v3.1.0#oauth-flow-object
# custom:
#   id: oauth2-url-invalid
#   severity: low
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [1068]
#   remediation: >-
#     Give every flow the endpoints its grant type needs, as absolute `https://` URLs of the authorization
#     server (or paths relative to the API server).
package oasguard.rules.auth.oauth2_url_invalid

import data.oasguard.lib

# needed lists the URL fields each grant type requires.
needed := {
	"implicit": ["authorization_url"],
	"authorizationCode": ["authorization_url", "token_url"],
	"password": ["token_url"],
	"clientCredentials": ["token_url"],
	"deviceAuthorization": ["device_authorization_url", "token_url"],
}

findings contains lib.finding(f, msg) if {
	some s in input.security_schemes
	s.type == "oauth2"
	some f in s.flows
	some field in needed[f.flow]
	object.get(f, field, "") == ""
	msg := sprintf("%s: the %s flow has no %s", [lib.auth_scheme_label(s), f.flow, lib.auth_url_fields[field]])
}

findings contains lib.auth_url_finding(x, msg) if {
	some x in lib.auth_scheme_urls
	not valid_url(x.url)
	msg := sprintf("%s: %s %q is not a valid URL", [lib.auth_scheme_label(x.scheme), x.key, x.url])
}

# valid_url accepts absolute http(s) URLs with a host, and relative references
# starting with a slash or dot (resolved against the API server).
valid_url(u) if regex.match(`^(?i)https?://[a-z0-9._~%-]+(:[0-9]{1,5})?([/?#][^\s{}<>"]*)?$`, u)

valid_url(u) if regex.match(`^\.{0,2}/[^\s{}<>"]*$`, u)
