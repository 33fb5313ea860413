# METADATA
# title: Object accessed by identifier without authentication
# description: >-
#   An operation addresses one object through a path parameter (/orders/{orderId}) and can be called
#   without credentials: no security requirement applies, `security` is `[]`, or an empty alternative
#   `{}` makes authentication optional. Without knowing the caller the server cannot check that the
#   object belongs to them, so every object is reachable by whoever knows or guesses its identifier.
#   Only documents that define security schemes are checked: when none is defined at all,
#   no-security-schemes reports the document once, and when no operation requires authentication,
#   operation-without-security reports it once at the root. A read that opts out with `security: []` is
#   a public object by decision (security-opt-out-unexplained asks why); a write that does is reported.
#   On its operation this finding replaces operation-without-security's.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
#   - https://cwe.mitre.org/data/definitions/639.html
# custom:
#   id: object-access-without-security
#   severity: high
#   ruleset: recommended
#   supersedes: [operation-without-security]
#   owasp: [API1:2023]
#   cwe: [639, 306]
#   remediation: >-
#     Require authentication on operations that read or change an individual object and check that the
#     caller owns or may access it. If the object is public on purpose, suppress the finding with a
#     reason.
package oasguard.rules.bola.object_access_without_security

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	count(input.security_schemes) > 0
	some i, op in input.operations
	op.security.anonymous
	not public_read_by_decision(op)
	lib.auth_anonymous_fix(op) == op
	labels := selectors(op, i)
	count(labels) > 0
	names := concat(", ", sort(labels))
	msg := sprintf("%s addresses an object by %s and can be called without authentication", [lib.operation_label(op), names])
}

# public_read_by_decision is an operation that reads an object and opts out
# of authentication with `security: []`: a public object, by decision
# (security-opt-out-unexplained asks for the reason). An anonymous write to
# an object is reported even when written so.
public_read_by_decision(op) if {
	lib.auth_anonymous_by_decision(op)
	not lib.is_write(op)
}

# selectors are the inputs that select one object: the object parameters of
# the path template, and the identifiers the semantic layer found in the
# path, query, headers and cookies (a UUID, a username, an account_id).
# Body fields reference objects to create links, and dotted query names are
# search filters: neither is reported here.
selectors(op, i) := {sprintf("{%s}", [pp.name]) | some pp in lib.data_object_params(op.path)} | {lib.sem_identifier_label(id) |
	some id in lib.sem_identifiers(i)
	id.in != "body"
	not contains(id.name, ".")
}
