# METADATA
# title: API key used as a static shared secret
# description: >-
#   An `apiKey` security scheme is sent in a header or cookie. API keys are long-lived bearer secrets:
#   they usually identify a client rather than a user, carry no scopes or expiry, and are rarely rotated,
#   so a leaked key gives lasting access. A scheme that carries a request signature (HMAC, SigV4: named
#   or described so) is not a static key and is not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#api-keys
# custom:
#   id: api-key-static-secret
#   severity: low
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [798, 287]
#   remediation: >-
#     For user-facing access prefer OAuth 2.0 / OpenID Connect tokens. Where API keys stay, document their
#     rotation and revocation, scope them per client, and combine them with rate limits.
package oasguard.rules.auth.api_key_static_secret

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some s in input.security_schemes
	s.type == "apiKey"
	s.in in {"header", "cookie"}
	not signing_scheme(s)
	msg := sprintf("%s is a static API key sent in the %s %q: a long-lived shared secret without scopes or expiry", [lib.auth_scheme_label(s), s.in, s.param_name])
}

# signing_scheme is an apiKey scheme that carries a request signature (HMAC,
# AWS SigV4, a signed digest) rather than a static key: the name, header or
# description says so. A signature changes with every request.
signing_scheme(s) if regex.match(`(?i)(hmac|signature|signed|signing|sigv4|x-amz-date|digest)`, concat(" ", [s.name, s.param_name]))

signing_scheme(s) if regex.match(`(?i)\b(hmac|(request|message) signature|signs? (each|every|the) request|signed request|signature version 4|sigv4)\b`, s.description)
