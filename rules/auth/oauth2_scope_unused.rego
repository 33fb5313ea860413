# METADATA
# title: Declared OAuth 2.0 scope is never required
# description: >-
#   An OAuth 2.0 flow declares a scope that no security requirement asks for, while other scopes of the same
#   scheme are used. Either an operation that should require it does not (a missing authorization check),
#   or the scope is stale and clients may request privileges that mean nothing.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
# custom:
#   id: oauth2-scope-unused
#   severity: info
#   ruleset: all
#   owasp: [API5:2023]
#   cwe: [1164]
#   remediation: >-
#     Require the scope on the operations it is meant to protect, or remove it from the flow.
package oasguard.rules.auth.oauth2_scope_unused

import data.oasguard.lib

# used maps scheme names to the scopes some requirement asks for, for the
# schemes asked with scopes.
used := {name: scopes |
	some name in {e.name | some e in lib.auth_written_entries; count(e.scopes) > 0}
	scopes := {scope |
		some e in lib.auth_written_entries
		e.name == name
		some scope in e.scopes
	}
}

findings contains f if {
	some name, s in input.security_schemes
	s.type == "oauth2"
	u := used[name]
	some fl in s.flows
	some scope, _ in fl.scopes
	not u[scope]
	f := {
		"pointer": concat("/", [fl.pointer, "scopes", lib.escape(scope)]),
		"file": object.get(fl, "file", object.get(s, "file", "")),
		"message": sprintf("scope %q of security scheme %q is declared but no security requirement uses it", [scope, name]),
	}
}
