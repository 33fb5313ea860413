# METADATA
# title: Parameter takes a URL
# description: >-
#   A parameter is named like a URL or callback (url, callbackUrl, redirect_uri, webhook, return_to)
#   or declared with a URL format, and no `enum`, `const` or `pattern` limits its values. If the
#   server fetches the URL (webhooks, imports, previews) it can be pointed at internal services and
#   cloud metadata endpoints (SSRF); if it redirects to it, at phishing pages. This is a review signal.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa7-server-side-request-forgery/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html
# custom:
#   id: url-parameter
#   severity: info
#   ruleset: all
#   owasp: [API7:2023]
#   cwe: [918]
#   remediation: >-
#     Validate the URL against an allow-list of schemes and hosts (document it with a `pattern`),
#     resolve and block private and link-local addresses, and do not follow redirects blindly.
package oasguard.rules.ssrf.url_parameter

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	s := lib.data_schema_of(p.schema)
	object.get(s, "type", "") in {"string", ""}
	url_input(p, s)
	not lib.data_allow_listed(s)
	msg := sprintf("%s parameter %q takes a URL without an allow-list (enum or pattern)", [p.in, p.name])
}

url_input(p, s) if url_like(p.name, s)

# A URL-valued input known only from its examples or default.
url_input(_, s) if lib.sem_url_example(s)

url_input(p, _) if {
	some v in object.get(p, "example_values", [])
	lib.sem_url_value(v)
}

url_like(name, _) if lib.data_url_name(name)

url_like(_, s) if lib.data_url_formats[lower(object.get(s, "format", ""))]
