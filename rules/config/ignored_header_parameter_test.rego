package oasguard.rules.config.ignored_header_parameter_test

import data.oasguard.rules.config.ignored_header_parameter as rule

param(name, where) := {"name": name, "in": where, "pointer": sprintf("/components/parameters/%s", [name])}

run(oas, params) := f if {
	ops := [
		{"path": "/a", "method": "post", "pointer": "/a", "parameters": params},
		{"path": "/b", "method": "post", "pointer": "/b", "parameters": params},
	]
	f := rule.findings with input as {"oas": oas, "operations": ops}
}

test_content_type_and_accept_reported_once_each if {
	count(run("3.0", [param("Content-Type", "header"), param("accept", "header")])) == 2
}

test_other_headers_query_and_v2_not_reported if {
	count(run("3.1", [param("X-Request-Id", "header"), param("Accept", "query")])) == 0
	count(run("2.0", [param("Content-Type", "header")])) == 0
}
