# METADATA
# title: Credential in the document
# description: >-
#   A value in the document (an `example`, `default`, description or server URL) carries a
#   credential: a signed JSON Web Token, a password in a URL (`https://user:password@host`), or a
#   `password=`/`secret=`/`api_key=` assignment with a random-looking value. Published API documents
#   are widely shared; a working token or password in them is exposed. Placeholders (`<token>`,
#   `changeme`, `xxxx`, `${SECRET}`) and the well-known jwt.io sample token are ignored, and so is a
#   password in a URL inside an `example`: a sample connection string is documentation of the format.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/798.html
#   - https://cwe.mitre.org/data/definitions/522.html
# custom:
#   id: credential-in-document
#   severity: high
#   ruleset: recommended
#   owasp: [API8:2023, API2:2023]
#   cwe: [798, 522]
#   remediation: >-
#     Revoke the credential if it was ever valid, and replace it with an obvious placeholder
#     (`<access-token>`, `https://user:<password>@host`). Keep real credentials out of documents and
#     in a secret manager.
package oasguard.rules.config.credential_in_document

import data.oasguard.lib

jwt_pattern := `eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}`

userinfo_pattern := `(?i)\b[a-z][a-z0-9+.-]*://[^/\s:@'"]+:([^/\s@'"]+)@[A-Za-z0-9.-]+`

assignment_pattern := `(?i)\b(password|passwd|pwd|secret|client_?secret|api_?key|apikey|access_?token|auth_?token)\s*[=:]\s*["']?([A-Za-z0-9+/_.!@#$^~-]{16,})`

findings contains lib.finding(t, msg) if {
	contains(lib.config_all_text, "eyJ")
	some v in lib.config_text_values
	contains(v, "eyJ")
	some token in regex.find_n(jwt_pattern, v, -1)
	not sample_jwt(token)
	some t in lib.config_texts(v)
	msg := sprintf("%s contains a signed JSON Web Token (%s)", [t.key, lib.config_mask(token)])
}

findings contains lib.finding(t, msg) if {
	contains(lib.config_all_text, "@")
	some v in lib.config_text_values
	contains(v, "@")
	some m in regex.find_all_string_submatch_n(userinfo_pattern, v, -1)
	password := m[1]
	not placeholder_password(password)
	some t in lib.config_texts(v)
	not lib.config_sample_position(t)
	msg := sprintf("%s contains a URL with a password in its user information", [t.key])
}

findings contains lib.finding(t, msg) if {
	some v in assignment_candidates
	some m in regex.find_all_string_submatch_n(assignment_pattern, v, -1)
	value := m[2]
	random_looking(value)
	not lib.config_placeholder(value)
	some t in lib.config_texts(v)
	msg := sprintf("%s assigns a random-looking value to %q (%s)", [t.key, m[1], lib.config_mask(value)])
}

# assignment_candidates are the strings that contain a keyword of
# assignment_pattern, found with cheap substring tests.
# assignment_candidates hold an assignment sign and a credential word; the
# cheap test on the sign comes first.
assignment_candidates contains v if {
	some v in lib.config_text_values
	regex.match(`[=:]`, v)
	regex.match(`(?i)pass|pwd|secret|key|token`, v)
}

# sample_jwt is true for unsigned or placeholder tokens, for the jwt.io sample
# ("sub": "1234567890", "name": "John Doe") and for tokens whose claims name
# example or demo identities.
sample_jwt(token) if {
	claims := base64url.decode(split(token, ".")[1])
	regex.match(`1234567890|(?i)john doe`, claims)
}

sample_jwt(token) if {
	claims := base64url.decode(split(token, ".")[1])
	lib.config_placeholder_word(claims)
}

sample_jwt(token) if {
	[header, _, _] := io.jwt.decode(token)
	lower(header.alg) == "none"
}

sample_jwt(token) if {
	parts := split(token, ".")
	lib.config_placeholder(parts[2])
}

placeholder_password(p) if lower(p) in {"pass", "password", "passwd", "pwd", "secret", "pw", "changeme", "x", "user", "username"}

placeholder_password(p) if regex.match(`^[*xX.]+$|[<>{}$%]|^:`, p)

placeholder_password(p) if count(p) < 4

placeholder_password(p) if lib.config_placeholder_word(p)

random_looking(v) if {
	regex.match(`[a-z]`, v)
	regex.match(`[A-Z]`, v)
	regex.match(`[0-9]`, v)
}
