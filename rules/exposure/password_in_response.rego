# METADATA
# title: Password returned in responses
# description: >-
#   A property named like a password (password, new_password, passwordHash, pwd, …) belongs to a schema
#   that responses return, and it is not `writeOnly`. The API then documents that it sends passwords or
#   their hashes back to clients, where they end up in browser memory, logs and caches. The schema is
#   often shared between the request that sets the password and the response that reads the object.
#   Flags and metadata about passwords (has_password, password_policy, password_expires_at) are not
#   reported, nor is a password that an operation issuing credentials returns (GET
#   /instances/{id}/credentials, a generated password), a server-generated `readOnly` password in a
#   credential schema, or a property whose description says it is never returned.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/200.html
# custom:
#   id: password-in-response
#   severity: high
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [200, 256]
#   remediation: >-
#     Never return passwords or password hashes. Mark the property `writeOnly: true` (OpenAPI 3.x) or use
#     separate request and response schemas (Swagger 2.0 has no writeOnly).
package oasguard.rules.exposure.password_in_response

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some name in lib.data_property_names
	lib.data_password_name(name)
	some [s, p] in lib.data_declarations(name)
	s.in_response
	not p.write_only
	not issued(s, p)
	not lib.data_prose_write_only(lib.data_prop_description(p))
	lib.data_prop_type(p) in lib.data_scalar_types
	msg := sprintf("property %q holds a password and is part of a response schema; it is not writeOnly", [p.name])
}

# issued is a password handed out on purpose: returned by an operation that
# issues credentials (GET /instances/{id}/credentials, GetRandomPassword), or
# server-generated (readOnly) in a schema named like a credential or a
# creation result.
issued(s, _) if s.id in lib.data_issued_schemas

issued(s, p) if {
	p.read_only
	lib.data_issued(s)
}
