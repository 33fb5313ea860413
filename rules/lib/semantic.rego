# Helpers over input.semantic, the semantic layer (docs/rule-input.md):
# identifiers, data classes, operation roles and version families. Every
# name starts with sem_ so that it never collides with another area's helpers.
package oasguard.lib

# sem_operations are [op, sem] pairs: each path operation with what the
# semantic layer concluded about it (input.semantic.operations is parallel
# to input.operations).
sem_operations := [[op, s] |
	some i, op in operations
	s := input.semantic.operations[i]
]

# sem_identifiers(i) are the identifiers of the i-th operation, or [] when
# the input has no semantic view (hand-written inputs).
sem_identifiers(i) := ids if {
	ids := input.semantic.operations[i].identifiers
} else := []

# sem_has_role is true when the semantic operation s has the role.
sem_has_role(s, role) if role in s.roles

# sem_auth_kind is true when s authenticates in the given way (login,
# signup, otp, token, password_reset, password_change, verification).
sem_auth_kind(s, kind) if kind in s.auth_kinds

# sem_data_of(class) are the classified properties and parameters of a class.
sem_data_of(class) := [input.semantic.data[i] | some i in input.semantic.data_index[class]]

# sem_in_labels name the places an identifier can be sent in.
sem_in_labels := {"query": "query parameter", "header": "header", "cookie": "cookie", "body": "body field"}

# sem_identifier_label renders an identifier for messages: {id} for a path
# parameter, `query parameter "owner_id"` otherwise.
sem_identifier_label(id) := sprintf("{%s}", [id.name]) if id.in == "path"

else := sprintf("%s %q", [object.get(sem_in_labels, id.in, id.in), id.name])

# sem_placeholder_scope is true for scope names that grant nothing in
# particular: scope1, default, all, example, *.
sem_placeholder_scope(name) if regex.match(`(?i)^(scope|scopes|example|sample|test|todo|tbd|foo|bar|placeholder|default|all|any|api|access|\*)[0-9_-]*$`, trim_space(name))

# sem_evidence joins the evidence of one conclusion for messages.
sem_evidence(list) := concat("; ", list)

# sem_url_value is true for a string that is an absolute http(s) URL: an
# example or default that shows an input takes a URL whatever its name.
sem_url_value(v) if {
	is_string(v)
	regex.match(`^(?i)https?://[^\s/$.?#][^\s]*$`, v)
}

# sem_url_example is true for a schema whose example, examples or default is a URL.
sem_url_example(s) if sem_url_value(object.get(s.keywords, "example", null))

sem_url_example(s) if sem_url_value(object.get(s.keywords, "default", null))

sem_url_example(s) if {
	some v in object.get(s.keywords, "examples", [])
	sem_url_value(v)
}
