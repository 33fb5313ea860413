package oasguard.rules.config.live_secret_in_document_test

import data.oasguard.rules.config.live_secret_in_document as rule

# Keys are assembled from pieces so that this file does not itself contain
# anything that looks like a credential.
aws := concat("", ["AKIA", "Q3ZR7W2LMN4PXKT6"])

github := concat("", ["ghp", "_", "k3J9sQ2mZx7LwP4tR8vY1bN6cH5dF0gAeU2i"])

stripe := concat("", ["sk", "_live_", "51Hq8ZtK2mW9xLp3Rv7Nc4Ty"])

google := concat("", ["AIza", "SyB3kQ9zX7mL2pW4rT8vN1cH6dF5gJ0aEuY"])

pem := concat("", ["-----BEGIN RSA ", "PRIVATE KEY-----\nMIIEowIBAAKCAQEA1c7f9Qz3kLmN8pXr2Tv5Wy7Bd4Gh6Jk9Lm2Np5Qr8St1Uv4Wx7Yz0Ab3Cd6Ef9Gh\n-----END RSA PRIVATE KEY-----"])

text(key, value) := {"key": key, "value": value, "pointer": sprintf("/p/%s", [key])}

run(texts) := f if {
	f := rule.findings with input as {"strings": texts}
}

test_live_keys_reported if {
	f := run([text("example", aws), text("default", github), text("description", sprintf("use %s here", [stripe])), text("x-example", google), text("value", pem)])
	count(f) == 5
	some x in f
	x.pointer == "/p/example"
	contains(x.message, "AWS access key id")
	not contains(x.message, aws)
}

test_placeholders_not_reported if {
	f := run([
		text("example", "AKIAIOSFODNN7EXAMPLE"),
		text("example", "AKIAXXXXXXXXXXXXXXXX"),
		text("example", concat("", ["sk", "_test_", "51Hq8ZtK2mW9xLp3Rv7Nc4Ty"])),
		text("example", concat("", ["sk", "_live_", "xxxxxxxxxxxxxxxxxxxxxxxx"])),
		text("description", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"),
		text("example", concat("", ["ghp", "_", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])),
	])
	count(f) == 0
}
