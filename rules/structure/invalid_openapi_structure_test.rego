package oasguard.rules.structure.invalid_openapi_structure_test

import data.oasguard.rules.structure.invalid_openapi_structure as rule

prob(kind, ptr, msg) := {"kind": kind, "pointer": ptr, "message": msg}

test_schema_and_openapi_problems_reported if {
	ps := [prob("schema", "/paths/~1a/get", "additional property badKey"), prob("openapi", "/components/schemas/X/pattern", "invalid regexp")]
	f := rule.findings with input as {"oas": "3.0", "problems": ps}
	count(f) == 2
	some x in f
	x.pointer == "/paths/~1a/get"
	contains(x.message, "OpenAPI 3.0")
}

test_openapi_problem_at_schema_location_dropped if {
	ps := [prob("schema", "/info", "missing version"), prob("openapi", "/info", "value of version must be a non-empty string")]
	f := rule.findings with input as {"oas": "2.0", "problems": ps}
	count(f) == 1
	some x in f
	contains(x.message, "Swagger 2.0: missing version")
}

test_parse_and_ref_problems_not_reported if {
	ps := [prob("parse", "/a", "duplicate key"), prob("ref", "/b", "missing")]
	f := rule.findings with input as {"oas": "3.1", "problems": ps}
	count(f) == 0
}

test_load_failure_explained_by_parse_problem_dropped if {
	ps := [prob("parse", "/paths/~1a/get", "duplicate key"), prob("openapi", "", "kin-openapi cannot load the document: yaml error")]
	f := rule.findings with input as {"oas": "3.0", "problems": ps, "refs": []}
	count(f) == 0
}

test_load_failure_alone_reported if {
	ps := [prob("openapi", "", "kin-openapi cannot load the document: bad")]
	f := rule.findings with input as {"oas": "3.0", "problems": ps, "refs": [{"status": "ok"}]}
	count(f) == 1
}

test_v2_conversion_artifacts_dropped if {
	ps := [prob("openapi", "/definitions/A[B]", "invalid components: schema \"A[B]\": identifier \"A[B]\" is not supported by OpenAPIv3 standard (charset: [^[a-zA-Z0-9._-]+$])")]
	count(rule.findings) == 0 with input as {"oas": "2.0", "problems": ps, "refs": []}
	count(rule.findings) == 1 with input as {"oas": "3.0", "problems": ps, "refs": []}
}

test_openapi_problem_with_schema_problem_below_dropped if {
	problems := [
		{"kind": "openapi", "pointer": "/info", "file": "api.yaml", "message": "invalid info: extra sibling fields: [logo]"},
		{"kind": "schema", "pointer": "/info/logo", "file": "api.yaml", "message": "unknown property \"logo\""},
	]
	f := rule.findings with input as {"oas": "2.0", "problems": problems}
	count(f) == 1
	some x in f
	x.pointer == "/info/logo"
}
