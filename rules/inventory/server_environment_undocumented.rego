# METADATA
# title: Server does not say which environment it is
# description: >-
#   The document lists several servers and at least one has no description naming its environment
#   (production, staging, sandbox, development, …). Consumers and reviewers cannot tell which host is
#   the production API and which are test deployments that may run older code or weaker settings.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: server-environment-undocumented
#   severity: info
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Give every server a `description` that names its environment, for example `Production`,
#     `Sandbox (test data only)`.
package oasguard.rules.inventory.server_environment_undocumented

import data.oasguard.lib

environment := `(?i)\b(prod\w*|live|stag\w*|sandbox|test\w*|dev\w*|qa|uat|accept\w*|local\w*|demo|mock\w*|beta|alpha|integration|canary|preview|pre-?prod\w*|trial|internal|partner)\b`

findings contains lib.finding(s, msg) if {
	input.oas != "2.0"
	count(input.servers) > 1
	some s in input.servers
	not regex.match(environment, s.description)
	msg := sprintf("server %q has no description naming its environment", [s.url])
}
