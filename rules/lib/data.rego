# Helpers of the data-exposure, BOLA, business-flow and SSRF rules
# (rules/bola, rules/exposure, rules/flows, rules/ssrf). Every name starts with
# data_ so that it never collides with another area's helpers.
#
# Names are matched on their words, not on substrings: "clientSecret",
# "client_secret" and "Client-Secret" are all ["client", "secret"], so that
# "max_tokens", "token_type", "password_policy" or "secret_name" are not
# mistaken for secrets.
package oasguard.lib

# data_words splits an identifier into lower-case words at case changes and
# at any character that is not a letter or digit.
data_words(name) := [w |
	some w in regex.split(`[^a-z0-9]+`, lower(regex.replace(
		regex.replace(name, `([A-Z]+)([A-Z][a-z])`, "${1}_${2}"),
		`([a-z0-9])([A-Z])`, "${1}_${2}",
	)))
	w != ""
]

# data_joined is the name's words glued together: "user_ID" -> "userid".
data_joined(name) := concat("", data_words(name))

# data_last_word is the last word of a name ("" for a name without words).
data_last_word(name) := ws[count(ws) - 1] if {
	ws := data_words(name)
	count(ws) > 0
} else := ""

# data_first_word is the first word of a name ("" for a name without words).
data_first_word(name) := ws[0] if {
	ws := data_words(name)
	count(ws) > 0
} else := ""

# data_has_word is true when one of the name's words is w.
data_has_word(name, w) if w in data_words(name)

# data_adjacent is true when the name has word a immediately followed by b.
data_adjacent(name, a, b) if {
	ws := data_words(name)
	some i, w in ws
	w == a
	ws[i + 1] == b
}

# data_schema_of returns the schema with the given id, or {} when there is none.
data_schema_of(id) := object.get(input.schemas, id, {}) if id != null

else := {}

# data_prop_schema returns the (resolved) schema of a property, or {}.
data_prop_schema(p) := data_schema_of(object.get(p, "schema", null))

# data_prop_type returns the first declared type of a property's schema, or "".
data_prop_type(p) := object.get(data_prop_schema(p), "type", "")

# data_scalar_types can carry a secret or an identifier as text.
data_scalar_types := {"", "string", "integer", "number"}

# data_own_properties are the properties written in schema s itself, not
# inherited from an allOf branch (those are visited in their own schema).
data_own_properties(s) := [p |
	some p in s.properties
	p.owner == s.id
]

# data_property_names are the names of the properties that schemas declare.
# A rule about property names classifies each distinct name once, then visits
# only the declarations of the names that match (data_declarations): on a
# large spec that is several times cheaper than classifying every property.
data_property_names := object.keys(input.schema_index.property) if {
	input.schema_index.property
} else := {p.name | some s in input.schemas; some p in s.properties}

# data_declarations(name) are the [schema, property] pairs of the schemas that
# declare a property called name themselves (not through an allOf branch).
data_declarations(name) := [[s, p] |
	some id in data_declaring_ids(name)
	s := input.schemas[id]
	some p in s.properties
	p.owner == id
	p.name == name
]

data_declaring_ids(name) := input.schema_index.property[name] if {
	input.schema_index.property
} else := object.keys(input.schemas)

# data_boolean_prefixes open names of flags about a thing, not the thing.
data_boolean_prefixes := {
	"has", "is", "can", "should", "must", "require", "requires", "required", "needs",
	"allow", "allows", "enable", "enabled", "use", "uses", "show", "hide", "include", "includes",
}

# data_flag_name is true for flag-like names ("has_password", "isSecret").
data_flag_name(name) if data_boolean_prefixes[data_first_word(name)]

# --- identifiers ---------------------------------------------------------

# data_id_name is true for identifier names: id, user_id, userId, UserID.
data_id_name(name) if data_last_word(name) == "id"

# data_non_object_params are path parameters that select a variant, not an object.
data_non_object_params := {
	"version", "apiversion", "v", "lang", "language", "locale", "format", "region",
	"location", "env", "environment", "stage", "type", "kind", "action", "scope",
}

