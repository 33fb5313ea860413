# METADATA
# title: Keywords beside $ref are ignored
# description: >-
#   An object holds `$ref` together with other keywords that the document's version ignores: in
#   Swagger 2.0 and OpenAPI 3.0 everything beside `$ref` is ignored, and in 3.1+ only schemas apply
#   their siblings (a Reference Object keeps just `summary` and `description`). Constraints written
#   there (`readOnly`, `maxLength`, `nullable`, `required`…) silently do not apply, or apply in some
#   tools and not in others. Documentation siblings (`description`, `title`, `example`, `x-…`) and
#   `type` (which usually restates the target's) are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.0.3#reference-object
#   - https://spec.openapis.org/oas/v3.1.0#reference-object
# custom:
#   id: ref-sibling-ignored
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068]
#   remediation: >-
#     Move the keywords into the referenced object, or (2.0/3.0 schemas) wrap the reference:
#     `allOf: [{$ref: ...}]` next to the extra keywords.
package oasguard.rules.hygiene.ref_sibling_ignored

import data.oasguard.lib

findings contains lib.finding(r, msg) if {
	some r in input.refs
	ignored := [k | some k in r.siblings; not documentation(k)]
	count(ignored) > 0
	not siblings_apply(r)
	msg := sprintf("%s beside $ref %s ignored in OpenAPI %s: %s", [concat(", ", ignored), verb(ignored), input.oas, reason])
}

reason := "only summary and description may accompany a reference outside schemas" if input.oas in {"3.1", "3.2"}

else := "a $ref replaces the whole object"

verb(ks) := "is" if count(ks) == 1

else := "are"

# Documentation, and a `type` that restates the target's, lose nothing when ignored.
documentation(k) if k in {"description", "summary", "title", "example", "examples", "$comment", "externalDocs", "type"}

documentation(k) if startswith(k, "x-")

# In 3.1+ a schema applies $ref alongside its other keywords.
siblings_apply(r) if {
	input.oas in {"3.1", "3.2"}
	schema_position(r.pointer)
}

schema_position(ptr) if {
	toks := split(ptr, "/")
	toks[count(toks) - 2] in {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
}

schema_position(ptr) if {
	toks := split(ptr, "/")
	toks[count(toks) - 1] in {
		"schema", "items", "additionalProperties", "not", "if", "then", "else", "contains",
		"propertyNames", "unevaluatedProperties", "unevaluatedItems", "contentSchema",
	}
}

schema_position(ptr) if {
	toks := split(ptr, "/")
	toks[count(toks) - 2] in {"allOf", "oneOf", "anyOf", "prefixItems"}
}

schema_position(ptr) if regex.match(`^/components/schemas/[^/]+$`, ptr)
