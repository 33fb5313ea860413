# METADATA
# title: Input uses an unknown format
# description: >-
#   A client-sent value declares a `format` that is neither defined by OpenAPI or JSON Schema nor
#   listed in the OpenAPI Format Registry (e.g. `url`, `phone`, `int`). Validators ignore unknown
#   formats, so the value is not checked at all although the contract suggests it is. A format that
#   merely repeats a type name (`format: string`) promises nothing and is not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/registry/format/
# custom:
#   id: format-unknown
#   severity: info
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [20]
#   remediation: >-
#     Use a standard format (`uri`, `int32`, `date-time`…), or describe the value with a `pattern` and
#     `maxLength` that your validator enforces.
package oasguard.rules.resources.format_unknown

import data.oasguard.lib

known := {
	"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float", "double",
	"decimal", "decimal128", "double-int", "byte", "binary", "base64url", "char", "date",
	"date-time", "time", "duration", "password", "email", "idn-email", "hostname", "idn-hostname",
	"ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "json-pointer",
	"relative-json-pointer", "regex", "uuid", "commonmark", "html", "http-date", "media-range",
	"sf-binary", "sf-boolean", "sf-decimal", "sf-integer", "sf-string", "sf-token", "unixtime",
}

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "format")
	s := input.schemas[id]
	s.format != ""
	s.type in {"string", "integer", "number"}
	lib.resources_input_schema(s)
	not known[lower(s.format)]
	not lower(s.format) in {"string", "integer", "number", "boolean", "array", "object"}
	msg := sprintf("format %q is not a known %s format: validators ignore it and do not check the value", [s.format, s.type])
}