# data_path_params lists the parameters of a path template in order, each
# with the literal segment before it ("" when none): /users/{id} ->
# [{"name": "id", "after": "users"}].
data_path_params(path) := [{"name": trim(seg, "{}"), "after": prev} |
	segs := [s | some s in split(path, "/"); s != ""]
	some i, seg in segs
	regex.match(`^\{[^{}]+\}$`, seg)
	prev := data_prev_literal(segs, i)
]

data_prev_literal(segs, i) := segs[i - 1] if {
	i > 0
	not contains(segs[i - 1], "{")
} else := ""

# data_object_param is true for a path parameter that names one object:
# an identifier name, or a parameter right after a collection segment.
data_object_param(pp) if {
	not data_non_object_params[data_joined(pp.name)]
	data_id_name(pp.name)
}

data_object_param(pp) if {
	not data_non_object_params[data_joined(pp.name)]
	pp.after != ""
}

# data_object_params are the object parameters of a path template.
data_object_params(path) := [pp |
	some pp in data_path_params(path)
	data_object_param(pp)
]

# --- secrets and personal data ---------------------------------------------

data_password_words := {"password", "passwd", "pwd", "passphrase"}

# data_password_tails end names that hold a password or a derivative of it.
data_password_tails := data_password_words | {
	"hash", "hashed", "digest", "salt", "confirmation", "confirm", "plain", "plaintext",
	"encrypted", "value", "cleartext",
}

# data_password_name: password, new_password, passwordHash, user_pwd; not
# password_policy, has_password, password_expires_at, password_min_length.
data_password_name(name) if {
	data_password_tails[data_last_word(name)]
	some w in data_words(name)
	data_password_words[w]
	not data_flag_name(name)
}

# data_secret_key_kinds precede "key" in names of secret keys.
data_secret_key_kinds := {"api", "private", "secret", "signing", "encryption", "master", "hmac", "client", "shared", "webhook"}

# data_secret_name: client_secret, webhookSecret, SecretAccessKey, api_key,
# x-api-key, private_key, signingKey; not secret_name, secret_id, apiKeyId,
# public_key, partition_key, has_secret.
data_secret_name(name) if {
	data_last_word(name) in {"secret", "key"}
	data_has_word(name, "secret")
	not data_flag_name(name)
	not data_secret_reference(name)
}

# data_secret_reference: names that point at a secret stored elsewhere
# (value_from_secret, secret_ref_key) rather than holding it.
data_secret_reference(name) if {
	some w in data_words(name)
	w in {"from", "ref", "reference", "name", "arn", "path", "public"}
}

data_secret_name(name) if {
	data_last_word(name) == "key"
	ws := data_words(name)
	count(ws) > 1
	data_secret_key_kinds[ws[count(ws) - 2]]
	not data_flag_name(name)
}

data_secret_name(name) if data_joined(name) in {"apikey", "xapikey", "privatekeypem", "privatekey"}

# data_non_secret_token_kinds open names of tokens that are not credentials:
# pagination cursors, idempotency and CSRF tokens.
data_non_secret_token_kinds := {
	"page", "next", "prev", "previous", "continuation", "pagination", "cursor", "sync", "resume",
	"idempotency", "client", "request", "csrf", "xsrf", "marker", "start", "starting", "end",
	"change", "changes", "delta", "skip", "upload", "batch", "nonce", "last", "first", "etag",
}

# data_credential_token_kinds precede "token" in names of credential tokens.
data_credential_token_kinds := {
	"access", "refresh", "id", "auth", "authentication", "authorization", "bearer", "session", "api",
	"personal", "bot", "oauth", "jwt", "reset", "verification", "secret", "private", "security", "app",
	"user", "github", "git", "service", "integration",
}

# data_token_name: token, access_token, refreshToken, id_token,
# gitAccessToken; not token_type, max_tokens, prompt_tokens, tokens_used,
# next_page_token, NextToken, ClientRequestToken, checkout_token, taskToken.
data_token_name(name) if data_joined(name) == "token"

data_token_name(name) if {
	data_last_word(name) == "token"
	ws := data_words(name)
	count(ws) > 1
	data_credential_token_kinds[ws[count(ws) - 2]]
	not data_non_secret_token_kinds[ws[0]]
	not data_flag_name(name)
}

