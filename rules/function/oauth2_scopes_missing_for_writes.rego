# METADATA
# title: OAuth scheme without meaningful scopes protects write operations
# description: >-
#   An OAuth 2.0 scheme declares no scopes, or only placeholders (`scope1`, `default`, `all`, `*`), while
#   operations that create, change or delete data use it. Every token then grants every function: a token
#   issued to a read-only integration can delete, and function-level authorization has nothing to check.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
#   - https://www.rfc-editor.org/rfc/rfc6749#section-3.3
#   - https://cwe.mitre.org/data/definitions/285.html
# custom:
#   id: oauth2-scopes-missing-for-writes
#   severity: medium
#   ruleset: recommended
#   owasp: [API5:2023]
#   cwe: [285]
#   remediation: >-
#     Declare scopes that separate reading from writing and administration (`orders:read`,
#     `orders:write`), require the write scopes on the operations that change data, and check them on the
#     server.
package oasguard.rules.function.oauth2_scopes_missing_for_writes

import data.oasguard.lib

findings contains {"pointer": where, "file": object.get(f, "file", ""), "message": msg} if {
	some name, s in input.security_schemes
	s.type == "oauth2"
	f := s.flows[0]
	scopes := lib.auth_declared_scopes(s)
	placeholders_only(scopes)
	writes := [op | some op in lib.auth_operations; lib.is_write(op); uses(op, name)]
	count(writes) > 0
	where := scopes_pointer(f, scopes)
	msg := sprintf("OAuth scheme %q %s, yet %d write operation(s) use it (e.g. %s): tokens cannot be limited to some functions", [name, describe(scopes), count(writes), lib.operation_label(writes[0])])
}

placeholders_only(scopes) if count(scopes) == 0

placeholders_only(scopes) if {
	count(scopes) > 0
	every sc in scopes {
		lib.sem_placeholder_scope(sc)
	}
}

describe(scopes) := "declares no scopes" if count(scopes) == 0

else := sprintf("declares only placeholder scopes (%s)", [concat(", ", sort(scopes))])

scopes_pointer(f, scopes) := concat("/", [f.pointer, "scopes"]) if count(scopes) > 0

else := f.pointer

uses(op, name) if {
	some r in op.security.requirements
	some e in r.schemes
	e.name == name
}
