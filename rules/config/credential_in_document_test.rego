package oasguard.rules.config.credential_in_document_test

import data.oasguard.rules.config.credential_in_document as rule

# A token signed with HS256 for {"sub": "u-4711", "scope": "admin"}.
jwt := concat(".", [
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
	"eyJzdWIiOiJ1LTQ3MTEiLCJzY29wZSI6ImFkbWluIn0",
	"Qm7c0Pz9hV2xK4tLr8WnY3dS6fJ1gB5eA0uI7oE2qTk",
])

jwtio_sample := concat(".", [
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
	"eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ",
	"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
])

text(key, value) := {"key": key, "value": value, "pointer": sprintf("/p/%s", [key])}

run(texts) := f if {
	f := rule.findings with input as {"strings": texts}
}

test_jwt_reported if {
	f := run([text("example", sprintf("Bearer %s", [jwt]))])
	count(f) == 1
	some x in f
	contains(x.message, "JSON Web Token")
	not contains(x.message, jwt)
}

test_url_password_reported if {
	f := run([text("url", "https://deploy:Gh7!kq2Lz@api.acme.io/v1")])
	count(f) == 1
}

test_assignment_reported if {
	f := run([text("description", "connect with client_secret=Zq8vN3kLp2Xw9RtY7bM4")])
	count(f) == 1
	some x in f
	contains(x.message, "client_secret")
}

test_placeholders_not_reported if {
	f := run([
		text("example", sprintf("Bearer %s", [jwtio_sample])),
		text("url", "https://user:password@api.acme.io"),
		text("value", "mongodb://contoso123:0Fc3IolnL12312asdfawejunASDF@db.acme.io:10255/db"),
		text("example", "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=test-issuer"),
		text("value", "id_token: eyJhbdGciOiIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
		text("url", "https://user:{password}@api.acme.io"),
		text("url", "https://user:****@api.acme.io"),
		text("url", "https://api.acme.io/path@v2"),
		text("description", "password=your_password_here123"),
		text("description", "set api_key=abcdefghijklmnopqrstuvwxyz (lower case only)"),
		text("example", "secret: ${CLIENT_SECRET_VALUE_FROM_ENV}"),
	])
	count(f) == 0
}
