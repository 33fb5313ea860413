# METADATA
# title: OAuth or OpenID Connect endpoint over plain HTTP
# description: >-
#   An OAuth 2.0 authorization, token, refresh or device authorization URL, or an OpenID Connect discovery
#   URL, uses `http://`. Authorization codes, client secrets, passwords and tokens sent to it travel in
#   clear text, and a tampered discovery document can redirect clients to an attacker's endpoints. OAuth 2.0
#   requires TLS for these endpoints.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://datatracker.ietf.org/doc/html/rfc6749#section-3.1
# custom:
#   id: oauth2-url-insecure
#   severity: high
#   ruleset: recommended
#   owasp: [API2:2023, API8:2023]
#   cwe: [319]
#   remediation: >-
#     Serve the authorization server only over HTTPS and use `https://` URLs in the security scheme.
package oasguard.rules.auth.oauth2_url_insecure

import data.oasguard.lib

findings contains lib.auth_url_finding(x, msg) if {
	some x in lib.auth_scheme_urls
	regex.match(`^(?i)http://`, x.url)
	not lib.auth_loopback_url(x.url)
	msg := sprintf("%s: %s %q uses plain HTTP, so credentials and tokens sent to it are not encrypted", [lib.auth_scheme_label(x.scheme), x.key, x.url])
}
