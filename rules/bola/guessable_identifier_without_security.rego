# METADATA
# title: Guessable user or account identifier in an API without authentication
# description: >-
#   The document declares no security scheme at all, and an operation selects a user, account, customer
#   or similar principal by an identifier that can be guessed or enumerated: a sequential integer, a
#   username, an e-mail address, a slug or a name, in the path or the query. Nothing tells the server who is calling, so it cannot check that the
#   object belongs to them: counting through the identifiers reads or changes every object.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
#   - https://cwe.mitre.org/data/definitions/639.html
# custom:
#   id: guessable-identifier-without-security
#   severity: medium
#   ruleset: recommended
#   owasp: [API1:2023]
#   cwe: [639, 306]
#   remediation: >-
#     Authenticate the API and check on every request that the caller may access the selected object. Prefer
#     random identifiers (UUIDs) for objects that are not public. If the data is public on purpose, say so
#     and suppress the finding.
package oasguard.rules.bola.guessable_identifier_without_security

import data.oasguard.lib

# One finding per identifier name, resource and kind, where it is first
# written: the same {userId} in ten operations is one weakness.
findings contains lib.finding(first, msg) if {
	count(input.security_schemes) == 0
	some key, ids in guessable
	first := sort_by_pointer(ids)[0]
	msg := sprintf("%s selects %q objects by a guessable %s and the API declares no authentication: anyone can enumerate them", [lib.sem_identifier_label(first), first.resource, first.kind])
}

guessable[key] contains id if {
	some [_, s] in lib.sem_operations
	not s.caller_is_owner
	some id in s.identifiers
	id.guessable
	id.principal
	id.in in {"path", "query"}
	key := concat("|", [id.in, id.name, id.resource, id.kind])
}

sort_by_pointer(ids) := [id |
	some p in sort({x.pointer | some x in ids})
	some id in ids
	id.pointer == p
]
