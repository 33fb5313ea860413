# METADATA
# title: Callback URL taken from the request
# description: >-
#   A callback's URL is a runtime expression that reads the client's request
#   (`{$request.body#/callbackUrl}`, `{$request.query.url}`), and the value it reads has no `enum`,
#   `const` or `pattern`. The server will send requests to whatever address the client supplies:
#   internal services, cloud metadata endpoints or third parties (SSRF), with the server's network
#   position and possibly its credentials.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa7-server-side-request-forgery/
#   - https://spec.openapis.org/oas/v3.1.0#callback-object
# custom:
#   id: callback-url-from-request
#   severity: medium
#   ruleset: recommended
#   owasp: [API7:2023, API10:2023]
#   cwe: [918]
#   remediation: >-
#     Validate callback URLs on registration against an allow-list of schemes and hosts (document it
#     with a `pattern`), resolve and block private addresses, and sign callback requests.
package oasguard.rules.ssrf.callback_url_from_request

import data.oasguard.lib

parents := {key(op): op | some op in input.operations}

key(op) := concat("#", [object.get(op, "file", ""), op.pointer])

findings contains lib.finding(cb, msg) if {
	some cb in input.callbacks
	some expr in regex.find_n(`\{\$request\.[^}]*\}`, cb.path, -1)
	parent := object.get(parents, concat("#", [object.get(cb, "file", ""), cb.parent]), {})
	not source_allow_listed(parent, expr)
	msg := sprintf("callback %s sends requests to %s, a URL chosen by the client", [lib.operation_label(cb), expr])
}

# source_allow_listed: the body property or parameter the expression reads
# is limited by enum, const or pattern.
source_allow_listed(parent, expr) if {
	[_, ptr] := regex.find_all_string_submatch_n(`^\{\$request\.body#/([^/}]+)`, expr, 1)[0]
	name := lib.unescape(ptr)
	some p in lib.data_request_properties(parent)
	p.name == name
	lib.data_allow_listed(lib.data_prop_schema(p))
}

source_allow_listed(parent, expr) if {
	[_, where, name] := regex.find_all_string_submatch_n(`^\{\$request\.(query|header|path)\.([^}]+)\}`, expr, 1)[0]
	some p in parent.parameters
	p.in == where
	lower(p.name) == lower(name)
	lib.data_allow_listed(lib.data_schema_of(p.schema))
}
