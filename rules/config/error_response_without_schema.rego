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
	not broken_ref_inside(r)
	msg := sprintf("error response %s documents no body schema", [r.status])
}

has_schema(r) if {
	some m in r.content
	m.schema != null
}

# broken_refs are the locations of $refs that could not be followed: a
# response whose schema is one of them has a schema the loader cannot see.
broken_refs contains r if {
	some r in input.refs
	not r.status in {"ok", "cycle"}
}

broken_ref_inside(resp) if {
	some r in broken_refs
	object.get(r, "file", "") == object.get(resp, "file", "")
	startswith(r.pointer, resp.pointer)
}
