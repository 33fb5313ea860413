# METADATA
# title: Request body repeats the path identifier
# description: >-
#   A PUT or PATCH operation addresses an object by a path parameter (/users/{userId}) and its request
#   body also has a writable property for that identifier (userId, or id for the object the path ends
#   with). When the two differ, servers that update the object named in the body instead of the one in
#   the path let callers swap references and modify objects they were never authorized for. A property
#   that is `readOnly`, or whose description says the server sets it ("[Output Only]", "read-only"),
#   is not writable and is not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
#   - https://cwe.mitre.org/data/definitions/639.html
# custom:
#   id: body-id-overrides-path
#   severity: low
#   ruleset: recommended
#   owasp: [API1:2023]
#   cwe: [639, 915]
#   remediation: >-
#     Take the identifier from the path only: remove it from the request schema or mark it `readOnly`,
#     and reject bodies whose identifier differs from the path.
package oasguard.rules.bola.body_id_overrides_path

import data.oasguard.lib

findings contains lib.finding(op.request_body, msg) if {
	some op in input.operations
	op.method in {"put", "patch"}
	op.request_body != null
	params := lib.data_object_params(op.path)
	count(params) > 0
	last := params[count(params) - 1]
	some sid in lib.request_schemas(op)
	some p in lib.data_schema_of(sid).properties
	not p.read_only
	not lib.data_prose_read_only(lib.data_prop_description(p))
	some pp in params
	duplicates(p.name, pp, last, op.path)
	msg := sprintf("%s: body property %q can name another object than path parameter {%s}", [lib.operation_label(op), p.name, pp.name])
}

duplicates(prop, pp, _, _) if lib.data_joined(prop) == lib.data_joined(pp.name)

# "id" in the body is the object the path ends with.
duplicates(prop, pp, last, path) if {
	lib.data_joined(prop) == "id"
	pp == last
	endswith(path, sprintf("{%s}", [pp.name]))
}
