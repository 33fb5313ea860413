# METADATA
# title: Nested object identifiers (ownership chain)
# description: >-
#   The path names two or more objects by identifier, such as /users/{userId}/orders/{orderId}. Each
#   operation on it must check both that the caller may act for the outer object and that the inner
#   object really belongs to it; a server that only checks one of them lets callers swap identifiers
#   (IDOR). This lists the paths a reviewer or a BOLA test should cover.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
#   - https://cwe.mitre.org/data/definitions/639.html
# custom:
#   id: ownership-chain
#   severity: info
#   ruleset: all
#   owasp: [API1:2023]
#   cwe: [639]
#   remediation: >-
#     Check at every level that the inner object belongs to the outer one and that the caller may
#     access the outer one; prefer deriving the owner from the credentials (/me/orders/{orderId}) over
#     taking it from the URL.
package oasguard.rules.bola.ownership_chain

import data.oasguard.lib

findings contains lib.finding(item, msg) if {
	some item in input.paths
	count(item.methods) > 0
	params := lib.data_object_params(item.path)
	count(params) >= 2
	names := concat(", ", [sprintf("{%s}", [pp.name]) | some pp in params])
	msg := sprintf("%s chains object identifiers %s: each must be checked against the caller and its parent", [item.path, names])
}
