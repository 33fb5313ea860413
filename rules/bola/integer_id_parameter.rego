# METADATA
# title: Identifier parameter is a sequential integer
# description: >-
#   A path or query parameter named like an identifier (id, userId, order_id) is typed `integer`.
#   Integer identifiers are usually sequential, so a caller can enumerate other users' objects by
#   counting; any gap in object-level authorization then becomes a data breach (BOLA). A component
#   parameter reused by many operations is reported once, where it is written.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
#   - https://cwe.mitre.org/data/definitions/639.html
# custom:
#   id: integer-id-parameter
#   severity: low
#   ruleset: all
#   owasp: [API1:2023]
#   cwe: [639]
#   remediation: >-
#     Use random, non-guessable identifiers (UUID v4, ULID) in URLs, and check on every request that
#     the caller may access the object.
package oasguard.rules.bola.integer_id_parameter

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	p.in in {"path", "query"}
	lib.data_id_name(p.name)
	lib.data_schema_of(p.schema).type == "integer"
	msg := sprintf("%s parameter %q is an integer identifier: sequential ids let callers enumerate objects", [p.in, p.name])
}
