# METADATA
# title: Document breaks the OpenAPI specification
# description: >-
#   The document does not conform to the specification of its version: the official JSON Schema of
#   Swagger 2.0 / OpenAPI 3.x rejects it, or kin-openapi's validation does (unknown or misspelled keys,
#   wrong types, missing required fields, invalid regular expressions). Tools that read the document
#   (gateways, validators, code generators, scanners) may then ignore or misread the security
#   declarations it contains. When both validators object to the same place, the JSON Schema message
#   is kept.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://spec.openapis.org/
#   - https://cwe.mitre.org/data/definitions/1286.html
# custom:
#   id: invalid-openapi-structure
#   severity: medium
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1286]
#   remediation: >-
#     Fix the document so that it validates against the official schema of its OpenAPI version; run
#     the scanner (or any OpenAPI validator) in CI so that invalid documents are not published.
package oasguard.rules.structure.invalid_openapi_structure

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in input.problems
	p.kind == "schema"
	msg := sprintf("invalid %s: %s", [spec_name, p.message])
}

findings contains lib.finding(p, msg) if {
	some p in input.problems
	p.kind == "openapi"
	not schema_located[location(p)]
	not schema_located_below(p)
	not caused_elsewhere(p)
	not v2_conversion_artifact(p)
	msg := sprintf("invalid %s: %s", [spec_name, p.message])
}

schema_located := {location(p) |
	some p in input.problems
	p.kind == "schema"
}

# schema_located_below is true when the official schema already reports a
# problem inside the element kin-openapi complains about (kin says "invalid
# info: extra sibling fields: [logo]" at /info, the schema "unknown property
# logo" at /info/logo): the more precise report is kept.
schema_located_below(p) if {
	p.pointer != ""
	some q in input.problems
	q.kind == "schema"
	object.get(q, "file", "") == object.get(p, "file", "")
	startswith(q.pointer, concat("", [p.pointer, "/"]))
}

# caused_elsewhere is true for kin-openapi's whole-document load failure when
# a parse problem or a broken $ref (reported by their own rules) explains it.
caused_elsewhere(p) if {
	startswith(p.message, "kin-openapi cannot load")
	some q in input.problems
	q.kind == "parse"
}

caused_elsewhere(p) if {
	startswith(p.message, "kin-openapi cannot load")
	some r in input.refs
	r.status != "ok"
	r.status != "cycle"
}

# v2_conversion_artifact is true for kin-openapi complaints about a Swagger
# 2.0 document that only apply to the OpenAPI 3 form it is converted to
# (component name charset, 3.1-only keywords).
v2_conversion_artifact(p) if {
	input.oas == "2.0"
	regex.match(`not supported by OpenAPIv3 standard|is for OpenAPI >=`, p.message)
}

location(p) := concat("#", [object.get(p, "file", ""), p.pointer])

spec_name := "Swagger 2.0" if input.oas == "2.0"

else := sprintf("OpenAPI %s", [input.oas])
