# METADATA
# title: Operation documents no success response
# description: >-
#   The operation documents no `1xx`, `2xx` or `3xx` response and no `default` response: only errors.
#   What a successful call returns, and therefore what data may leave the API, is undocumented and
#   cannot be reviewed or validated.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: missing-success-response
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1059]
#   remediation: >-
#     Document the success response of every operation (`200`, `201`, `204`, …) with its body schema.
package oasguard.rules.config.missing_success_response

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	not success(op)
	msg := sprintf("%s documents no success response", [lib.operation_label(op)])
}

success(op) if {
	some r in op.responses
	substring(r.status, 0, 1) in {"1", "2", "3"}
}

success(op) if lib.config_has_default(op)
