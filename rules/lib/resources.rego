# Helpers for the resource-consumption (API4) and hygiene rules. Every name
# is prefixed with resources_ so that it never collides with another helper.
package oasguard.lib

# resources_input_schema is true for a schema that values sent by a client pass
# through: reached from a request body or a parameter, and not readOnly (a
# readOnly property is ignored in requests).
resources_input_schema(s) if {
	resources_input_reachable[s.id]
	not s.keywords.readOnly == true
}

# resources_input_reachable are the ids of the schemas that clients can send:
# reachable from an operation's request body or parameters without passing
# through a readOnly property or schema (whose whole subtree servers ignore in
# requests).
resources_input_reachable := ids if {
	# The loader has done this walk once (docs/rule-input.md: in_request, in_parameter).
	input.schema_index
	ids := {id | some id in input.schema_index.use.input}
} else := graph.reachable(resources_input_graph, resources_input_roots)

# resources_input_ids(type) are the ids of the input schemas (see
# resources_input_reachable) that declare type: the type index intersected
# with the input ones, so a rule about input strings visits only those.
resources_input_ids(type) := {id | some id in schema_ids("type", type)} & resources_input_reachable

# resources_keyword_ids(key) are the ids of the schemas whose own keyword key
# is set and not false, from the keyword index. A rule about unbounded values
# removes such schemas as a set (resources_input_ids(type) - ...) instead of
# testing each one; it still tests the rest itself.
resources_keyword_ids(key) := {id |
	some id in schema_ids("keyword", key)
	input.schemas[id].keywords[key] != false
}

resources_input_roots := resources_request_body_schemas | {p.schema |
	some p in parameters
	p.schema != null
}

resources_input_graph := {id: resources_input_edges(s) | some id, s in input.schemas}

# The graph is walked here only for inputs built without the loader's index
# (hand-written test inputs).
resources_input_edges(s) := [c |
	some c in resources_children(s)
	not input.schemas[c].keywords.readOnly == true
]

resources_children(s) := array.concat(
	array.concat(
		[p.schema | some p in object.get(s, "properties", []); not p.read_only; p.schema != null],
		[c | some c in [object.get(s, "items", null), object.get(s, "additional_properties_schema", null)]; c != null],
	),
	array.concat(array.concat(object.get(s, "all_of", []), object.get(s, "one_of", [])), object.get(s, "any_of", [])),
)

# resources_allof_branches are the ids of schemas written as an allOf branch.
# Their constraints are checked on the composed schema, which sees the
# keywords of every branch.
resources_allof_branches := {b |
	some id in schema_ids("keyword", "allOf")
	some b in input.schemas[id].all_of
}

# resources_has_keyword is true when the schema or one of its allOf branches
# writes the keyword.
resources_has_keyword(s, key) if _ = s.keywords[key]

resources_has_keyword(s, key) if {
	some b in s.all_of
	_ = input.schemas[b].keywords[key]
}

# resources_anchored is true when a regular expression is anchored at both
# ends (^…$, \A…\z), so that it constrains the whole value.
resources_anchored(p) if {
	regex.match(`^(\^|\\A)`, p)
	regex.match(`(^|[^\\])(\\\\)*(\$|\\z|\\Z)$`, p)
}

# resources_bounded_pattern is true when an anchored pattern has no unbounded
# repetition (*, +, {n,}), so that it bounds the length of the value.
resources_bounded_pattern(p) if {
	resources_anchored(p)
	plain := regex.replace(p, `\\.`, "x")
	not regex.match(`[*+]|\{\d*,\}`, plain)
}

# resources_bounded_string is true when a string schema's length is bounded:
# maxLength, enum, const, a bounded format, or a bounded pattern, on the schema
# or one of its allOf branches.
resources_bounded_string(s) if resources_bounded_own(s)

resources_bounded_string(s) if {
	some b in s.all_of
	resources_bounded_own(input.schemas[b])
}

resources_bounded_own(s) if constrained_string(s)

resources_bounded_own(s) if resources_bounded_pattern(s.keywords.pattern)

# resources_file_schema is true for a schema holding file content: binary
# strings, 2.0 `type: file`, 3.1 `contentMediaType`/`contentEncoding`.
resources_file_schema(s) if s.type == "file"

