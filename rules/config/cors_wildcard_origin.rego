# METADATA
# title: CORS allows any origin
# description: >-
#   A response documents the `Access-Control-Allow-Origin` header with the value `*` (as its `const`,
#   `default`, `enum` value or example). Any web site can then read the response from a visitor's
#   browser; combined with `Access-Control-Allow-Credentials: true` it signals an origin policy that
#   reflects or trusts every caller. A header reused from a component is reported once.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/942.html
#   - https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS
# custom:
#   id: cors-wildcard-origin
#   severity: medium
#   ruleset: recommended
#   owasp: [API8:2023]
#   cwe: [942]
#   remediation: >-
#     Allow only the origins that need access: document `Access-Control-Allow-Origin` with an `enum`
#     of trusted origins (or a description of the allow-list) instead of `*`, and never combine a
#     wildcard or reflected origin with `Access-Control-Allow-Credentials: true`.
package oasguard.rules.config.cors_wildcard_origin

import data.oasguard.lib

findings contains lib.finding(h, msg) if {
	some op in input.operations
	some r in op.responses
	some h in r.headers
	lower(h.name) == "access-control-allow-origin"
	h.schema != null
	wildcard(input.schemas[h.schema].keywords)
	msg := sprintf("Access-Control-Allow-Origin allows any origin (*)%s", [credentials_note(r)])
}

literal_values(kw) := [v |
	some k in ["const", "default", "example"]
	v := kw[k]
]

wildcard(kw) if "*" in literal_values(kw)

wildcard(kw) if "*" in object.get(kw, "enum", [])

wildcard(kw) if "*" in object.get(kw, "examples", [])

credentials_note(r) := " together with Access-Control-Allow-Credentials: true" if {
	some h in r.headers
	lower(h.name) == "access-control-allow-credentials"
	h.schema != null
	kw := input.schemas[h.schema].keywords
	credentials_true(kw)
} else := ""

credentials_true(kw) if {
	some k in ["const", "default", "example"]
	kw[k] in {true, "true"}
}

credentials_true(kw) if {
	some v in object.get(kw, "enum", [])
	v in {true, "true"}
}
