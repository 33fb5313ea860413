# METADATA
# title: Component is never used
# description: >-
#   A named component (schema, parameter, response, request body, header, example, link, callback or
#   path item) is defined but nothing references it. Unused definitions are leftovers of removed or
#   planned endpoints: they describe surface nobody reviews, and reviewers cannot tell whether an
#   implementation still serves them. Documents without any operation (component libraries) are not
#   checked. Unused security schemes are covered by `security-scheme-unused`.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: unused-component
#   severity: info
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1164]
#   remediation: >-
#     Remove the component, or reference it where it is meant to be used.
package oasguard.rules.inventory.unused_component

import data.oasguard.lib

findings contains lib.finding(c, msg) if {
	count(lib.config_all_operations) > 0
	some c in input.components
	c.used == false
	not c.kind in {"securitySchemes", "securityDefinitions"}
	msg := sprintf("%s %q is defined but never referenced", [label(c.kind), c.name])
}

labels := {
	"schemas": "schema", "definitions": "schema", "parameters": "parameter", "responses": "response",
	"requestBodies": "request body", "headers": "header", "examples": "example", "links": "link",
	"callbacks": "callback", "pathItems": "path item", "mediaTypes": "media type",
}

label(kind) := object.get(labels, kind, kind)
