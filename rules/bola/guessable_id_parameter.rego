# METADATA
# title: Identifier path parameter has no declared format
# description: >-
#   A path parameter named like an identifier is a string without `format` (uuid), `pattern` or
#   `enum`. Readers cannot tell whether identifiers are random or guessable (sequential numbers,
#   user names, slugs), which decides how bad a missing object-level authorization check would be.
#   This is a review signal.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
#   - https://cwe.mitre.org/data/definitions/639.html
# custom:
#   id: guessable-id-parameter
#   severity: info
#   owasp: [API1:2023]
#   cwe: [639]
#   remediation: >-
#     Declare the identifier's shape: `format: uuid` (or a `pattern` for ULIDs and other random ids), so
#     that clients, gateways and reviewers know it is not guessable.
package oasguard.rules.bola.guessable_id_parameter

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some op in input.operations
	some p in op.parameters
	p.in == "path"
	lib.data_id_name(p.name)
	s := lib.data_schema_of(p.schema)
	object.get(s, "type", "") in {"string", ""}
	object.get(s, "format", "") == ""
	not lib.data_allow_listed(s)
	msg := sprintf("path parameter %q is an identifier without format, pattern or enum: its guessability is unknown", [p.name])
}
