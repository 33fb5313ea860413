# METADATA
# title: Body declared on a response that cannot have one
# description: >-
#   A `204 No Content` or `304 Not Modified` response, or a `2xx` response of a `HEAD` operation, declares
#   a body. HTTP forbids a body there, so clients, proxies and caches disagree about where the message
#   ends, and generated code or validators behave unpredictably. A response reused from
#   `components/responses` is reported once.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1
#   - https://cwe.mitre.org/data/definitions/444.html
# custom:
#   id: body-on-bodiless-response
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [444]
#   remediation: >-
#     Remove `content` (Swagger 2.0: `schema`) from 204 and 304 responses and from HEAD operations, or
#     use `200` when a body is returned.
package oasguard.rules.config.body_on_bodiless_response

import data.oasguard.lib

findings contains lib.finding(r, msg) if {
	some op in input.operations
	some r in op.responses
	reason := bodiless(op, r)
	has_body(r)
	msg := sprintf("response %s declares a body, but %s", [r.status, reason])
}

bodiless(op, r) := "a 204 response has no body" if r.status == "204"

else := "a 304 response has no body" if r.status == "304"

else := "successful responses to HEAD have no body" if {
	op.method == "head"
	startswith(r.status, "2")
}

has_body(r) if {
	some m in r.content
	m.schema != null
}
