# METADATA
# title: Operation has no operationId
# description: >-
#   The operation has no `operationId`. Without a stable identifier, gateway policies, audit logs,
#   rate limits and security exceptions have to be keyed on method and path, which drift as the API
#   evolves, and the operation is harder to trace across inventories.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: missing-operation-id
#   severity: info
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Give every operation a unique `operationId`, for example `<verb><Resource>` (`listOrders`).
package oasguard.rules.inventory.missing_operation_id

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	op.operation_id == ""
	msg := sprintf("%s has no operationId", [lib.operation_label(op)])
}
