# METADATA
# title: Request property without a type
# description: >-
#   A property of a request body has a schema that constrains nothing: no `type`, no properties, items,
#   enum, pattern or composition, only annotations. Any JSON value passes validation, so generated servers
#   and gateways accept objects, arrays or huge strings where the handler expects a scalar, which feeds
#   injection, mass assignment and type confusion.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/20.html
# custom:
#   id: untyped-request-property
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [20]
#   remediation: >-
#     Give the property a `type` and the constraints that go with it (`maxLength`, `enum`, `format`,
#     `maximum`), or a `$ref` to a schema that has them.
package oasguard.rules.resources.untyped_request_property

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some id in lib.schema_ids("use", "request")
	s := input.schemas[id]
	some p in lib.data_own_properties(s)
	not p.read_only
	ps := lib.data_prop_schema(p)
	ps != {}
	lib.data_empty_schema(ps)
	msg := sprintf("request property %q has no type: any JSON value is accepted", [p.name])
}
