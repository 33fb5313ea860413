# METADATA
# title: operationId is used more than once
# description: >-
#   Several operations (paths, webhooks or callbacks) share the same `operationId`, which the
#   specification requires to be unique. Gateways, policies, logs and generated clients that key on
#   the id then apply rules, rate limits or authorization meant for one operation to another.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://spec.openapis.org/oas/v3.1.0#operation-object
# custom:
#   id: duplicate-operation-id
#   severity: low
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [694]
#   remediation: >-
#     Give every operation its own `operationId`, for example `<verb><Resource>` (`listOrders`,
#     `getOrder`).
package oasguard.rules.inventory.duplicate_operation_id

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in lib.config_all_operations
	id := op.operation_id
	id != ""
	n := count([1 | some o in lib.config_all_operations; o.operation_id == id])
	n > 1
	msg := sprintf("operationId %q is used by %d operations (%s is one)", [id, n, lib.operation_label(op)])
}
