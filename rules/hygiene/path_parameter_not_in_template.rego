# METADATA
# title: Path parameter not in the path template
# description: >-
#   A parameter declared `in: path` has no `{name}` in the path template. It can never be sent, so
#   the constraints written on it protect nothing; usually the template and the parameter name have
#   drifted apart (`{id}` vs `userId`) and the real segment is unvalidated.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.1.0#path-templating
# custom:
#   id: path-parameter-not-in-template
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068]
#   remediation: Rename the parameter or the template variable so that they match, or remove the parameter.
package oasguard.rules.hygiene.path_parameter_not_in_template

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some op in input.operations
	names := lib.resources_template_names(op.path)
	some p in op.parameters
	p.in == "path"
	not names[p.name]
	msg := sprintf("path parameter %q does not appear in the path template %s", [p.name, op.path])
}
