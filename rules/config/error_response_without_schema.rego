# METADATA
# title: Error response has no documented body
# description: >-
#   A `400`, `422`, `500`, `4XX`, `5XX` or `default` response declares no body schema. Without a
#   documented error format, implementations tend to return framework default error pages, exception
#   messages or stack traces, and clients cannot parse errors reliably. A response reused from
#   `components/responses` is reported once.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://www.rfc-editor.org/rfc/rfc9457
#   - https://cwe.mitre.org/data/definitions/209.html
# custom:
#   id: error-response-without-schema
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [209]
#   remediation: >-
#     Give error responses a body with a schema, ideally one shared error format such as RFC 9457
#     `application/problem+json`, and return nothing beyond it.
package oasguard.rules.config.error_response_without_schema

import data.oasguard.lib

error_statuses := {"400", "422", "500", "4XX", "5XX", "default"}

findings contains lib.finding(r, msg) if {
	some op in input.operations
	op.method != "head"
	some r in op.responses
	error_statuses[r.status]
	not has_schema(r)
	msg := sprintf("error response %s documents no body schema", [r.status])
}

# has_schema is true when a body schema is written, even one whose $ref does
# not resolve (that is reported by unresolved-ref and remote-ref).
has_schema(r) if {
	some m in r.content
	m.has_schema
}

has_schema(r) if {
	some m in r.content
	m.schema != null
}
