# METADATA
# title: Schema keyword does not apply to the declared type
# description: >-
#   A schema declares a `type` and uses a keyword that only constrains another type: `maxLength` or
#   `pattern` on an integer, `maximum` on a string, `maxItems` on an object, `maxProperties` on an array.
#   Validators ignore such a keyword, so the limit the author meant to set is not enforced.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://json-schema.org/draft/2020-12/json-schema-validation#section-6
# custom:
#   id: keyword-type-mismatch
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1284]
#   remediation: >-
#     Use the keyword that constrains the declared type (`maximum` for numbers, `maxLength` for strings,
#     `maxItems` for arrays, `maxProperties` for objects), or correct the `type`.
package oasguard.rules.hygiene.keyword_type_mismatch

import data.oasguard.lib

# applies maps each type-specific keyword to the types it constrains.
applies := {
	"minLength": {"string"}, "maxLength": {"string"}, "pattern": {"string"},
	"minimum": {"integer", "number"}, "maximum": {"integer", "number"},
	"exclusiveMinimum": {"integer", "number"}, "exclusiveMaximum": {"integer", "number"},
	"multipleOf": {"integer", "number"},
	"minItems": {"array"}, "maxItems": {"array"}, "uniqueItems": {"array"},
	"minProperties": {"object"}, "maxProperties": {"object"},
}

findings contains lib.finding(lib.locate_key(s, k), msg) if {
	some k, types in applies
	some id in lib.schema_ids("keyword", k)
	s := input.schemas[id]
	_ = s.keywords[k]
	declared := {t | some t in s.types; t != "null"}
	count(declared) > 0
	count(declared & types) == 0
	msg := sprintf("%s applies to %s values but the schema's type is %s: validators ignore it", [k, concat(" or ", sort(types)), concat(" or ", sort(declared))])
}
