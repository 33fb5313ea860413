# METADATA
# title: Error response exposes internal details
# description: >-
#   An error response (`4xx`, `5xx` or `default`) documents a field meant for internal diagnostics:
#   a stack trace, exception class, SQL statement or debug information (for example `stackTrace`,
#   `exception`, `trace`, `sqlQuery`, `debugInfo`). Such fields tell attackers which frameworks,
#   queries and code paths sit behind the API. Fields are found through `$ref`, `allOf` and arrays,
#   up to two levels deep, and a field of a shared schema is reported once.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/209.html
# custom:
#   id: error-schema-exposes-internals
#   severity: medium
#   ruleset: recommended
#   owasp: [API8:2023]
#   cwe: [209, 215]
#   remediation: >-
#     Return a generic error body (for example RFC 9457 problem details with a correlation id) and log
#     stack traces, exceptions and queries on the server only.
package oasguard.rules.config.error_schema_exposes_internals

import data.oasguard.lib

internal_name := `(?i)^(stack|stack_?trace|back_?trace|trace|exception|exception_?(class|type|message|name|stack)|inner_?exception|sql|sql_?(query|statement|state|error)|debug|debug_?(info|message|details|data)|internal_?(error|message|details))$`

findings contains lib.finding(p, msg) if {
	some id in error_schemas
	some p in fields(id)
	regex.match(internal_name, p.name)
	msg := sprintf("error response field %q exposes internal diagnostics", [p.name])
}

error_schemas contains m.schema if {
	some op in input.operations
	some r in op.responses
	lib.config_is_error_status(r.status)
	some m in r.content
	m.schema != null
}

# fields are the properties of a schema (or of its array items), and of
# their object-valued properties one level down.
fields(id) := {p | some p in level(id)} | {q |
	some p in level(id)
	some q in level(p.schema)
}

level(id) := props if {
	s := input.schemas[id]
	own := object.get(s, "properties", [])
	item := object.get(input.schemas, [object.get(s, "items", "")], {})
	props := array.concat(own, object.get(item, "properties", []))
} else := []
