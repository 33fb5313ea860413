# METADATA
# title: Success response body is not described
# description: >-
#   A 2xx response declares a JSON, XML or form body but gives it no schema, an empty schema, or a
#   free-form object. Reviewers and consumers cannot tell which fields the API returns, so excessive
#   data exposure (internal fields, other users' data) cannot be spotted in the specification. This is
#   a review signal.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/213.html
# custom:
#   id: response-body-undocumented
#   severity: info
#   ruleset: all
#   owasp: [API3:2023]
#   cwe: [213]
#   remediation: >-
#     Describe the response with a schema that lists the returned properties, so that what is exposed
#     can be reviewed and tested.
package oasguard.rules.exposure.response_body_undocumented

import data.oasguard.lib

findings contains lib.finding(m, msg) if {
	some op in input.operations
	some r in op.responses
	startswith(r.status, "2")
	some m in r.content
	shape := undocumented(m)
	lib.data_structured_media(m.media_type)
	msg := sprintf("%s response of %s (%s) has %s: the returned data is not described", [r.status, lib.operation_label(op), m.media_type, shape])
}

undocumented(m) := "no schema" if {
	m.schema == null
	input.oas != "2.0"
} else := "an empty schema" if {
	m.schema != null
	lib.data_empty_schema(lib.data_schema_of(m.schema))
} else := "a free-form object schema" if {
	m.schema != null
	lib.data_free_form_object(lib.data_schema_of(m.schema))
}
