# Helpers for the config, inventory, consumption and structure rules.
# Names start with config_ so they never collide with other helper files.
package oasguard.lib

# config_cleartext_schemes are URL schemes that carry traffic unencrypted.
config_cleartext_schemes := {"http", "ws"}

# config_all_operations are path operations, webhooks and callbacks.
config_all_operations := array.concat(
	array.concat(operations, webhooks),
	callbacks,
)

# config_written_servers are every server object as written, each once: the
# root servers plus the path- and operation-level servers found in the
# effective servers of operations (root servers repeat there; they are
# filtered by level so each written server appears once).
config_written_servers contains s if {
	some s in servers
}

config_written_servers contains s if {
	some op in config_all_operations
	some s in object.get(op, "servers", [])
	s.level != "root"
}

# config_text_values are the distinct values of input.strings, and
# config_texts(v) the entries holding v: a secret scan tests each value once,
# then reports every place it is written.
config_text_values := object.keys(input.string_index) if {
	input.string_index
} else := {t.value | some t in input.strings}

config_texts(v) := [input.strings[i] | some i in input.string_index[v]] if {
	input.string_index
} else := [t | some t in input.strings; t.value == v]

# config_all_text is every distinct value, one per line. A secret scan first
# searches it for the literal a secret must contain (one native search,
# which usually finds nothing), and tests values one by one only when it
# does. A literal without a line break cannot match across two values.
config_all_text := concat("\n", config_text_values)

# config_loopback_host is true for hosts that only reach the local machine.
config_loopback_host(host) if host in {"localhost", "::1", "[::1]", "0.0.0.0", "ip6-localhost"}

config_loopback_host(host) if regex.match(`^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$`, host)

config_loopback_host(host) if endswith(host, ".localhost")

# config_private_host is true for hosts in private or link-local ranges, or
# under names reserved for local networks.
config_private_host(host) if regex.match(`^10\.\d{1,3}\.\d{1,3}\.\d{1,3}$`, host)

config_private_host(host) if regex.match(`^192\.168\.\d{1,3}\.\d{1,3}$`, host)

config_private_host(host) if regex.match(`^172\.(1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}$`, host)

config_private_host(host) if regex.match(`^169\.254\.\d{1,3}\.\d{1,3}$`, host)

config_private_host(host) if regex.match(`^\[?f[cd][0-9a-f]{2}:`, host)

config_private_host(host) if regex.match(`\.(local|internal|intranet|lan|corp|home\.arpa)$`, host)

# config_credential_types are scheme types that send a credential with every
# request.
config_credential_types := {"apiKey", "http", "oauth2", "openIdConnect"}

# config_requires_credentials is true when every way to call the operation
# sends a credential (no anonymous alternative) carried in the request.
config_requires_credentials(op) if {
	not op.security.anonymous
	some req in op.security.requirements
	some sch in req.schemes
	config_credential_types[sch.type]
}

# config_is_error_status is true for 4xx, 5xx (exact or range) and default.
config_is_error_status(status) if startswith(status, "4")

config_is_error_status(status) if startswith(status, "5")

config_is_error_status("default")

# config_has_default is true when the operation documents a default response.
config_has_default(op) if has_status(op, "default")

# config_covers is true when the operation documents the exact code, its
# class range (e.g. 4XX for 401) or a default response.
config_covers(op, code) if has_status(op, code)

config_covers(op, code) if {
	class := concat("", [substring(code, 0, 1), "XX"])
	some r in op.responses
	upper(r.status) == class
}

config_covers(op, _) if config_has_default(op)

# config_takes_input is true when the operation accepts parameters or a body.
config_takes_input(op) if count(object.get(op, "parameters", [])) > 0

config_takes_input(op) if op.request_body != null

# config_path_has_template is true for paths with a {parameter} segment.
config_path_has_template(path) if contains(path, "{")

# config_credentialed_servers are the locations (file#pointer) of cleartext
# servers through which some operation that requires credentials is called.
config_credentialed_servers := {concat("#", [object.get(s, "file", ""), s.pointer]) |
	some op in config_all_operations
	config_requires_credentials(op)
	some s in object.get(op, "servers", [])
	config_cleartext_schemes[s.scheme]
}

# config_credentialed_server is true when credentials travel through the
# cleartext server s.
config_credentialed_server(s) if config_credentialed_servers[concat("#", [object.get(s, "file", ""), s.pointer])]

# config_placeholder_words mark example values that are not real secrets.
config_placeholder_words := [
	"example", "sample", "xxxx", "dummy", "fake", "your", "test", "placeholder", "redacted",
	"abcdef", "123456", "changeme", "secret", "password", "token", "sandbox", "demo", "replace",
	"asdf", "qwerty", "john doe", "foobar", "contoso",
]

# config_placeholder is true when a secret-shaped value is a placeholder: it
# contains a placeholder word, masking characters, or too few distinct
# characters to be random.
config_placeholder(value) if config_placeholder_word(value)

config_placeholder(value) if regex.match(`[*<>{}]|\.\.\.|\$\{`, value)

config_placeholder(value) if count({c | some c in split(value, "")}) < 10

# config_placeholder_word is true when the value contains a word that marks
# sample data.
config_placeholder_word(value) if {
	some w in config_placeholder_words
	contains(lower(value), w)
}

# config_mask shows the first characters of a secret only.
config_mask(value) := sprintf("%s…", [substring(value, 0, 8)])

# config_sample_position is true for a text written inside an example
# (`example`, `examples`, `x-example`): documentation of what a value looks
# like, which vendors fill with published samples.
config_sample_position(t) if t.key in {"example", "examples", "x-example", "x-examples"}

config_sample_position(t) if regex.match(`(^|/)(example|examples|x-example|x-examples)(/|$)`, t.pointer)

# config_vendor_words name the vendor of a token format, as it appears in the
# host names and title of the vendor's own API.
config_vendor_words := {
	"Slack token": "slack", "Slack webhook URL": "slack", "Stripe live key": "stripe",
	"GitHub token": "github", "Google API key": "google", "AWS access key id": "amazonaws",
}

# config_own_vendor is true when the document is the API of the vendor whose
# token format kind names: one of its servers or its title names the vendor.
config_own_vendor(kind) if {
	word := config_vendor_words[kind]
	some s in servers
	contains(lower(s.host), word)
}

config_own_vendor(kind) if {
	word := config_vendor_words[kind]
	contains(lower(object.get(input.document, ["info", "title"], "")), word)
}
