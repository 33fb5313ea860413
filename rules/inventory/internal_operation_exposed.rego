# METADATA
# title: Internal operation in the published document
# description: >-
#   An operation is marked as internal (`x-internal: true`, `x-private: true`, `x-visibility:
#   internal`/`private`, or a tag named `internal`/`private`, or a tag declared with
#   `x-internal: true`) but is part of the document. If the document is published, or serves a
#   public gateway, the internal operation is advertised to everyone, often with weaker protection.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: internal-operation-exposed
#   severity: low
#   ruleset: recommended
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Publish internal operations in a separate, internal document (or strip `x-internal` operations
#     when publishing), and expose them only through internal gateways.
package oasguard.rules.inventory.internal_operation_exposed

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	reason := reason_of(op)
	msg := sprintf("%s is marked internal (%s) but is part of the document", [lib.operation_label(op), reason])
}

# reason_of names the first marker that makes the operation internal, so
# that each operation is reported once.
reason_of(op) := "x-internal: true" if {
	op.extensions["x-internal"] == true
} else := "x-private: true" if {
	op.extensions["x-private"] == true
} else := sprintf("x-visibility: %s", [v]) if {
	v := op.extensions["x-visibility"]
	lower(v) in {"internal", "private"}
} else := sprintf("tag %q", [ts[0]]) if {
	ts := [t | some t in op.tags; internal_tag(t)]
	count(ts) > 0
}

internal_tag(t) if lower(t) in {"internal", "private"}

internal_tag(t) if internal_tags[t]

# internal_tags are the document's tags declared with x-internal: true.
internal_tags := {tag.name |
	some tag in object.get(input.document, "tags", [])
	object.get(tag, "x-internal", false) == true
}
