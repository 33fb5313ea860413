# METADATA
# title: API key sent in a cookie
# description: >-
#   An `apiKey` security scheme is sent as a cookie. Browsers attach cookies to every request to the API,
#   including requests forged by other sites, so cookie-authenticated operations are open to cross-site
#   request forgery unless the API adds its own defence.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
# custom:
#   id: api-key-in-cookie
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [352, 1275]
#   remediation: >-
#     Prefer a header credential (`Authorization: Bearer …`). If a cookie is required, set it `Secure`,
#     `HttpOnly` and `SameSite=Strict` (or `Lax`), and require an anti-CSRF token on state-changing operations.
package oasguard.rules.auth.api_key_in_cookie

import data.oasguard.lib

findings contains lib.finding(lib.locate_key(s, "in"), msg) if {
	some s in input.security_schemes
	s.type == "apiKey"
	s.in == "cookie"
	msg := sprintf("%s authenticates with the cookie %q, which browsers send on cross-site requests (CSRF)", [lib.auth_scheme_label(s), s.param_name])
}
