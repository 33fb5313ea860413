# METADATA
# title: Response carrying credentials does not forbid caching
# description: >-
#   A successful response returns a credential (an access, refresh or ID token, an API key, a client
#   secret or a password) but documents no `Cache-Control` header. Browsers, proxies and CDNs may then
#   store the credential; OAuth 2.0 (RFC 6749 §5.1) requires `Cache-Control: no-store` on token
#   responses. A response reused from `components/responses` is reported once.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://www.rfc-editor.org/rfc/rfc6749#section-5.1
#   - https://cwe.mitre.org/data/definitions/525.html
# custom:
#   id: credential-response-cacheable
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [524, 525]
#   remediation: >-
#     Document (and send) `Cache-Control: no-store` on every response that returns tokens, keys or
#     secrets, for example `headers: {Cache-Control: {schema: {type: string, enum: [no-store]}}}`.
package oasguard.rules.config.credential_response_cacheable

import data.oasguard.lib

credential_name := `(?i)^(access_?token|refresh_?token|id_?token|token|api_?key|client_?secret|secret|password|private_?key)$`

findings contains lib.finding(r, msg) if {
	some op in input.operations
	some r in op.responses
	startswith(r.status, "2")
	not has_cache_control(r)
	names := {p.name |
		some m in r.content
		some p in props(m.schema)
		credential_names[p.name]
	}
	count(names) > 0
	msg := sprintf("response %s returns %s but documents no Cache-Control header", [r.status, concat(", ", sort(names))])
}

# credential_names are the property names that hold credentials, each
# distinct name tested once.
credential_names := {name |
	some name in lib.data_property_names
	regex.match(credential_name, name)
}

has_cache_control(r) if {
	some h in r.headers
	lower(h.name) == "cache-control"
}

props(id) := ps if {
	s := input.schemas[id]
	item := object.get(input.schemas, [object.get(s, "items", "")], {})
	ps := array.concat(object.get(s, "properties", []), object.get(item, "properties", []))
} else := []
