# Helpers for the authentication (API2) and function-level authorization
# (API5) rules. Every name starts with auth_ so that it never collides with
# another area's helpers.
package oasguard.lib

# auth_operations are the path operations (webhooks and callbacks excluded).
auth_operations := operations

# auth_all_operations are path operations, webhooks and callbacks.
auth_all_operations := array.concat(
	array.concat(auth_operations, webhooks),
	callbacks,
)

# auth_written_securities are the `security` arrays as written: the root one
# and those of every operation, webhook or callback that declares its own. A
# requirement inherited by many operations appears once.
auth_written_securities contains input.security if input.security.source == "root"

auth_written_securities contains op.security if {
	some op in auth_all_operations
	op.security.source == "operation"
}

# auth_written_requirements are the requirement objects (alternatives) as
# written, each once.
auth_written_requirements contains r if {
	some sec in auth_written_securities
	some r in sec.requirements
}

# auth_written_entries are the scheme entries of every written requirement,
# each once, with the requirement's file when the entry carries none.
auth_written_entries contains object.union({"file": object.get(r, "file", "")}, e) if {
	some r in auth_written_requirements
	some e in r.schemes
}

# auth_scoped_types are the scheme types whose requirement lists OAuth scopes.
auth_scoped_types := {"oauth2", "openIdConnect"}

# auth_alt_signature renders one alternative as text: sorted scheme names with
# their sorted scopes, e.g. "key[]&oauth[pets:read,pets:write]".
auth_alt_signature(r) := concat("&", sort([sprintf("%s[%s]", [e.name, concat(",", sort(e.scopes))]) | some e in r.schemes]))

# auth_signature renders an effective Security as text, alternatives sorted,
# so that two operations with the same requirements get the same signature.
auth_signature(sec) := concat(" | ", sort({auth_alt_signature(r) | some r in sec.requirements}))

# auth_admin_segments are path segments that mark administrative functions.
auth_admin_segments := {
	"admin", "admins", "administration", "administrator", "internal",
	"manage", "management", "ops", "backoffice", "back-office", "superuser",
}

# auth_admin_path is true when a path has an administrative segment.
auth_admin_path(path) if {
	some seg in split(lower(path), "/")
	auth_admin_segments[seg]
}

# auth_loopback_url is true for URLs whose host is the local machine.
auth_loopback_url(u) if regex.match(`^(?i)[a-z][a-z0-9+.-]*://(localhost|127(\.[0-9]+){3}|\[::1\])(:[0-9]+)?([/?#]|$)`, u)

# auth_scheme_label describes a security scheme for messages.
auth_scheme_label(s) := sprintf("security scheme %q", [s.name])

# auth_url_fields maps the normalized URL fields of an OAuth flow to the key
# they are written under.
auth_url_fields := {
	"authorization_url": "authorizationUrl",
	"token_url": "tokenUrl",
	"refresh_url": "refreshUrl",
	"device_authorization_url": "deviceAuthorizationUrl",
}

# auth_scheme_urls are the non-empty URLs of the security schemes (OAuth flow
# URLs and OpenID Connect discovery URLs), each with the element it belongs to
# and the key it is written under.
auth_scheme_urls contains {"scheme": s, "el": f, "key": key, "url": u} if {
	some s in input.security_schemes
	s.type == "oauth2"
	some f in s.flows
	some field, key in auth_url_fields
	u := object.get(f, field, "")
	u != ""
}

auth_scheme_urls contains {"scheme": s, "el": s, "key": "openIdConnectUrl", "url": s.open_id_connect_url} if {
	some s in input.security_schemes
	s.type == "openIdConnect"
	s.open_id_connect_url != ""
}

# auth_url_finding reports on the URL key of an auth_scheme_urls entry.
auth_url_finding(x, msg) := {
	"pointer": concat("/", [x.el.pointer, x.key]),
	"file": object.get(x.el, "file", object.get(x.scheme, "file", "")),
	"message": msg,
}

# auth_path_entries are the scheme entries of the requirements that apply to
# path operations (the root `security` and operation-level ones), each once.
auth_path_entries contains object.union({"file": object.get(r, "file", "")}, e) if {
	some sec in auth_path_securities
	some r in sec.requirements
	some e in r.schemes
}

auth_path_securities contains input.security if input.security.source == "root"

auth_path_securities contains op.security if {
	some op in auth_operations
	op.security.source == "operation"
}

# auth_declared_scopes are the scopes a scheme declares in any of its flows.
auth_declared_scopes(s) := {scope | some f in s.flows; some scope, _ in f.scopes}

# auth_read_scope is true for scope names that grant read access only, e.g.
# "pets:read", "read:pets", "drive.readonly", "user.view".
auth_read_scope(s) if {
	regex.match(`(?i)(^|[:._/-])(read|reads|readonly|read[-_]only|view|viewer|get|list)([:._/-]|$)`, s)
	not regex.match(`(?i)write|manage|admin|modify|edit|delete|create|update|full|all$|\*`, s)
}

# auth_read_only_alt is true when an alternative asks for at least one scope
# and every scope it asks for is a read scope.
auth_read_only_alt(r) if {
	scopes := [s | some e in r.schemes; some s in e.scopes]
	count(scopes) > 0
	every s in scopes {
		auth_read_scope(s)
	}
}

# auth_has_scopes is true when some alternative of a Security asks for a scope.
auth_has_scopes(sec) if {
	some r in sec.requirements
	some e in r.schemes
	count(e.scopes) > 0
}

# auth_read_like_post is true for POST operations that are reads by name:
# custom methods such as `/instances/listInstances`, `/{name}:search` or
# `/testIamPermissions`, common in RPC-style APIs.
auth_read_like_post(op) if {
	op.method == "post"
	segs := [s | some s in split(op.path, "/"); s != ""]
	parts := split(segs[count(segs) - 1], ":")
	regex.match(`^(?i:list|get|search|query|find|lookup|preview|test|validate|check|count|fetch|retrieve|describe|batchget|aggregated)([A-Z_.-]|$)`, parts[count(parts) - 1])
}

# auth_unsecured_document is true when no path operation has any security
# requirement and the root declares none: the API documents no
# authentication at all, one cause with one fix (a root `security`).
auth_unsecured_document if {
	count(auth_operations) > 0
	every op in auth_operations {
		op.security.source == "none"
	}
}

# auth_anonymous_fix is the node whose change makes an anonymous operation
# require authentication: the document root when nothing is secured, the
# root `security` an operation inherits (its empty alternative `{}`), else
# the operation itself.
auth_anonymous_fix(op) := root if {
	op.security.source == "none"
	auth_unsecured_document
} else := op.security if {
	op.security.source == "root"
} else := op

# auth_anonymous_by_decision is true when the operation opts out of
# authentication explicitly, with `security: []` written on the operation or
# at the root: a decision, which security-opt-out-unexplained reports when
# nothing explains it.
auth_anonymous_by_decision(op) if op.security.explicit_empty
