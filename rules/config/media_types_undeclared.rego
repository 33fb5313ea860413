# METADATA
# title: Swagger 2.0 operation does not declare its media types
# description: >-
#   A Swagger 2.0 operation sends a body (a `body` or `formData` parameter) without any `consumes`, or
#   returns a body schema without any `produces`, neither on the operation nor at the root. The
#   accepted and returned content types are then left to framework defaults, so gateways cannot
#   enforce them and parsers for unexpected types (XML, form data) may be reachable.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://swagger.io/specification/v2/#operation-object
# custom:
#   id: media-types-undeclared
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [436]
#   remediation: >-
#     Declare `consumes` and `produces` at the root (or on each operation) with the exact media types
#     the API accepts and returns, for example `[application/json]`.
package oasguard.rules.config.media_types_undeclared

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	input.oas == "2.0"
	some op in input.operations
	raw := input.document.paths[op.path][op.method]
	missing := [k | some k in ["consumes", "produces"]; needs(op, k); not declared(raw, k)]
	count(missing) > 0
	msg := sprintf("%s declares no %s", [lib.operation_label(op), concat(" and no ", missing)])
}

needs(op, "consumes") if op.request_body != null

needs(op, "produces") if {
	some r in op.responses
	count(r.content) > 0
}

declared(raw, k) if is_array(raw[k])

declared(_, k) if is_array(input.document[k])
