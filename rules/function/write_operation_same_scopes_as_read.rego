# METADATA
# title: State-changing operation requires the same scopes as reading the resource
# description: >-
#   A POST, PUT, PATCH or DELETE operation has exactly the same security requirements, scopes included, as
#   the GET operation on the same path. Any client allowed to read the resource may therefore also change
#   or delete it; the scopes do not separate read from write access. Only reported when the scheme declares
#   several scopes (so finer ones were available), and not for POST operations named as reads.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: write-operation-same-scopes-as-read
#   severity: low
#   ruleset: recommended
#   owasp: [API5:2023]
#   cwe: [285]
#   remediation: >-
#     Give write operations their own scope (for example `pets:read` for GET, `pets:write` for POST/PUT/PATCH,
#     `pets:delete` or an admin scope for DELETE).
package oasguard.rules.function.write_operation_same_scopes_as_read

import data.oasguard.lib

# read_signature maps each path to the security signature of its GET operation,
# when that operation is authenticated and asks for scopes (a comprehension:
# computed once, then looked up per operation).
read_signature := {op.path: lib.auth_signature(op.security) |
	some op in lib.auth_operations
	op.method == "get"
	not op.security.anonymous
	lib.auth_has_scopes(op.security)
}

findings contains lib.finding(op, msg) if {
	some op in lib.auth_operations
	lib.is_write(op)
	not lib.auth_read_like_post(op)
	fine_grained(op)
	sig := lib.auth_signature(op.security)
	read_signature[op.path] == sig
	not read_scope_alternative(op)
	msg := sprintf("%s requires the same scopes as GET %s (%s): read access implies write access", [lib.operation_label(op), op.path, sig])
}

# fine_grained is true when one of the operation's OAuth schemes declares
# more than one scope: the API could have separated read from write. APIs with
# a single scope (e.g. Azure's user_impersonation) authorize on the server.
fine_grained(op) if {
	some r in op.security.requirements
	some e in r.schemes
	count(lib.auth_declared_scopes(object.get(input.security_schemes, e.name, {"flows": []}))) > 1
}

# read_scope_alternative leaves operations that accept read-only scopes to
# write-operation-read-scope, which reports them with a higher severity.
read_scope_alternative(op) if {
	some r in op.security.requirements
	lib.auth_read_only_alt(r)
}
