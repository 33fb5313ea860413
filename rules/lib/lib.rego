# Shared helpers for oasguard rules. Rules import data.oasguard.lib.
package oasguard.lib

# finding builds a finding at the location of any input element.
finding(el, msg) := {"pointer": el.pointer, "file": object.get(el, "file", ""), "message": msg}

# finding_at_fix builds a finding for the place el that one change at the
# node fix_el resolves, together with other places: the engine reports one
# finding per rule and fix node, at fix_el with fix_msg, and lists every el as
# an occurrence (docs/custom-rules.md, "One finding per fix").
finding_at_fix(el, msg, fix_el, fix_msg) := {
	"pointer": el.pointer,
	"file": object.get(el, "file", ""),
	"message": msg,
	"fix": {"pointer": fix_el.pointer, "file": object.get(fix_el, "file", ""), "message": fix_msg},
}

# repeated_fix is the node that fixes parameter p, one of the flagged
# parameters of a rule: when the same parameter (name and location) is
# flagged in several places, written inline on each operation, the fix is one
# convention of the API and its node is the first of those places (smallest
# file and pointer), which stays put as operations are added; else p itself.
repeated_fix(flagged, p) := {"pointer": first[1], "file": first[0]} if {
	same := [[object.get(q, "file", ""), q.pointer] | some q in flagged; q.name == p.name; q.in == p.in]
	count(same) > 1
	first := min(same)
} else := p

# root is the root document as an element, for findings whose fix is the
# whole document (such as adding a root `security`).
root := {"pointer": "", "file": root_file}

# unescape decodes a JSON pointer token (RFC 6901): "~1" is "/" and "~0" is
# "~". Most tokens hold neither, and are returned as they are.
unescape(t) := replace(replace(t, "~1", "/"), "~0", "~") if contains(t, "~")

else := t

# escape encodes a key as a JSON pointer token, unescape's inverse.
escape(s) := s if {
	not contains(s, "~")
	not contains(s, "/")
} else := replace(replace(s, "~", "~0"), "/", "~1")

# schema returns the flattened schema with the given id.
schema(id) := input.schemas[id]

# write_methods are the methods that change state.
write_methods := {"post", "put", "patch", "delete"}

# is_write is true for a state-changing operation.
is_write(op) if write_methods[op.method]

# operation_label names an operation for messages: "GET /users/{id}".
operation_label(op) := sprintf("%s %s", [upper(op.method), op.path])

# response_schemas are the schema ids of every response body of an operation.
response_schemas(op) := {m.schema |
	some r in op.responses
	some m in r.content
	m.schema != null
}

# request_schemas are the schema ids of the request body of an operation.
request_schemas(op) := {m.schema |
	some m in op.request_body.content
	m.schema != null
}

# has_status is true when the operation documents the exact status code.
has_status(op, code) if {
	some r in op.responses
	r.status == code
}

# has_status_class is true when the operation documents a status of the class
# (e.g. "4"), written exactly ("404") or as a range ("4XX").
has_status_class(op, class) if {
	some r in op.responses
	startswith(r.status, class)
}

# bounded_formats need no maxLength: their syntax bounds their length.
bounded_formats := {
	"date", "date-time", "time", "uuid", "ipv4", "ipv6", "email", "byte-length",
	"int32", "int64", "duration", "hostname", "uri", "uri-reference", "iri",
	"iri-reference", "idn-email", "idn-hostname", "json-pointer", "relative-json-pointer",
	"regex", "mac", "country-code", "currency", "language-tag", "iso-3166", "iso-4217",
}

# constrained_string is true when a string schema's values are bounded in
# length by maxLength, enum, const, a bounded format, or an anchored pattern
# with no unbounded repetition.
constrained_string(s) if s.keywords.maxLength
constrained_string(s) if s.keywords.enum
constrained_string(s) if _ = s.keywords.const
constrained_string(s) if bounded_formats[lower(s.format)]

# sensitive_names match property and parameter names holding secrets or PII.
sensitive_name(name) if regex.match(`(?i)(passw(or)?d|passwd|secret|private_?key|api_?key|access_?token|refresh_?token|client_?secret|^token$|_token$|ssn$|social_?security|cvv|cvc|card_?number|pan$|pin$|credit_?card)`, name)

# schema_ids returns the ids listed in input.schema_index[group][name] (see
# docs/rule-input.md), or every schema id for inputs without an index
# (hand-written test inputs). Rules still check their own conditions: the
# index only narrows what they iterate.
schema_ids(group, name) := ids if {
	ids := input.schema_index[group][name]
} else := [] if {
	input.schema_index
} else := object.keys(input.schemas)

# operations, webhooks, callbacks and servers are the input lists, or [] when
# a (hand-written) input leaves them out. Rules read named fields of input,
# never input as a whole, so that the engine can tell which rules must wait
# for input.problems.
operations := ops if {
	ops := input.operations
} else := []

# parameters are the parameters of the path operations, each once per place
# it is written (a path-level one applies to every operation of its path):
# rules about a parameter itself iterate these, not every operation's list.
parameters := ps if {
	ps := input.parameters
} else := {p | some op in operations; some p in op.parameters}

# parameter_names are the distinct names of those parameters: a rule about
# parameter names classifies each name once, then looks it up per parameter.
parameter_names := {p.name | some p in parameters}

webhooks := ws if {
	ws := input.webhooks
} else := []

callbacks := cs if {
	cs := input.callbacks
} else := []

servers := ss if {
	ss := input.servers
} else := []

# root_file is the root document's path, or "" in hand-written inputs.
root_file := f if {
	f := input.file
} else := ""
