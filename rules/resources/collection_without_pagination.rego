# METADATA
# title: Collection GET without pagination
# description: >-
#   A GET operation returns a list (a top-level array, or an envelope such as `{data: […]}`) without
#   `maxItems`, and takes no pagination parameter (limit, page, offset, cursor, `Range`…). Every
#   call returns the whole collection, whose size grows with the data: responses, memory and
#   database load are unbounded. When no operation of the API takes a pagination parameter, the fix
#   is one design decision: one finding at the document root lists the operations as occurrences.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: collection-without-pagination
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: >-
#     Add pagination parameters (`limit` with a `maximum`, plus `cursor`, `page` or `offset`) or
#     document a fixed `maxItems` on the returned array.
package oasguard.rules.resources.collection_without_pagination

import data.oasguard.lib

findings contains lib.finding_at_fix(op, msg, fix, fix_msg) if {
	some op in input.operations
	op.method == "get"
	some sid in success_schemas(op)
	unbounded_list(input.schemas[sid])
	not paginated(op)
	fix := fix_node(op)
	msg := sprintf("%s returns a list without maxItems and takes no pagination parameter", [lib.operation_label(op)])
	fix_msg := "the API paginates none of its lists: no operation takes a pagination parameter, and list responses have no maxItems"
}

# fix_node is the document root when no operation of the API is paginated
# (one design decision to make), else the operation.
fix_node(op) := lib.root if {
	not some_paginated
} else := op

some_paginated if {
	some o in input.operations
	paginated(o)
}

success_schemas(op) := {m.schema |
	some r in op.responses
	startswith(r.status, "2")
	some m in r.content
	m.schema != null
}

unbounded_list(s) if {
	s.type == "array"
	not lib.resources_has_keyword(s, "maxItems")
}

unbounded_list(s) if {
	s.type == "object"
	some p in s.properties
	regex.match(`^(?i)(items|data|results|records|values|content|entries|elements|list|hits|rows|objects|resources)$`, p.name)
	inner := input.schemas[p.schema]
	inner.type == "array"
	not lib.resources_has_keyword(inner, "maxItems")
}

paginated(op) if {
	some p in op.parameters
	p.in in {"query", "header"}
	pagination_parameter(p.name)
}

pagination_parameter(name) if lib.resources_pagination_name(name)

pagination_parameter(name) if regex.match(
	`^(?i)(\$?skip|page|page_?number|page_?num|page_?index|p|offset|start|start_?index|from|cursor|after|before|since|since_?id|max_?id|until|next|next_?token|page_?token|continuation(_?token)?|marker|starting_?after|ending_?before|range|page\[.+\]|x-page.*|x-continuation)$`,
	name,
)
