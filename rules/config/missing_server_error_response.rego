# METADATA
# title: Operation documents no server-error or default response
# description: >-
#   The operation documents no `5xx` response (no `500`, `503`, `5XX`) and no `default` response.
#   What a client receives when the implementation fails is undefined, and undocumented error bodies
#   are where stack traces and internal details tend to leak.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/209.html
# custom:
#   id: missing-server-error-response
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [209]
#   remediation: >-
#     Document a `default` error response (or `500`/`5XX`) with a generic error schema, shared by all
#     operations through `components/responses`.
package oasguard.rules.config.missing_server_error_response

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	not lib.has_status_class(op, "5")
	not lib.config_has_default(op)
	msg := sprintf("%s documents no 5xx or default response", [lib.operation_label(op)])
}
