# METADATA
# title: Debug or management endpoint documented
# description: >-
#   The API documents a path that belongs to a debugging or framework management interface (Spring Boot
#   `/actuator`, `/heapdump`, `/jolokia`, `/debug`, `phpinfo`, `/_profiler`, `/server-status`, `/h2-console`,
#   `elmah.axd`, …). Such endpoints disclose memory, configuration, environment variables and secrets, and
#   some allow code execution; they should not be part of a published API.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
# custom:
#   id: debug-endpoint-documented
#   severity: medium
#   ruleset: recommended
#   owasp: [API5:2023, API8:2023]
#   cwe: [489, 215]
#   remediation: >-
#     Remove the endpoint from the public API: disable it in production or serve it on a separate,
#     network-restricted management port, and drop it from the document.
package oasguard.rules.function.debug_endpoint_documented

import data.oasguard.lib

# debug_segments are path segments of well-known debugging and management interfaces.
debug_segments := {
	"actuator", "heapdump", "threaddump", "jolokia", "debug", "_debug", "__debug__", "phpinfo",
	"phpinfo.php", "_profiler", "h2-console", "server-status", "server-info", "elmah.axd",
	"trace.axd", ".env", ".git", "pprof", "__clockwork", "telescope", "_debugbar",
}

findings contains lib.finding(p, msg) if {
	some p in input.paths
	found := {seg | some seg in split(lower(p.path), "/")} & debug_segments
	count(found) > 0
	msg := sprintf("path %s exposes a debugging or management endpoint (%s)", [p.path, concat(", ", sort(found))])
}