resources_file_schema(s) if {
	s.type == "string"
	lower(s.format) in {"binary", "byte", "base64"}
}

resources_file_schema(s) if s.keywords.contentMediaType

resources_file_schema(s) if s.keywords.contentEncoding

# resources_file_ids are the ids of the schemas holding file content
# (resources_file_schema), found through the type and keyword indexes: rules
# look a schema up here instead of testing it.
resources_file_ids := {id |
	some key in ["format", "contentMediaType", "contentEncoding"]
	some id in schema_ids("keyword", key)
	resources_file_schema(input.schemas[id])
} | {id |
	some id in schema_ids("type", "file")
	resources_file_schema(input.schemas[id])
}

# resources_request_body_schemas are the ids of schemas written directly as a
# request body (the payload itself, not a nested part of it).
resources_request_body_schemas := {m.schema |
	some op in input.operations
	some m in op.request_body.content
	m.schema != null
}

# resources_id_name is true for names of identifiers, which are looked up, not
# used as sizes or counts.
resources_id_name(name) if regex.match(`^(?i)(id|uid|uuid|guid|key)$`, name)

resources_id_name(name) if regex.match(`(Id|ID|_id|-id|Uid|UID|Uuid|UUID|_uuid|Key|_key)$`, name)

# resources_pagination_name is true for parameter names that set a page size.
resources_pagination_name(name) if regex.match(
	`^(?i)(\$?top|\$?limit|limit|size|per_?page|page_?size|page\[size\]|page\[limit\]|max_?results|max_?items|max_?count|count|first|last|take|page_?limit|results_?per_?page|rows|num_?results|batch_?size|fetch_?size)$`,
	name,
)

# resources_property_name returns the property name when the schema is written
# under `properties`, else "".
resources_property_name(s) := name if {
	parts := split(s.pointer, "/")
	n := count(parts)
	n >= 2
	parts[n - 2] == "properties"
	name := unescape(parts[n - 1])
} else := ""

# resources_param_schema_names pairs parameter schemas with their parameter
# names, as [schema id, name].
resources_param_schema_names := {[p.schema, p.name] |
	some p in parameters
	p.schema != null
}

# resources_value_problem describes the first thing wrong with a literal value
# (an example, a default, an enum entry) against a schema: type, enum, const,
# length and range; undefined when the value fits. Patterns are not checked
# (ECMA-262 and RE2 differ).
resources_value_problem(s, v) := msg if {
	resources_checkable_types(s.types)
	not resources_type_ok(s.types, v)
	msg := sprintf("is %s, but the schema type is %s", [resources_json_type(v), concat(" or ", s.types)])
} else := "is not one of the schema's enum values" if {
	is_array(s.keywords.enum)
	not resources_null_allowed(s, v)
	not v in s.keywords.enum
} else := "differs from the schema's const value" if {
	_ = s.keywords.const
	v != s.keywords.const
} else := msg if {
	is_string(v)
	m := s.keywords.maxLength
	is_number(m)
	count(v) > m
	msg := sprintf("is %d characters long, above maxLength %v", [count(v), m])
} else := msg if {
	is_string(v)
	m := s.keywords.minLength
	is_number(m)
	count(v) < m
	msg := sprintf("is %d characters long, below minLength %v", [count(v), m])
} else := msg if {
	is_number(v)
	m := s.keywords.maximum
	is_number(m)
	v > m
	msg := sprintf("is above the maximum %v", [m])
} else := msg if {
	is_number(v)
	m := s.keywords.minimum
	is_number(m)
	v < m
	msg := sprintf("is below the minimum %v", [m])
} else := msg if {
	is_array(v)
	m := s.keywords.maxItems
	is_number(m)
	count(v) > m
	msg := sprintf("has %d items, above maxItems %v", [count(v), m])
}

resources_null_allowed(s, v) if {
	v == null
	"null" in s.types
}

# resources_checkable_types is true when the declared types can be checked
# against a JSON value (2.0 `file` cannot).
resources_checkable_types(types) if {
	count(types) > 0
	every t in types {
		t in {"string", "integer", "number", "boolean", "array", "object", "null"}
	}
}

resources_type_ok(types, v) if {
	"string" in types
	is_string(v)
}

resources_type_ok(types, v) if {
	"number" in types
	is_number(v)
}