# data_card_name: card_number, cardNumber, pan, cvv, cvc2, card_security_code;
# not cvc_check or cvv_result, the outcome of a check (data_result_name).
data_card_name(name) if {
	some w in data_words(name)
	w in {"cvv", "cvc", "cvv2", "cvc2"}
	not data_result_name(name)
}

data_card_name(name) if {
	data_last_word(name) in {"number", "pin"}
	data_has_word(name, "card")
}

# data_result_tails end names of the outcome of a check made on a value, or
# of a fact about it, not the value: cvc_check, address_zip_check,
# cvv_result, password_status, secret_length.
data_result_tails := {
	"check", "checks", "result", "results", "status", "response", "match", "outcome", "verified",
	"validation", "provided", "present", "supported", "required", "enabled", "length", "type",
}

# data_result_name is true for such names.
data_result_name(name) if data_result_tails[data_last_word(name)]

# data_language_model_token is true for a schema that describes text
# generated by a language model: a "token" beside its log-probability is a
# piece of output text, not a credential.
data_language_model_token(s) if {
	some p in s.properties
	lower(p.name) in {"logprob", "logprobs", "top_logprobs", "text_offset", "token_logprob"}
}

# data_prop_description is the description of a property's schema, or "".
data_prop_description(p) := d if {
	d := data_prop_schema(p).keywords.description
	is_string(d)
} else := ""

# data_prose_read_only is true when a description says that the server sets
# the value: "[Output Only]", "read-only", "set by the server".
data_prose_read_only(text) if regex.match(`(?i)\[?output[- ]only\]?|\bread[- ]only\b|\b(set|assigned|generated) by the (server|system|service)\b`, text)

# data_own_identifier is true for a property that identifies the object its
# schema describes: TaxID in TaxItem, order_id in Order. Such a name holds
# the object's own identifier, not the sensitive thing its words suggest.
data_own_identifier(s, p) if {
	data_last_word(p.name) == "id"
	ws := array.slice(data_words(p.name), 0, count(data_words(p.name)) - 1)
	count(ws) > 0
	every w in ws {
		data_has_word(s.name, w)
	}
}

# data_prose_write_only is true when a description says that the value is
# input only: "Never returned", "write-only", "only returned on creation".
data_prose_write_only(text) if regex.match(
	`(?i)\b(never|not|isn't|won't)\s+(be\s+)?(returned|included in responses|echoed|exposed|readable)\b|\bwrite[- ]only\b|\b(only\s+)?returned\s+only\s+(once|on creation|when (it is )?created|at creation)\b|\bonly\s+(be\s+)?(returned|shown|visible|displayed)\s+(once|on creation|when (it is )?created|at creation)\b`,
	text,
)

# data_issuing_name matches names of schemas and operations whose purpose
# is to hand out a credential: tokens, sessions, logins, credentials, keys,
# creation, generation, rotation or reset results.
data_issuing_name(name) if {
	some w in data_words(name)
	data_issuing_words[w]
}

data_issuing_words := {
	"token", "tokens", "auth", "authentication", "authorize", "login", "logon", "signin", "session",
	"sessions", "credential", "credentials", "oauth", "oauth2", "jwt", "secret", "secrets", "key", "keys",
	"apikey", "apikeys", "create", "created", "creation", "generate", "generated", "issue", "issued",
	"rotate", "rotated", "refresh", "exchange", "reveal", "reset", "random", "regenerate",
}

# data_issuing_operation is true for an operation whose purpose is to hand
# out credentials, by its last literal path segment or its operationId
# (POST /object-storage/keys, GET /instances/{id}/credentials,
# GetRandomPassword).
data_issuing_operation(op) if {
	segs := [seg | some seg in split(op.path, "/"); seg != ""; not startswith(seg, "{")]
	count(segs) > 0
	data_credential_noun(segs[count(segs) - 1])
}

data_issuing_operation(op) if data_credential_noun(object.get(op, "operation_id", ""))

# data_credential_noun is true for names with a word for a credential: the
# purpose of an operation so named is the credential (createUser is not).
data_credential_noun(name) if {
	some w in data_words(name)
	w in {
		"token", "tokens", "credential", "credentials", "key", "keys", "apikey", "apikeys", "secret",
		"secrets", "password", "passwords", "session", "sessions", "login", "logon", "signin", "oauth",
		"oauth2", "jwt", "auth", "authentication",
	}
}

