# METADATA
# title: Server-owned property writable in a shared request/response schema
# description: >-
#   A property that the server assigns (id, createdAt, updated_at, createdBy, deletedAt, …) belongs to
#   a schema that is used both in requests and in responses, and it is not `readOnly`. The schema then
#   tells clients, code generators and validators that the client may set it: a client can overwrite
#   identifiers or audit timestamps if the server binds the body onto its model. Request-only schemas
#   are not reported (there an `id` usually references another object).
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html
# custom:
#   id: server-owned-property-writable
#   severity: low
#   ruleset: all
#   owasp: [API3:2023]
#   cwe: [915]
#   remediation: >-
#     Mark server-assigned properties `readOnly: true`, or split the schema into a request schema
#     without them and a response schema with them.
package oasguard.rules.exposure.server_owned_property_writable

import data.oasguard.lib

server_owned_names := {
	"id", "createdat", "created", "createdon", "createddate", "creationdate", "creationtime",
	"createdtime", "createtime", "updatedat", "updated", "updatedon", "updateddate", "updatetime",
	"modifiedat", "modified", "modifiedon", "lastmodified", "lastmodifiedat", "lastupdated",
	"lastupdatedat", "deletedat", "createdby", "updatedby", "modifiedby", "deletedby",
}

findings contains lib.finding(p, msg) if {
	some name in lib.data_property_names
	server_owned_names[lib.data_joined(name)]
	some [s, p] in lib.data_declarations(name)
	s.in_request
	s.in_response
	not p.read_only
	msg := sprintf("property %q is assigned by the server but is writable: the schema is used in requests and responses and the property is not readOnly", [p.name])
}