resources_type_ok(types, v) if {
	"integer" in types
	is_number(v)
	round(v) == v
}

resources_type_ok(types, v) if {
	"boolean" in types
	is_boolean(v)
}

resources_type_ok(types, v) if {
	"array" in types
	is_array(v)
}

resources_type_ok(types, v) if {
	"object" in types
	is_object(v)
}

resources_type_ok(types, v) if {
	"null" in types
	v == null
}

# resources_json_type names the JSON type of a value for messages.
resources_json_type(v) := "a string" if is_string(v)

else := "an integer" if {
	is_number(v)
	round(v) == v
}

else := "a number" if is_number(v)

else := "a boolean" if is_boolean(v)

else := "an array" if is_array(v)

else := "an object" if is_object(v)

else := "null"

# resources_root_element is an element at a pointer of the root document.
resources_root_element(pointer) := {"pointer": pointer, "file": root_file}

# resources_rate_limit_header is true for response headers that tell clients
# about rate limits or when to retry.
resources_rate_limit_header(name) if regex.match(`^(?i)(retry-after|ratelimit(-.*)?|x-ratelimit-.*|x-rate-limit-.*|ratelimit-policy)$`, name)

# resources_documents_429 is true when the operation documents 429 Too Many
# Requests, exactly or as the 4XX range.
resources_documents_429(op) if has_status(op, "429")

resources_documents_429(op) if {
	some r in op.responses
	upper(r.status) == "4XX"
}

# resources_any_429 is true when some operation of the document documents 429.
resources_any_429 if {
	some op in input.operations
	has_status(op, "429")
}

# resources_raw returns the schema object as written when it lives in the root
# document (refs not resolved), else null. Used for subschema keywords that
# the flattened view leaves out (prefixItems, a boolean items).
resources_raw(s) := v if {
	object.get(s, "file", input.file) == input.file
	s.pointer != ""
	toks := split(s.pointer, "/")
	path := [resources_token(toks[i - 1], t) | some i, t in toks; i > 0]
	v := object.get(input.document, path, null)
} else := null

# resources_token turns a pointer token into a path step: a number under the
# keys whose values are arrays, else the unescaped key.
resources_token(prev, t) := to_number(t) if {
	prev in {"allOf", "oneOf", "anyOf", "prefixItems", "parameters", "items"}
	regex.match(`^[0-9]+$`, t)
} else := unescape(t)

# resources_template_names are the parameter names in a path template.
resources_template_names(path) := {m[1] | some m in regex.find_all_string_submatch_n(`\{([^{}]+)\}`, path, -1)}

# resources_path_params are the names of an operation's path parameters.
resources_path_params(op) := {p.name | some p in op.parameters; p.in == "path"}

# resources_prose_maximum is true when a description states an upper bound
# in words: "between 1 and 100", "maximum 1000", "up to 50", "at most 20",
# "no more than 500", "cannot exceed 100", "(max 100)", "1-100". Servers
# enforce such bounds as surely as a `maximum` keyword; the keyword is
# better, its absence is not a weakness.
resources_prose_maximum(text) if regex.match(
	`(?i)\bbetween\s+-?\d+\s+(and|to)\s+\d+|\b(max(imum)?|limit(ed)?|capped)\s*(value\s*)?(is|of|at|to|=|:)?\s*(\x60)?\d+|\b(up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|cannot\s+exceed|can't\s+exceed|must\s+not\s+exceed|may\s+not\s+exceed|less\s+than(\s+or\s+equal\s+to)?)\s+(\x60)?\d+|\b\d+\s+(is\s+the\s+)?(max(imum)?|limit)\b|\b(range|ranges|from)\s*(is|of|:)?\s*\[?\d+\s*(-|–|to|\.\.|,)\s*\d+|\b\d+\s*(-|–|\.\.)\s*\d+\s+(items|results|records|objects|entries)\b`,
	text,
)

# resources_parameter_prose is a parameter's description and its schema's.
resources_parameter_prose(p) := concat(" ", [
	object.get(p, "description", ""),
	resources_text(object.get(object.get(object.get(input.schemas, [object.get(p, "schema", "")], {}), "keywords", {}), "description", "")),
])

resources_text(x) := x if is_string(x)

else := ""
