# METADATA
# title: Operation opts out of authentication without saying why
# description: >-
#   An operation sets `security: []` and so is public, but nothing in the document says that this is
#   intended: no `x-oasguard-ignore` reason for `operation-without-security`, no public marker such as
#   `x-public: true`, and no description saying it is public. Undocumented opt-outs are how endpoints end
#   up public by accident and stay so through reviews. A root `security: []` that opts the whole
#   document out is reported once, at the root. The opt-out itself is a decision, not a weakness: this
#   rule is low, and operation-without-security does not report explicit opt-outs.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: security-opt-out-unexplained
#   severity: low
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [306]
#   remediation: >-
#     State why the operation is public with `x-oasguard-ignore: {operation-without-security: "reason"}`
#     (this also records the decision for reviewers), or add the security requirement it is missing.
package oasguard.rules.auth.security_opt_out_unexplained

import data.oasguard.lib

findings contains lib.finding(op.security, msg) if {
	some op in lib.auth_operations
	op.security.source == "operation"
	op.security.explicit_empty
	not explained(op)
	msg := sprintf("%s opts out of authentication with security: [] and does not say why", [lib.operation_label(op)])
}

findings contains lib.finding(input.security, msg) if {
	input.security.source == "root"
	input.security.explicit_empty
	count(lib.auth_operations) > 0
	not root_explained
	msg := "the document opts every operation out of authentication with a root security: [] and does not say why"
}

root_explained if ignored(object.get(input.document, "x-oasguard-ignore", {}))

root_explained if {
	some k, v in input.document
	markers[lower(k)]
	v != false
}

root_explained if regex.match(public_words, object.get(input.document, ["info", "description"], ""))

# markers are extensions other tools use to mark intentionally public operations.
markers := {"x-public", "x-no-auth", "x-no-authentication", "x-42c-no-authentication", "x-anonymous", "x-unauthenticated"}

explained(op) if ignored(object.get(op.extensions, "x-oasguard-ignore", {}))

explained(op) if ignored(object.get(input.document, ["paths", op.path, "x-oasguard-ignore"], {}))

explained(op) if {
	some k, v in op.extensions
	markers[lower(k)]
	v != false
}

explained(op) if regex.match(public_words, concat(" ", [op.summary, op.description]))

# public_words say that something is public on purpose.
public_words := `(?i)\b(public(ly)?|no auth(entication)?|unauthenticated|anonymous(ly)?|without (authentication|credentials|a token|login))\b`

ignored(m) if {
	is_object(m)
	some k in ["operation-without-security", "security-opt-out-unexplained", "*"]
	trim_space(object.get(m, k, "")) != ""
}
