# METADATA
# title: Path declares no operation
# description: >-
#   A path item lists no HTTP operation (only parameters, servers or a summary). The path is either a
#   leftover of a removed endpoint or an endpoint whose operations were never documented; both leave
#   surface that the implementation may still serve but nobody reviews.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: path-without-operations
#   severity: low
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Document the operations the path serves, or remove the path.
package oasguard.rules.inventory.path_without_operations

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in input.paths
	count(p.methods) == 0
	msg := sprintf("path %s declares no operation", [p.path])
}