# data_issued_schemas are the schemas a credential-issuing operation returns
# on success, with their items and their properties' schemas (a `data`
# envelope, a list of keys).
data_issued_schemas contains id if {
	some op in operations
	data_issuing_operation(op)
	some r in op.responses
	startswith(r.status, "2")
	some m in r.content
	m.schema != null
	some id in data_schema_and_children(m.schema)
}

data_schema_and_children(id) := {x |
	some x in array.concat([id, object.get(data_schema_of(id), "items", null)], [p.schema | some p in object.get(data_schema_of(id), "properties", [])])
	x != null
} | {data_schema_of(y).items |
	some p in object.get(data_schema_of(id), "properties", [])
	y := p.schema
	y != null
	data_schema_of(y).items != null
}

# data_issued is true when schema s hands out its credentials on purpose:
# it is named like a token, session, login, credential, key or creation
# result, or a credential-issuing operation returns it.
data_issued(s) if data_issuing_name(s.name)

data_issued(s) if s.id in data_issued_schemas

data_card_name(name) if {
	data_last_word(name) in {"code", "value"}
	data_has_word(name, "card")
	data_has_word(name, "verification")
}

data_card_name(name) if {
	data_has_word(name, "card")
	data_adjacent(name, "security", "code")
}

data_card_name(name) if data_joined(name) in {"pan", "primaryaccountnumber"}

data_number_tails := {"number", "no", "num", "nr", "id"}

# data_government_id_name: ssn, social_security_number, passport_number,
# national_id, tax_id, drivers_license_number; not ssn_last4.
data_government_id_name(name) if data_last_word(name) == "ssn"

data_government_id_name(name) if {
	data_adjacent(name, "social", "security")
	data_last_word(name) in data_number_tails
}

data_government_id_name(name) if {
	data_last_word(name) in data_number_tails
	ws := data_words(name)
	count(ws) > 1
	ws[count(ws) - 2] in {"passport", "national", "tax", "taxpayer", "insurance"}
	not data_business_tax_id(ws)
}

# data_business_tax_id: tax numbers of companies are public, not personal.
data_business_tax_id(ws) if {
	some w in ws
	w in {"merchant", "company", "business", "vat", "seller", "vendor", "organization", "organisation", "corporate", "supplier", "receiver"}
}

data_government_id_name(name) if {
	data_last_word(name) in (data_number_tails | {"license", "licence"})
	some w in data_words(name)
	w in {"driver", "drivers", "driving"}
	some l in data_words(name)
	l in {"license", "licence"}
}

# data_birth_date_name: dob, date_of_birth, birthDate, birthday.
data_birth_date_name(name) if data_last_word(name) in {"dob", "birthdate", "birthday"}

data_birth_date_name(name) if endswith(data_joined(name), "dateofbirth")

data_birth_date_name(name) if {
	data_last_word(name) == "date"
	data_has_word(name, "birth")
}

# data_email_name: email, user_email, emailAddress; not email_verified.
data_email_name(name) if data_last_word(name) in {"email", "mail"}

data_email_name(name) if {
	data_last_word(name) == "address"
	data_has_word(name, "email")
}

# data_phone_name: phone, phoneNumber, mobile_number, msisdn; not phone_type.
data_phone_name(name) if data_last_word(name) in {"phone", "mobile", "msisdn", "telephone", "cellphone"}

data_phone_name(name) if {
	some w in data_words(name)
	w in {"phone", "mobile", "telephone", "cellphone"}
	data_last_word(name) in {"number", "no", "num"}
}

# --- URLs ------------------------------------------------------------------

# data_url_formats are the string formats of URLs.
data_url_formats := {"uri", "url", "iri", "uri-reference", "iri-reference", "uri-template"}

# data_url_name: url, callbackUrl, redirect_uri, webhook, StatusCallback,
# return_to; not url_count, is_url, nor a bare JSONP "callback".
data_url_name(name) if data_last_word(name) in {"url", "uri", "urls", "uris", "href", "link", "webhook"}

data_url_name(name) if {
	data_last_word(name) == "callback"
	count(data_words(name)) > 1
}

