# METADATA
# title: Path template variable without a path parameter
# description: >-
#   The path template contains `{name}` but the operation declares no path parameter with that name
#   (neither on the operation nor on the path item). The segment has no schema, so nothing constrains
#   it, and generated clients and servers disagree on how to fill or route it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.1.0#path-templating
# custom:
#   id: path-template-parameter-undeclared
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068, 20]
#   remediation: >-
#     Declare the parameter (`in: path`, `required: true`, with a constrained schema) on the path item
#     or on each operation.
package oasguard.rules.hygiene.path_template_parameter_undeclared

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	missing := lib.resources_template_names(op.path) - lib.resources_path_params(op)
	some name in missing
	msg := sprintf("%s: {%s} in the path has no matching path parameter", [lib.operation_label(op), name])
}
