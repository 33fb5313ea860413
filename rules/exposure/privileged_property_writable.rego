# METADATA
# title: Privilege-bearing property writable by clients (mass assignment)
# description: >-
#   A property that grants privileges or value (role, isAdmin, permissions, verified, approved,
#   balance, credits, owner) belongs to a request schema and is not `readOnly`. If the server binds
#   the request body onto its model, any caller can promote themselves, verify their own account or
#   credit their balance. A `role` limited by `enum` or `const` to non-privileged values (such as chat message
#   roles user/assistant/system) is not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html
# custom:
#   id: privileged-property-writable
#   severity: medium
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [915]
#   remediation: >-
#     Mark the property `readOnly: true`, or remove it from request schemas and let the server set it.
#     If an administrative operation really sets it, give that operation its own request schema and
#     scope, and suppress the finding there with a reason.
package oasguard.rules.exposure.privileged_property_writable

import data.oasguard.lib

privileged_names := {
	"admin", "isadmin", "administrator", "isadministrator", "superuser", "issuperuser", "isstaff",
	"isroot", "role", "roles", "userrole", "userroles", "accountrole", "permissions", "privileges",
	"accesslevel", "verified", "isverified", "emailverified", "isemailverified", "phoneverified",
	"approved", "isapproved", "balance", "accountbalance", "credit", "credits", "owner", "ownerid",
	"isowner",
}

# privileged_values are role values that grant more than a regular user has.
privileged_values := `(?i)^(admin|administrator|superuser|super_?admin|root|owner|staff|moderator|manager|sysadmin|system_?admin)$`

findings contains lib.finding(p, msg) if {
	some name in lib.data_property_names
	privileged_names[lib.data_joined(name)]
	some [s, p] in lib.data_declarations(name)
	s.in_request
	not p.read_only
	not harmless_enum(p)
	msg := sprintf("property %q grants privileges and can be written in requests; it is not readOnly", [p.name])
}

# harmless_enum: the values (of the property or of its array items) are
# enumerated and none of them is privileged.
harmless_enum(p) if {
	values := enum_values(lib.data_prop_schema(p))
	count(values) > 0
	not any_privileged(values)
	not open_branch(lib.data_prop_schema(p))
}

# open_branch: a string branch without enum or const lets any value through.
open_branch(ps) if {
	some b in array.concat(object.get(ps, "one_of", []), object.get(ps, "any_of", []))
	s := lib.data_schema_of(b)
	s.type == "string"
	count(allowed(s)) == 0
}

enum_values(ps) := values if {
	values := [v |
		some s in candidates(ps)
		some v in allowed(s)
	]
	count(values) > 0
} else := []

# candidates are the schema, its array items, and their oneOf/anyOf branches
# (3.1 writes nullable enums as anyOf [enum, null]).
candidates(ps) := array.concat(own, [lib.data_schema_of(b) | some s in own; some b in array.concat(object.get(s, "one_of", []), object.get(s, "any_of", []))]) if {
	own := [ps, lib.data_schema_of(object.get(ps, "items", null))]
}

allowed(s) := s.keywords.enum if s.keywords.enum

else := [s.keywords.const] if "const" in object.keys(object.get(s, "keywords", {}))

else := []

any_privileged(values) if {
	some v in values
	is_string(v)
	regex.match(privileged_values, v)
}