data_url_name(name) if data_joined(name) in {"returnto", "redirectto", "redirect", "goto", "continueto", "destination", "returnpath"}

# data_redirect_name: names of parameters whose value a server redirects to.
data_redirect_name(name) if {
	some w in data_words(name)
	w in {"redirect", "return", "returnto", "continue", "callback", "goto", "next", "dest", "destination", "forward", "target", "success", "failure", "cancel", "back"}
	data_last_word(name) in {"url", "uri", "to", "redirect", "path", "href", "link", "callback", "goto"}
}

data_redirect_name(name) if data_joined(name) in {"redirect", "returnto", "next", "continue", "goto", "dest", "destination", "url", "returnurl", "r"}

# data_bounded_string is true for a string schema whose values are limited to
# an allow-list: enum, const or a pattern.
data_allow_listed(s) if s.keywords.enum

data_allow_listed(s) if _ = s.keywords.const

data_allow_listed(s) if s.keywords.pattern

# data_structured_media are media types whose body is data worth a schema
# (JSON, XML, forms); binary and text downloads are not.
data_structured_media(mt) if regex.match(`^application/(json|xml|x-www-form-urlencoded|[a-z0-9.+-]+\+(json|xml))(;.*)?$`, mt)

data_structured_media(mt) if regex.match(`^(multipart/form-data|text/xml|text/json)(;.*)?$`, mt)

# --- schema shapes -----------------------------------------------------------

# data_branch_ids are the schemas that are a branch of some allOf, oneOf or
# anyOf: they are validated as part of their composition, not alone.
data_branch_ids := ({b |
	some id in schema_ids("keyword", "allOf")
	some b in input.schemas[id].all_of
} | {b |
	some id in schema_ids("keyword", "oneOf")
	some b in input.schemas[id].one_of
}) | {b |
	some id in schema_ids("keyword", "anyOf")
	some b in input.schemas[id].any_of
}

# data_composed is true for a schema that combines others.
data_composed(s) if (count(s.all_of) + count(s.one_of)) + count(s.any_of) > 0

# data_annotation_keywords describe a schema without constraining it.
data_annotation_keywords := {
	"description", "title", "example", "examples", "default", "deprecated", "nullable", "readOnly",
	"writeOnly", "externalDocs", "xml", "$comment", "$id", "$schema", "$anchor", "discriminator",
}

# data_empty_schema is true for a schema that accepts any value: `{}` or only
# annotations.
data_empty_schema(s) if {
	count(s.types) == 0
	count(s.properties) == 0
	s.items == null
	s.additional_properties == null
	not data_composed(s)
	every k, _ in s.keywords {
		data_annotation_key(k)
	}
}

data_annotation_key(k) if data_annotation_keywords[k]

data_annotation_key(k) if startswith(k, "x-")

# data_free_form_object is true for `type: object` without any property,
# map value schema or composition: it accepts any object.
data_free_form_object(s) if {
	s.type == "object"
	count(s.properties) == 0
	s.additional_properties in {null, true}
	not data_composed(s)
}

# --- operations --------------------------------------------------------------

# data_path_words are the words of a path's literal segments, plus each
# segment glued ("/sign-up/{id}" -> {"sign", "up", "signup"}).
data_path_words(path) := {w |
	some seg in split(path, "/")
	seg != ""
	not contains(seg, "{")
	some w in array.concat(data_words(seg), [data_joined(seg)])
}

# data_rate_limited is true when an operation documents throttling: a 429
# response, rate-limit or Retry-After headers, a rate-limit extension, or a
# CAPTCHA parameter.
data_rate_limited(op) if has_status(op, "429")

data_rate_limited(op) if {
	some r in op.responses
	some h in r.headers
	regex.match(`(?i)rate-?limit|retry-after`, h.name)
}

data_rate_limited(op) if {
	some k, _ in op.extensions
	regex.match(`(?i)rate-?limit|throttl|captcha`, k)
}

data_rate_limited(op) if {
	some p in op.parameters
	regex.match(`(?i)captcha|turnstile|recaptcha`, p.name)
}

# data_request_properties are the top-level properties of an operation's
# request bodies.
data_request_properties(op) := [p |
	some sid in request_schemas(op)
	some p in data_schema_of(sid).properties
]
