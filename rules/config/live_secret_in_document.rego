# METADATA
# title: Live secret key in the document
# description: >-
#   A value in the document (an `example`, `default`, `enum`, description or server URL) matches the
#   exact format of a live credential: an AWS access key id, a GitHub, Slack, Stripe live or Google API
#   key, a Slack webhook URL, or a private key block. Published API documents are read by everyone
#   who can see the API; a real key in them is compromised. Obvious placeholders (`EXAMPLE`, `xxxx`,
#   repeated characters, `<token>`) are ignored, and so are tokens of the vendor's own format in the
#   examples of the vendor's own API (Slack's API documenting an `xoxb-` token): those are published
#   samples. A private key block is key material wherever it is written and is always reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/798.html
#   - https://cwe.mitre.org/data/definitions/312.html
# custom:
#   id: live-secret-in-document
#   severity: critical
#   ruleset: recommended
#   owasp: [API8:2023, API2:2023]
#   cwe: [798, 312]
#   remediation: >-
#     Revoke and rotate the key now: it must be treated as leaked. Replace it in the document with an
#     obvious placeholder (`sk_test_...`, `AKIAIOSFODNN7EXAMPLE`, `<api-key>`) and keep real keys in a
#     secret manager.
package oasguard.rules.config.live_secret_in_document

import data.oasguard.lib

patterns := {
	"AWS access key id": `\b(AKIA|ASIA)[0-9A-Z]{16}\b`,
	"GitHub token": `\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}`,
	"Slack token": `\bxox[baprse]-[0-9A-Za-z-]{20,}`,
	"Slack webhook URL": `https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}`,
	"Stripe live key": `\b[sr]k_live_[0-9A-Za-z]{20,}`,
	"Google API key": `\bAIza[0-9A-Za-z_-]{35}\b`,
	"private key": `-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----\s*[A-Za-z0-9+/=\s]{64,}`,
}

# markers are literal fragments that every pattern requires: one cheap
# match selects the few strings worth matching against each pattern.
# markers are the literals one of the patterns needs: a value without any of
# them is not tested against the patterns.
markers := {
	"AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "hooks.slack.com",
	"_live_", "AIza", "PRIVATE KEY",
}

present_markers := {m | some m in markers; contains(lib.config_all_text, m)}

candidates contains v if {
	count(present_markers) > 0
	some v in lib.config_text_values
	some m in present_markers
	contains(v, m)
}

findings contains lib.finding(t, msg) if {
	some v in candidates
	some kind, pattern in patterns
	some token in regex.find_n(pattern, v, -1)
	not lib.config_placeholder(token)
	some t in lib.config_texts(v)
	not vendor_sample(kind, t)
	msg := sprintf("%s %s looks like a live %s", [t.key, lib.config_mask(token), kind])
}

# vendor_sample is a token of the vendor's own format in an example of the
# vendor's own API: the sample its documentation publishes (Slack's API
# documents xoxb- tokens). Private key blocks are key material wherever they
# are written and are never samples.
vendor_sample(kind, t) if {
	kind != "private key"
	lib.config_sample_position(t)
	lib.config_own_vendor(kind)
}
