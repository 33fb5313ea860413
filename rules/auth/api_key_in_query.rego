# METADATA
# title: API key sent in the query string
# description: >-
#   An `apiKey` security scheme is sent as a query parameter. URLs, and the key with them, end up in
#   server and proxy access logs, browser history, `Referer` headers and monitoring tools, where the
#   long-lived credential can be read and replayed.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://cwe.mitre.org/data/definitions/598.html
# custom:
#   id: api-key-in-query
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [598]
#   remediation: >-
#     Send the key in a request header (`in: header`), or better, replace it with short-lived OAuth 2.0
#     tokens. Rotate keys that have been sent in URLs.
package oasguard.rules.auth.api_key_in_query

import data.oasguard.lib

findings contains lib.finding(lib.locate_key(s, "in"), msg) if {
	some s in input.security_schemes
	s.type == "apiKey"
	s.in == "query"
	msg := sprintf("%s sends the API key in the query parameter %q, where URLs are logged", [lib.auth_scheme_label(s), s.param_name])
}
